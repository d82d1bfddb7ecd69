#!/usr/bin/env bash
# pseudonym_key_file.sh - an adapter without $LUISTERLOOP_PSEUDONYM_KEY reads the key from
# $LUISTERLOOP_HOME/pseudonym.key as deploy/local/up.sh writes it (issue 17), and refuses
# that file when others may read it, when it holds the demo key, a short key or several
# lines, or when a named pseudonym_key_file is missing. Needs no Kafka: a role that got its
# key goes on to the broker, which is a closed port here, and gives up with its own exit
# status (e-mail --stdin: 75, try later) instead of 2.
#   pseudonym_key_file.sh BIN CONFIG_DIR
set -u
BIN=$1
CONF=$2/luisterloop.conf
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
unset LUISTERLOOP_PSEUDONYM_KEY LUISTERLOOP_CONFIG
export LUISTERLOOP_HOME=$T/home
mkdir -p "$LUISTERLOOP_HOME"
# A broker nobody answers on, and a short delivery timeout.
export LUISTERLOOP_KAFKA=127.0.0.1:9
sed -e '/^\[email\]$/,/^\[/s/^delivery_timeout_ms = .*/delivery_timeout_ms = 500/' "$CONF" \
    >"$T/own.conf"
grep -q '^delivery_timeout_ms = 500$' "$T/own.conf" || fail "no [email] delivery_timeout_ms in $CONF"
MAIL=$(dirname "$0")/data/mail/alternative.eml

# email --stdin: exit status and output in $T/out
run() { timeout 30 "$BIN" email --stdin -c "${1:-$T/own.conf}" <"$MAIL" >"$T/out" 2>&1; }

# No key anywhere: refused, and the message names the file it looked for.
run
rc=$?
[ "$rc" -eq 2 ] || fail "no key: exit $rc, want 2: $(cat "$T/out")"
grep -q "no pseudonym key.*$LUISTERLOOP_HOME/pseudonym.key" "$T/out" ||
    fail "no key: the file is not named: $(cat "$T/out")"

# The file as up.sh makes it (umask 077, base64 of 32 random bytes, a newline): taken.
(umask 077 && head -c 32 /dev/urandom | base64 >"$LUISTERLOOP_HOME/pseudonym.key")
run
rc=$?
[ "$rc" -eq 75 ] || fail "key file of up.sh: exit $rc, want 75 (Kafka down): $(cat "$T/out")"

# Others may read it: refused, with the way out.
chmod 640 "$LUISTERLOOP_HOME/pseudonym.key"
run
rc=$?
[ "$rc" -eq 2 ] && grep -q "others may read it (mode 640); chmod 600" "$T/out" ||
    fail "mode 640: exit $rc: $(cat "$T/out")"
chmod 600 "$LUISTERLOOP_HOME/pseudonym.key"

# The built-in demo key is refused from a file as from the environment.
echo luisterloop-demo-key-not-for-production >"$LUISTERLOOP_HOME/pseudonym.key"
run
rc=$?
[ "$rc" -eq 2 ] && grep -q "pseudonym_key is the built-in demo key" "$T/out" ||
    fail "demo key in the file: exit $rc: $(cat "$T/out")"

# Too short, and two lines.
echo short >"$LUISTERLOOP_HOME/pseudonym.key"
run
rc=$?
[ "$rc" -eq 2 ] && grep -q "at least 16 characters" "$T/out" ||
    fail "short key: exit $rc: $(cat "$T/out")"
printf 'first-line-0123456789\nsecond-line-0123456789\n' >"$LUISTERLOOP_HOME/pseudonym.key"
run
rc=$?
[ "$rc" -eq 2 ] && grep -q "must be one line" "$T/out" || fail "two lines: exit $rc: $(cat "$T/out")"

# The environment wins over the file (a broken file is not even read).
LUISTERLOOP_PSEUDONYM_KEY=env-key-0123456789abcdef run
rc=$?
[ "$rc" -eq 75 ] || fail "env over file: exit $rc, want 75: $(cat "$T/out")"

# A named pseudonym_key_file that is not there is an error, not "no key".
sed -e 's|^pseudonym_key_file =.*|pseudonym_key_file = '"$T"'/nope.key|' "$T/own.conf" >"$T/named.conf"
run "$T/named.conf"
rc=$?
[ "$rc" -eq 2 ] && grep -q "pseudonym key file $T/nope.key: No such file" "$T/out" ||
    fail "named file missing: exit $rc: $(cat "$T/out")"
echo "ok"
