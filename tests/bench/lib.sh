# tests/bench/lib.sh - what the benchmarks share: the build, a stack of their own, the parts of
# their configs that are the same in each, and the readers of CPU time, topics and metrics.
# Source it from the checkout's root (it sources deploy/lib/stack.sh, build.sh and roles.sh);
# sets no shell options.
#
#   ll_bench_events N                     exits (2, with the usage) unless N, the EVENTS
#                                         argument, is a whole number of at least 1000
#   ll_bench_build [TARGET...]            Debian packages, Kafka's jars, build/ and the TARGETs
#   ll_bench_stack DIR KPORT HEAP [RPORT PERSIST]
#                                         stops what ran in DIR, empties it, starts a Kafka on
#                                         KPORT (DIR/kafka) and with RPORT a Redis (DIR/redis)
#   ll_bench_stop DIR [PID...]            the bench's end (its EXIT trap): kills each PID and
#                                         waits for it, stops DIR's Kafka and Redis
#   ll_bench_conf KPORT RPORT LOG_LEVEL [ENRICHED]
#                                         a config's [common] and [topics]: bench.raw and, with
#                                         ENRICHED, that and the processor's other topics;
#                                         RPORT empty: no Redis
#   ll_bench_rules                        the shipped rule files as [process] lines
#   ll_bench_loader                       lines of [simulate] for the fastest fill of a topic
#                                         (simulate --direct batching hard)
#   ll_bench_cpu_s PID                    CPU seconds PID has used (user + system): unlike wall
#                                         time, not inflated by steal; 0 once it is gone
#   ll_bench_cpu_stat                     the machine's CPU time so far: "busy idle steal"
#   ll_bench_tasks NAME=PID...            a snapshot of every thread of each PID: "NAME PID TID
#                                         COMM ON_CPU_NS RUNNABLE_NS" (/proc/PID/task/*/schedstat)
#   ll_bench_sched BEFORE AFTER WALL_S MAIN
#                                         from two ll_bench_tasks snapshots WALL_S apart: per
#                                         NAME the cores it used and the cores its runnable
#                                         threads waited for, their sum against nproc x WALL_S,
#                                         and per thread of NAME MAIN its share of WALL_S on a
#                                         core, runnable without one, and asleep
#   ll_bench_floor BEFORE AFTER STATS WALL_S EVENTS
#                                         from two ll_bench_tasks snapshots and two of
#                                         ll_bench_cpu_stat (STATS, the six numbers) around EVENTS: "US RATE AVAIL PIPE OTHER IDLE
#                                         STEAL", the CPU us per event of every process snapshot,
#                                         the events/s that CPU allows on nproc cores less steal
#                                         and on the cores other processes left (theirs and idle),
#                                         and the cores that went to them, to other processes,
#                                         idle and stolen
#   ll_bench_topic_end KPORT TOPIC        the sum of TOPIC's high watermarks (6 partitions)
#   ll_bench_txn_warm KPORT CONF TO GROUP brings up the broker's own topics for groups and
#                                         transactions with a bench_passthrough of CONF (whose
#                                         raw topic must be empty) to TO in GROUP, before
#                                         anything is timed
#   ll_bench_metric PORT NAME             NAME's value on 127.0.0.1:PORT/metrics
. deploy/lib/stack.sh
. deploy/lib/build.sh
. deploy/lib/roles.sh

ll_bench_events() {
    case "$1" in '' | *[!0-9]*) echo "usage: $0 [EVENTS]" >&2; exit 2 ;; esac
    [ "$1" -ge 1000 ] || { echo "EVENTS must be at least 1000" >&2; exit 2; }
}

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

ll_bench_stop() {
    local dir=$1 p
    shift
    for p in "$@"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
    ll_kafka_stop "$dir/kafka" || true
    ll_redis_stop "$dir/redis" || true
}

ll_bench_conf() {
    printf '[common]\nbrokers = 127.0.0.1:%s\n' "$1"
    [ -z "$2" ] || printf 'redis = 127.0.0.1:%s\n' "$2"
    printf 'log_level = %s\n[topics]\nraw = bench.raw\n' "$3"
    [ -z "${4:-}" ] || printf '%s\n' "enriched = $4" "dlq = bench.dlq" "alerts = bench.alerts" \
        "escalations = bench.escalations" "aggregates = bench.aggregates"
    printf 'partitions = 6\n'
}

ll_bench_rules() { ll_rule_files "$PWD/config"; }

ll_bench_loader() {
    printf '%s\n' "kafka.linger.ms = 20" "kafka.batch.num.messages = 10000" \
        "kafka.queue.buffering.max.messages = 500000" "kafka.compression.codec = lz4"
}

ll_bench_cpu_s() {
    if [ -r "/proc/$1/stat" ]; then
        awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"
    else
        echo 0
    fi
}

ll_bench_cpu_stat() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8, $5 + $6, $9}' /proc/stat; }

# schedstat's second field is the time a thread was runnable but had no core: on a machine whose
# cores are all taken it grows; a loop that waits on itself (a commit, a reply, a worker) sleeps
# instead, and that shows as the third share, asleep. Shell builtins only: a `tr` a thread (the
# broker has ~110) made a snapshot 0.2-0.5 s, and process.sh's window for (a) and (b) ended
# after one (the pipeline done, one core idle: counted as the run's) and began after the other
# (the processor's start-up CPU counted, its wall time not).
ll_bench_tasks() {
    local nv name pid t c on run
    for nv in "$@"; do
        name=${nv%%=*}
        pid=${nv#*=}
        for t in /proc/"$pid"/task/*; do
            read -r c 2>/dev/null <"$t/comm" || continue
            read -r on run _ 2>/dev/null <"$t/schedstat" || continue
            echo "$name $pid ${t##*/} ${c// /_} $on $run"
        done
    done
}

ll_bench_floor() {
    awk -v st="$3" -v wall="$4" -v n="$5" -v ncpu="$(nproc)" -v hz="$(getconf CLK_TCK)" '
        FNR == 1 {f++}
        f == 1 {on0[$1 " " $3] = $5; next}
        {cpu += ($5 - on0[$1 " " $3]) / 1e9} # a thread born between them counts from 0
        END {
            split(st, s, " ")
            busy = (s[4] - s[1]) / hz; idle = (s[5] - s[2]) / hz; steal = (s[6] - s[3]) / hz
            tot = busy + idle + steal; if (tot <= 0 || cpu <= 0) {print "0 0 0 0 0 0 0"; exit}
            other = busy - cpu; if (other < 0) other = 0
            printf "%.1f %.0f %.0f %.2f %.2f %.2f %.2f\n", 1e6 * cpu / n, ncpu * (1 - steal / tot) * n / cpu,
                (cpu + idle) / wall * n / cpu, cpu / wall, other / wall, idle / wall, steal / wall
        }' "$1" "$2"
}

ll_bench_sched() {
    awk -v wall="$3" -v main="$4" -v ncpu="$(nproc)" '
        FNR == 1 {f++}
        f == 1 {on0[$1 " " $3] = $5; run0[$1 " " $3] = $6; next}
        {
            k = $1 " " $3
            on = ($5 - on0[k]) / 1e9; run = ($6 - run0[k]) / 1e9
            if (!($1 in cores)) order[++n] = $1
            cores[$1] += on; wait[$1] += run
            if ($1 == main) {
                # librdkafka names its threads rdk:broker<id>, rdk:main: one line for each kind
                c = $4; sub(/[0-9]+$/, "", c); if ($2 == $3) c = "main"
                if (!(c in ton)) torder[++m] = c
                ton[c] += on; trun[c] += run; tn[c]++
            }
        }
        END {
            tot = 0; totw = 0
            for (i = 1; i <= n; i++) {
                printf "%s%s %.2f cores (+%.2f runnable without one)", (i > 1 ? ", " : ""), order[i],
                    cores[order[i]] / wall, wait[order[i]] / wall
                tot += cores[order[i]]; totw += wait[order[i]]
            }
            printf "; together %.2f of %d cores = %.0f%% of %d x %.1f s, runnable without a core %.2f\n",
                tot / wall, ncpu, 100 * tot / (ncpu * wall), ncpu, wall, totw / wall
            for (j = 1; j <= m; j++) {
                c = torder[j]
                printf "  %s thread %-12s x%d: on a core %3.0f%%, runnable %3.0f%%, asleep %3.0f%% of the time\n",
                    main, c, tn[c], 100 * ton[c] / (tn[c] * wall), 100 * trun[c] / (tn[c] * wall),
                    100 - 100 * (ton[c] + trun[c]) / (tn[c] * wall)
            }
        }' "$1" "$2"
}

ll_bench_topic_end() {
    local p s=0 o
    for p in 0 1 2 3 4 5; do
        o=$(kcat -b "127.0.0.1:$1" -Q -t "$2:$p:-1" 2>/dev/null | awk '{print $NF}')
        s=$((s + ${o:-0}))
    done
    echo "$s"
}

# A fresh broker makes __consumer_offsets and __transaction_state when the first group
# member and the first transactional producer ask for their coordinators: ~0.5 s (11-30),
# which the first transactional run timed from its start paid and kcat's copy and the
# runs after it did not. A broker in service has them.
_ll_bench_led() { # KPORT TOPIC: every partition of TOPIC has a leader
    local l
    l=$(kcat -b "127.0.0.1:$1" -L -t "$2" 2>/dev/null) || return 1
    echo "$l" | grep -q 'partition [0-9]*, leader [0-9]' && ! echo "$l" | grep -q 'leader -1'
}

ll_bench_txn_warm() {
    local pt i
    build/tests/bench_passthrough -c "$2" --to "$3" --group "$4" --txn "$4" 2>/dev/null &
    pt=$!
    for i in $(seq 1 300); do
        _ll_bench_led "$1" __consumer_offsets && _ll_bench_led "$1" __transaction_state && break
        sleep 0.1
    done
    kill "$pt" 2>/dev/null && wait "$pt" 2>/dev/null || true
}

ll_bench_metric() {
    curl -fs "http://127.0.0.1:$1/metrics" | awk -v m="$2" '$1 == m {print $2}'
}
