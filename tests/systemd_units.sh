#!/usr/bin/env bash
# systemd_units.sh - deploy/systemd: every unit passes `systemd-analyze verify` without a word,
# every service is hardened (a dedicated user, a read-only file system outside the data
# folder, no new privileges; `systemd-analyze security` exposure at most MAX_EXPOSURE), and
# every role that runs as a service has a unit. A copy with a broken key must fail the same
# check, so the check itself is seen to work.
#   systemd_units.sh BIN UNITDIR
set -u
BIN=$1
UNITS=$2
MAX_EXPOSURE=2.0 # on the 0-10 scale it prints; --threshold takes tenths
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v systemd-analyze >/dev/null || fail "systemd-analyze is missing (Debian package systemd)"

# The units name the installed binary; verify checks that it exists, so point it at this build.
stage() { # DIR : the units, with the binary of this build
    mkdir -p "$1"
    local f
    for f in "$UNITS"/*.service "$UNITS"/*.timer "$UNITS"/*.target; do
        sed "s#/usr/local/bin/luisterloop#$BIN#g" "$f" >"$1/$(basename "$f")"
    done
}

# check DIR : 0 when every unit there verifies silently and every service is hardened.
check() {
    local dir=$1 out f
    # verify prints what it ignores (an unknown key, a dropped dependency) and still exits 0.
    out=$(cd "$dir" && systemd-analyze verify --man=no ./*.service ./*.timer ./*.target 2>&1) || {
        echo "$out" >&2
        return 1
    }
    [ -z "$out" ] || { echo "$out" >&2; return 1; }
    for f in "$dir"/*.service; do
        for want in User=luisterloop NoNewPrivileges=yes ProtectSystem=strict StateDirectory=luisterloop \
            CapabilityBoundingSet= PrivateTmp=yes; do
            grep -qx "$want" "$f" || { echo "$(basename "$f"): no $want" >&2; return 1; }
        done
        systemd-analyze security --offline=yes --threshold="$(awk -v e="$MAX_EXPOSURE" 'BEGIN { print e * 10 }')" "$f" >/dev/null 2>&1 || {
            systemd-analyze security --offline=yes "$f" 2>&1 | tail -1 >&2
            return 1
        }
    done
}

stage "$T/ok"
check "$T/ok" || fail "deploy/systemd does not pass"

# The same check on a unit with a misspelt key and one without its hardening must fail.
stage "$T/typo"
sed -i 's/^Restart=always$/Restrat=always/' "$T/typo/luisterloop-web.service"
check "$T/typo" 2>/dev/null && fail "a misspelt key passed the check"
stage "$T/soft"
sed -i '/^ProtectSystem=strict$/d' "$T/soft/luisterloop-detect.service"
check "$T/soft" 2>/dev/null && fail "a unit without ProtectSystem=strict passed the check"

# Every role of `luisterloop --help` that runs as a service has a unit. Not services: the
# operator's tools, the demo traffic and the config check (every unit's ExecStartPre).
roles=$("$BIN" --help 2>&1 | awk '/^roles:/ { f = 1; next } f && /^  [a-z]/ { print $1 } f && /^$/ && n++ { exit }')
[ -n "$roles" ] || fail "no roles in '$BIN --help'"
for r in $roles; do
    case "$r" in
        escalations | silence | user | dlq | check-config | simulate) continue ;;
        process) u=luisterloop-process@.service ;;
        *) u=luisterloop-$r.service ;;
    esac
    [ -f "$UNITS/$u" ] || fail "role $r has no unit $u in $UNITS"
done
[ -f "$UNITS/luisterloop-report.timer" ] || fail "the report has no timer"
echo "ok: $(ls "$UNITS"/*.service | wc -l) services, a timer and a target verify; exposure <= $MAX_EXPOSURE"
