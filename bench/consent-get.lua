-- wrk script: one decision per request, GET with the identifier in the query string, about a
-- random filled person (bench-<n>@example.invalid, n from 1 to SUBJECTS).
local token = os.getenv("VERN_TOKEN") or ""
local subjects = tonumber(os.getenv("SUBJECTS") or "1000000")
wrk.headers["Authorization"] = "Bearer " .. token

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(os.time() + (seed or 0))
end

request = function()
  local n = math.random(1, subjects)
  return wrk.format("GET",
    "/api/v1/decisions?identifier=email:bench-" .. n .. "%40example.invalid&purpose=newsletter")
end
