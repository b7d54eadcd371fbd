-- wrk script: every request registers a new participant with an email nobody else has.
-- Counts the 201 answers so the benchmark can wait for exactly that many events on Kafka.
-- TOKEN in the environment is the intake desk's bearer token (docs/benchmarks.md shows how to get one);
-- it lives 15 minutes, longer than a run.
local counter = 0
local token = os.getenv("TOKEN")
local threads = {}
local run = tostring(os.time())

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  created = 0
  failed = 0
end

function request()
  counter = counter + 1
  local body = string.format([[{"programId":"bench-%s","firstName":"Person","lastName":"Bench",
"email":"p%d-%d@bench-%s.example.org","birthYear":1990,"gender":"UNDISCLOSED","languages":["en"],
"timezone":"America/Chicago","primaryIssue":"GRIEF","issues":["GRIEF"],"formats":["ONLINE"],
"availability":[{"day":"MONDAY","start":"18:00","end":"20:00"}],
"consent":{"dataProcessing":true,"contactByEmail":true}}]], run, id, counter, run)
  local headers = {["Content-Type"] = "application/json"}
  if token then headers["Authorization"] = "Bearer " .. token end
  return wrk.format("POST", "/api/participants", headers, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else failed = failed + 1 end
end

function done(summary, latency, requests)
  local total_created, total_failed = 0, 0
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    total_failed = total_failed + thread:get("failed")
  end
  io.write(string.format("created=%d failed=%d\n", total_created, total_failed))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s=%.1fms\n", p, latency:percentile(p) / 1000))
  end
end
