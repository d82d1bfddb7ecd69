#!/usr/bin/env bash
# metrics_listeners.sh - every long-running role of the shipped config serves /metrics on an
# address of its own (detect, alertmanager, internetaken and email had none, user check 6), each
# settable as LUISTERLOOP_<SECTION>_METRICS_LISTEN, and check-config refuses a clash or a value
# that is no host:port (no Kafka).
#   metrics_listeners.sh LUISTERLOOP_BINARY CONFIG_DIR DEPLOY_LIB
set -u
bin=$1
conf=$2/luisterloop.conf
fail() { echo "FAIL: $*" >&2; exit 1; }
. "$3/roles.sh"
for v in $(env | sed -n 's/^\(LUISTERLOOP_[A-Z_]*\)=.*/\1/p'); do unset "$v"; done

# up.sh's banner: the optional roles (their API set) included, each role once, no address twice
list=$(ll_metrics_urls "$conf" http://am.example http://ok.example http://ok.example)
roles=$(printf '%s\n' "$list" | tr ',' '\n' | awk '{print $1}' | sort | tr '\n' ' ')
want="aggregate alertmanager balie dashboard detect email escalate internetaken klantinteracties phone process web "
[ "$roles" = "$want" ] || fail "roles with /metrics: '$roles', want '$want'"
dups=$(printf '%s\n' "$list" | tr ',' '\n' | awk '{print $2}' | sort | uniq -d)
[ -z "$dups" ] || fail "one address for two roles: $dups in $list"

out=$("$bin" check-config -c "$conf" 2>&1) || fail "the shipped config: $out"
# a variable moves a listener, and one onto another role's address is a clash it names
for s in detect alertmanager internetaken email; do
    var=LUISTERLOOP_$(echo "$s" | tr a-z A-Z)_METRICS_LISTEN
    out=$(env "$var=127.0.0.1:18999" "$bin" check-config -c "$conf" 2>&1) || fail "$var moved: $out"
    out=$(env "$var=$(ll_conf_get "$conf" process metrics_listen)" "$bin" check-config -c "$conf" 2>&1)
    rc=$?
    [ "$rc" -eq 2 ] || fail "$var on the processor's address: rc $rc, want 2: $out"
    case $out in *"\$$var"*"[process] metrics_listen"*) ;; *) fail "the clash message: $out" ;; esac
    out=$(env "$var=localhost" "$bin" check-config -c "$conf" 2>&1)
    rc=$?
    [ "$rc" -eq 2 ] || fail "$var=localhost: rc $rc, want 2: $out"
done
echo "metrics_listeners: ok"
