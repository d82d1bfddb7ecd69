#!/usr/bin/env bash
# tests/bench/wait.sh - what `[process] redis_wait_replicas = 1` costs (a WAIT for the Redis
# replica at the end of every batch's round trip, before its commit) against 0, in one run:
# a Kafka, a Redis master and its replica of its own; EVENTS simulated events on the raw
# topic; then a warm-up round (not counted: the broker's JIT makes every later round faster)
# and rounds of the processor in the order 0 1 1 0 0 1 ... (a fresh group and an emptied
# Redis each round, each setting as often first as second), each (b) draining the backlog: CPU microseconds per event of the
# processor, the master and the replica, and events/s; then (c) produce-to-enriched p50/p99
# at a fixed offered load (bench_latency). Prints per round and the ratios of 1 to 0. Not
# part of tests/run.sh; figures go to README's capacity section.
#
#   tests/bench/wait.sh [EVENTS]      (default 50000)
#   env: ROUNDS (pairs of rounds, default 2), LAT_RATE (default 500/s), LAT_S (default 15),
#        LL_BENCH_KAFKA_PORT, LL_BENCH_REDIS_PORT (replica one above), LL_BENCH_METRICS_PORT
#        (19492, 16679, 18681)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

EVENTS=${1:-50000}
ll_bench_events "$EVENTS"
ROUNDS=${ROUNDS:-2}
LAT_RATE=${LAT_RATE:-500}
LAT_S=${LAT_S:-15}
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-wait
KPORT=${LL_BENCH_KAFKA_PORT:-19492}
RPORT=${LL_BENCH_REDIS_PORT:-16679}
RRPORT=$((RPORT + 1))
MPORT=${LL_BENCH_METRICS_PORT:-18681}
KEY=bench-pseudonym-key-0123456789
BIN=build/luisterloop
T=build/tests

ll_bench_build bench_latency bench_progress

PIDS=()
cleanup() {
    ll_bench_stop "$B" "${PIDS[@]}"
    ll_redis_stop "$B/replica" || true
}
trap cleanup EXIT
cleanup
# The cluster's broker heap (deploy/cluster/up.sh): the machine is shared.
ll_bench_stack "$B" "$KPORT" 512m "$RPORT" aof
ll_redis_replica_start "$B/replica" "$RRPORT" "$RPORT"
ln -s "$ROOT/config/areas-rotterdam.tsv" "$B/areas-rotterdam.tsv"

conf() { # WAIT_REPLICAS GROUP : the bench config
    cat <<CONF
$(ll_bench_conf "$KPORT" "$RPORT" warn "bench.enriched.$2")
[web]
kafka.linger.ms = 2
[simulate]
$(ll_bench_loader)
[process]
group = $2
transactional_id = $2
redis_wait_replicas = $1
metrics_listen = 127.0.0.1:$MPORT
$(ll_bench_rules)
CONF
}
conf 0 load >"$B/load.conf"
"$BIN" topics -c "$B/load.conf" 2>/dev/null

cpu_s() { ll_bench_cpu_s "$1"; }
cpu3() { echo "$(cpu_s "$1") $(cpu_s "$(cat "$B/redis/redis.pid")") $(cpu_s "$(cat "$B/replica/redis.pid")")"; }
per_event() { # N "before" "after" : CPU us per event of processor, master, replica
    echo "$2 $3" | awk -v n="$1" '{printf "%.0f %.0f %.0f", 1e6 * ($4 - $1) / n, 1e6 * ($5 - $2) / n, 1e6 * ($6 - $3) / n}'
}
used_memory() { redis-cli -p "$RPORT" info memory | tr -d '\r' | awk -F: '$1 == "used_memory" {print $2}'; }
metric() { ll_bench_metric "$MPORT" "$1"; }

DUR=$(((EVENTS + 4999) / 5000))
echo "loading $EVENTS events: luisterloop simulate --direct --rate $((EVENTS / DUR)) --duration $DUR"
LUISTERLOOP_PSEUDONYM_KEY=$KEY "$BIN" simulate -c "$B/load.conf" --direct --rate "$((EVENTS / DUR))" \
    --duration "$DUR" 2>"$B/simulate.log"
kcat -b "127.0.0.1:$KPORT" -C -t bench.raw -p 0 -o beginning -c 5000 -e -q -f '%s\n' \
    >"$B/samples.jsonl" 2>/dev/null
topic_end() { ll_bench_topic_end "$KPORT" "$1"; }
N=$(topic_end bench.raw)
RAW_BYTES=$(du -cb "$B"/kafka/kraft-logs/bench.raw-*/*.log | tail -1 | cut -f1)
echo "raw topic on disk: $((RAW_BYTES / N)) bytes per event (segments of one replica; the loader's lz4 batches)"
echo "loaded $N events (each round's latency probe adds $((LAT_RATE * LAT_S)) more for the next rounds)"

: >"$B/rounds.txt"
for r in $(seq 0 "$ROUNDS"); do
    order="0 1"
    [ $((r % 2)) = 0 ] && order="1 0"
    [ "$r" = 0 ] && order=0
    for w in $order; do
        g=wait$w-r$r
        conf "$w" "$g" >"$B/$g.conf"
        "$BIN" topics -c "$B/$g.conf" 2>/dev/null
        redis-cli -p "$RPORT" flushall >/dev/null
        redis-cli -p "$RPORT" wait 1 5000 >/dev/null
        LUISTERLOOP_PSEUDONYM_KEY=$KEY "$BIN" process -c "$B/$g.conf" 2>"$B/$g.log" &
        pp=$!
        PIDS+=("$pp")
        n=$(topic_end bench.raw)
        mem0=$(used_memory)
        c0=$(cpu3 "$pp")
        prog=$(LL_TEST_KAFKA=127.0.0.1:$KPORT "$T/bench_progress" "$g" bench.raw 900 "$pp")
        c1=$(cpu3 "$pp")
        mem=$(($(used_memory) - mem0))
        el=$(echo "$prog" | sed 's/.*elapsed_s=\([0-9.]*\).*/\1/')
        lat=$("$T/bench_latency" -c "$B/$g.conf" --samples "$B/samples.jsonl" --rate "$LAT_RATE" \
            --duration "$LAT_S" 2>"$B/$g.latency.log") || echo "bench_latency: not every event arrived" >&2
        c2=$(cpu3 "$pp")
        short=$(metric ll_process_redis_wait_short_total)
        kill "$pp"
        wait "$pp" || true
        p50=$(echo "$lat" | sed -n 's/.* p50_ms=\([0-9.-]*\).*/\1/p')
        p99=$(echo "$lat" | sed -n 's/.* p99_ms=\([0-9.-]*\).*/\1/p')
        read -r bp bm br <<<"$(per_event "$n" "$c0" "$c1")"
        read -r lp lm lr <<<"$(per_event "$((LAT_RATE * LAT_S))" "$c1" "$c2")"
        eps=$(awk -v n="$n" -v s="$el" 'BEGIN {printf "%.0f", n / s}')
        bpe=$(awk -v m="$mem" -v n="$n" 'BEGIN {printf "%.0f", m / n}')
        [ "$r" = 0 ] || echo "$w $bp $bm $br $eps $lp $lm $lr $p50 $p99 $bpe ${short:-0}" >>"$B/rounds.txt"
        printf 'round %d%s wait=%d  backlog: CPU us/event processor %s, master %s, replica %s; %s events/s; Redis %s bytes/event  |  at %d/s: CPU us/event processor %s, master %s, replica %s; p50 %s ms, p99 %s ms; batches short of the replica %s  (load %s)\n' \
            "$r" "$([ "$r" = 0 ] && echo ' (warm-up, not counted)')" "$w" "$bp" "$bm" "$br" "$eps" "$bpe" "$LAT_RATE" "$lp" "$lm" "$lr" "$p50" "$p99" "${short:-0}" \
            "$(cut -d' ' -f1 /proc/loadavg)"
    done
done
echo
# Means of the rounds per setting, and 1 over 0.
awk '{ n[$1]++; for (i = 2; i <= 11; i++) s[$1, i] += $i }
    END {
        split("processor-us/ev(backlog) master-us/ev(backlog) replica-us/ev(backlog) events/s(backlog) processor-us/ev(load) master-us/ev(load) replica-us/ev(load) p50-ms(load) p99-ms(load) redis-bytes/event", name, " ")
        printf "%-26s %12s %12s %8s\n", "mean of the rounds", "wait=0", "wait=1", "1 / 0"
        for (i = 2; i <= 11; i++) {
            a = s[0, i] / n[0]; b = s[1, i] / n[1]
            printf "%-26s %12.1f %12.1f %8.2f\n", name[i - 1], a, b, a ? b / a : 0
        }
    }' "$B/rounds.txt"
echo "events: $N simulated (and the probes') on 6 partitions; Redis master (AOF) and one replica; one processor"
echo "command: tests/bench/wait.sh $EVENTS   (ROUNDS=$ROUNDS LAT_RATE=$LAT_RATE LAT_S=$LAT_S; $(nproc) cores shared)"
