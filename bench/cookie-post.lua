-- wrk script: one cookie choice per request, as the banner posts it (POST /public/cookies/consents,
-- JSON, no consent id the first time), alternating the methods a visitor uses. The hashes are read
-- from the config once by cookie.sh and passed in the environment.
local banner = os.getenv("COOKIE_BANNER_VERSION") or "1-000000000000"
local material = os.getenv("COOKIE_MATERIAL_HASH") or ""
local text = os.getenv("COOKIE_TEXT_HASH") or ""
local methods = {
  '"accept-all","accepted":[]',
  '"reject-all","accepted":[]',
  '"choose","accepted":["preferences","statistics"]',
}
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) vern-bench"

local n = 0
request = function()
  n = n + 1
  local body = '{"method":' .. methods[(n % 3) + 1]
    .. ',"gpc":false,"url":"https://www.example.invalid/page-' .. (n % 50)
    .. '","bannerVersion":"' .. banner .. '","materialHash":"' .. material
    .. '","textHash":"' .. text .. '","language":"nb"}'
  return wrk.format(nil, "/public/cookies/consents", nil, body)
end
