#!/usr/bin/env bash
# evalset_lists.sh - the three quality benches list the same table of evaluation sets
# (tests/support/evalset.c) and, with -F and without LL_BENCH_BLIND, read no set whose misses
# they would not print: no frozen set, no blind round's (--list-sets; nothing is classified).
#   evalset_lists.sh BENCH_QUALITY BENCH_NAMES BENCH_MODEL
set -u
fail() { echo "FAIL: $*" >&2; exit 1; }
unset LL_BENCH_BLIND
q=$("$1" -F --list-sets) || fail "bench_quality --list-sets"
n=$("$2" -F --list-sets) || fail "bench_names --list-sets"
m=$("$3" --list-sets) || fail "bench_model --list-sets"
[ -n "$q" ] && [ -n "$n" ] && [ -n "$m" ] || fail "an empty list"
for out in "$q" "$n" "$m"; do
    if printf '%s\n' "$out" | grep -P '\tread\tsummary only$'; then
        fail "a set read without -F or LL_BENCH_BLIND whose misses are not printed (above)"
    fi
done
# bench_model's sets are bench_quality's but the frozen ones, in the same order
[ "$(printf '%s\n' "$q" | grep -v frozen | cut -f1)" = "$(printf '%s\n' "$m" | grep -v frozen | cut -f1)" ] ||
    fail "bench_model and bench_quality list other sets"
printf '%s\n' "$n" | grep -qv '^names-' && fail "bench_names lists a set that is not a names set"
# without -F the frozen sets would be read (listed only: nothing is read here)
"$1" --list-sets | grep -qP '^test-frozen\.jsonl\tread\tsummary only$' ||
    fail "bench_quality without -F would not read the frozen test set"
echo ok
