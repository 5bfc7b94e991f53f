-- wrk script: the ceiling, GET /api/v1/me as the benchmark's clients (see create-hazards.lua).
local clients = {}
for line in io.lines("target/bench/clients.txt") do
  clients[#clients + 1] = line:match("(%S+) ")
end

function request()
  return wrk.format("GET", "/api/v1/me", {["Authorization"] = "Bearer " .. clients[math.random(#clients)]})
end

local threads = {}
refused = 0 -- global: done() reads it from every thread

function setup(thread)
  threads[#threads + 1] = thread
end

function response(status, headers, body)
  if status ~= 200 then
    refused = refused + 1
  end
end

-- one line for HazardCreationBenchmark, which runs wrk itself (latencies in microseconds; refused: other answers,
-- time-outs and socket errors)
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("refused")
  end
  io.write(string.format("zhiben-wrk requests=%d seconds=%.3f p50=%d p95=%d p99=%d max=%d refused=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max, total + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
