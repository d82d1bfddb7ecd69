#!/usr/bin/env bash
# tests/run.sh - on a fresh machine: installs, builds (plain and ASan/UBSan), starts a
# Kafka and a Redis on test ports, runs every test, stops the stack. Exit 0 only if all pass.
#
# Knobs for development (CI sets none): LL_TEST_ONLY=REGEX runs only the ctest tests
# whose names match (fuzz smokes only when the regex names them, the cluster faults only
# when it contains "cluster"); LL_TEST_KAFKA_PORT,
# LL_TEST_REDIS_PORT and LUISTERLOOP_HOME let two checkouts test side by side.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=../deploy/lib/stack.sh
. deploy/lib/stack.sh
# shellcheck source=../deploy/lib/build.sh
. deploy/lib/build.sh

LL_HOME=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
STACK=$LL_HOME/test-stack
KAFKA_PORT=${LL_TEST_KAFKA_PORT:-19092}
CONTROLLER_PORT=$((KAFKA_PORT + 1))
REDIS_PORT=${LL_TEST_REDIS_PORT:-16379}
# The fixed ports of one checkout (README, "Ports of a test run"): Kafka P and its controller
# P+1, the cluster step's brokers P+2..P+7; Redis Q, the cluster step's Redis and Sentinels
# Q+1..Q+5. Every HTTP listener of the cluster step, and of the integration tests, is a port
# the kernel picks from its ephemeral range, so the two blocks must lie below that range and
# apart; other checkouts need P and Q at least 8 and 6 away from these.
EPHEMERAL=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
for p in "$KAFKA_PORT" "$REDIS_PORT"; do
    case "$p" in
        [1-9][0-9][0-9][0-9] | [1-9][0-9][0-9][0-9][0-9]) ;;
        *) echo "run.sh: test port '$p' is not a port number of 4 or 5 digits" >&2; exit 2 ;;
    esac
done
if [ $((KAFKA_PORT + 7)) -ge "$EPHEMERAL" ] || [ $((REDIS_PORT + 5)) -ge "$EPHEMERAL" ]; then
    echo "run.sh: test ports $KAFKA_PORT..$((KAFKA_PORT + 7)) and $REDIS_PORT..$((REDIS_PORT + 5)) must lie below the kernel's ephemeral ports ($EPHEMERAL..)" >&2
    exit 2
fi
if [ "$REDIS_PORT" -le $((KAFKA_PORT + 7)) ] && [ "$KAFKA_PORT" -le $((REDIS_PORT + 5)) ]; then
    echo "run.sh: the Kafka ports $KAFKA_PORT..$((KAFKA_PORT + 7)) and the Redis ports $REDIS_PORT..$((REDIS_PORT + 5)) overlap" >&2
    exit 2
fi

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
ll_build_deps
# For the tests only: Alertmanager (test_it_alertmanager starts one), promtool
# from prometheus (every role's /metrics is checked with it).
ll_need_packages prometheus-alertmanager prometheus
ll_kafka_fetch "$LL_HOME/kafka-libs"
# The CloudEvents Java SDK's Kafka reader (Maven Central) and the program the integration
# tests read the pipeline's topics with (ll_t_cloudevents_check).
ll_maven_fetch tests/cloudevents/pom.xml "$LL_HOME/cloudevents-libs" 'cloudevents-kafka-*.jar'
command -v javac >/dev/null 2>&1 || ll_need_packages openjdk-17-jdk-headless
rm -rf "$LL_HOME/cloudevents-classes"
javac -Xlint:all -Werror -d "$LL_HOME/cloudevents-classes" -cp "$LL_HOME/cloudevents-libs/*" \
    tests/cloudevents/CloudEventsCheck.java
export LL_TEST_CLOUDEVENTS_CP="$LL_HOME/cloudevents-classes:$LL_HOME/cloudevents-libs/*"
ll_dashboard_deps
ll_openklant_test_deps

step "layout (tests/format.sh: every .c/.h as .clang-format leaves it)"
tests/format.sh

step "build (release and ASan/UBSan)"
ll_build build
ll_build build-asan -DLL_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
ONLY=${LL_TEST_ONLY:-}
ONLY_ARGS=()
[ -n "$ONLY" ] && ONLY_ARGS=(-R "$ONLY")
run_fuzz=1
case "$ONLY" in '' | *fuzz*) ;; *) run_fuzz=0 ;; esac
[ "$run_fuzz" -eq 1 ] && ll_build build-fuzz -DLL_FUZZ=ON -DCMAKE_C_COMPILER=clang -DLL_SANITIZE=OFF

# A Redis on the test port that no pid file knows (a crashed earlier run) goes too.
redis_port_clear() {
    if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
        redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    fi
}

cleanup() {
    local rc=$?
    step "stopping the test stack"
    ll_kafka_stop "$STACK/kafka" || true
    ll_redis_stop "$STACK/redis" || true
    redis_port_clear
    exit "$rc"
}
trap cleanup EXIT

step "test stack: Kafka 127.0.0.1:$KAFKA_PORT, Redis 127.0.0.1:$REDIS_PORT"
# Every run starts from empty data so results never depend on an earlier run.
ll_kafka_stop "$STACK/kafka" || true
ll_redis_stop "$STACK/redis" || true
redis_port_clear
rm -rf "$STACK"
ll_kafka_start "$LL_HOME/kafka-libs" "$STACK/kafka" "$KAFKA_PORT" "$CONTROLLER_PORT" 768m
ll_redis_start "$STACK/redis" "$REDIS_PORT" none
export LL_TEST_KAFKA=127.0.0.1:$KAFKA_PORT
export LL_TEST_REDIS=127.0.0.1:$REDIS_PORT
# For tests that run a broker of their own (the outage test).
export LL_TEST_KAFKA_LIBS=$LL_HOME/kafka-libs
# For the test that restarts Redis mid-stream, through the same library.
export LL_TEST_REDIS_DIR=$STACK/redis

# ASan: librdkafka's threads keep a few allocations until exit by design.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
# test_it_detect waits out real detector minutes (~6 min, asleep most of it): once, in the
# release build, and beside the other tests rather than after them. Not beside the three that
# restart the shared Redis without saving (test_it_process, test_it_escalate, test_it_metrics's
# Redis outage): that would wipe
# the detector's counters and the team queue it checks. They run once it is done. The live
# detector still runs under the sanitizers in the browser test, its logic in test_detect.
RESTARTS_REDIS='test_it_process|test_it_escalate|test_it_metrics'
# The unit tests share nothing but the CPU: two at a time on a two-core machine. The
# integration tests share one broker and one Redis and some judge time: one at a time.
run_suite() {
    ctest --test-dir "$1" --output-on-failure -L unit -j2 || status=1
    ctest --test-dir "$1" --output-on-failure -L integration \
        -E "^(test_it_detect|$RESTARTS_REDIS)\$" || status=1
}
if [ -z "$ONLY" ]; then
    step "unit and integration tests (release build; test_it_detect beside them, log in build/test_it_detect.log)"
    ctest --test-dir build --output-on-failure -R '^test_it_detect$' >build/test_it_detect.log 2>&1 &
    detect_pid=$!
    run_suite build
    step "unit and integration tests (ASan/UBSan build)"
    run_suite build-asan
    step "test_it_detect (release build), then the tests that restart Redis (both builds)"
    wait "$detect_pid" || status=1
    cat build/test_it_detect.log
    ctest --test-dir build --output-on-failure -R "^($RESTARTS_REDIS)\$" || status=1
    ctest --test-dir build-asan --output-on-failure -R "^($RESTARTS_REDIS)\$" || status=1
else
    step "unit and integration tests (release build)"
    ctest --test-dir build --output-on-failure -L 'unit|integration' "${ONLY_ARGS[@]}" || status=1
    step "unit and integration tests (ASan/UBSan build)"
    ctest --test-dir build-asan --output-on-failure -L 'unit|integration' -E '^test_it_detect$' \
        "${ONLY_ARGS[@]}" || status=1
fi
step "browser tests (release and ASan/UBSan builds; screenshots in build*/browser-dashboard)"
ctest --test-dir build --output-on-failure -L browser "${ONLY_ARGS[@]}" || status=1
ctest --test-dir build-asan --output-on-failure -L browser "${ONLY_ARGS[@]}" || status=1
# The cluster's faults, short: three brokers, Redis behind Sentinel and three processors of
# their own (deploy/cluster/up.sh) on the ports above the test stack's, 20 s of load around a
# kill -9 of the broker leading most partitions and one of a processor, each with the exact
# audit (0 lost, 0 duplicated, no split thread) and the groups' lag peak and time back to
# steady (printed, not judged). The long variants: tests/cluster/faults.sh.
# Only with the whole suite, or when LL_TEST_ONLY names "cluster".
case "$ONLY" in '' | *cluster*) run_cluster=1 ;; *) run_cluster=0 ;; esac
if [ "$run_cluster" -eq 1 ]; then
    step "cluster faults, short (tests/cluster/faults.sh broker-kill processor-kill)"
    LL_CLUSTER_KAFKA_PORT=$((KAFKA_PORT + 2)) LL_CLUSTER_REDIS_PORT=$((REDIS_PORT + 1)) \
        LL_CLUSTER_HTTP_PORT=auto LOAD_S=20 RATE=10 \
        timeout 900 tests/cluster/faults.sh broker-kill processor-kill || status=1
fi
if [ "$run_fuzz" -eq 1 ]; then
    step "fuzz smoke (libFuzzer, ~20 s per harness, two at a time)"
    ctest --test-dir build-fuzz --output-on-failure -L fuzz -j2 "${ONLY_ARGS[@]}" || status=1
fi

if [ "$status" -eq 0 ]; then
    step "all tests passed"
else
    step "FAILED"
fi
exit "$status"
