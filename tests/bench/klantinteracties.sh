#!/usr/bin/env bash
# tests/bench/klantinteracties.sh - the Klantinteracties adapter's cost per notification: N
# klantcontacten in the fake API (tests/openklant, without Prism: its cost is not ours), then
# N Notificaties callbacks one after the other (as the Notificaties API sends them), each
# answered 202 only once Kafka has the event. Prints the adapter's CPU time per notification
# (its utime+stime from /proc) and the callback latency (p50, p99, max), with the load
# average. Not part of tests/run.sh.
#
#   tests/bench/klantinteracties.sh [N]
#   env: KPORT (Kafka, 19292), HTTP_BASE (first of two HTTP ports, 18480)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh

N=${1:-500}
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-klantinteracties
KPORT=${KPORT:-19292}
BASE=${HTTP_BASE:-18480}
API=127.0.0.1:$BASE
KI=127.0.0.1:$((BASE + 1))

ll_bench_build
cleanup() { ll_bench_stop "$B" ${KIPID:-} ${APIPID:-}; }
trap cleanup EXIT
ll_bench_stack "$B" "$KPORT" 1g

cat >"$B/bench.conf" <<CONF
$(ll_bench_conf "$KPORT" "" warn)
[klantinteracties]
listen = $KI
token.bench = bench-token-0123456789abcdef
api_url = http://$API
api_token = bench-api-token
CONF
build/luisterloop topics -c "$B/bench.conf" 2>/dev/null
python3 tests/openklant/fake_openklant.py --port "$BASE" --public "http://$API" \
    --token bench-api-token 2>"$B/api.log" &
APIPID=$!
LUISTERLOOP_PSEUDONYM_KEY=bench-key-0123456789 build/luisterloop klantinteracties \
    -c "$B/bench.conf" 2>"$B/ki.log" &
KIPID=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://$KI/readyz" && break; sleep 0.1; done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$KIPID/stat"; }
python3 - "$N" "$API" "$KI" "$KIPID" "$(getconf CLK_TCK)" <<'PY'
import json, sys, time, urllib.request
n, api, ki, pid, hz = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
def post(url, body, headers):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers=dict(headers, **{"Content-Type": "application/json"}))
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, json.loads(r.read() or b"{}")
urls = []
for i in range(n):
    _, kc = post(f"http://{api}/klantcontacten", {"kanaal": "telefoon", "onderwerp": "Afval",
                 "inhoud": f"De container in de Zaagmolenstraat {i} is al een week niet geleegd",
                 "taal": "nld", "vertrouwelijk": False}, {"Authorization": "Token bench-api-token"})
    urls.append(kc["url"])
def ticks():
    with open(f"/proc/{pid}/stat") as f:
        p = f.read().rsplit(")", 1)[1].split()
    return int(p[11]) + int(p[12])
t0, lat = ticks(), []
w0 = time.monotonic()
for u in urls:
    s = time.monotonic()
    st, _ = post(f"http://{ki}/v1/notificaties", {"kanaal": "klantcontacten", "hoofdObject": u,
                 "resource": "klantcontact", "resourceUrl": u, "actie": "create",
                 "aanmaakdatum": "2026-11-29T12:00:00Z", "kenmerken": {}},
                 {"Authorization": "Bearer bench-token-0123456789abcdef"})
    assert st == 202, st
    lat.append(time.monotonic() - s)
wall = time.monotonic() - w0
cpu = (ticks() - t0) / hz
lat.sort()
print(f"{n} notifications, one at a time: adapter CPU {cpu / n * 1e6:.0f} us per notification "
      f"(fetch, event, Kafka acks=all), latency p50 {lat[n // 2] * 1e3:.1f} ms, "
      f"p99 {lat[int(n * 0.99)] * 1e3:.1f} ms, max {lat[-1] * 1e3:.1f} ms, {n / wall:.0f}/s")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "command: tests/bench/klantinteracties.sh $N"
