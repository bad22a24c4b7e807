-- wrk script: subject look-ups by e-mail through POST /api/v1/subjects/lookup, each for a random
-- person of the imported file (bench-0000001@example.invalid ... LOOKUP_ROWS), so every answer is
-- a 200 and the index is hit all over, not in one cached corner.
local token = os.getenv("VERN_TOKEN") or ""
local rows = tonumber(os.getenv("LOOKUP_ROWS") or "1000000")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

request = function()
  local body = string.format('{"type":"email","value":"bench-%07d@example.invalid"}',
    math.random(1, rows))
  return wrk.format(nil, nil, nil, body)
end
