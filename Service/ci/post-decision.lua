-- wrk script: POST one case file (MEDIP_CASE) to the URL given on the command line, and print
-- requests/s and the 50th/99th percentile latencies on one line at the end.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("MEDIP_CASE"), "rb"))
wrk.body = file:read("*a")
file:close()

local statuses = {}
response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local line = string.format("wrk: %d requests in %.1f s: %.0f requests/s, p50 %.2f ms, p99 %.2f ms, errors %d",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout)
  io.write(line .. "\n")
end
