# tests/bench/lib.sh - what the benchmarks share: the build, a stack of their own, the parts of
# their configs that are the same in each, and the readers of CPU time, topics and metrics.
# Source it from the checkout's root (it sources deploy/lib/stack.sh and build.sh); sets no
# shell options.
#
#   ll_bench_build [TARGET...]            Debian packages, Kafka's jars, build/ and the TARGETs
#   ll_bench_stack DIR KPORT HEAP [RPORT PERSIST]
#                                         stops what ran in DIR, empties it, starts a Kafka on
#                                         KPORT (DIR/kafka) and with RPORT a Redis (DIR/redis)
#   ll_bench_conf KPORT RPORT LOG_LEVEL [ENRICHED]
#                                         a config's [common] and [topics]: bench.raw and, with
#                                         ENRICHED, that and the processor's other topics;
#                                         RPORT empty: no Redis
#   ll_bench_rules                        the shipped rule files as [process] lines
#   ll_bench_cpu_s PID                    CPU seconds PID has used (user + system): unlike wall
#                                         time, not inflated by steal
#   ll_bench_topic_end KPORT TOPIC        the sum of TOPIC's high watermarks (6 partitions)
#   ll_bench_metric PORT NAME             NAME's value on 127.0.0.1:PORT/metrics
. deploy/lib/stack.sh
. deploy/lib/build.sh

ll_bench_build() {
    ll_build_deps
    ll_kafka_fetch "${LUISTERLOOP_HOME:-$PWD/.luisterloop}/kafka-libs"
    ll_build build
    [ $# -eq 0 ] || ninja -C build "$@" >/dev/null
}

ll_bench_stack() {
    local dir=$1
    ll_kafka_stop "$dir/kafka" || true
    ll_redis_stop "$dir/redis" || true
    rm -rf "$dir"
    mkdir -p "$dir"
    ll_kafka_start "${LUISTERLOOP_HOME:-$PWD/.luisterloop}/kafka-libs" "$dir/kafka" "$2" "$(($2 + 1))" "$3" ||
        return 1
    [ -z "${4:-}" ] || ll_redis_start "$dir/redis" "$4" "$5"
}

ll_bench_conf() {
    printf '[common]\nbrokers = 127.0.0.1:%s\n' "$1"
    [ -z "$2" ] || printf 'redis = 127.0.0.1:%s\n' "$2"
    printf 'log_level = %s\n[topics]\nraw = bench.raw\n' "$3"
    [ -z "${4:-}" ] || printf '%s\n' "enriched = $4" "dlq = bench.dlq" "alerts = bench.alerts" \
        "escalations = bench.escalations" "aggregates = bench.aggregates"
    printf 'partitions = 6\n'
}

ll_bench_rules() {
    local c=$PWD/config
    printf '%s\n' "taxonomy = $c/taxonomy-gemeente.conf" "lexicon = $c/sentiment-nl.tsv" \
        "urgency_rules = $c/urgency.conf" "areas = $c/areas-rotterdam.tsv" \
        "names_first = $c/names-first-nl.txt" "names_surname = $c/names-surname-nl.txt" \
        "names_keep = $c/names-keep-nl.txt"
}

ll_bench_cpu_s() {
    awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"
}

ll_bench_topic_end() {
    local p s=0 o
    for p in 0 1 2 3 4 5; do
        o=$(kcat -b "127.0.0.1:$1" -Q -t "$2:$p:-1" 2>/dev/null | awk '{print $NF}')
        s=$((s + ${o:-0}))
    done
    echo "$s"
}

ll_bench_metric() {
    curl -fs "http://127.0.0.1:$1/metrics" | awk -v m="$2" '$1 == m {print $2}'
}
