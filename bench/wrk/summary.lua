-- Shared by the wrk scripts: counts answers other than `expected` per thread and prints one summary line that
-- HazardCreationBenchmark reads (latencies in microseconds; refused: other answers, time-outs and socket errors).
-- A script sets `expected` and loads this file with dofile("bench/wrk/summary.lua").
local threads = {}
refused = 0 -- global: done() reads it from every thread

function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function response(status, headers, body)
  if status ~= expected then
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("refused")
  end
  io.write(string.format("answers other than %d: %d\n", expected, total))
  io.write(string.format("zhiben-wrk requests=%d seconds=%.3f p50=%d p95=%d p99=%d max=%d refused=%d\n",
      summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(95),
      latency:percentile(99), latency.max, total + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
