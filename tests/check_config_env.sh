#!/usr/bin/env bash
# check_config_env.sh - check-config refuses a LUISTERLOOP_ variable that names no key (a typo
# such as LUISTERLOOP_WEB_LISTN moved nothing and check-config said "ok", user check 6); the
# short names and every key's variable stay accepted (no Kafka).
#   check_config_env.sh LUISTERLOOP_BINARY CONFIG_DIR
set -u
bin=$1
conf=$2/luisterloop.conf
fail() { echo "FAIL: $*" >&2; exit 1; }
unset LUISTERLOOP_KAFKA LUISTERLOOP_REDIS
out=$(env LUISTERLOOP_WEB_LISTEN=127.0.0.1:18080 LUISTERLOOP_DLQ_KEY=/nonexistent \
    "$bin" check-config -c "$conf" 2>&1) || fail "known variables refused: $out"
out=$(env LUISTERLOOP_WEB_LISTN=127.0.0.1:18080 LUISTERLOOP_PROCES_WORKERS=4 \
    "$bin" check-config -c "$conf" 2>&1)
rc=$?
[ "$rc" -eq 2 ] || fail "a misspelt variable: rc $rc, want 2: $out"
case $out in
*'$LUISTERLOOP_WEB_LISTN'*'$LUISTERLOOP_PROCES_WORKERS'* | *'$LUISTERLOOP_PROCES_WORKERS'*'$LUISTERLOOP_WEB_LISTN'*) ;;
*) fail "the message does not name both variables: $out" ;;
esac
echo "check_config_env: ok"
