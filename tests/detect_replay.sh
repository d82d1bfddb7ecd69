#!/usr/bin/env bash
# detect_replay.sh - `luisterloop detect --replay`: alerts on stdout one a line, bad lines as
# `LINE: reason` on stderr and exit 65, stdin with -, a missing file is an error.
#   detect_replay.sh BIN
set -u
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cat >"$T/c.conf" <<'CONF'
[detect]
warmup_min = 60
windows = 10,30
quiet_min = 10
CONF
# Two citizens an hour about afval in Noord for six hours, an anonymous one
# without a wijk now and then, and from 04:00 fourteen more in ten minutes.
{
    for m in $(seq 0 30 359); do
        printf '{"id":"s%d","time":"2026-10-01T%02d:%02d:00Z","theme":"afval","wijk":"Noord","channel":"web","thread":"t%d"}\n' \
            "$m" $((m / 60)) $((m % 60)) "$m"
        printf '{"id":"a%d","time":"2026-10-01T%02d:%02d:30Z","theme":"afval","wijk":null}\n' "$m" $((m / 60)) $((m % 60))
    done
    for i in $(seq 0 13); do
        printf '{"id":"x%d","time":"2026-10-01T04:%02d:10Z","theme":"afval","wijk":"Noord","thread":"x%d"}\n' "$i" $((i * 2 / 3)) "$i"
    done
} | sort -t'"' -k8,8 >"$T/in.jsonl"

"$BIN" detect -c "$T/c.conf" --replay "$T/in.jsonl" >"$T/out" 2>"$T/err" || fail "exit $? on good input: $(cat "$T/err")"
[ "$(grep -c '"status":"firing"' "$T/out")" = 1 ] || fail "want one firing: $(cat "$T/out")"
[ "$(grep -c '"status":"resolved"' "$T/out")" = 1 ] || fail "want one resolved: $(cat "$T/out")"
grep -q '"labels":{"theme":"afval","wijk":"Noord","gemeente":"Rotterdam"}' "$T/out" || fail "labels: $(cat "$T/out")"
grep -q '"type":"nl.luisterloop.alert"' "$T/out" || fail "type"
head -1 "$T/out" | grep -q '"sample_ids":\["x' || fail "sample_ids: $(head -1 "$T/out")"

# the same from stdin, the same output
"$BIN" detect -c "$T/c.conf" --replay - <"$T/in.jsonl" >"$T/out2" 2>/dev/null || fail "stdin"
cmp -s "$T/out" "$T/out2" || fail "stdin gives other alerts"

# bad lines: reported by number, skipped, exit 65; the good ones still count
{
    head -3 "$T/in.jsonl"
    echo 'not json'
    echo '{"id":"b1","time":"2026-10-01T00:59:00Z"}'
    echo '{"id":"b2","time":"2026-10-01T01:00:00Z","theme":"afval","postcode":"3011"}'
    echo '{"id":"b3","time":"soon","theme":"afval"}'
    tail -n +4 "$T/in.jsonl"
} >"$T/bad.jsonl"
"$BIN" detect -c "$T/c.conf" --replay "$T/bad.jsonl" >"$T/out3" 2>"$T/err3"
rc=$?
[ "$rc" = 65 ] || fail "bad lines: exit $rc, want 65"
grep -q '^4: ' "$T/err3" || fail "line 4 not reported: $(cat "$T/err3")"
grep -q '^5: theme: missing' "$T/err3" || fail "line 5: $(cat "$T/err3")"
grep -q '^6: postcode: unknown field' "$T/err3" || fail "line 6: $(cat "$T/err3")"
grep -q '^7: time: ' "$T/err3" || fail "line 7: $(cat "$T/err3")"
cmp -s "$T/out" "$T/out3" || fail "bad lines changed the alerts of the good ones"

# a file that is not there, an unknown option, a bad method
"$BIN" detect -c "$T/c.conf" --replay "$T/nope.jsonl" >/dev/null 2>&1 && fail "missing file accepted"
"$BIN" detect -c "$T/c.conf" --replay "$T/in.jsonl" --colour red >/dev/null 2>&1 && fail "unknown option accepted"
"$BIN" detect -c "$T/c.conf" --replay "$T/in.jsonl" --method magic >/dev/null 2>&1 && fail "bad method accepted"
# a bad [detect] key stops with FILE:LINE
printf '[detect]\nwindows = 30,10\n' >"$T/bad.conf"
"$BIN" detect -c "$T/bad.conf" --replay "$T/in.jsonl" >/dev/null 2>"$T/err4" && fail "descending windows accepted"
grep -q "bad.conf:2: windows" "$T/err4" || fail "config error: $(cat "$T/err4")"
echo ok
