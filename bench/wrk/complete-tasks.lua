-- wrk script: POST /api/v1/inspection/tasks/{id}/records as the province's workers, each task once, answered OK with
-- a note and the photo. target/bench/completions.txt (written by InspectionPeakBenchmark) holds one task per line,
-- "token task version item", enterprises interleaved; Wrk.run starts two threads, which take alternate lines.
-- Running out of tasks is refused (a request that cannot answer 201), never a silently shorter run.
expected = 201
dofile("bench/wrk/summary.lua")
local photo = io.open("target/bench/photo.b64"):read("*a")
local tasks = {}
local pos = 1
local counter = 0

function init(args)
  local i = 0
  for line in io.lines("target/bench/completions.txt") do
    i = i + 1
    if i % 2 == id % 2 then
      local token, task, version, item = line:match("(%S+) (%S+) (%S+) (%S+)")
      tasks[#tasks + 1] = {token = token, task = task, version = version, item = item}
    end
  end
end

function request()
  local t = tasks[pos]
  if t == nil then
    return wrk.format("GET", "/api/v1/me", {["Authorization"] = "Bearer out-of-tasks"})
  end
  pos = pos + 1
  counter = counter + 1
  local body = '{"version":' .. t.version .. ',"answers":[{"itemId":"' .. t.item ..
      '","result":"OK","note":"已检查,措施落实","photoBase64":"' .. photo .. '"}]}'
  return wrk.format("POST", "/api/v1/inspection/tasks/" .. t.task .. "/records", {
      ["Authorization"] = "Bearer " .. t.token, ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = string.format("wrk-%d-%d-%s", id, counter, t.task)}, body)
end
