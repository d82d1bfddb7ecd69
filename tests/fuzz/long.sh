#!/usr/bin/env bash
# tests/fuzz/long.sh - every libFuzzer harness for at least 10 million executions under
# ASan/UBSan, the masking invariant among them (fuzz_mask: no valid BSN, IBAN, phone number
# or e-mail address survives masking in any surrounding text). Not part of tests/run.sh,
# which keeps its ~20 s smokes: this takes hours on two cores.
#
#   tests/fuzz/long.sh [REGEX]      only the harnesses whose names match
#   env: LL_FUZZ_RUNS (10000000), LL_FUZZ_MAX_TIME_S (0: no limit; a cap per harness),
#        LL_FUZZ_BUILD (build-fuzz)
# Prints one line per harness: executions, seconds, executions/s, CPU seconds (user +
# system) and executions per CPU second, result; then the load average. On a shared machine
# exec/s says how much of a core the run got, exec/CPU-s what the harness costs: 10 million
# divided by it is the CPU time a harness needs. Exit 1 when a harness found a crash or broke
# an invariant (its artifact is named in the line). A run continues from the corpus earlier
# runs grew in $LL_FUZZ_BUILD/tests/fuzz/corpus-NAME.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
# shellcheck source=../../deploy/lib/build.sh
. deploy/lib/build.sh

RUNS=${LL_FUZZ_RUNS:-10000000}
MAX_TIME=${LL_FUZZ_MAX_TIME_S:-0}
B=${LL_FUZZ_BUILD:-build-fuzz}
ONLY=${1:-.}

ll_build "$B" -DLL_FUZZ=ON -DCMAKE_C_COMPILER=clang -DLL_SANITIZE=OFF || exit 1

# name corpus max_len [dict], as tests/fuzz/CMakeLists.txt registers them.
harnesses=$(sed -n 's/^ll_fuzz_target(\(fuzz_[a-z_]*\) [a-z_]* \([a-z_]*\)\( [a-z_]*\)\? MAX_LEN \([0-9]*\))$/\1 \2 \4\3/p' \
    tests/fuzz/CMakeLists.txt)
# CPU_MS: CPU milliseconds (user + system) of this shell's waited-for children so far.
# `times` is a builtin and must run in this shell, not in a $(...) subshell, which has no
# children of its own.
tfile=$(mktemp)
trap 'rm -f "$tfile"' EXIT
children_cpu() {
    times >"$tfile"
    CPU_MS=$(sed -n 2p "$tfile" | awk '{ ms = 0
        for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); ms += t[1] * 60000 + t[2] * 1000 }
        printf "%d\n", ms }')
}

status=0
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %12s %8s %10s %8s %10s  %s\n' harness executions seconds exec/s cpu-s exec/cpu-s \
    result
while read -r name corpus max_len dict; do
    [ -n "$name" ] || continue
    printf '%s' "$name" | grep -Eq -- "$ONLY" || continue
    dict=${dict:-$corpus}
    work=$B/tests/fuzz/corpus-$name
    art=$B/tests/fuzz/artifacts-$name
    log=$B/tests/fuzz/long-$name.log
    mkdir -p "$work" "$art"
    start=$(date +%s)
    children_cpu
    cpu0=$CPU_MS
    "$B/tests/fuzz/$name" -runs="$RUNS" -max_total_time="$MAX_TIME" -timeout=10 \
        -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$art/" \
        -dict="tests/fuzz/$dict.dict" "$work" "tests/fuzz/corpus/$corpus" >"$log" 2>&1
    rc=$?
    secs=$(($(date +%s) - start))
    children_cpu
    cpu_ms=$((CPU_MS - cpu0))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=${execs:-0}
    if [ "$rc" -eq 0 ]; then
        result=ok
        [ "$execs" -lt "$RUNS" ] && result="ok (time cap before $RUNS)"
    else
        result="FAILED: $(grep -m1 -E 'invariant|ERROR|SUMMARY' "$log") (see $log)"
        status=1
    fi
    printf '%-16s %12s %8s %10s %8s %10s  %s\n' "$name" "$execs" "$secs" \
        "$((execs / (secs > 0 ? secs : 1)))" "$((cpu_ms / 1000))" \
        "$((execs * 1000 / (cpu_ms > 0 ? cpu_ms : 1)))" "$result"
done <<<"$harnesses"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: LL_FUZZ_RUNS=$RUNS LL_FUZZ_MAX_TIME_S=$MAX_TIME tests/fuzz/long.sh ${1:-}"
exit "$status"
