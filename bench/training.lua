-- wrk script for bench/training.sh: requests paths chosen at random from a file, one per line.
-- Environment: NAME (the label printed), URLS (the file), DELAY (a client's pause between two requests in ms;
-- none: each connection sends its next request as soon as the answer is in, which saturates the server).
local name = os.getenv("NAME") or "run"
local pause = tonumber(os.getenv("DELAY") or "0")
local paths = {}
for line in io.lines(os.getenv("URLS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
math.randomseed(os.time())
if pause > 0 then
  delay = function() return pause end
end
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  io.write(string.format("%s: %d requests, %.0f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
    .. "non-2xx %d, errors %d\n", name, summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
