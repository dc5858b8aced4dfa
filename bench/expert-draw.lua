-- wrk script for bench/experts.sh: one draw per request, each for a matter of its own (a matter drawn before
-- avoids its experts, so every request is a first draw). Environment: NAME (the label printed), BODY (the JSON
-- with MATTER where the matter goes).
local name = os.getenv("NAME") or "draw"
local body = os.getenv("BODY")
local n = 0
local thread_id = 0
setup = function(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end
request = function()
  n = n + 1
  local matter = string.format("bench %d-%d-%d", os.time(), thread_id, n)
  return wrk.format("POST", "/api/v1/expert-draws", nil, (body:gsub("MATTER", matter)))
end
done = function(summary, latency, requests)
  io.write(string.format("%s: %d requests, %.0f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
    .. "non-2xx %d, errors %d\n", name, summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
