-- wrk script: GET PREFIX..N for a random node id N in [FIRST, LAST] (environment variables),
-- and the p95 latency in the summary.
local prefix = os.getenv("BILAT_PATH_PREFIX") or "/api/nodes/"
local first = tonumber(os.getenv("BILAT_FIRST_ID") or "1")
local last = tonumber(os.getenv("BILAT_LAST_ID") or "1000")

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed)
end

function request()
  return wrk.format("GET", prefix .. math.random(first, last))
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %d requests, %d errors (non-2xx %d)\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
