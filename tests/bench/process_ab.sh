#!/usr/bin/env bash
# tests/bench/process_ab.sh - two builds of `luisterloop process` on the same events, alternately:
# peak RSS and CPU per event. One Kafka and Redis of its own, one raw topic loaded once; then,
# ROUNDS times, the build of OTHER_CHECKOUT and this checkout's, each read from offset 0 to the
# end with a fresh group and an emptied Redis (the steps of process.sh's (b)). The peak RSS
# grows with the events read, so two builds compare only on the same topic: process.sh's (e)
# loads a different number of events in every run on a busy machine. Prints per run the
# elapsed time, VmHWM, the RSS 1.5 s after start (models loaded, little read yet) and CPU per
# event from /proc (the processor's, its main thread's, and redis-server's over the run), and
# where the main thread blocked (its ll_process_main_wait_seconds, when the build
# counts it) and the main thread's and the worker's shares on a core, runnable and asleep
# (schedstat, from 1.5 s in); keeps the smaps of the largest RSS sampled in bench-ab/NAME.smaps
# and the processor's last metrics in bench-ab/NAME.metrics. Not part
# of tests/run.sh.
#
#   tests/bench/process_ab.sh OTHER_CHECKOUT [SECONDS_OF_LOAD [ROUNDS]]   (default 4 and 2)
#   OTHER_CHECKOUT: a checkout with its own build/ (e.g. a clone of main); its config/ is used
#   for its runs.
#   env: LL_BENCH_KAFKA_PORT, LL_BENCH_REDIS_PORT, LL_BENCH_METRICS_PORT (default 19392, 16579,
#        18581), BATCH_MAX (default
#        1000), TXN_BATCHES (transaction_batches, default 8), OTHER_TXN_BATCHES (for
#        OTHER_CHECKOUT's runs only, default TXN_BATCHES: with OTHER_CHECKOUT this checkout, two
#        settings of one build), OTHER_CONF (lines added to the [process] section of
#        OTHER_CHECKOUT's runs only, ';' between them: any other setting A/B on one build, e.g.
#        OTHER_CONF='kafka.queued.max.messages.kbytes = 3072')
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

OTHER=${1:?usage: tests/bench/process_ab.sh OTHER_CHECKOUT [SECONDS_OF_LOAD [ROUNDS]]}
OTHER=$(cd "$OTHER" && pwd)
SECONDS_OF_LOAD=${2:-4}
ROUNDS=${3:-2}
[ -x "$OTHER/build/luisterloop" ] || { echo "$OTHER/build/luisterloop: not built" >&2; exit 2; }
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-ab
KPORT=${LL_BENCH_KAFKA_PORT:-19392}
RPORT=${LL_BENCH_REDIS_PORT:-16579}
MPORT=${LL_BENCH_METRICS_PORT:-18581}
KEY=bench-pseudonym-key-0123456789

ll_bench_build bench_progress
PIDS=()
cleanup() { ll_bench_stop "$B" "${PIDS[@]}"; }
trap cleanup EXIT
ll_bench_stack "$B" "$KPORT" 1g "$RPORT" none
ln -s "$ROOT/config/areas-rotterdam.tsv" "$B/areas-rotterdam.tsv"

conf() { # GROUP CHECKOUT TXN_BATCHES: the processor's config, with CHECKOUT's rule files
    (
        cd "$2"
        ll_bench_conf "$KPORT" "$RPORT" warn bench.enriched
        printf '[simulate]\n'
        ll_bench_loader
        printf '[process]\ngroup = %s\ntransactional_id = %s-0\n' "$1" "$1"
        # The shipped batch settings (config/luisterloop.conf; until 11-30 evening this set
        # batch_max 2000, and transaction_batches' default 4 made it 8,000 events a transaction).
        printf 'transactions_in_flight = 1\nbatch_max = %s\ntransaction_batches = %s\nbatch_wait_ms = 2\n' \
            "${BATCH_MAX:-1000}" "$3"
        printf 'dedup_ttl_s = 1209600\ntransaction_timeout_ms = 30000\n'
        case "$1" in g-other-*) printf '%s\n' "${OTHER_CONF:-}" | tr ';' '\n' ;; esac
        printf 'metrics_listen = 127.0.0.1:%s\n' "$MPORT"
        ll_bench_rules
    )
}
kib_mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

conf load "$ROOT" "${TXN_BATCHES:-8}" >"$B/load.conf"
build/luisterloop topics -c "$B/load.conf" 2>/dev/null
LUISTERLOOP_PSEUDONYM_KEY=$KEY build/luisterloop simulate -c "$B/load.conf" --direct \
    --rate 25000 --duration "$SECONDS_OF_LOAD" 2>"$B/simulate.log"
N=$(ll_bench_topic_end "$KPORT" bench.raw)
echo "events in the raw topic: $N"

for r in $(seq 1 "$ROUNDS"); do
    for side in other this; do
        if [ "$side" = other ]; then
            SRC=$OTHER TB=${OTHER_TXN_BATCHES:-${TXN_BATCHES:-8}}
        else
            SRC=$ROOT TB=${TXN_BATCHES:-8}
        fi
        NAME=$side-$r
        redis-cli -p "$RPORT" flushall >/dev/null
        conf "g-$NAME" "$SRC" "$TB" >"$B/$NAME.conf"
        L0=$(cut -d' ' -f1 /proc/loadavg)
        RC0=$(ll_bench_cpu_s "$(cat "$B/redis/redis.pid")")
        LUISTERLOOP_PSEUDONYM_KEY=$KEY "$SRC/build/luisterloop" process -c "$B/$NAME.conf" \
            2>"$B/$NAME.log" &
        PP=$!
        PIDS+=("$PP")
        ( # the smaps of the largest RSS sampled, every 0.2 s
            best=0
            while rss=$(awk '/^VmRSS/ {print $2}' "/proc/$PP/status" 2>/dev/null) && [ -n "$rss" ]; do
                if [ "$rss" -gt "$best" ] && cat "/proc/$PP/smaps" >"$B/$NAME.smaps.tmp" 2>/dev/null; then
                    best=$rss
                    mv "$B/$NAME.smaps.tmp" "$B/$NAME.smaps"
                fi
                sleep 0.2
            done
        ) &
        W=$!
        sleep 1.5
        START=$(awk '/^VmRSS/ {print $2}' "/proc/$PP/status")
        ll_bench_tasks "processor=$PP" >"$B/$NAME.tasks0"
        T0=$(date +%s.%N)
        P=$(LL_TEST_KAFKA=127.0.0.1:$KPORT build/tests/bench_progress "g-$NAME" bench.raw 600 "$PP")
        ll_bench_tasks "processor=$PP" >"$B/$NAME.tasks1"
        T1=$(date +%s.%N)
        # Voluntary context switches (a thread that went to sleep) of the main thread and the
        # worker, per 1,000 events over the run.
        csw() { awk '/^voluntary_ctxt_switches/ {print $2}' "$1/status" 2>/dev/null || echo 0; }
        CM=$(csw "/proc/$PP/task/$PP")
        CW=0
        for t in /proc/"$PP"/task/*; do
            case "$(cat "$t/comm" 2>/dev/null)" in ll-worker*) CW=$((CW + $(csw "$t"))) ;; esac
        done
        CSW=$(awk -v m="$CM" -v w="$CW" -v n="$N" \
            'BEGIN {printf " sleeps per 1,000 events: main %.0f, worker %.0f", 1000 * m / n, 1000 * w / n}')
        # The main thread's and the worker's time from 1.5 s in to the end: on a core,
        # runnable without one, asleep (schedstat; the waits above are wall time, so on
        # a loaded machine they include the time the thread waited for a core).
        SCHED=$(ll_bench_sched "$B/$NAME.tasks0" "$B/$NAME.tasks1" \
            "$(awk -v a="$T0" -v b="$T1" 'BEGIN {print b - a}')" processor |
            awk '/thread (main|ll-worker) / {
                printf "%s %s on a core %s, runnable %s, asleep %s", (n++ ? ";" : " threads:"), $3, $8, $10, $12}' |
            tr -d ',')
        HWM=$(awk '/^VmHWM/ {print $2}' "/proc/$PP/status")
        CPU=$(ll_bench_cpu_s "$PP")
        MAIN_TICKS=$(awk '{print $14 + $15}' "/proc/$PP/task/$PP/stat") # the main thread
        HZ=$(getconf CLK_TCK)
        RC1=$(ll_bench_cpu_s "$(cat "$B/redis/redis.pid")")
        # Where the main thread blocked, as shares of the run (a build that counts it).
        S=$(echo "$P" | sed 's/.*elapsed_s=\([0-9.]*\).*/\1/')
        # With the batches per transaction (fewer: the broker commits more often).
        curl -fs "http://127.0.0.1:$MPORT/metrics" >"$B/$NAME.metrics" || true
        WAITS=$(awk -v s="$S" '
            /^ll_process_main_wait_seconds_sum/ {
                on = $1; sub(/.*on="/, "", on); sub(/".*/, "", on)
                all += $2
                printf "%s %s %.1f%%", (n++ ? "," : " main thread blocked on"), on, 100 * $2 / s}
            /^ll_process_transactions_total / { tx = $2 }
            /^ll_process_batch_seconds_count / { bt = $2 }
            END {
                if (n) printf " (all %.1f%%)", 100 * all / s
                if (tx) printf "; %d batches in %d transactions", bt, tx }' "$B/$NAME.metrics")
        kill "$PP"
        wait "$PP" || true
        wait "$W" || true
        echo "$side $(git -C "$SRC" log -1 --format=%h) round $r: $P;" \
            "VmHWM $(kib_mib "$HWM") MiB, 1.5 s in $(kib_mib "$START") MiB;" \
            "CPU $(awk -v c="$CPU" -v n="$N" 'BEGIN {printf "%.1f", 1e6 * c / n}') us/event," \
            "main thread $(awk -v c="$MAIN_TICKS" -v hz="$HZ" -v n="$N" 'BEGIN {printf "%.1f", 1e6 * c / hz / n}')," \
            "redis-server $(awk -v a="$RC0" -v b="$RC1" -v n="$N" 'BEGIN {printf "%.1f", 1e6 * (b - a) / n}');$WAITS;$SCHED;$CSW;" \
            "load $L0 -> $(cut -d' ' -f1 /proc/loadavg)"
    done
done
echo "command: tests/bench/process_ab.sh $OTHER $SECONDS_OF_LOAD $ROUNDS   (smaps in $B)"
