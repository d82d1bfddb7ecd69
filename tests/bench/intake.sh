#!/usr/bin/env bash
# tests/bench/intake.sh - web intake throughput and latency with wrk: keep-alive JSON posts on
# several connections against `luisterloop web` on a real Kafka; every 202 must be an event
# Kafka acknowledged (checked against the broker's topic count). Not part of tests/run.sh.
#
#   tests/bench/intake.sh [DURATION_S] [CONNECTIONS] [THREADS]
#   env: WEB_THREADS (event loops, default 2), WEB_LINGER_MS, WEB_COMPRESSION, WARMUP_S (8)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

DURATION=${1:-20}
CONNS=${2:-112}
THREADS=${3:-2}
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-intake
KPORT=19292
WEB=127.0.0.1:18480

ll_bench_build
ll_need_packages wrk
cleanup() { ll_bench_stop "$B" ${WEBPID:-}; }
trap cleanup EXIT
ll_bench_stack "$B" "$KPORT" 1g

cat >"$B/bench.conf" <<CONF
$(ll_bench_conf "$KPORT" "" warn)
[web]
listen = $WEB
token.bench = bench-token-0123456789abcdef
threads = ${WEB_THREADS:-2}
# The shipped [web] producer settings (config/luisterloop.conf): linger 2 ms, no
# compression (lz4 cost the broker more CPU than it saved on loopback), librdkafka's
# other defaults. WEB_LINGER_MS and WEB_COMPRESSION try others.
kafka.linger.ms = ${WEB_LINGER_MS:-2}
kafka.compression.codec = ${WEB_COMPRESSION:-none}
CONF
build/luisterloop topics -c "$B/bench.conf" 2>/dev/null
LUISTERLOOP_PSEUDONYM_KEY=bench-key-0123456789 build/luisterloop web -c "$B/bench.conf" \
    2>"$B/web.log" &
WEBPID=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://$WEB/readyz" && break; sleep 0.1; done

# wrk takes its request method and body from a script: three lines, written here.
cat >"$B/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"kind":"complaint","text":"De container in de Kerkstraat is al twee weken niet geleegd, het stinkt.","postcode":"3011 AB","citizen":{"email":"jan@example.nl"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer bench-token-0123456789abcdef"
done = function(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %d non-2xx, %d socket errors\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
# Warm up (producer id and connections, the broker's JIT) at the measured load, then measure.
wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP_S:-8}s" -s "$B/post.lua" "http://$WEB/v1/feedback" >/dev/null
before=$(curl -fs "http://$WEB/metrics" | awk '/^ll_intake_accepted_total/ {print $2}')
wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s "$B/post.lua" \
    "http://$WEB/v1/feedback" | tee "$B/wrk.txt"
curl -fs "http://$WEB/metrics" >"$B/metrics.txt"
after=$(awk '/^ll_intake_accepted_total/ {print $2}' "$B/metrics.txt")
echo "server side, request to Kafka acknowledgement (ll_intake_ack_seconds, cumulative):"
grep '^ll_intake_ack_seconds_bucket' "$B/metrics.txt" | sed 's/^ll_intake_ack_seconds_bucket{channel="web",/  /'

kill "$WEBPID"
wait "$WEBPID" || true
WEBPID=
on_topic=$(kcat -b "127.0.0.1:$KPORT" -C -t bench.raw -e -q -f '.\n' 2>/dev/null | wc -l)
echo
echo "accepted (202) during the run: $((after - before)); events on bench.raw in all: $on_topic"
echo "command: tests/bench/intake.sh $DURATION $CONNS $THREADS   (wrk -t$THREADS -c$CONNS -d${DURATION}s, $(nproc) cores)"
