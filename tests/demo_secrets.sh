#!/usr/bin/env bash
# demo_secrets.sh - the sample config's "change-me" tokens and the built-in pseudonym key
# are refused outside --demo, before anything connects (issue 14); tokens of one's own pass
# that check. Needs no Kafka: every refusal comes first.
#   demo_secrets.sh BIN CONFIG_DIR
set -u
BIN=$1
CONF=$2/luisterloop.conf
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export LUISTERLOOP_PSEUDONYM_KEY=test-key-0123456789abcdef

for role in web phone balie; do
    timeout 10 "$BIN" "$role" -c "$CONF" >"$T/out" 2>&1
    rc=$?
    [ "$rc" -eq 2 ] || fail "$role with the sample tokens: exit $rc, want 2: $(cat "$T/out")"
    grep -q "is a sample token (it says change-me)" "$T/out" ||
        fail "$role: no reason given: $(cat "$T/out")"
done
LUISTERLOOP_PSEUDONYM_KEY=luisterloop-demo-key-not-for-production \
    timeout 10 "$BIN" process -c "$CONF" >"$T/out" 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "process with the demo key: exit $rc, want 2"
grep -q "pseudonym_key is the built-in demo key" "$T/out" || fail "no reason: $(cat "$T/out")"

# Tokens of one's own pass this check: the next one (no pseudonym key) speaks instead.
sed -e 's/change-me/own/' "$CONF" >"$T/own.conf"
# The sample names its lists and rules beside itself; the copy in $T names them where they are
# (a "#" delimiter: with "|" the "\|" of the alternation reads as a plain "|").
sed -i "s#^\([a-z_]*\) = \([a-z-]*\.\(conf\|tsv\|txt\)\)\$#\1 = $2/\2#" "$T/own.conf"
LUISTERLOOP_PSEUDONYM_KEY= timeout 10 "$BIN" web -c "$T/own.conf" >"$T/out" 2>&1
rc=$?
[ "$rc" -eq 2 ] && grep -q "no pseudonym key" "$T/out" ||
    fail "tokens of one's own: exit $rc: $(cat "$T/out")"
echo "ok"
