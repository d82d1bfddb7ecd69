#!/usr/bin/env bash
# config_local.sh - deploy/lib/roles.sh ll_config_local: the installation's config made from the
# sample has its own tokens, the DLQ key, and [dashboard] web_metrics set to the web role's
# address, so the form funnel appears on Trends in the local stack (D2, REPORT-user2).
#   config_local.sh DEPLOY_LIB CONFIG_DIR
set -u
. "$1/roles.sh"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ll_config_local "$2/luisterloop.conf" "$T/out.conf" "$T/tokens" "$T/dlq.pub" || fail "ll_config_local"
got=$(awk '/^\[/ { s = $0 } s == "[dashboard]" && $1 == "web_metrics" { print $3 }' "$T/out.conf")
want=$(awk '/^\[/ { s = $0 } s == "[web]" && $1 == "listen" { print $3 }' "$2/luisterloop.conf")
[ -n "$want" ] || fail "no [web] listen in the sample"
[ "$got" = "$want" ] || fail "[dashboard] web_metrics is '$got', want '$want'"
grep -q "^dlq_public_key = $T/dlq.pub$" "$T/out.conf" || fail "dlq_public_key not set"
grep -q 'change-me' "$T/out.conf" && fail "a change-me token is left"
# A sample whose web listens on every address: the dashboard asks it on loopback.
printf '[web]\nlisten = 0.0.0.0:8181\n[dashboard]\nweb_metrics =\n' >"$T/any.conf"
ll_config_local "$T/any.conf" "$T/any.out" "$T/tokens" "$T/dlq.pub" || fail "ll_config_local any"
grep -q '^web_metrics = 127.0.0.1:8181$' "$T/any.out" || fail "0.0.0.0: $(grep web_metrics "$T/any.out")"
# One that is set is left as it is.
printf '[web]\nlisten = 127.0.0.1:8181\n[dashboard]\nweb_metrics = 10.0.0.5:8080\n' >"$T/set.conf"
ll_config_local "$T/set.conf" "$T/set.out" "$T/tokens" "$T/dlq.pub" || fail "ll_config_local set"
grep -q '^web_metrics = 10.0.0.5:8080$' "$T/set.out" || fail "a set web_metrics was changed"
echo "config_local: ok"
