#!/usr/bin/env bash
# tests/browser/dashboard.sh - the dashboard in a real browser: starts web, process, detect and dashboard on
# the test stack (LL_TEST_KAFKA, LL_TEST_REDIS) with topics of their own, makes three users and a
# tool token, runs dashboard.test.mjs (Playwright driving Debian's chromium), stops the roles.
#
#   dashboard.sh BIN OUTDIR        OUTDIR gets the screenshots, the logs and the config
#   LL_BROWSER_KEEP=1              leave the roles running after the test (prints the URL)
#   LL_BROWSER_WEB_PORT, LL_BROWSER_DASH_PORT  the roles' HTTP ports (default: free ones the
#                                  kernel picks), for a shared machine where each checkout keeps
#                                  to its own range
set -euo pipefail

BIN=$1
OUT=$2
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
KAFKA=${LL_TEST_KAFKA:?set by tests/run.sh}
REDIS=${LL_TEST_REDIS:?set by tests/run.sh}
NODE_DIR=$ROOT/sinks/dashboard
# shellcheck source=../../deploy/lib/roles.sh
. "$ROOT/deploy/lib/roles.sh"

rm -rf "$OUT"
mkdir -p "$OUT"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
WEB=${LL_BROWSER_WEB_PORT:-$(free_port)}
DASH=${LL_BROWSER_DASH_PORT:-$(free_port)}
TAG=browser-$$-$(date +%s)
TEAM=kcc-$TAG
CFG=$OUT/luisterloop.conf
cat >"$CFG" <<CONF
[common]
brokers = $KAFKA
redis = $REDIS
home = $OUT
log_level = info
[topics]
raw = raw.$TAG
enriched = enriched.$TAG
dlq = dlq.$TAG
alerts = alerts.$TAG
escalations = esc.$TAG
aggregates = agg.$TAG
partitions = 1
[web]
listen = 127.0.0.1:$WEB
token.test = test-token-0123456789abcdef
delivery_timeout_ms = 5000
[process]
group = group.$TAG
transactional_id = txn.$TAG
batch_wait_ms = 5
$(ll_rule_files "$ROOT/config")
[dashboard]
listen = 127.0.0.1:$DASH
users_file = $OUT/users
# Short, so that a live stream cut by the role's request timeout fails the test.
timeout_s = 3
web_metrics = 127.0.0.1:$WEB
# Small login limits, and loopback as a trusted proxy so the test speaks for other
# addresses with X-Forwarded-For (the browsers themselves come from 127.0.0.1).
login_max_per_user = 3
login_max_per_address = 6
login_window_s = 600
trusted_proxies = 127.0.0.0/8
[escalate]
default_team = $TEAM
claim_idle_s = 1800
# The live detector on minute windows with no warm-up, so the test's spike (simulate --spike,
# about 60 parkeren signals in Feijenoord in 12 s) fires at the next minute's end; steady
# traffic (1 a second over every theme and wijk) stays far below min_count.
[detect]
group = dgroup.$TAG
transactional_id = dtxn.$TAG
windows = 1
warmup_min = 0
min_count = 20
min_ratio = 3
quiet_min = 1
allowed_lateness_s = 5
tick_ms = 500
batch_wait_ms = 20
CONF
export LUISTERLOOP_PSEUDONYM_KEY=browser-test-secret-0123456789

"$BIN" topics -c "$CFG" >"$OUT/topics.log" 2>&1
PW_ADMIN=admin-pw-$RANDOM$RANDOM
PW_CW=cw-pw-$RANDOM$RANDOM
PW_VIEW=viewer-pw-$RANDOM$RANDOM
printf '%s\n' "$PW_ADMIN" | "$BIN" user -c "$CFG" add anna --role admin 2>>"$OUT/users.log"
printf '%s\n' "$PW_CW" | "$BIN" user -c "$CFG" add bram --role caseworker 2>>"$OUT/users.log"
printf '%s\n' "$PW_VIEW" | "$BIN" user -c "$CFG" add vera --role viewer 2>>"$OUT/users.log"
PW_ERIK=erik-pw-$RANDOM$RANDOM
printf '%s\n' "$PW_ERIK" | "$BIN" user -c "$CFG" add erik --role viewer 2>>"$OUT/users.log"
TOKEN=$("$BIN" user -c "$CFG" token tool --role viewer)

pids=()
stop() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap stop EXIT
"$BIN" web -c "$CFG" >"$OUT/web.log" 2>&1 &
pids+=($!)
"$BIN" process -c "$CFG" >"$OUT/process.log" 2>&1 &
pids+=($!)
"$BIN" dashboard -c "$CFG" >"$OUT/dashboard.log" 2>&1 &
pids+=($!)
"$BIN" detect -c "$CFG" >"$OUT/detect.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 150); do
    if curl -fs "http://127.0.0.1:$DASH/readyz" >/dev/null 2>&1 &&
        curl -fs "http://127.0.0.1:$WEB/readyz" >/dev/null 2>&1; then
        break
    fi
    sleep 0.2
done
curl -fs "http://127.0.0.1:$DASH/readyz" >/dev/null || { echo "dashboard not ready"; tail -20 "$OUT/dashboard.log"; exit 1; }

export DASH_URL=http://127.0.0.1:$DASH WEB_URL=http://127.0.0.1:$WEB WEB_TOKEN=test-token-0123456789abcdef
export DASH_TOKEN=$TOKEN TEAM REDIS KAFKA ALERTS_TOPIC=alerts.$TAG ENRICHED_TOPIC=enriched.$TAG OUT BIN CFG
export U_ADMIN=anna P_ADMIN=$PW_ADMIN U_CW=bram P_CW=$PW_CW U_VIEW=vera P_VIEW=$PW_VIEW P_ERIK=$PW_ERIK
if [ "${LL_BROWSER_KEEP:-0}" = 1 ]; then
    echo "dashboard: $DASH_URL (anna / $PW_ADMIN), web: $WEB_URL; Ctrl-C stops"
    env | grep -E '^(DASH_|WEB_|TEAM|U_|P_|ALERTS)' >"$OUT/env"
    wait
fi
rc=0
node "$HERE/dashboard.test.mjs" || rc=$?
stop
trap - EXIT
# A sanitizer build reports at exit: any report fails the test.
if grep -l "ERROR: AddressSanitizer\|ERROR: LeakSanitizer\|runtime error:" "$OUT"/*.log; then
    echo "sanitizer report in the logs above"
    rc=1
fi
exit "$rc"
