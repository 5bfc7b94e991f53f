-- wrk script: POST /api/v1/hazards as the benchmark's clients (target/bench/clients.txt, written by
-- HazardCreationBenchmark with -Dbench.hold=SECONDS), each request for a random client with a fresh Idempotency-Key.
-- Counts answers other than 201 (wrk prints them as "Non-2xx" only for >= 300): bench/wrk/summary.lua.
local clients = {}
for line in io.lines("target/bench/clients.txt") do
  local token, enterprise = line:match("(%S+) (%S+)")
  clients[#clients + 1] = {token = token, enterprise = enterprise}
end

expected = 201
dofile("bench/wrk/summary.lua")
local counter = 0

function init(args)
  math.randomseed(id * 7919 + os.time())
end

function request()
  counter = counter + 1
  local c = clients[math.random(#clients)]
  local key = string.format("%08x-%04x-4%03x-a%03x-%08x%04x", math.random(0, 0x7fffffff), math.random(0, 0xffff),
      math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0x7fffffff), math.random(0, 0xffff))
  local body = '{"enterpriseId":"' .. c.enterprise .. '","source":"DAILY","proposedLevel":"GENERAL",' ..
      '"type":"EQUIPMENT","factorCode":"2103","description":"基准测试隐患 ' .. id .. '-' .. counter ..
      ':冲床防护罩缺失","location":"一车间 ' .. (counter % 40) .. ' 号冲床"}'
  return wrk.format("POST", "/api/v1/hazards", {["Authorization"] = "Bearer " .. c.token,
      ["Content-Type"] = "application/json", ["Idempotency-Key"] = key}, body)
end
