#!/usr/bin/env bash
# tests/bench/latency_ab.sh - process.sh's (c) for two builds, alternately: the produce-to-enriched
# latency of `luisterloop process` at a fixed offered load (5,000/s), each run on a raw and an
# enriched topic of its own (so no run reads another's events), after a warm-up at the same load;
# per round, first the transactional null copy (bench_passthrough, process.sh's (a2)) on topics of
# its own, then OTHER_CHECKOUT's processor and this checkout's (the order swapped every round).
# Prints per run p50/p99/max and the raw topic's own (--floor), the ratios to the round's null
# copy, and where the tail lies: the processor's transactions over the measured window (how many,
# batches each, the mean and longest of a batch's start to its commit, the offsets-and-commit
# step over 100 ms) and how many of the events over the run's p99 came in its worst 100 ms
# windows of send time (stalls) rather than spread. Keeps each run's trace (bench_latency --trace),
# log and metrics in $LUISTERLOOP_HOME/bench-lat/. Not part of tests/run.sh.
#
#   tests/bench/latency_ab.sh OTHER_CHECKOUT [ROUNDS]   (default 2)
#   OTHER_CHECKOUT: a checkout with its own build/ (a clone of main); its config/ is used for its runs.
#   env: LL_BENCH_KAFKA_PORT, LL_BENCH_REDIS_PORT, LL_BENCH_METRICS_PORT (default 19392, 16579,
#        18581), LAT_RATE (5000), LAT_S (20), LAT_WARMUP_S (10), LOG_LEVEL (warn; debug logs
#        every transaction's parts), NULL_COPY (1: run the null copy each round; 0: not)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

OTHER=${1:?usage: tests/bench/latency_ab.sh OTHER_CHECKOUT [ROUNDS]}
OTHER=$(cd "$OTHER" && pwd)
ROUNDS=${2:-2}
for f in luisterloop tests/bench_latency; do
    [ -x "$OTHER/build/$f" ] || { echo "$OTHER/build/$f: not built" >&2; exit 2; }
done
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-lat
KPORT=${LL_BENCH_KAFKA_PORT:-19392}
RPORT=${LL_BENCH_REDIS_PORT:-16579}
MPORT=${LL_BENCH_METRICS_PORT:-18581}
LAT_RATE=${LAT_RATE:-5000}
LAT_S=${LAT_S:-20}
LAT_WARMUP_S=${LAT_WARMUP_S:-10}
KEY=bench-pseudonym-key-0123456789
T=build/tests

ll_bench_build bench_passthrough bench_latency
PIDS=()
cleanup() { ll_bench_stop "$B" "${PIDS[@]}"; }
trap cleanup EXIT
ll_bench_stack "$B" "$KPORT" 1g "$RPORT" none
ln -s "$ROOT/config/areas-rotterdam.tsv" "$B/areas-rotterdam.tsv"

conf() { # NAME CHECKOUT: a config whose raw and enriched topics are NAME's own
    (
        cd "$2"
        ll_bench_conf "$KPORT" "$RPORT" "${LOG_LEVEL:-warn}" "bench.enr-$1" |
            sed "s/^raw = bench.raw/raw = bench.raw-$1/"
        printf '[web]\nkafka.linger.ms = 2\n[simulate]\n'
        ll_bench_loader
        printf '[process]\ngroup = g-%s\ntransactional_id = t-%s\n' "$1" "$1"
        printf 'transactions_in_flight = 1\ntransaction_batches = 8\nbatch_max = 1000\nbatch_wait_ms = 2\n'
        printf 'dedup_ttl_s = 1209600\ntransaction_timeout_ms = 30000\n'
        printf 'metrics_listen = 127.0.0.1:%s\n' "$MPORT"
        ll_bench_rules
    )
}

# Sample events for bench_latency (it gives each a fresh id and times).
conf load "$ROOT" | sed 's/^raw = bench.raw-load/raw = bench.raw/' >"$B/load.conf"
build/luisterloop topics -c "$B/load.conf" 2>/dev/null
LUISTERLOOP_PSEUDONYM_KEY=$KEY build/luisterloop simulate -c "$B/load.conf" --direct \
    --rate 20000 --duration 1 2>"$B/simulate.log"
kcat -b "127.0.0.1:$KPORT" -C -t bench.raw -o beginning -c 20000 -e -q -f '%s\n' \
    >"$B/samples.jsonl" 2>/dev/null
ll_bench_txn_warm "$KPORT" "$B/load.conf" bench.enr-load bench-warm

# TRACE: "events over the p99, of them in the worst 100 ms windows (by that count) 1 / 5 / 10".
tail_shape() {
    sort -g -k2,2 "$1" | awk '{l[NR] = $0} END {
        p = l[int(0.99 * (NR - 1) + 1.5)]; split(p, f, " "); p99 = f[2]
        for (i = 1; i <= NR; i++) { split(l[i], f, " "); if (f[2] > p99) { n++; w[int(f[1] / 100)]++ } }
        k = 0; for (x in w) c[++k] = w[x]
        # the largest window counts first
        for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (c[j] > c[i]) { t = c[i]; c[i] = c[j]; c[j] = t }
        for (i = 1; i <= k; i++) { s += c[i]; if (i == 1) a = s; if (i == 5) b = s; if (i == 10) d = s }
        if (k < 5) b = s; if (k < 10) d = s
        printf "%d over p99, in the worst 1/5/10 windows of 100 ms %d/%d/%d (of %d windows)", n, a, b, d, k}'
}
# METRICS_BEFORE METRICS_AFTER: the processor's transactions between them.
txns() {
    cat "$1" "$2" | awk '
        $1 == "ll_process_transactions_total" {tx[++a] = $2}
        $1 == "ll_process_batch_seconds_count" {bn[++b] = $2}
        $1 == "ll_process_batch_seconds_sum" {bs[++c] = $2}
        $1 == "ll_process_commit_seconds_count" {cn[++d] = $2}
        $1 == "ll_process_commit_seconds_sum" {cs[++e] = $2}
        $1 == "ll_process_commit_seconds_bucket{le=\"0.1\"}" {c1[++f] = $2}
        $1 == "ll_process_main_wait_seconds_bucket{on=\"redis\",le=\"0.01\"}" {r1[++g] = $2}
        $1 == "ll_process_main_wait_seconds_count{on=\"redis\"}" {rn[++h] = $2}
        $1 ~ /^ll_process_main_wait_seconds_sum/ {on = $1; sub(/.*on="/, "", on); sub(/".*/, "", on); w[on] = w[on] " " $2}
        END {t = tx[2] - tx[1]; n = bn[2] - bn[1]; if (t <= 0) {print "no transactions"; exit}
            printf "%d transactions, %.2f batches each, batch start to commit %.1f ms mean, offsets and commit %.1f ms mean, over 100 ms in %d; main thread waited (s)",
                t, n / t, 1000 * (bs[2] - bs[1]) / n, 1000 * (cs[2] - cs[1]) / (cn[2] - cn[1]), (cn[2] - cn[1]) - (c1[2] - c1[1])
            for (o in w) {split(w[o], v, " "); printf " %s %.2f", o, v[2] - v[1]}
            printf ", on Redis over 10 ms %d times", (rn[2] - rn[1]) - (r1[2] - r1[1])}'
}
field() { echo "$1" | sed -n "s/.* $2=\([0-9.-]*\).*/\1/p"; }

for r in $(seq 1 "$ROUNDS"); do
    N99=
    N50=
    if [ "${NULL_COPY:-1}" = 1 ]; then
        NAME=null-$r
        conf "$NAME" "$ROOT" >"$B/$NAME.conf"
        build/luisterloop topics -c "$B/$NAME.conf" 2>/dev/null
        "$T/bench_passthrough" -c "$B/$NAME.conf" --to "bench.enr-$NAME" --group "g-$NAME" \
            --txn "t-$NAME" 2>"$B/$NAME.log" &
        PT=$!
        PIDS+=("$PT")
        "$T/bench_latency" -c "$B/$NAME.conf" --samples "$B/samples.jsonl" --rate "$LAT_RATE" \
            --duration "$LAT_WARMUP_S" >/dev/null 2>&1 || true
        L=$("$T/bench_latency" -c "$B/$NAME.conf" --samples "$B/samples.jsonl" --rate "$LAT_RATE" \
            --duration "$LAT_S" --trace "$B/$NAME.trace" --floor 2>"$B/$NAME.lat.log") || true
        kill "$PT"
        wait "$PT" || true
        N50=$(field "$L" p50_ms)
        N99=$(field "$L" p99_ms)
        echo "null copy round $r: p50/p99/max $N50/$N99/$(field "$L" max_ms) ms," \
            "raw topic alone $(field "$L" floor_p50_ms)/$(field "$L" floor_p99_ms) ms;" \
            "$(tail_shape "$B/$NAME.trace"); load $(cut -d' ' -f1 /proc/loadavg)"
    fi
    SIDES="other this"
    [ $((r % 2)) = 1 ] || SIDES="this other"
    for side in $SIDES; do
        if [ "$side" = other ]; then SRC=$OTHER; else SRC=$ROOT; fi
        NAME=$side-$r
        conf "$NAME" "$SRC" >"$B/$NAME.conf"
        build/luisterloop topics -c "$B/$NAME.conf" 2>/dev/null
        redis-cli -p "$RPORT" flushall >/dev/null
        LUISTERLOOP_PSEUDONYM_KEY=$KEY "$SRC/build/luisterloop" process -c "$B/$NAME.conf" \
            2>"$B/$NAME.log" &
        PP=$!
        PIDS+=("$PP")
        "$T/bench_latency" -c "$B/$NAME.conf" --samples "$B/samples.jsonl" \
            --rate "$LAT_RATE" --duration "$LAT_WARMUP_S" >/dev/null 2>&1 || true
        curl -fs "http://127.0.0.1:$MPORT/metrics" >"$B/$NAME.metrics0" || true
        C0=$(ll_bench_cpu_s "$PP")
        L=$("$T/bench_latency" -c "$B/$NAME.conf" --samples "$B/samples.jsonl" --rate "$LAT_RATE" \
            --duration "$LAT_S" --trace "$B/$NAME.trace" --floor 2>"$B/$NAME.lat.log") || true
        curl -fs "http://127.0.0.1:$MPORT/metrics" >"$B/$NAME.metrics1" || true
        C1=$(ll_bench_cpu_s "$PP")
        kill "$PP"
        wait "$PP" || true
        P50=$(field "$L" p50_ms)
        P99=$(field "$L" p99_ms)
        RATIO=
        [ -z "$N99" ] || RATIO=" ($(awk -v a="$P50" -v b="$P99" -v c="$N50" -v d="$N99" \
            'BEGIN {printf "%.2f, %.2f of the null copy", a / c, b / d}'))"
        echo "$side $(git -C "$SRC" log -1 --format=%h) round $r: p50/p99/max $P50/$P99/$(field "$L" max_ms) ms$RATIO," \
            "raw topic alone $(field "$L" floor_p50_ms)/$(field "$L" floor_p99_ms) ms;" \
            "$(tail_shape "$B/$NAME.trace"); $(txns "$B/$NAME.metrics0" "$B/$NAME.metrics1");" \
            "CPU $(awk -v a="$C0" -v b="$C1" -v n="$((LAT_RATE * LAT_S))" 'BEGIN {printf "%.0f", 1e6 * (b - a) / n}') us/event;" \
            "load $(cut -d' ' -f1 /proc/loadavg)"
    done
done
echo "command: tests/bench/latency_ab.sh $OTHER $ROUNDS   (traces, logs, metrics in $B)"
