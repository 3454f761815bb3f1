-- wrk script for bench/run-ingest.sh … osmand-wrk: one OsmAnd reading per request, the seals in
-- turn, each seal's device clock starting now and moving 10 ms per reading (never ahead of the
-- server), positions walking the trip's route so every rule does its full work.
local seals, points = {}, {}
local file = os.getenv("RANTAI_WRK_SEALS")
for line in io.lines(file) do
  local kind, a, b = line:match("^(%S+) (%S+) (%S+)$")
  if kind == "seal" then seals[#seals + 1] = { serial = a, secret = b, step = 0 }
  elseif kind == "point" then points[#points + 1] = { a, b } end
end
local start = math.floor(os.time() * 1000)
local turn = 0
local next_offset = 0

function setup(thread)
  -- each wrk thread takes every n-th seal, so no two threads send for one seal (a global of the
  -- thread's own Lua state: a local here would be the main state's)
  thread:set("thread_offset", next_offset)
  next_offset = next_offset + 1
end

function init(args)
  turn = thread_offset
end

function request()
  local n = #seals
  local s = seals[(turn % n) + 1]
  turn = turn + tonumber(os.getenv("RANTAI_WRK_THREADS") or "2")
  local p = points[(s.step % #points) + 1]
  local path = string.format("/?id=%s&secret=%s&timestamp=%d&lat=%s&lon=%s&speed=6.5&bearing=250&accuracy=8&batt=90",
    s.serial, s.secret, start + 10 * s.step, p[1], p[2])
  s.step = s.step + 1
  return wrk.format("GET", path)
end
