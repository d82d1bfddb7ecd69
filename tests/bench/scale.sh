#!/usr/bin/env bash
# tests/bench/scale.sh - scale-out of the processors on the three-broker cluster
# (deploy/cluster/up.sh: replication 3, min.insync.replicas 2, Redis with a replica and
# `redis_wait_replicas = 1`), 1, 2 and 3 processors in one run. For each count: the
# processors stopped, a backlog of EVENTS simulated events produced straight to the raw topic
# (`luisterloop simulate --direct`, batched: linger 20 ms, lz4; not one request per event),
# then that many processors started in the one group, and the group's lag sampled
# (build/tests/bench_lag) until the backlog is committed. Reports per count: events/s while
# draining (from the sample where 10% of the backlog was done to the one where 90% was: the
# group's join is not counted), the whole drain's time, CPU microseconds per event of the
# processors, the brokers (less what the three use idle, measured just before) and the two
# Redis (from /proc, so not inflated by steal), and the machine's load and steal over the drain; then the ratios of 2 and 3 to 1. The other roles
# are stopped: only the processors read. Not part of tests/run.sh.
#
#   tests/bench/scale.sh [EVENTS]     (default 100000 per count)
#   env: LL_CLUSTER_KAFKA_PORT, LL_CLUSTER_REDIS_PORT (default: LL_CLUSTER_PORT_BASE 4000 of
#        deploy/cluster/up.sh), LOAD_RATE (simulate's rate while loading, default 20000/s),
#        COUNTS (default "1 2 3"), KEEP=1 leaves the cluster running
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

EVENTS=${1:-100000}
ll_bench_events "$EVENTS"
LOAD_RATE=${LOAD_RATE:-20000}
COUNTS=${COUNTS:-1 2 3}
for k in $COUNTS; do
    case "$k" in [1-6]) ;; *) echo "COUNTS: '$k' is not 1..6 (the raw topic has 6 partitions)" >&2; exit 2 ;; esac
done
export LL_CLUSTER_PORT_BASE=${LL_CLUSTER_PORT_BASE:-4000}
export LL_CLUSTER_HTTP_PORT=${LL_CLUSTER_HTTP_PORT:-auto}
export LL_KAFKA_READY_TIMEOUT=${LL_KAFKA_READY_TIMEOUT:-300}
LIBS=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}/kafka-libs
export LUISTERLOOP_HOME=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}/bench-scale
H=$LUISTERLOOP_HOME
mkdir -p "$H"
[ ! -d "$LIBS" ] || [ -e "$H/kafka-libs" ] || ln -s "$LIBS" "$H/kafka-libs"
BIN=$ROOT/build/luisterloop
LAG_TOOL=$ROOT/build/tests/bench_lag

LAGGER=
cleanup() {
    local rc=$?
    [ -z "$LAGGER" ] || { kill "$LAGGER" 2>/dev/null; wait "$LAGGER" 2>/dev/null; } || true
    [ "${KEEP:-0}" = 1 ] || deploy/cluster/down.sh --purge >/dev/null 2>&1 || true
    exit "$rc"
}
trap cleanup EXIT
deploy/cluster/down.sh --purge >/dev/null 2>&1 || true
MAXK=$(printf '%s\n' $COUNTS | sort -n | tail -1)
deploy/cluster/up.sh --processors "$MAXK" >"$H/up.log" 2>&1 || { tail -30 "$H/up.log"; exit 1; }
ninja -C build bench_lag >/dev/null
C=$H/cluster
set -a
# shellcheck disable=SC1091
. "$H/local.env"
set +a
LUISTERLOOP_PSEUDONYM_KEY=$(cat "$H/pseudonym.key")
export LUISTERLOOP_PSEUDONYM_KEY
raw=$(ll_conf_get "$LUISTERLOOP_CONFIG" topics raw)
group=$(ll_conf_get "$LUISTERLOOP_CONFIG" process group)

# Only the processors read: every other role stops.
for role in web phone balie email escalate detect aggregate dashboard; do ll_role_stop "$H" "$role"; done
# The loader's config: the cluster's, with [simulate] batching hard for the fastest fill.
LOADER=$(ll_bench_loader) awk '{ print } $0 == "[simulate]" { print ENVIRON["LOADER"] }' \
    "$LUISTERLOOP_CONFIG" >"$C/load.conf"

pids_of() { # the pids in the named pid files of run/
    local f
    for f in "$@"; do
        if [ -e "$H/run/$f.pid" ]; then cat "$H/run/$f.pid"; fi
    done
}
cpu_sum() { # CPU seconds of the given pids, together
    local p s=0
    for p in "$@"; do s=$(awk -v a="$s" -v b="$(ll_bench_cpu_s "$p")" 'BEGIN {print a + b}'); done
    echo "$s"
}
lag_now() { # the group's lag now (asks again while the brokers do not answer in time)
    local l=-1 i
    for i in 1 2 3 4 5; do
        l=$(LL_TEST_KAFKA=$LUISTERLOOP_KAFKA "$LAG_TOOL" 1000 1 "$group=$raw" | awk 'NR == 1 {print $2}')
        [ "${l:--1}" -lt 0 ] || break
    done
    echo "${l:--1}"
}
BROKERS=$(pids_of kafka.1 kafka.2 kafka.3 | tr '\n' ' ')
REDISES=$(pids_of redis redis-replica | tr '\n' ' ')

stop_processors() {
    local i
    for i in $(seq 1 "$MAXK"); do ll_role_stop "$H" "process.$i"; done
    # Static members leave only when their session ends (10 s): the next count must not wait
    # for them, nor keep their partitions away from the new members. Meanwhile the brokers
    # idle: what they use then (heartbeats, the controllers' quorum, the JVMs) is their
    # baseline, taken off their CPU per event below.
    local b0 b1 t0 t1
    b0=$(cpu_sum $BROKERS) t0=$(date +%s%3N)
    sleep 15
    b1=$(cpu_sum $BROKERS) t1=$(date +%s%3N)
    IDLE=$(awk -v a="$b0" -v b="$b1" -v s="$t0" -v e="$t1" 'BEGIN {printf "%.4f", (b - a) / ((e - s) / 1000)}')
}

RESULTS=()
for k in $COUNTS; do
    stop_processors
    N0=$(lag_now)
    echo "== $k processor(s): loading $EVENTS events (simulate --direct --rate $LOAD_RATE)"
    # simulate makes what it can in its time (on a busy machine less than LOAD_RATE): again,
    # for what is missing, until the backlog has EVENTS.
    N=$N0
    while [ "$N" -lt $((N0 + EVENTS)) ]; do
        secs=$(((N0 + EVENTS - N + LOAD_RATE - 1) / LOAD_RATE))
        "$BIN" simulate -c "$C/load.conf" --direct --rate "$LOAD_RATE" --duration "$secs" 2>>"$H/simulate.$k.log"
        N=$(lag_now)
    done
    echo "   backlog $N (was $N0 before loading)"
    LL_TEST_KAFKA=$LUISTERLOOP_KAFKA "$LAG_TOOL" 250 0 "$group=$raw" >"$H/lag.$k" 2>/dev/null &
    LAGGER=$!
    H0=$(ll_bench_cpu_stat)
    L0=$(cut -d' ' -f1 /proc/loadavg)
    B0=$(cpu_sum $BROKERS)
    R0=$(cpu_sum $REDISES)
    t0=$(date +%s%3N)
    for i in $(seq 1 "$k"); do
        ll_role_start "$H" "$BIN" "process.$i" -c "$C/process.$i.conf" --instance "$i"
    done
    PP=$(pids_of $(for i in $(seq 1 "$k"); do echo "process.$i"; done) | tr '\n' ' ')
    P0=$(cpu_sum $PP) # a fresh process: what it used while starting counts too (~0)
    deadline=$((SECONDS + 900))
    while :; do
        last=$(tail -1 "$H/lag.$k" | awk '{print $2}')
        [ "$last" = 0 ] && break
        [ "$SECONDS" -lt "$deadline" ] || { echo "scale.sh: $k processor(s) did not drain in 900 s" >&2; exit 1; }
        sleep 0.5
    done
    t1=$(date +%s%3N)
    P1=$(cpu_sum $PP)
    B1=$(cpu_sum $BROKERS)
    R1=$(cpu_sum $REDISES)
    H1=$(ll_bench_cpu_stat)
    L1=$(cut -d' ' -f1 /proc/loadavg)
    kill "$LAGGER" 2>/dev/null && wait "$LAGGER" 2>/dev/null || true
    LAGGER=
    # events/s from the sample at 10% of the backlog done to the one at 90%.
    mid=$(awk -v n="$N" '$2 >= 0 { if (!a && $2 <= 0.9 * n) { a = $1; la = $2 } if (a && $2 <= 0.1 * n) { b = $1; lb = $2; exit } }
        END { if (a && b > a) printf "%.0f", 1000 * (la - lb) / (b - a); else print 0 }' "$H/lag.$k")
    line=$(awk -v k="$k" -v n="$N" -v t0="$t0" -v t1="$t1" -v mid="$mid" -v p0="$P0" -v p1="$P1" \
        -v b0="$B0" -v b1="$B1" -v r0="$R0" -v r1="$R1" -v h0="$H0" -v h1="$H1" -v l0="$L0" -v l1="$L1" \
        -v bi="$IDLE" '
        BEGIN { split(h0, x, " "); split(h1, y, " "); busy = y[1] - x[1]; idle = y[2] - x[2]; st = y[3] - x[3];
            tot = busy + idle + st; s = (t1 - t0) / 1000;
            printf "%d %d %.1f %d %.1f %.1f %.1f %.0f %.0f %s %s %.0f",
                k, n, s, mid, 1e6 * (p1 - p0) / n, 1e6 * (b1 - b0 - bi * s) / n, 1e6 * (r1 - r0) / n,
                100 * busy / tot, 100 * st / tot, l0, l1, 100 * bi }')
    RESULTS+=("$line")
    echo "   $line"
done

echo
printf '%-11s %9s %9s %12s %7s %11s %11s %12s %13s %s\n' processors backlog drain_s 'events/s' \
    'ratio' 'proc us/ev' 'brkr us/ev' 'redis us/ev' 'busy/steal %' 'load avg start..end; brokers idle'
base=
for r in "${RESULTS[@]}"; do
    read -r k n s mid pu bu ru busy st l0 l1 bi <<<"$r"
    [ -n "$base" ] || base=$mid
    printf '%-11s %9d %9.1f %12d %7s %11.1f %11.1f %12.1f %13s %s\n' "$k" "$n" "$s" "$mid" \
        "$(awk -v a="$mid" -v b="$base" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')" "$pu" "$bu" "$ru" \
        "$busy/$st" "$l0..$l1; ${bi}% of a core"
done
echo
echo "events/s: while draining, between 10% and 90% of the backlog done (the group's join not counted);"
echo "drain_s: from starting the processors until the group committed the whole backlog."
echo "CPU per event from /proc (user+system), over the drain; the brokers' less what they use idle"
echo "(measured while the processors were stopped); busy/steal: the machine's CPU over the drain."
echo "command: tests/bench/scale.sh $EVENTS  (LOAD_RATE=$LOAD_RATE; $(nproc) cores shared with 3 brokers, 2 Redis, 3 Sentinels)"
