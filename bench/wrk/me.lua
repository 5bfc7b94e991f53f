-- wrk script: the ceiling, GET /api/v1/me as the benchmark's clients (see create-hazards.lua).
expected = 200
dofile("bench/wrk/summary.lua")
local clients = {}
for line in io.lines("target/bench/clients.txt") do
  clients[#clients + 1] = line:match("(%S+) ")
end

function request()
  return wrk.format("GET", "/api/v1/me", {["Authorization"] = "Bearer " .. clients[math.random(#clients)]})
end
