-- wrk script: durable audit appends through the integrator API, the path the benchmark measures.
-- Each request names a different resource so no two bodies are alike.
local token = os.getenv("VERN_TOKEN") or ""
local counter = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

request = function()
  counter = counter + 1
  local body = string.format(
    '{"actorType":"EXTERNAL","actorId":"bench-user:%d","resourceType":"crm.contact",' ..
    '"resourceId":"bench-%d","outcome":"SUCCESS"}', counter % 1000, counter)
  return wrk.format(nil, nil, nil, body)
end
