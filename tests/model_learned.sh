#!/usr/bin/env bash
# model_learned.sh - which sets bench_model's danger models learn (bench_model --learned; nothing
# is read or learned): BENCH_LEARN_ALSO and BENCH_LR_ALSO name any set of evalset.c's table by
# its index, 64 and beyond too, never fold one index onto another, never make a blind round's
# set learned, and refuse an index the table does not have.
#   model_learned.sh BENCH_MODEL
set -u
fail() { echo "FAIL: $*" >&2; exit 1; }
unset LL_BENCH_BLIND BENCH_LEARNED BENCH_LEARN_ALSO BENCH_LR_LEARNED BENCH_LR_ALSO BENCH_PARTS_LEARNED
m=$1
all=$("$m" --learned) || fail "bench_model --learned"
n=$(printf '%s\n' "$all" | wc -l)
[ "$n" -gt 64 ] || fail "fewer than 65 sets: nothing beyond 63 to check"
# a set's index against what a knob names: learned by nothing else
only=$(BENCH_LEARNED=0 BENCH_PARTS_LEARNED=0 BENCH_LR_LEARNED=0 BENCH_LEARN_ALSO=$((n - 1)),64 \
    BENCH_LR_ALSO=64 "$m" --learned) || fail "bench_model --learned with BENCH_LEARN_ALSO"
# 64 is no longer read as 0 (the masks were 64 bits, an index taken modulo 64)
printf '%s\n' "$only" | grep -qP '^0\t[^\t]*\t$' || fail "index 64 folded onto set 0"
for i in 64 $((n - 1)); do
    line=$(printf '%s\n' "$only" | grep -P "^$i\t")
    if printf '%s' "$line" | grep -q '(blind: none)$'; then
        printf '%s' "$line" | grep -qP 'words|parts|logistic' && fail "a blind set learned: $line"
    else
        printf '%s' "$line" | grep -qP '\t words' || fail "set $i named but not learned: $line"
    fi
done
# only the sets named are learned, by only the models they were named for
[ "$(printf '%s\n' "$only" | grep -cP '\t .*(words|parts|logistic)')" -le 2 ] || fail "more sets learned than named"
# a blind set is never learned, whatever the knobs say
blind=$(printf '%s\n' "$all" | grep -P '\(blind: none\)$' | cut -f1 | paste -sd, -)
if [ -n "$blind" ]; then
    BENCH_LEARN_ALSO=$blind BENCH_LR_ALSO=$blind BENCH_LEARNED=$n BENCH_PARTS_LEARNED=$n \
        BENCH_LR_LEARNED=$n "$m" --learned | grep -P '\(blind: none\)$' | grep -qP 'words|parts|logistic' &&
        fail "a blind set learned"
fi
# an index beyond the table, or no number, is refused
BENCH_LR_ALSO=$n "$m" --learned >/dev/null 2>&1 && fail "index $n accepted"
BENCH_LEARN_ALSO=3x "$m" --learned >/dev/null 2>&1 && fail "'3x' accepted"
echo ok
