-- wrk script for bench/load.sh: each wrk thread is one signed-in user with its own session cookie and its own list of pages,
-- taken from the file in GT_USERS (one line per user: the Cookie header, a tab, then the paths separated by spaces).
-- Any response that is not 200 counts as an error (a redirect to sign-in would mean the session was lost).
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  local lines = {}
  for line in io.lines(os.getenv("GT_USERS")) do table.insert(lines, line) end
  local mine = lines[((id - 1) % #lines) + 1]
  local tab = string.find(mine, "\t", 1, true)
  cookie = string.sub(mine, 1, tab - 1)
  paths = {}
  for p in string.gmatch(string.sub(mine, tab + 1), "%S+") do table.insert(paths, p) end
  position = id % #paths
  failures = 0
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position], { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + t:get("failures") end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests %d\nseconds %.1f\nrequests_per_second %.1f\np50_ms %.1f\np95_ms %.1f\np99_ms %.1f\nmax_ms %.1f\nnot_200 %d\nsocket_errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, failed, errors))
end
