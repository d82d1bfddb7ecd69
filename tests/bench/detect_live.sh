#!/usr/bin/env bash
# tests/bench/detect_live.sh - does the live detector keep up with the processor at its full
# rate? On a Kafka and Redis of its own: EVENTS simulated signals go straight to the raw topic,
# `luisterloop process` enriches them as fast as it can (timed from start until its group's
# committed offsets reach the end of raw), then `luisterloop detect` (shipped [detect]
# settings, Redis store) reads the enriched topic from its beginning as fast as it can (timed
# from start until its ll_detect_consumed_total reaches what process wrote). Prints both rates, CPU time per event of each role (user + system, not
# inflated by a busy machine as wall time is), detect's Redis round trips per 100 events and
# its peak RSS. detect faster than process = its lag stays bounded behind a processor at full
# rate. Not part of tests/run.sh.
#
#   tests/bench/detect_live.sh [EVENTS]      (default 200000)
#   env: LOG_LEVEL (default warn), LL_BENCH_KAFKA_PORT (and the next one),
#        LL_BENCH_REDIS_PORT, LL_BENCH_METRICS_PORT (and the next one) (19492, 16679, 18681)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

EVENTS=${1:-200000}
ll_bench_events "$EVENTS"
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-detect-live
KPORT=${LL_BENCH_KAFKA_PORT:-19492}
RPORT=${LL_BENCH_REDIS_PORT:-16679}
MPORT=${LL_BENCH_METRICS_PORT:-18681}
DPORT=$((MPORT + 1))
LOAD_RATE=50000
KEY=bench-pseudonym-key-0123456789
BIN=build/luisterloop
T=build/tests

ll_bench_build bench_progress

PIDS=()
cleanup() { ll_bench_stop "$B" "${PIDS[@]}"; }
trap cleanup EXIT
ll_bench_stack "$B" "$KPORT" 1g "$RPORT" none
ln -s "$ROOT/config/areas-rotterdam.tsv" "$B/areas-rotterdam.tsv"

{
    ll_bench_conf "$KPORT" "$RPORT" "${LOG_LEVEL:-warn}" bench.enriched
    cat <<CONF
[simulate]
$(ll_bench_loader)
[process]
group = bench-process
transactional_id = bench-process-0
metrics_listen = 127.0.0.1:$MPORT
$(ll_bench_rules)
[detect]
# The shipped [detect] settings but the lateness: detect reads events that process wrote
# up to minutes before, and they must all count (the work a live detector does), not be
# skipped as late.
allowed_lateness_s = 3600
group = bench-detect
transactional_id = bench-detect-0
metrics_listen = 127.0.0.1:$DPORT
CONF
} >"$B/bench.conf"
"$BIN" topics -c "$B/bench.conf" 2>/dev/null

us_per_event() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN {printf "%.0f", 1e6 * (b - a) / n}'; }
metric() { ll_bench_metric "$DPORT" "$1"; }
until_done() { # PID GROUP TOPIC: waits for the group to reach the end; "cpu_s hwm_mib progress"
    local line cpu hwm
    line=$(LL_TEST_KAFKA=127.0.0.1:$KPORT "$T/bench_progress" "$2" "$3" 900 "$1")
    cpu=$(ll_bench_cpu_s "$1")
    hwm=$(awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$1/status")
    echo "$cpu $hwm $line"
}

DUR=$(((EVENTS + LOAD_RATE - 1) / LOAD_RATE))
RATE=$(awk -v n="$EVENTS" -v d="$DUR" 'BEGIN {printf "%.3f", n / d}')
LUISTERLOOP_PSEUDONYM_KEY=$KEY "$BIN" simulate -c "$B/bench.conf" --direct --rate "$RATE" \
    --duration "$DUR" 2>"$B/simulate.log"
export LUISTERLOOP_PSEUDONYM_KEY=$KEY
t0=$(date +%s)
"$BIN" process -c "$B/bench.conf" 2>"$B/process.log" &
PP=$!
PIDS+=("$PP")
read -r P_CPU P_HWM P_LINE <<<"$(until_done "$PP" bench-process bench.raw)"
N=$(echo "$P_LINE" | sed -n 's/.*committed=\([0-9]*\).*/\1/p')
P_S=$(echo "$P_LINE" | sed -n 's/.*elapsed_s=\([0-9.]*\).*/\1/p')
kill "$PP" && wait "$PP" 2>/dev/null || true
# detect's live clock: allowed_lateness_s (3600) covers how old the enriched events are now
[ $(($(date +%s) - t0)) -lt 3000 ] || { echo "process took too long for the lateness" >&2; exit 1; }
"$BIN" detect -c "$B/bench.conf" 2>"$B/detect.log" &
DP=$!
PIDS+=("$DP")
# Timed until it has read all N (its committed offsets never equal the enriched topic's end:
# the last transaction's commit marker takes an offset of its own).
t0=$(date +%s.%N)
while :; do
    D_N=$(metric ll_detect_consumed_total || true)
    [ "${D_N:-0}" -ge "$N" ] && break
    kill -0 "$DP" 2>/dev/null || { echo "detect exited; see $B/detect.log" >&2; exit 1; }
    [ "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {print (b - a > 900)}')" = 0 ] ||
        { echo "detect did not read $N events in 900 s" >&2; exit 1; }
    sleep 0.2
done
D_S=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.3f", b - a}')
D_CPU=$(ll_bench_cpu_s "$DP")
D_HWM=$(awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$DP/status")
D_RT=$(metric ll_detect_redis_roundtrips_total)
D_EV=$(metric ll_detect_consumed_total)
D_LATE=$(metric ll_detect_late_total)
kill "$DP" && wait "$DP" 2>/dev/null || true

echo "== live detector against the processor at full rate ($N events, 6 partitions)"
echo "process: $N events in $P_S s = $(awk -v n="$N" -v s="$P_S" 'BEGIN {printf "%.0f", n / s}') events/s," \
    "$(us_per_event 0 "$P_CPU" "$N") us CPU per event, peak RSS $P_HWM MiB"
echo "detect:  $D_N events in $D_S s = $(awk -v n="$D_N" -v s="$D_S" 'BEGIN {printf "%.0f", n / s}') events/s," \
    "$(us_per_event 0 "$D_CPU" "$D_N") us CPU per event, peak RSS $D_HWM MiB," \
    "$(awk -v r="${D_RT:-0}" -v n="${D_EV:-0}" 'BEGIN {printf "%.2f", n ? 100 * r / n : 0}') Redis round trips per 100 events, ${D_LATE:-?} late (skipped)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
echo "command: tests/bench/detect_live.sh $EVENTS"
