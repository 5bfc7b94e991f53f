-- wrk script: POST /api/v1/hazards as the benchmark's clients (target/bench/clients.txt, written by
-- HazardCreationBenchmark with -Dbench.hold=SECONDS), each request for a random client with a fresh Idempotency-Key.
-- Counts answers other than 201 (wrk prints them as "Non-2xx" only for >= 300).
local clients = {}
for line in io.lines("target/bench/clients.txt") do
  local token, enterprise = line:match("(%S+) (%S+)")
  clients[#clients + 1] = {token = token, enterprise = enterprise}
end

local threads, counter = {}, 0
refused = 0 -- global: done() reads it from every thread

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

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

function response(status, headers, body)
  if status ~= 201 then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("refused")
  end
  io.write(string.format("answers other than 201: %d\n", total))
  -- one line for HazardCreationBenchmark, which runs wrk itself (latencies in microseconds; refused: other answers,
-- time-outs and socket errors)
  io.write(string.format("zhiben-wrk requests=%d seconds=%.3f p50=%d p95=%d p99=%d max=%d refused=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max, total + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
