#!/usr/bin/env bash
# tests/bench/process_callgrind.sh - two builds of `luisterloop process` under callgrind on the
# same events: instructions per event, which the load of a shared machine does not move (CPU
# time per event moved ±15% between runs of one build, tests/bench/HISTORY.md). One Kafka and
# Redis of its own, one raw topic loaded once; then, ROUNDS times, the build of
# OTHER_CHECKOUT and this checkout's, each under `valgrind --tool=callgrind` from offset 0 to
# the end with a fresh group and an emptied Redis, and once each on an empty topic (start-up:
# models and word lists, ~0.5G instructions). Prints per run the instructions in all, and per
# event (the run less its build's start-up, over the events), with the Redis commands and round
# trips the processor counted. Not part of tests/run.sh.
#
#   tests/bench/process_callgrind.sh OTHER_CHECKOUT [SECONDS_OF_LOAD [ROUNDS]]   (default 1 and 1)
#   OTHER_CHECKOUT: a checkout with its own build/ (e.g. a clone of main); its config/ is used
#   for its runs.
#   env: LL_BENCH_KAFKA_PORT, LL_BENCH_REDIS_PORT, LL_BENCH_METRICS_PORT (default 19392, 16579,
#        18581)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

OTHER=${1:?usage: tests/bench/process_callgrind.sh OTHER_CHECKOUT [SECONDS_OF_LOAD [ROUNDS]]}
OTHER=$(cd "$OTHER" && pwd)
SECONDS_OF_LOAD=${2:-1}
ROUNDS=${3:-1}
[ -x "$OTHER/build/luisterloop" ] || { echo "$OTHER/build/luisterloop: not built" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind: not installed" >&2; exit 2; }
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-callgrind
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

conf() { # GROUP CHECKOUT RAW: the processor's config, with CHECKOUT's rule files
    (
        cd "$2"
        ll_bench_conf "$KPORT" "$RPORT" warn bench.enriched | sed "s/^raw = bench.raw$/raw = $3/"
        printf '[simulate]\n'
        ll_bench_loader
        printf '[process]\ngroup = %s\ntransactional_id = %s-0\n' "$1" "$1"
        printf 'transactions_in_flight = 1\nbatch_max = 1000\ntransaction_batches = 4\n'
        printf 'batch_wait_ms = 2\ndedup_ttl_s = 1209600\ntransaction_timeout_ms = 60000\n'
        printf 'metrics_listen = 127.0.0.1:%s\n' "$MPORT"
        ll_bench_rules
    )
}

conf load "$ROOT" bench.raw >"$B/load.conf"
conf empty "$ROOT" bench.empty >"$B/empty.conf"
build/luisterloop topics -c "$B/load.conf" 2>/dev/null
build/luisterloop topics -c "$B/empty.conf" 2>/dev/null
LUISTERLOOP_PSEUDONYM_KEY=$KEY build/luisterloop simulate -c "$B/load.conf" --direct \
    --rate 25000 --duration "$SECONDS_OF_LOAD" 2>"$B/simulate.log"
N=$(ll_bench_topic_end "$KPORT" bench.raw)
echo "events in the raw topic: $N"

# run NAME CHECKOUT RAW: one processor under callgrind until its group committed RAW's end;
# prints "INSTRUCTIONS REDIS_COMMANDS ROUNDTRIPS".
run() {
    local name=$1 src=$2 raw=$3 pp
    redis-cli -p "$RPORT" flushall >/dev/null
    conf "g-$name" "$src" "$raw" >"$B/$name.conf"
    LUISTERLOOP_PSEUDONYM_KEY=$KEY valgrind --tool=callgrind --dump-instr=no \
        --callgrind-out-file="$B/$name.callgrind" "$src/build/luisterloop" process \
        -c "$B/$name.conf" 2>"$B/$name.log" &
    pp=$!
    PIDS+=("$pp")
    if [ "$raw" = bench.raw ]; then
        LL_TEST_KAFKA=127.0.0.1:$KPORT build/tests/bench_progress "g-$name" "$raw" 1800 "$pp" >/dev/null
    else # ready: its metrics answer (models loaded, subscribed)
        for _ in $(seq 1 600); do
            curl -fs "http://127.0.0.1:$MPORT/metrics" >/dev/null 2>&1 && break
            sleep 0.5
        done
        sleep 2
    fi
    local cmds rtt
    cmds=$(ll_bench_metric "$MPORT" ll_process_redis_commands_total)
    rtt=$(ll_bench_metric "$MPORT" ll_process_redis_roundtrips_total)
    kill "$pp"
    wait "$pp" || true
    echo "$(awk '/^(summary|totals):/ {print $2; exit}' "$B/$name.callgrind") $cmds $rtt"
}

declare -A START
for side in other this; do
    if [ "$side" = other ]; then SRC=$OTHER; else SRC=$ROOT; fi
    read -r START[$side] _ _ <<<"$(run "$side-start" "$SRC" bench.empty)"
    echo "$side $(git -C "$SRC" log -1 --format=%h): start-up ${START[$side]} instructions"
done
for r in $(seq 1 "$ROUNDS"); do
    for side in other this; do
        if [ "$side" = other ]; then SRC=$OTHER; else SRC=$ROOT; fi
        read -r IR CMDS RTT <<<"$(run "$side-$r" "$SRC" bench.raw)"
        echo "$side $(git -C "$SRC" log -1 --format=%h) round $r: $IR instructions," \
            "$(awk -v i="$IR" -v s="${START[$side]}" -v n="$N" 'BEGIN {printf "%.0f", (i - s) / n}')" \
            "per event; Redis $(awk -v c="$CMDS" -v n="$N" 'BEGIN {printf "%.3f", c / n}') commands" \
            "and $RTT round trips for $N events"
    done
done
echo "command: tests/bench/process_callgrind.sh $OTHER $SECONDS_OF_LOAD $ROUNDS"
