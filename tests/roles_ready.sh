#!/usr/bin/env bash
# roles_ready.sh - deploy/lib/roles.sh as up.sh uses it (user check 5): ll_wait_ready waits for a
# role that lives as long as it needs, saying so every 10 s (a fixed 30 s failed up.sh while
# the dashboard, after a broker restart, was still joining its group), and fails at once when
# the role has exited; ll_conf_get reads LUISTERLOOP_<SECTION>_<KEY> as the program does;
# ll_either gives one text or the other (the banner's ${X:+a}${X:-b} printed X twice). A
# stand-in program named luisterloop plays the role, so no broker is needed.
#   roles_ready.sh DEPLOY_LIB
set -u
. "$1/roles.sh"
T=$(mktemp -d)
H=$T/home
trap 'll_roles_stop_all "$H" 2>/dev/null; rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# ll_either
[ "$(ll_either "http://x:1" "in http://x:1" "none")" = "in http://x:1" ] || fail "ll_either with a value"
[ "$(ll_either "" "in " "none set")" = "none set" ] || fail "ll_either without a value"

# ll_conf_get: the file, then the variable over it
printf '[dashboard]\nlisten = 127.0.0.1:8088\n[web]\nmetrics_listen = 127.0.0.1:9100\n' >"$T/conf"
[ "$(ll_conf_get "$T/conf" dashboard listen)" = 127.0.0.1:8088 ] || fail "ll_conf_get from the file"
[ "$(LUISTERLOOP_DASHBOARD_LISTEN=127.0.0.1:20018 ll_conf_get "$T/conf" dashboard listen)" = 127.0.0.1:20018 ] ||
    fail "ll_conf_get does not read LUISTERLOOP_DASHBOARD_LISTEN"
[ "$(LUISTERLOOP_WEB_METRICS_LISTEN=127.0.0.1:1 ll_conf_get "$T/conf" web metrics_listen)" = 127.0.0.1:1 ] ||
    fail "ll_conf_get does not read LUISTERLOOP_WEB_METRICS_LISTEN"

# The stand-in: /readyz answers 503 until READY_AFTER s have passed, then 200; it exits after
# DIE_AFTER s when that is set. Its port goes to PORT_FILE.
BIN=$T/luisterloop
cat >"$BIN" <<'PY'
#!/usr/bin/env python3
import http.server, os, threading, time
start = time.time()
ready_after = float(os.environ.get('READY_AFTER', '1e9'))
die_after = os.environ.get('DIE_AFTER')
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        ok = time.time() - start >= ready_after
        body = b'{"status":"ready"}' if ok else b'{"status":"not ready"}'
        self.send_response(200 if ok else 503)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(('127.0.0.1', 0), H)
with open(os.environ['PORT_FILE'] + '.tmp', 'w') as f:
    f.write(str(s.server_address[1]))
os.rename(os.environ['PORT_FILE'] + '.tmp', os.environ['PORT_FILE'])
if die_after:
    threading.Timer(float(die_after), lambda: os._exit(3)).start()
s.serve_forever()
PY
chmod +x "$BIN"

# start ROLE ENV... : the stand-in as ROLE; echoes its /readyz URL
start() {
    local role=$1 i
    shift
    rm -f "$T/$role.port"
    env PORT_FILE="$T/$role.port" "$@" bash -c '. "$0/roles.sh"; ll_role_start "$1" "$2" "$3"' "$LIB" "$H" "$BIN" "$role" ||
        fail "$role did not start"
    for i in $(seq 1 50); do [ -s "$T/$role.port" ] && break; sleep 0.1; done
    echo "http://127.0.0.1:$(cat "$T/$role.port")/readyz"
}
LIB=$1

# Ready after 32 s, beyond the old fixed 30: waited for, with word of the wait.
url=$(start dashboard READY_AFTER=32)
t0=$SECONDS
ll_wait_ready "$url" "$H" dashboard 2>"$T/err" || fail "a live role ready after 32 s failed the wait: $(cat "$T/err")"
[ $((SECONDS - t0)) -ge 30 ] || fail "ready too soon ($((SECONDS - t0)) s): the stand-in is wrong"
grep -q 'dashboard not ready yet after 1[0-9] s (still running; {"status":"not ready"}); waiting up to 600 s' "$T/err" ||
    fail "no progress said: $(cat "$T/err")"
grep -q 'after 30 s' "$T/err" || fail "no progress after 30 s: $(cat "$T/err")"
echo "ok: a role ready after 32 s is waited for ($(grep -c 'not ready yet' "$T/err") progress lines)"

# A role that exits before it is ready fails the wait at once, with its log's end.
url=$(start balie DIE_AFTER=2)
t0=$SECONDS
if ll_wait_ready "$url" "$H" balie 2>"$T/err"; then fail "a role that exited passed the wait"; fi
[ $((SECONDS - t0)) -le 8 ] || fail "the exit was seen only after $((SECONDS - t0)) s"
grep -q "balie exited before $url was ready" "$T/err" || fail "the exit is not said: $(cat "$T/err")"
echo "ok: a role that exits fails the wait within $((SECONDS - t0)) s"

# A live role never ready: the bound.
url=$(start phone)
if LL_READY_TIMEOUT_S=3 ll_wait_ready "$url" "$H" phone 2>"$T/err"; then fail "a role never ready passed the wait"; fi
grep -q "did not become ready in 3 s" "$T/err" || fail "the bound is not said: $(cat "$T/err")"
echo "ok: a role never ready fails at LL_READY_TIMEOUT_S"
