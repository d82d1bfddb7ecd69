#!/usr/bin/env bash
# tests/bench/process_loop.sh - the transactional loop's settings against the broker's own speed,
# alternately on one loaded raw topic: per round, (k) a plain kcat consume | produce copy (no
# transactions) and then bench_passthrough (the processor's loop, tests/bench/passthrough.c)
# once per VARIANT (their order turned by one each round), each from offset 0 to the end in a
# fresh group. Prints per run events/s, its share of the same round's (k), where a transaction's
# time went, CPU per event of the passthrough and the broker (/proc; for (k) the two kcat
# processes' and the broker's, so the null copy's cost per event compares with a plain copy's)
# and the machine's busy/steal share. Not part of tests/run.sh.
#
#   tests/bench/process_loop.sh EVENTS ROUNDS VARIANT...
#   VARIANT: [process] lines separated by ';', e.g. 'batch_max = 4000;kafka.linger.ms = 1'
#            ('' = the shipped settings: batch_max 1000, transaction_batches 8,
#            batch_wait_ms 2, one lane)
#   env: LL_BENCH_KAFKA_PORT (default 19392); KCAT2_CONSUMER, KCAT2_PRODUCER: kcat settings
#        (k=v, space-separated) for a second kcat copy (k2) after (k) in each round
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

[ $# -ge 3 ] || { echo "usage: $0 EVENTS ROUNDS VARIANT..." >&2; exit 2; }
EVENTS=$1
ROUNDS=$2
shift 2
VARIANTS=("$@")
ll_bench_events "$EVENTS"
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-loop
KPORT=${LL_BENCH_KAFKA_PORT:-19392}
KEY=bench-pseudonym-key-0123456789
T=build/tests

ll_bench_build bench_passthrough bench_progress
PIDS=()
cleanup() { ll_bench_stop "$B" "${PIDS[@]}"; }
trap cleanup EXIT
ll_bench_stack "$B" "$KPORT" 1g
ln -s "$ROOT/config/areas-rotterdam.tsv" "$B/areas-rotterdam.tsv"

conf() { # VARIANT GROUP: the passthrough's config (process.sh's [process] plus VARIANT's lines)
    ll_bench_conf "$KPORT" "" warn
    printf '[simulate]\n'
    ll_bench_loader
    printf '[process]\ngroup = %s\ntransactional_id = %s-0\n' "$2" "$2"
    # The variant's settings replace the defaults of the same key (a key may appear only once).
    { printf 'transactions_in_flight = 1\nbatch_max = 1000\nbatch_wait_ms = 2\n'
      printf 'transaction_timeout_ms = 30000\n'
      [ -z "$1" ] || printf '%s\n' "$1" | tr ';' '\n'; } |
        awk -F' *= *' '{v[$1] = $0; if (!($1 in seen)) {seen[$1] = 1; k[n++] = $1}}
            END {for (i = 0; i < n; i++) print v[k[i]]}'
}
busy_steal() { # "before after" of ll_bench_cpu_stat
    echo "$1 $2" | awk '{b = $4 - $1; i = $5 - $2; s = $6 - $3; t = b + i + s;
        printf "%.0f%% busy, %.0f%% steal", 100 * b / t, 100 * s / t}'
}

conf "" load >"$B/load.conf"
build/luisterloop topics -c "$B/load.conf" 2>/dev/null
# The broker's group and transaction topics before the first timed passthrough
# (ll_bench_txn_warm), from topics of their own with nothing in them.
conf "" warm | sed 's/^raw = bench.raw/raw = bench.warm/' >"$B/warm.conf"
build/luisterloop topics -c "$B/warm.conf" 2>/dev/null
ll_bench_txn_warm "$KPORT" "$B/warm.conf" bench.warm warm
RATE=50000
DUR=$(((EVENTS + RATE - 1) / RATE))
LUISTERLOOP_PSEUDONYM_KEY=$KEY build/luisterloop simulate -c "$B/load.conf" --direct \
    --rate "$(awk -v n="$EVENTS" -v d="$DUR" 'BEGIN {printf "%.3f", n / d}')" --duration "$DUR" \
    2>"$B/simulate.log"
N=$(ll_bench_topic_end "$KPORT" bench.raw)
echo "events in the raw topic: $N"

# kcopy NAME TOPIC CONSUMER_X PRODUCER_X: a kcat consume | produce copy of the raw topic into
# TOPIC (made here), the two kcats given -X k=v for each word of CONSUMER_X and PRODUCER_X;
# prints its events/s, the two kcat processes' CPU per event (`times` in the subshell that
# waited for them: they are gone before /proc could be read) and the broker's.
kcopy() {
    local cx=() px=() w
    for w in $3; do cx+=(-X "$w"); done
    for w in $4; do px+=(-X "$w"); done
    build/luisterloop topics -c <(conf "" load | sed "s/^raw = bench.raw/raw = $2/") 2>/dev/null
    local h0 kk0 kk1 t0 t1 kt rate
    h0=$(ll_bench_cpu_stat)
    kk0=$(ll_bench_cpu_s "$(cat "$B/kafka/kafka.pid")")
    t0=$(date +%s.%N)
    kt=$( (kcat -b "127.0.0.1:$KPORT" "${cx[@]}" -C -t bench.raw -o beginning -e -q -f '%s\n' \
        2>/dev/null | kcat -b "127.0.0.1:$KPORT" "${px[@]}" -P -t "$2" -q 2>/dev/null; times) |
        tail -1)
    while [ "$(ll_bench_topic_end "$KPORT" "$2")" -lt "$N" ]; do sleep 0.1; done
    t1=$(date +%s.%N)
    kk1=$(ll_bench_cpu_s "$(cat "$B/kafka/kafka.pid")")
    rate=$(awk -v n="$N" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f", n / (b - a)}')
    echo "$rate $(echo "$kt" | awk -v n="$N" '{c = 0; for (i = 1; i <= 2; i++) {
        split($i, t, /[ms]/); c += 60 * t[1] + t[2]}; printf "%.1f", 1e6 * c / n}')" \
        "$(awk -v a="$kk0" -v b="$kk1" -v n="$N" 'BEGIN {printf "%.1f", 1e6 * (b - a) / n}')" \
        "$(busy_steal "$h0" "$(ll_bench_cpu_stat)")"
}

for r in $(seq 1 "$ROUNDS"); do
    # (k): into a topic of its own per round
    read -r K_RATE K_US K_BR K_HS <<<"$(kcopy k "bench.kc$r" "" "")"
    echo "round $r (k) kcat: $K_RATE/s; us/event kcat $K_US broker $K_BR; $K_HS; load $(cut -d' ' -f1 /proc/loadavg)"
    # (k2): the same copy with the kcats' -X settings of KCAT2_CONSUMER and KCAT2_PRODUCER
    # (the processor's fetch shape, idempotence and acks, say), to split the null copy's extra
    # broker CPU per event into its parts.
    if [ -n "${KCAT2_CONSUMER:-}${KCAT2_PRODUCER:-}" ]; then
        read -r K2_RATE K2_US K2_BR K2_HS <<<"$(kcopy k2 "bench.kc2-$r" "${KCAT2_CONSUMER:-}" \
            "${KCAT2_PRODUCER:-}")"
        echo "round $r (k2) kcat -X ${KCAT2_CONSUMER:-} | -X ${KCAT2_PRODUCER:-}: $K2_RATE/s" \
            "($(awk -v a="$K2_RATE" -v k="$K_RATE" 'BEGIN {printf "%.0f", 100 * a / k}')% of k);" \
            "us/event kcat $K2_US broker $K2_BR; $K2_HS"
    fi
    # The variants' order turns by one each round: on a loaded machine a round's later runs
    # drift (29,289 -> 46,549/s for the same build in one round, session 27), and a variant
    # always run first would carry that drift as its own.
    for i in $(seq 0 $((${#VARIANTS[@]} - 1))); do
        v=$(((i + r - 1) % ${#VARIANTS[@]} + 1))
        VARIANT=${VARIANTS[$((v - 1))]}
        G=pt-$r-$v
        conf "$VARIANT" "$G" >"$B/$G.conf"
        build/luisterloop topics -c <(conf "" load | sed "s/^raw = bench.raw/raw = bench.$G/") \
            2>/dev/null
        L0=$(cut -d' ' -f1 /proc/loadavg)
        H0=$(ll_bench_cpu_stat)
        KC0=$(ll_bench_cpu_s "$(cat "$B/kafka/kafka.pid")")
        "$T/bench_passthrough" -c "$B/$G.conf" --to "bench.$G" --group "$G" --txn "$G" \
            2>"$B/$G.log" &
        PT=$!
        PIDS+=("$PT")
        P=$(LL_TEST_KAFKA=127.0.0.1:$KPORT "$T/bench_progress" "$G" bench.raw 600 "$PT")
        CPU=$(ll_bench_cpu_s "$PT")
        KC1=$(ll_bench_cpu_s "$(cat "$B/kafka/kafka.pid")")
        HS=$(busy_steal "$H0" "$(ll_bench_cpu_stat)")
        kill "$PT"
        wait "$PT" || true
        S=$(echo "$P" | sed 's/.*elapsed_s=\([0-9.]*\).*/\1/')
        F=$(echo "$P" | sed 's/.*first_commit_s=\([0-9.]*\).*/\1/')
        echo "round $r [${VARIANT:-shipped}]: $(awk -v n="$N" -v s="$S" -v f="$F" -v k="$K_RATE" \
            'BEGIN {printf "%.0f/s (%.0f%% of k; steady %.0f = %.0f%%)", n / s, 100 * n / s / k,
                n / (s - f), 100 * n / (s - f) / k}');" \
            "us/event passthrough $(awk -v c="$CPU" -v n="$N" 'BEGIN {printf "%.1f", 1e6 * c / n}')" \
            "broker $(awk -v a="$KC0" -v b="$KC1" -v n="$N" 'BEGIN {printf "%.1f", 1e6 * (b - a) / n}');" \
            "$HS; load $L0 -> $(cut -d' ' -f1 /proc/loadavg)"
        sed -n 's/^passthrough: /    /p' \
            "$B/$G.log"
    done
done
echo "command: tests/bench/process_loop.sh $EVENTS $ROUNDS$(printf " '%s'" "$@")"
