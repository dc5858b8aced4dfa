-- wrk script: random registry searches (text plus two facets) or profiles, with a bearer token.
-- Environment: TOKEN, KIND (search|facets|profile), MAX_ID. "facets" is two facets selected without a text.
local token = os.getenv("TOKEN")
local kind = os.getenv("KIND") or "search"
local maxId = tonumber(os.getenv("MAX_ID") or "1000")
local provinces = {"110000", "440000", "320000", "330000", "310000", "510000"}
local categories = {"APP_PATENT_AGENT", "APP_ENTERPRISE_MANAGER", "BASIC_PATENT_EXAMINER", "APP_SERVICE_INDUSTRY"}
local words = {"%E4%B8%93%E5%88%A9", "%E7%8E%8B", "%E5%BC%A0%E4%BC%9F", "%E5%B7%A5%E7%A8%8B", "%E4%BB%A3%E7%90%86"}
math.randomseed(os.time())
request = function()
  local path
  if kind == "search" then
    path = "/api/v1/talents?q=" .. words[math.random(#words)] .. "&province=" .. provinces[math.random(#provinces)]
      .. "&category=" .. categories[math.random(#categories)]
  elseif kind == "facets" then
    path = "/api/v1/talents?province=" .. provinces[math.random(#provinces)]
      .. "&category=" .. categories[math.random(#categories)]
  else
    path = "/api/v1/talents/" .. math.random(maxId)
  end
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end
done = function(summary, latency, requests)
  io.write(string.format("%s: %d requests, %.0f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d\n",
    kind, summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
