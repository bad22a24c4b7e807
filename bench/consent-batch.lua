-- wrk script: 100 decisions per request through the batch POST, about random filled people.
local token = os.getenv("VERN_TOKEN") or ""
local subjects = tonumber(os.getenv("SUBJECTS") or "1000000")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(os.time() + (seed or 0))
end

request = function()
  local parts = {}
  for i = 1, 100 do
    parts[i] = string.format(
      '{"identifier":"email:bench-%d@example.invalid","purpose":"newsletter"}',
      math.random(1, subjects))
  end
  return wrk.format(nil, nil, nil, "[" .. table.concat(parts, ",") .. "]")
end
