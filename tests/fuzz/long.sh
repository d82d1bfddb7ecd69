#!/usr/bin/env bash
# tests/fuzz/long.sh - every libFuzzer harness for at least 10 million executions under
# ASan/UBSan, the masking invariant among them (fuzz_mask: no valid BSN, IBAN, phone number
# or e-mail address survives masking in any surrounding text). Not part of tests/run.sh,
# which keeps its ~20 s smokes: this takes hours on two cores.
#
#   tests/fuzz/long.sh [REGEX]      only the harnesses whose names match
#   env: LL_FUZZ_RUNS (10000000), LL_FUZZ_MAX_TIME_S (0: no limit; a cap per harness),
#        LL_FUZZ_BUILD (build-fuzz)
# Prints one line per harness: executions, seconds, executions/s, result. Exit 1 when a
# harness found a crash or broke an invariant (its artifact is named in the line).
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
status=0
printf '%-16s %12s %8s %10s  %s\n' harness executions seconds exec/s result
while read -r name corpus max_len dict; do
    [ -n "$name" ] || continue
    printf '%s' "$name" | grep -Eq -- "$ONLY" || continue
    dict=${dict:-$corpus}
    work=$B/tests/fuzz/corpus-$name
    art=$B/tests/fuzz/artifacts-$name
    log=$B/tests/fuzz/long-$name.log
    mkdir -p "$work" "$art"
    start=$(date +%s)
    "$B/tests/fuzz/$name" -runs="$RUNS" -max_total_time="$MAX_TIME" -timeout=10 \
        -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$art/" \
        -dict="tests/fuzz/$dict.dict" "$work" "tests/fuzz/corpus/$corpus" >"$log" 2>&1
    rc=$?
    secs=$(($(date +%s) - start))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    execs=${execs:-0}
    if [ "$rc" -eq 0 ]; then
        result=ok
        [ "$execs" -lt "$RUNS" ] && result="ok (time cap before $RUNS)"
    else
        result="FAILED: $(grep -m1 -E 'invariant|ERROR|SUMMARY' "$log") (see $log)"
        status=1
    fi
    printf '%-16s %12s %8s %10s  %s\n' "$name" "$execs" "$secs" \
        "$((execs / (secs > 0 ? secs : 1)))" "$result"
done <<<"$harnesses"
echo "command: LL_FUZZ_RUNS=$RUNS LL_FUZZ_MAX_TIME_S=$MAX_TIME tests/fuzz/long.sh ${1:-}"
exit "$status"
