-- wrk script: the access package of one person as JSON, GET /api/v1/access-packages/{subject},
-- and at the end the latency percentiles in milliseconds.
local token = os.getenv("VERN_TOKEN") or ""
local subject = os.getenv("DSR_SUBJECT") or ""

wrk.method = "GET"
wrk.path = "/api/v1/access-packages/" .. subject .. "?lang=nb"
wrk.headers["Authorization"] = "Bearer " .. token

done = function(summary, latency, requests)
  io.write(string.format("latency-ms %.1f %.1f %.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
