#!/usr/bin/env bash
# roles_restart.sh - deploy/lib/roles.sh: starting a role that already runs leaves it alone,
# unless the running process is an older build than the binary (up.sh after a pull rebuilds,
# and the old build must not go on under the new code's name): then it is restarted. A
# stand-in program named luisterloop plays the role, so no broker is needed.
#   roles_restart.sh DEPLOY_LIB
set -u
. "$1/roles.sh"
T=$(mktemp -d)
H=$T/home
trap 'll_roles_stop_all "$H" 2>/dev/null; rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
BIN=$T/luisterloop
build() { printf '#!/usr/bin/env bash\n# %s\nwhile :; do sleep 0.2; done\n' "$1" >"$BIN.new" &&
    chmod +x "$BIN.new" && mv "$BIN.new" "$BIN"; }

build one
touch -d '-1 min' "$BIN"
ll_role_start "$H" "$BIN" web 2>"$T/err" || fail "first start: $(cat "$T/err")"
first=$(cat "$H/run/web.pid")
ll_role_running "$H" web || fail "not running after start"

# The same build: left alone.
ll_role_start "$H" "$BIN" web 2>"$T/err" || fail "second start"
grep -q "web already running (pid $first)" "$T/err" || fail "no 'already running': $(cat "$T/err")"
[ "$(cat "$H/run/web.pid")" = "$first" ] || fail "restarted without a new build"

# A newer build, written within the same second as the process started: restarted, and it says so
# (the role's stamp names the file it was started from, to the nanosecond and inode).
build two
ll_role_start "$H" "$BIN" web 2>"$T/err" || fail "start after a rebuild: $(cat "$T/err")"
grep -q "web (pid $first) runs an older build" "$T/err" || fail "no restart note: $(cat "$T/err")"
second=$(cat "$H/run/web.pid")
[ "$second" != "$first" ] || fail "the old build still runs"
kill -0 "$first" 2>/dev/null && fail "the old process $first is still alive"
ll_role_running "$H" web || fail "not running after the restart"
# Right after its start, on a loaded machine too: the new process is not older than its own build.
for i in 1 2 3 4 5; do
    ll_role_outdated "$H" web "$BIN" && fail "the new process counts as outdated (check $i)"
done
ll_role_start "$H" "$BIN" web 2>"$T/err" || fail "third start"
grep -q "web already running (pid $second)" "$T/err" || fail "restarted again: $(cat "$T/err")"

# A role started by a roles.sh without stamps: judged by the times, with a second's margin.
rm -f "$H/run/web.build"
# (the second it started, not now: on a loaded machine now may be a second later, a flake)
touch -d "@$(($(date +%s) - $(ps -o etimes= -p "$second" | tr -d ' ')))" "$BIN"
ll_role_outdated "$H" web "$BIN" && fail "a build of the second the process started counts as newer"
touch -d '+3 sec' "$BIN"
ll_role_outdated "$H" web "$BIN" || fail "a build written after the start is not seen without a stamp"

# A role that died since: started again, and it says so with its log's last lines (user check 6:
# up.sh restarted a killed escalate without a word).
echo "the role's last words" >>"$H/logs/web.log"
dead=$(cat "$H/run/web.pid")
kill -KILL "$dead"
for i in $(seq 1 50); do kill -0 "$dead" 2>/dev/null || break; sleep 0.1; done
ll_role_start "$H" "$BIN" web 2>"$T/err" || fail "start after a death: $(cat "$T/err")"
grep -q "web (pid $dead) is not running any more; starting it again" "$T/err" ||
    fail "no note of the death: $(cat "$T/err")"
grep -q "the role's last words" "$T/err" || fail "no last log lines: $(cat "$T/err")"
[ "$(cat "$H/run/web.pid")" != "$dead" ] && ll_role_running "$H" web || fail "not started again"

ll_role_stop "$H" web
[ ! -e "$H/run/web.build" ] || fail "the stamp outlives the role"
# local.env (ll_local_env), loaded as the README says: exported, so a program started after it
# (build/luisterloop) reads the same config (the user check of 12-01: a plain `.` set the
# variables for the shell alone, and check-config read config/luisterloop.conf); and from a
# home whose path has a space.
ROOT=$(cd "$1/../.." && pwd)
CO="$T/a checkout"
mkdir -p "$CO/.luisterloop"
ll_local_env "$CO/.luisterloop" "$ROOT/config/luisterloop.conf" 127.0.0.1:9092 127.0.0.1:6379 \
    DASHBOARD_USER=demo 'DASHBOARD_PASSWORD=a b$c' || fail "ll_local_env"
[ "$(stat -c %a "$CO/.luisterloop/local.env")" = 600 ] || fail "local.env is not 0600"
load=$(grep -m1 '^[^#]*\. "\${LUISTERLOOP_HOME:-\.luisterloop}/local\.env"' "$ROOT/README.md") ||
    fail "README loads no local.env"
load=${load%%#*}
show='printf "%s|%s|%s|%s" "$LUISTERLOOP_HOME" "$LUISTERLOOP_CONFIG" "$INTAKE_URL" "$DASHBOARD_PASSWORD"'
got=$(cd "$CO" && env -i PATH="$PATH" bash -c "$load
bash -c '$show'" 2>&1)
[ "$got" = "$CO/.luisterloop|$ROOT/config/luisterloop.conf|http://127.0.0.1:8080/v1/feedback|a b\$c" ] ||
    fail "README's '$load' gives a program: $got"
grep -q '^DASHBOARD_USER=demo$' "$CO/.luisterloop/local.env" || fail "not KEY=value lines"
# With LUISTERLOOP_HOME set, up.sh writes local.env there, and the README's line reads it from
# there (user check of 12-01, REPORT-user3: the quick start named .luisterloop/local.env).
OTHER="$T/other home"
mkdir -p "$OTHER"
ll_local_env "$OTHER" "$ROOT/config/luisterloop.conf" 127.0.0.1:9092 127.0.0.1:6379 \
    DASHBOARD_USER=demo 'DASHBOARD_PASSWORD=other' || fail "ll_local_env"
got=$(cd "$CO" && env -i PATH="$PATH" LUISTERLOOP_HOME="$OTHER" bash -c "$load
bash -c '$show'" 2>&1)
[ "$got" = "$OTHER|$ROOT/config/luisterloop.conf|http://127.0.0.1:8080/v1/feedback|other" ] ||
    fail "README's '$load' with LUISTERLOOP_HOME set gives a program: $got"

echo "roles_restart: ok"
