#!/usr/bin/env bash
# tests/bench/process.sh - processor benchmark on a real Kafka and Redis of its own: (k) a
# plain non-transactional copy of the raw topic with kcat (consume | produce), what the broker
# moves without transactions; (a) a
# transactional null passthrough raw -> other topic as the ceiling (bench_passthrough), and its
# produce-to-output latency at the offered load of (c) on a topic pair of its own; (b)
# `luisterloop process` on the same simulated Dutch events, both timed from start until the
# group's committed offsets reach the end of the raw topic, (c) produce-to-enriched latency at
# a fixed offered load (bench_latency; in the same run, the latency of the raw topic itself, what
# Kafka alone costs on this machine with no processor in the path), (d) Redis commands and round trips per event from
# /metrics and from redis-server, (e) the processor's peak RSS. Not part of tests/run.sh.
#
#   tests/bench/process.sh [EVENTS]      (default 1000000)
#   env: BATCH_MAX (default 1000), BATCH_WAIT_MS (default 2), TXN_IN_FLIGHT (transactions_in_flight, default 1),
#        TXN_BATCHES (transaction_batches, default 8),
#        LAT_WARMUP_S (load before (c) is measured, default 20),
#        PERF_DATA=FILE (perf profile of the processor during (b)),
#        LOG_LEVEL (of every tool, default warn; debug logs each transaction),
#        LL_BENCH_KAFKA_PORT, LL_BENCH_REDIS_PORT, LL_BENCH_METRICS_PORT (19392, 16579, 18581)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

EVENTS=${1:-1000000}
ll_bench_events "$EVENTS"
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-process
# Settable so the bench can run beside test stacks of other checkouts.
KPORT=${LL_BENCH_KAFKA_PORT:-19392}
RPORT=${LL_BENCH_REDIS_PORT:-16579}
MPORT=${LL_BENCH_METRICS_PORT:-18581}
LOAD_RATE=50000   # simulate --direct sustains about 60,000/s on one core here
LAT_RATE=5000
LAT_S=20
LAT_WARMUP_S=${LAT_WARMUP_S:-20}
KEY=bench-pseudonym-key-0123456789
BIN=build/luisterloop
T=build/tests

ll_bench_build bench_passthrough bench_latency bench_progress

PIDS=()
cleanup() { ll_bench_stop "$B" "${PIDS[@]}"; }
trap cleanup EXIT
ll_bench_stack "$B" "$KPORT" 1g "$RPORT" none
# simulate takes its postcodes from areas-MUNICIPALITY.tsv next to the config it reads.
ln -s "$ROOT/config/areas-rotterdam.tsv" "$B/areas-rotterdam.tsv"

cat >"$B/bench.conf" <<CONF
$(ll_bench_conf "$KPORT" "$RPORT" "${LOG_LEVEL:-warn}" bench.enriched)
[web]
# bench_latency offers its events with the web adapter's producer settings (as shipped).
kafka.linger.ms = 2
[simulate]
# Loading only: batch hard for the fastest fill of the raw topic.
$(ll_bench_loader)
[process]
# The shipped defaults of config/luisterloop.conf; no kafka.* overrides.
group = bench-process
transactional_id = bench-process-0
transactions_in_flight = ${TXN_IN_FLIGHT:-1}
transaction_batches = ${TXN_BATCHES:-8}
batch_max = ${BATCH_MAX:-1000}
batch_wait_ms = ${BATCH_WAIT_MS:-2}
dedup_ttl_s = 1209600
transaction_timeout_ms = 30000
metrics_listen = 127.0.0.1:$MPORT
$(ll_bench_rules)
CONF
# The passthrough's output topic: the same topics with another `enriched`.
sed 's/^enriched = bench.enriched/enriched = bench.passthrough/' "$B/bench.conf" >"$B/topics-pt.conf"
"$BIN" topics -c "$B/bench.conf" 2>/dev/null
"$BIN" topics -c "$B/topics-pt.conf" 2>/dev/null
# The passthrough's latency run (a2): its own raw and output topics, so (b) reads the same
# events as (a).
sed 's/^raw = bench.raw/raw = bench.raw-ptlat/; s/^enriched = bench.enriched/enriched = bench.ptlat/' \
    "$B/bench.conf" >"$B/ptlat.conf"
"$BIN" topics -c "$B/ptlat.conf" 2>/dev/null
sed 's/^enriched = bench.enriched/enriched = bench.kcatcopy/' "$B/bench.conf" >"$B/topics-kc.conf"
"$BIN" topics -c "$B/topics-kc.conf" 2>/dev/null
# The broker's group and transaction topics, before (k) (ll_bench_txn_warm): (a) timed from its
# start would pay their making, kcat and (b) not. The (a2) topics are still empty here.
ll_bench_txn_warm "$KPORT" "$B/ptlat.conf" bench.ptlat bench-warm

topic_end() { ll_bench_topic_end "$KPORT" "$1"; }
metric() { ll_bench_metric "$MPORT" "$1"; }
cmdstat() { # calls of one command since the last CONFIG RESETSTAT
    redis-cli -p "$RPORT" info commandstats | tr -d '\r' |
        awk -F'[:=,]' -v c="cmdstat_$1" '$1 == c {print $3; f=1} END {if (!f) print 0}'
}
cpu_s() { ll_bench_cpu_s "$1"; }
cpu_all() { echo "$(cpu_s "$PP") $(cpu_s "$(cat "$B/redis/redis.pid")") $(cpu_s "$(cat "$B/kafka/kafka.pid")")"; }
cpu_stat() { ll_bench_cpu_stat; } # busy idle steal
delta3() { echo "$1 $2" | awk '{print $4 - $1, $5 - $2, $6 - $3}'; } # of two "x y z" snapshots
cpu_per_event() { # "events before after" of cpu_all: CPU microseconds per event
    delta3 "$2" "$3" | awk -v n="$1" '{printf "processor %.0f, redis-server %.0f, broker %.0f",
        1e6 * $1 / n, 1e6 * $2 / n, 1e6 * $3 / n}'
}
host_cpu() { # "before after" of cpu_stat: shares of the machine's CPU between them
    delta3 "$1" "$2" | awk '{t = $1 + $2 + $3;
        printf "%.0f%% busy, %.0f%% idle, %.0f%% stolen by the host", 100 * $1 / t, 100 * $2 / t, 100 * $3 / t}'
}
fmt() { awk -v x="$1" 'BEGIN {printf "%.0f", x}'; }
# PHASE GROUP PID NAME=PID...: bench_progress's line for GROUP (PID's), with the threads of
# each NAME=PID and the machine's CPU snapshotted around it (ll_bench_floor, ll_bench_sched):
# $B/tasks-PHASE{0,1}.txt, $B/stat-PHASE.txt ("before after"), $B/wall-PHASE.txt (seconds).
progress() {
    local phase=$1 group=$2 pid=$3 st t
    shift 3
    ll_bench_tasks "$@" >"$B/tasks-${phase}0.txt"
    st=$(cpu_stat)
    t=$(date +%s.%N)
    LL_TEST_KAFKA=127.0.0.1:$KPORT "$T/bench_progress" "$group" bench.raw 600 "$pid"
    ll_bench_tasks "$@" >"$B/tasks-${phase}1.txt"
    echo "$st $(cpu_stat)" >"$B/stat-$phase.txt"
    awk -v a="$t" -v b="$(date +%s.%N)" 'BEGIN {print b - a}' >"$B/wall-$phase.txt"
}
floor() { # PHASE: ll_bench_floor of its snapshots
    ll_bench_floor "$B/tasks-${1}0.txt" "$B/tasks-${1}1.txt" "$(cat "$B/stat-$1.txt")" \
        "$(cat "$B/wall-$1.txt")" "$N"
}
sched() { # PHASE MAIN: ll_bench_sched of its snapshots
    ll_bench_sched "$B/tasks-${1}0.txt" "$B/tasks-${1}1.txt" "$(cat "$B/wall-$1.txt")" "$2"
}

# ---- the input: EVENTS simulated signals straight to the raw topic, produced once
DUR=$(((EVENTS + LOAD_RATE - 1) / LOAD_RATE))
RATE=$(awk -v n="$EVENTS" -v d="$DUR" 'BEGIN {printf "%.3f", n / d}')
echo "loading ~$EVENTS events: luisterloop simulate --direct --rate $RATE --duration $DUR"
t0=$(date +%s.%N)
LUISTERLOOP_PSEUDONYM_KEY=$KEY "$BIN" simulate -c "$B/bench.conf" --direct --rate "$RATE" \
    --duration "$DUR" 2>"$B/simulate.log"
t1=$(date +%s.%N)
N=$(topic_end bench.raw)
echo "loaded $N events in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s"
# Sample events for the latency run (a different run id: no dedup hits in Redis).
kcat -b "127.0.0.1:$KPORT" -C -t bench.raw -p 0 -o beginning -c 20000 -e -q -f '%s\n' \
    >"$B/samples.jsonl" 2>/dev/null

# ---- (k) the broker without transactions: kcat consumes the raw topic and kcat produces it
# to another, both with their defaults, from the first offset until the copy has every event.
kcat -b "127.0.0.1:$KPORT" -C -t bench.raw -o beginning -e -q -f '%s\n' 2>/dev/null \
    | kcat -b "127.0.0.1:$KPORT" -P -t bench.kcatcopy -q 2>/dev/null &
KC=$!
HOST_K0=$(cpu_stat)
t0=$(date +%s.%N)
while [ "$(topic_end bench.kcatcopy)" -lt "$N" ]; do
    kill -0 "$KC" 2>/dev/null || break
    sleep 0.2
done
t1=$(date +%s.%N)
HOST_K=$(host_cpu "$HOST_K0" "$(cpu_stat)")
wait "$KC" || true
K_N=$(topic_end bench.kcatcopy)
K_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
K_RATE=$(awk -v n="$K_N" -v s="$K_S" 'BEGIN {printf "%.0f", n / s}')
echo "(k) kcat copy:    copied=$K_N elapsed_s=$K_S"

# ---- (a) ceiling: transactional passthrough, the processor's loop and settings
HOST_A0=$(cpu_stat)
"$T/bench_passthrough" -c "$B/bench.conf" --to bench.passthrough 2>"$B/passthrough.log" &
PT=$!
PIDS+=("$PT")
A=$(progress a bench-passthrough "$PT" passthrough="$PT" broker="$(cat "$B/kafka/kafka.pid")")
HOST_A=$(host_cpu "$HOST_A0" "$(cpu_stat)")
kill "$PT"
wait "$PT" || true

# ---- (a2) the passthrough's latency at the offered load of (c), after the same warm-up
"$T/bench_passthrough" -c "$B/ptlat.conf" --to bench.ptlat --group bench-ptlat --txn bench-ptlat \
    2>"$B/ptlat.log" &
PT2=$!
PIDS+=("$PT2")
if [ "$LAT_WARMUP_S" -gt 0 ]; then
    "$T/bench_latency" -c "$B/ptlat.conf" --samples "$B/samples.jsonl" --rate "$LAT_RATE" \
        --duration "$LAT_WARMUP_S" >/dev/null 2>"$B/ptlat-warmup.log" || true
fi
HOST_A2_0=$(cpu_stat)
# --floor as in (c): the same probe consumers on the broker in both phases.
L2=$("$T/bench_latency" -c "$B/ptlat.conf" --samples "$B/samples.jsonl" --rate "$LAT_RATE" \
    --duration "$LAT_S" --floor 2>"$B/ptlat-latency.log") || echo "bench_latency: not every event arrived (a2)" >&2
HOST_A2=$(host_cpu "$HOST_A2_0" "$(cpu_stat)")
kill "$PT2"
wait "$PT2" || true
echo "(a2) passthrough latency: $L2"
# Where the passthrough's transactions spent their time over its warm-up and (a2).
PT2_TXN=$(sed -n 's/^passthrough: //p' "$B/ptlat.log" | tr '\n' ' ')
N50=$(echo "$L2" | sed -n 's/.* p50_ms=\([0-9.-]*\).*/\1/p')
N99=$(echo "$L2" | sed -n 's/.* p99_ms=\([0-9.-]*\).*/\1/p')
A_S=$(echo "$A" | sed 's/.*elapsed_s=\([0-9.]*\).*/\1/')
A_F=$(echo "$A" | sed 's/.*first_commit_s=\([0-9.]*\).*/\1/')
A_RATE=$(awk -v n="$N" -v s="$A_S" 'BEGIN {printf "%.0f", n / s}')
A_STEADY=$(awk -v n="$N" -v s="$A_S" -v f="$A_F" 'BEGIN {printf "%.0f", n / (s - f)}')
echo "(a) passthrough: $A"

# ---- (b) the processor on the same events
redis-cli -p "$RPORT" config resetstat >/dev/null
LUISTERLOOP_PSEUDONYM_KEY=$KEY "$BIN" process -c "$B/bench.conf" 2>"$B/process.log" &
PP=$!
PIDS+=("$PP")
CPU_B0=$(cpu_all)
HOST_B0=$(cpu_stat)
# PERF_DATA=FILE: profile the processor's first 10 s of (b) with perf (DWARF call graphs).
if [ -n "${PERF_DATA:-}" ]; then
    perf record -F 499 --call-graph dwarf,16384 -p "$PP" -o "$PERF_DATA" -- sleep 10 \
        >/dev/null 2>&1 &
fi
P=$(progress b bench-process "$PP" processor="$PP" redis-server="$(cat "$B/redis/redis.pid")" \
    broker="$(cat "$B/kafka/kafka.pid")")
echo "(b) process:     $P"
P_S=$(echo "$P" | sed 's/.*elapsed_s=\([0-9.]*\).*/\1/')
P_F=$(echo "$P" | sed 's/.*first_commit_s=\([0-9.]*\).*/\1/')
P_RATE=$(awk -v n="$N" -v s="$P_S" 'BEGIN {printf "%.0f", n / s}')
P_STEADY=$(awk -v n="$N" -v s="$P_S" -v f="$P_F" 'BEGIN {printf "%.0f", n / (s - f)}')
P_HWM_B=$(awk '/^VmHWM/ {print $2}' "/proc/$PP/status")
# Where the main thread blocked over (b), from its start: its shares of (b)'s wall time.
MAIN_WAITS=$(curl -fs "http://127.0.0.1:$MPORT/metrics" | awk -v s="$P_S" '
    /^ll_process_main_wait_seconds_sum/ {
        on = $1; sub(/.*on="/, "", on); sub(/".*/, "", on)
        printf "%s%s %.1f%%", (n++ ? ", " : ""), on, 100 * $2 / s; t += $2}
    END {printf "; together %.1f%% of %.1f s", 100 * t / s, s}')
CPU_B1=$(cpu_all)
HOST_B=$(host_cpu "$HOST_B0" "$(cpu_stat)")

# ---- (d) Redis per event over (b)
CONSUMED=$(metric ll_process_consumed_total)
RCMDS=$(metric ll_process_redis_commands_total)
RRTT=$(metric ll_process_redis_roundtrips_total)
TXNS=$(metric ll_process_transactions_total)
ABORTS=$(metric ll_process_aborts_total)
R_SET=$(cmdstat set)
R_EVALSHA=$(cmdstat evalsha)
R_TOTAL=$(redis-cli -p "$RPORT" info stats | tr -d '\r' | awk -F: '$1 == "total_commands_processed" {print $2}')

# ---- (c) latency at a fixed offered load, the processor caught up and still running
# Warm-up at the measured load first: the broker's JIT compiles the transactional paths
# (C2 takes close to half a core for a while) and would otherwise be measured with them.
if [ "$LAT_WARMUP_S" -gt 0 ]; then
    W=$("$T/bench_latency" -c "$B/bench.conf" --samples "$B/samples.jsonl" --rate "$LAT_RATE" \
        --duration "$LAT_WARMUP_S" 2>"$B/latency-warmup.log") || true
    echo "(c) warm-up:     $W"
fi
curl -fs "http://127.0.0.1:$MPORT/metrics" >"$B/metrics-before-c.txt" || true
HOST_C0=$(cpu_stat)
CPU_C0=$(cpu_all)
L=$("$T/bench_latency" -c "$B/bench.conf" --samples "$B/samples.jsonl" --rate "$LAT_RATE" \
    --duration "$LAT_S" --trace "$B/latency-trace.txt" --floor 2>"$B/latency.log") || echo "bench_latency: not every event arrived" >&2
echo "(c) latency:     $L"
P50=$(echo "$L" | sed -n 's/.* p50_ms=\([0-9.-]*\).*/\1/p')
P99=$(echo "$L" | sed -n 's/.* p99_ms=\([0-9.-]*\).*/\1/p')
F50=$(echo "$L" | sed -n 's/.*floor_p50_ms=\([0-9.-]*\).*/\1/p')
F99=$(echo "$L" | sed -n 's/.*floor_p99_ms=\([0-9.-]*\).*/\1/p')
curl -fs "http://127.0.0.1:$MPORT/metrics" >"$B/metrics-after-c.txt" || true
CPU_C1=$(cpu_all)
# The processor's transactions over (c): how many, the mean of their offsets and commit
# (the broker's share), and how many of those took over 100 and over 250 ms.
C_TXN=$(cat "$B/metrics-before-c.txt" "$B/metrics-after-c.txt" 2>/dev/null | awk '
    $1 == "ll_process_commit_seconds_count" {n[++i] = $2}
    $1 == "ll_process_commit_seconds_sum" {s[++j] = $2}
    $1 == "ll_process_commit_seconds_bucket{le=\"0.1\"}" {a[++k] = $2}
    $1 == "ll_process_commit_seconds_bucket{le=\"0.25\"}" {b[++l] = $2}
    END {c = n[2] - n[1]; if (c <= 0) {print "none"; exit}
        printf "%d transactions, offsets and commit %.1f ms mean, over 100 ms in %d, over 250 ms in %d",
            c, 1000 * (s[2] - s[1]) / c, c - (a[2] - a[1]), c - (b[2] - b[1])}')
HOST_C=$(host_cpu "$HOST_C0" "$(cpu_stat)")

# ---- (e) peak RSS of the processor over (b) and (c)
HWM=$(awk '/^VmHWM/ {print $2}' "/proc/$PP/status")
kill "$PP"
wait "$PP" || true

# (b) against the machine's floor: the events/s that each phase's CPU per event (all the
# processes it ran: program, broker, Redis; bench_progress counts with the others) allows on nproc cores less steal,
# and on the cores that other processes left it (its own and the idle ones: on a shared
# machine the others' share is not the pipeline's to take). With those cores saturated (no idle)
# (b) cannot pass that rate, whatever the loop does; below it, the loop left cores idle.
read -r FA_US FA_RATE FA_AVAIL FA_PIPE FA_OTHER FA_IDLE FA_STEAL <<<"$(floor a)"
read -r FB_US FB_RATE FB_AVAIL FB_PIPE FB_OTHER FB_IDLE FB_STEAL <<<"$(floor b)"
# The restated (b): 90% of (a), or of the rate (b)'s own CPU allows on the cores it had when
# that is lower; each rate over the window its CPU was measured in (from the first snapshot to
# the last, so a little below bench_progress's: it ends on its next look after the commit).
A_W=$(awk -v n="$N" -v s="$(cat "$B/wall-a.txt")" 'BEGIN {printf "%.0f", n / s}')
B_W=$(awk -v n="$N" -v s="$(cat "$B/wall-b.txt")" 'BEGIN {printf "%.0f", n / s}')
FB_TARGET=$(awk -v a="$A_W" -v f="$FB_AVAIL" 'BEGIN {printf "%.0f", 0.9 * (f > 0 && f < a ? f : a)}')

verdict() { awk -v ok="$1" 'BEGIN {print (ok ? "PASS" : "MISS")}'; }
V_BF=$(verdict "$(awk -v p="$B_W" -v t="$FB_TARGET" 'BEGIN {print (p >= t)}')")
V_B=$(verdict "$(awk -v p="$P_RATE" -v a="$A_RATE" 'BEGIN {print (p >= 0.5 * a)}')")
V_C=$(verdict "$(awk -v x="${P99:--1}" 'BEGIN {print (x >= 0 && x <= 50)}')")
V_D=$(verdict "$(awk -v r="$RRTT" -v n="$CONSUMED" 'BEGIN {print (n > 0 && r / n <= 0.01)}')")
V_E=$(verdict "$(awk -v h="$HWM" 'BEGIN {print (h <= 65536)}')")
V_K=$(verdict "$(awk -v a="$A_RATE" -v k="$K_RATE" 'BEGIN {print (k > 0 && a >= 0.4 * k)}')")
V_B90=$(verdict "$(awk -v p="$P_RATE" -v a="$A_RATE" 'BEGIN {print (p >= 0.9 * a)}')")
V_L=$(verdict "$(awk -v p5="${P50:--1}" -v p9="${P99:--1}" -v n5="${N50:--1}" -v n9="${N99:--1}" \
    'BEGIN {print (p5 >= 0 && n5 > 0 && p5 <= 1.25 * n5 && p9 <= 1.25 * n9)}')")

echo
printf '%-44s %-34s %-22s %s\n' "figure" "value" "target" "verdict"
printf '%-44s %-34s %-22s %s\n' "(k) kcat copy events/s (no transactions)" "$K_RATE" "-" "-"
printf '%-44s %-34s %-22s %s\n' "(a) passthrough events/s (from start)" \
    "$A_RATE  ($(awk -v a="$A_RATE" -v k="$K_RATE" 'BEGIN {printf "%.0f", (k > 0 ? 100 * a / k : 0)}')% of (k); steady $A_STEADY)" \
    ">= 40% of (k)" "$V_K"
printf '%-44s %-34s %-22s %s\n' "(b) process events/s (from start)" \
    "$P_RATE  ($(awk -v p="$P_RATE" -v a="$A_RATE" 'BEGIN {printf "%.0f", 100 * p / a}')% of (a); steady $P_STEADY)" \
    ">= 90% of (a)" "$V_B90"
printf '%-44s %-34s %-22s %s\n' "(b) of the rate its CPU allows (floor)" \
    "$B_W = $(awk -v p="$B_W" -v f="$FB_AVAIL" 'BEGIN {printf "%.0f%%", (f > 0 ? 100 * p / f : 0)}') of $FB_AVAIL  ($FB_US us/event on the $(awk -v p="$FB_PIPE" -v i="$FB_IDLE" 'BEGIN {printf "%.2f", p + i}') cores left it; (a) $A_W)" \
    ">= 90% of min((a), floor): $FB_TARGET" "$V_BF"
printf '%-44s %-34s %-22s %s\n' "(c) produce->enriched p50 / p99 ms" "$P50 / $P99  (at $LAT_RATE/s, ${LAT_S}s)" "p99 <= 50 ms" "$V_C"
printf '%-44s %-34s %-22s %s\n' "(c) floor: raw topic itself, same run" "$F50 / $F99  (Kafka alone, no processor)" "-" "-"
printf '%-44s %-34s %-22s %s\n' "(a2) passthrough p50 / p99 ms, same load" "$N50 / $N99  (the transactional null copy)" "-" "-"
printf '%-44s %-34s %-22s %s\n' "(c) / (a2) p50, p99" \
    "$(awk -v p5="${P50:-0}" -v p9="${P99:-0}" -v n5="${N50:-0}" -v n9="${N99:-0}" \
        'BEGIN {printf "%.2f, %.2f", (n5 > 0 ? p5 / n5 : -1), (n9 > 0 ? p9 / n9 : -1)}')" "<= 1.25 each" "$V_L"
printf '%-44s %-34s %-22s %s\n' "(d) Redis round trips per 100 events" \
    "$(awk -v r="$RRTT" -v n="$CONSUMED" 'BEGIN {printf "%.3f", 100 * r / n}')  ($RRTT for $CONSUMED)" \
    "<= 1" "$V_D"
printf '%-44s %-34s %-22s %s\n' "(d) Redis commands per event (client)" \
    "$(awk -v c="$RCMDS" -v n="$CONSUMED" 'BEGIN {printf "%.2f", c / n}')  ($RCMDS)" "-" "-"
printf '%-44s %-34s %-22s %s\n' "(e) process peak RSS (VmHWM)" \
    "$(awk -v h="$HWM" 'BEGIN {printf "%.1f MiB", h / 1024}')  (after (b): $(awk -v h="$P_HWM_B" 'BEGIN {printf "%.1f", h / 1024}'))" \
    "<= 64 MiB" "$V_E"
echo
# Steal is CPU the hypervisor gave to other machines: it slows (a), (b) and (c) unevenly.
printf '%-44s %s\n' "the machine's CPU over (k)" "$HOST_K"
printf '%-44s %s\n' "the machine's CPU over (a)" "$HOST_A"
printf '%-44s %s\n' "the machine's CPU over (a2)" "$HOST_A2"
printf '%-44s %s\n' "the machine's CPU over (b)" "$HOST_B"
printf '%-44s %s\n' "the machine's CPU over (c)" "$HOST_C"
echo
echo "redis-server over (b): SET $R_SET + EVALSHA $R_EVALSHA = $((R_SET + R_EVALSHA)) commands sent" \
    "(/metrics: $RCMDS); total_commands_processed $R_TOTAL (counts the batch script's inner calls)"
echo "CPU us per event over (b): $(cpu_per_event "$N" "$CPU_B0" "$CPU_B1")"
echo "the pipeline's cores over (a): $(sched a passthrough)"
echo "the pipeline's cores over (b): $(sched b processor)"
echo "the processor's main thread blocked over (b) on: $MAIN_WAITS"
echo "floor over (a): the null copy's processes $FA_US us of CPU per event allow $FA_RATE/s on $(nproc) cores ($FA_AVAIL/s on those left it);" \
    "the cores went to them $FA_PIPE, to other processes $FA_OTHER, idle $FA_IDLE, stolen $FA_STEAL"
echo "floor over (b): the processor's processes $FB_US us of CPU per event allow $FB_RATE/s on $(nproc) cores ($FB_AVAIL/s on those left it);" \
    "the cores went to them $FB_PIPE, to other processes $FB_OTHER, idle $FB_IDLE, stolen $FB_STEAL;" \
    "(b) did $(awk -v a="$FA_US" -v b="$FB_US" 'BEGIN {printf "%.0f%%", (b > 0 ? 100 * a / b : 0)}') of (a)'s events per CPU-second"
echo "CPU us per event over (c): $(cpu_per_event "$((LAT_RATE * LAT_S))" "$CPU_C0" "$CPU_C1") (the broker also serves the probe)"
echo "processor: $TXNS transactions, $ABORTS aborts, $((CONSUMED / (TXNS > 0 ? TXNS : 1))) events per transaction"
echo "processor's transactions over (c): $C_TXN"
echo "passthrough's over its warm-up and (a2): $PT2_TXN"
echo "events: $N simulated (Dutch texts, 5,000 citizens' pseudonyms, Rotterdam postcodes) on 6 partitions"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: tests/bench/process.sh $EVENTS   ($(nproc) cores; Kafka, Redis and the processor share them)"
