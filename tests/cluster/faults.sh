#!/usr/bin/env bash
# tests/cluster/faults.sh - faults under steady load on a three-broker cluster with Redis
# behind Sentinel, each checked with an exact audit: every event the intake acknowledged
# (202) is on feedback.enriched exactly once (read_committed), and every citizen's contacts
# on one theme stay one thread.
#
# usage: tests/cluster/faults.sh [FAULT...]   FAULT: broker-kill broker-stop processor-kill
#                                              redis-master-kill rolling-restart scale
#                                              (default: all six)
#   rolling-restart  every broker (SIGTERM, start, wait until every replica is in sync again),
#                    then every processor, then every other role, one at a time, as an
#                    upgrade does it
#   scale            1 processor, then 3 (two join mid-stream), then 1 again (two leave)
# Knobs: LOAD_S (seconds of load per fault, at least; default 40), RATE (posts/s, default
# 20), BG_RATE (events/s of background load straight to the raw topic, default 100; 0: none),
# LL_CLUSTER_PORT_BASE (default 3000) or LL_CLUSTER_KAFKA_PORT, LL_CLUSTER_REDIS_PORT,
# LL_CLUSTER_HTTP_PORT (deploy/cluster/up.sh; default auto), KEEP=1 leaves the cluster running.
# Prints, per fault: acknowledged, lost, duplicated, split threads, the longest window of
# non-202 answers, the longest pause on feedback.enriched while the load ran (a rebalance
# shows here), and how long the pipeline took to catch up; then the consumer-group lag of
# the processor, detect and escalate groups over the fault (build/tests/bench_lag, the
# broker's view, sampled all through the load): its peak, and when it was back to steady
# (at or below twice the median lag before the fault, or one second of load if that is
# more, and stayed there), counted from the fault's start and from its end, and how long the
# brokers did not answer the sampler at all (the lag is unknown then). The samples:
# $H/load.FAULT.lag.GROUP ("ms lag" lines, -1: no answer). Exit 0 only if the audit holds.
#
# The posts wait for their 202 one after another, so while a fault stalls the intake they
# stall too and no backlog forms: they are what the audit counts, not a load that shows
# lag. The lag comes from BG_RATE: `luisterloop simulate --direct` producing to the raw
# topic at a fixed rate whatever the pipeline does (its producer queues while the brokers
# move partitions), as a municipality's channels would. Those events are not audited.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. deploy/lib/stack.sh
. deploy/lib/roles.sh

FAULTS=("$@")
[ ${#FAULTS[@]} -gt 0 ] || FAULTS=(broker-kill broker-stop processor-kill redis-master-kill rolling-restart scale)
for fault in "${FAULTS[@]}"; do
    case "$fault" in
        broker-kill | broker-stop | processor-kill | redis-master-kill | rolling-restart | scale) ;;
        *) echo "faults.sh: unknown fault '$fault'" >&2; exit 2 ;;
    esac
done
LOAD_S=${LOAD_S:-40}
RATE=${RATE:-20}
export LL_CLUSTER_PORT_BASE=${LL_CLUSTER_PORT_BASE:-3000}
# The roles' listeners on ports the kernel picks (up.sh): never the shipped 8080.. of a local stack.
export LL_CLUSTER_HTTP_PORT=${LL_CLUSTER_HTTP_PORT:-auto}
# On a shared machine this busy a broker's JVM can take minutes to serve (default 90 s).
export LL_KAFKA_READY_TIMEOUT=${LL_KAFKA_READY_TIMEOUT:-300}
# The broker jars of the checkout's home (or LUISTERLOOP_HOME's) are shared, not fetched again.
LIBS=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}/kafka-libs
export LUISTERLOOP_HOME=${LL_FAULTS_HOME:-${LUISTERLOOP_HOME:-$ROOT/.luisterloop}/faults}
H=$LUISTERLOOP_HOME
mkdir -p "$H"
if [ -d "$LIBS" ] && [ ! -e "$H/kafka-libs" ]; then
    ln -s "$LIBS" "$H/kafka-libs"
fi

SUPERVISOR=
cleanup() {
    local rc=$?
    touch "$H/supervise.stop" # a round under way starts nothing more
    # A load under way (stopped early: it runs until its .stop file exists).
    [ -z "${loader:-}" ] || { kill "$loader" 2>/dev/null; wait "$loader" 2>/dev/null; } || true
    [ -z "$SUPERVISOR" ] || { kill "$SUPERVISOR" 2>/dev/null; wait "$SUPERVISOR" 2>/dev/null; } || true
    lag_stop
    bg_stop
    [ "${KEEP:-0}" = 1 ] || deploy/cluster/down.sh --purge >/dev/null 2>&1 || true
    exit "$rc"
}
trap cleanup EXIT

deploy/cluster/down.sh --purge >/dev/null 2>&1 || true
deploy/cluster/up.sh --processors 3 >"$H/up.log" 2>&1 || { tail -30 "$H/up.log"; exit 1; }
C=$H/cluster
# Exported: the roles this script restarts read them as up.sh's did.
set -a
# shellcheck disable=SC1091
. "$H/local.env"
# shellcheck disable=SC1091
. "$C/nodes.env"
set +a
LUISTERLOOP_PSEUDONYM_KEY=${LUISTERLOOP_PSEUDONYM_KEY:-$(cat "$H/pseudonym.key")}
export LUISTERLOOP_PSEUDONYM_KEY
read -r -a KP <<<"$KAFKA_PORTS"
CID=$(cat "$C/cluster.id")
BIN=$ROOT/build/luisterloop
raw=$(awk '$0=="[topics]"{f=1;next} /^\[/{f=0} f && $1=="raw"{print $3; exit}' "$LUISTERLOOP_CONFIG")
enriched=$(awk '$0=="[topics]"{f=1;next} /^\[/{f=0} f && $1=="enriched"{print $3; exit}' "$LUISTERLOOP_CONFIG")
group=$(awk '$0=="[process]"{f=1;next} /^\[/{f=0} f && $1=="group"{print $3; exit}' "$LUISTERLOOP_CONFIG")
raw=${raw:-feedback.raw} enriched=${enriched:-feedback.enriched} group=${group:-luisterloop-process}
alerts=$(ll_conf_get "$LUISTERLOOP_CONFIG" topics alerts)
# The groups whose lag is sampled, each with the topics it reads (escalate reads two).
LAG_GROUPS=("process=$group=$raw"
    "detect=$(ll_conf_get "$LUISTERLOOP_CONFIG" detect group)=$enriched"
    "escalate=$(ll_conf_get "$LUISTERLOOP_CONFIG" escalate group)=$enriched,${alerts:-feedback.alerts}")
LAG_TOOL=$ROOT/build/tests/bench_lag
[ -x "$LAG_TOOL" ] || ninja -C "$ROOT/build" bench_lag >/dev/null

# load SECONDS OUT : posts at RATE/s for at least SECONDS and until OUT.stop exists, one
# line per post "ms status id" in OUT.
load() {
    local secs=$1 out=$2 n=0 end body st id t
    end=$((SECONDS + secs))
    : >"$out"
    while [ "$SECONDS" -lt "$end" ] || [ ! -e "$out.stop" ]; do
        n=$((n + 1))
        body=$(printf '{"kind":"complaint","text":"De container in de Kerkstraat is weer niet geleegd (%s %d).","postcode":"3011 AB","citizen":{"email":"burger%d@example.nl"}}' "$out" "$n" $((n % 50)))
        t=$(date +%s%3N)
        st=$(curl -s -o "$out.body" -w '%{http_code}' -m 15 -X POST "$INTAKE_URL" \
            -H "Authorization: Bearer $INTAKE_TOKEN" -H 'Content-Type: application/json' -d "$body" || echo 000)
        id=-
        [ "$st" = 202 ] && id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$out.body")
        printf '%s %s %s\n' "$t" "$st" "$id" >>"$out"
        sleep "$(awk -v r="$RATE" 'BEGIN{printf "%.3f", 1/r}')"
    done
}

# audit OUT : prints "lost duplicated split pause" for the acknowledged posts of OUT against
# what feedback.enriched holds now (read_committed); pause: the longest time (ms) between two
# of their enriched events, by the time each was written.
audit() {
    kcat -b "$LUISTERLOOP_KAFKA" -C -t "$enriched" -X isolation.level=read_committed -e -q \
        -f '%T %s\n' >"$1.enriched" 2>/dev/null || true
    python3 - "$1" "$1.enriched" <<'PY'
import json, sys, collections
acked = [l.split()[2] for l in open(sys.argv[1]) if l.split()[1] == "202"]
want = set(acked)
hits = collections.Counter()
threads = collections.defaultdict(set)
stamps = []
for line in open(sys.argv[2]):
    ts, _, js = line.partition(" ")
    try:
        ev = json.loads(js)
    except ValueError:
        continue
    hits[ev["id"]] += 1
    if ev["id"] in want:
        stamps.append(int(ts))
    d = ev.get("data", {})
    ps = (d.get("citizen") or {}).get("pseudonym")
    th = (d.get("thread") or {}).get("id")
    if ps and th and ev["id"] in want:
        threads[ps].add(th)
lost = sum(1 for i in acked if hits[i] == 0)
dup = sum(1 for i in acked if hits[i] > 1)
split = sum(len(t) - 1 for t in threads.values())
stamps.sort()
pause = max((b - a for a, b in zip(stamps, stamps[1:])), default=0)
print(lost, dup, split, pause)
PY
}

# bg_start / bg_stop : the background load (BG_RATE events/s to the raw topic), for the lag.
BG=
bg_start() {
    [ "${BG_RATE:-100}" -gt 0 ] || return 0
    "$BIN" simulate --direct --rate "${BG_RATE:-100}" --duration 0 2>"$1.bg.log" &
    BG=$!
}
bg_stop() {
    [ -z "$BG" ] || { kill "$BG" 2>/dev/null && wait "$BG" 2>/dev/null; } || true
    BG=
}

# lag_start OUT : one sampler per group of LAG_GROUPS (each on its own, so a slow answer for
# one does not space out the samples of the others), into OUT.lag.NAME; their pids in LAGGERS.
LAGGERS=()
lag_start() {
    local g
    LAGGERS=()
    for g in "${LAG_GROUPS[@]}"; do
        LL_TEST_KAFKA=$LUISTERLOOP_KAFKA "$LAG_TOOL" 500 0 "${g#*=}" >"$1.lag.${g%%=*}" \
            2>"$1.lag.${g%%=*}.err" &
        LAGGERS+=($!)
    done
}
lag_stop() {
    local p
    for p in "${LAGGERS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
    LAGGERS=()
}

# lag_report OUT T_FAULT T_FAULT_END : one line per group: the lag's peak and when it was back
# to steady (see the top of this file), in seconds from the fault's start and from its end.
lag_report() {
    local g
    for g in "${LAG_GROUPS[@]}"; do
        # A figure, not a verdict: a report that fails must not stop the run (set -e).
        python3 - "$1.lag.${g%%=*}" "${g%%=*}" "$2" "$3" "$((RATE + ${BG_RATE:-100}))" <<'PY' || true
import sys
path, name, t0, t1, rate = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
s, dark, dark_from = [], 0, None
for line in open(path):
    f = line.split()
    if len(f) != 2:
        continue
    t, l = int(f[0]), int(f[1])
    if l >= 0:
        if dark_from is not None:
            dark = max(dark, t - dark_from)
            dark_from = None
        s.append((t, l))
    elif dark_from is None:
        dark_from = t
before = [l for t, l in s if t < t0]
after = [(t, l) for t, l in s if t >= t0]
if not before or not after:
    print(f"  lag {name:<9} not enough samples ({len(before)} before the fault, {len(after)} after)")
    sys.exit(0)
# Twice the usual lag before the fault (a single early sample may catch a start-up batch),
# or one second of all the load (the posts and BG_RATE) if that is more.
med = sorted(before)[len(before) // 2]
steady = max(2 * med, round(rate))
tp, peak = max(after, key=lambda x: x[1])
back = None
for i, (t, l) in enumerate(after):
    if t >= tp and l <= steady and all(x <= steady for _, x in after[i:]):
        back = t
        break
gaps = [b[0] - a[0] for a, b in zip(s, s[1:])]
where = (f"steady again {(back - t0) / 1000:.1f} s after the fault began, "
         f"{max(0, back - t1) / 1000:.1f} s after it ended" if back is not None
         else "not back to steady by the last sample")
print(f"  lag {name:<9} before the fault ~{med} (<= {max(before)}), peak {peak} at +{(tp - t0) / 1000:.1f} s; "
      f"{where} (steady: <= {steady}; {len(s)} samples, every {sum(gaps) / max(1, len(gaps)) / 1000:.1f} s; "
      f"longest without an answer {dark / 1000:.1f} s)")
PY
    done
}

# role_args ROLE : the arguments up.sh started ROLE with (after the role's name).
role_args() {
    case "$1" in
        process.*) echo "-c $C/$1.conf --instance ${1#process.}" ;;
        email) echo "--maildir $H/maildir" ;;
        *) echo "" ;;
    esac
}

# role_restart ROLE : SIGTERM, then start it again as up.sh did, as an upgrade does. The
# supervisor keeps its hands off ROLE meanwhile (two of one processor would fight).
role_restart() {
    local args rc=0
    read -r -a args <<<"$(role_args "$1")"
    touch "$H/hold.$1"
    sleep 1.5 # a supervisor round under way finishes
    ll_role_stop "$H" "$1"
    ll_role_start "$H" "$BIN" "$1" "${args[@]}" >/dev/null 2>&1 || {
        echo "faults.sh: $1 did not start again; see $H/logs/$1.log" >&2
        rc=1
    }
    rm -f "$H/hold.$1"
    return "$rc"
}

# broker_start B : broker B back on its ports, in the quorum.
broker_start() {
    ll_kafka_node_start "$H/kafka-libs" "$C/kafka$1" "$1" "${KP[$(($1 - 1))]}" "$((KP[$(($1 - 1))] + 1))" \
        "$KAFKA_VOTERS" "$CID" "$KAFKA_HEAP" >/dev/null 2>&1
}

# in_sync SECONDS : waits until every partition of the raw and enriched topics has all three
# replicas in sync again (a rolling restart must not take the next broker down before).
in_sync() {
    local deadline=$((SECONDS + $1)) short
    while :; do
        short=$(kcat -b "$LUISTERLOOP_KAFKA" -L -t "$raw" -t "$enriched" 2>/dev/null |
            awk '/partition/ && /isrs:/ { n = split($NF, a, ","); if (n < 3) c++ } END { print c + 0 }')
        [ "$short" = 0 ] && return 0
        [ "$SECONDS" -ge "$deadline" ] && { echo "faults.sh: replicas not in sync after $1 s" >&2; return 1; }
        sleep 2
    done
}

# What systemd's Restart=always does for every role (deploy/systemd): a role that died
# (kill -9, or one that left after a fatal consumer error, as escalate does when a broker's
# death fences its static membership) is started again. Of the processors only the first
# $H/processors.wanted: the scale fault changes it. The other roles: those up.sh started.
echo 3 >"$H/processors.wanted"
rm -f "$H/supervise.stop" "$H"/hold.* "$H/supervisor.log"
ROLES=()
for role in escalate detect aggregate dashboard phone balie email web; do
    [ -e "$H/run/$role.pid" ] && ROLES+=("$role") # not every build starts every role
done
supervise() {
    local i n role args
    while [ ! -e "$H/supervise.stop" ]; do
        for role in "${ROLES[@]}"; do
            [ -e "$H/hold.$role" ] && continue
            if ! ll_role_running "$H" "$role"; then
                echo "$(date +%s%3N) restart $role" >>"$H/supervisor.log"
                read -r -a args <<<"$(role_args "$role")"
                ll_role_start "$H" "$BIN" "$role" "${args[@]}" >/dev/null 2>&1 || true
            fi
        done
        n=$(cat "$H/processors.wanted" 2>/dev/null || echo 3)
        for i in $(seq 1 "$n"); do
            [ -e "$H/hold.process.$i" ] && continue
            if ! ll_role_running "$H" "process.$i"; then
                echo "$(date +%s%3N) restart process.$i" >>"$H/supervisor.log"
                ll_role_start "$H" "$BIN" "process.$i" -c "$C/process.$i.conf" --instance "$i" \
                    >/dev/null 2>&1 || true
            fi
        done
        sleep 1
    done
}
supervise &
SUPERVISOR=$!

leader_of_most() { # the broker id leading most partitions of the raw topic
    kcat -b "$LUISTERLOOP_KAFKA" -L -t "$raw" 2>/dev/null | awk '/leader/ {for (i = 1; i <= NF; i++) if ($i == "leader") c[$(i + 1)]++}
        END {best = 0; for (b in c) if (c[b] > best) {best = c[b]; id = b}; gsub(",", "", id); print id}'
}

fail=0
for fault in "${FAULTS[@]}"; do
    out=$H/load.$fault
    rm -f "$out.stop"
    if [ "$fault" = scale ]; then
        # From one processor: the other two leave before the load starts.
        echo 1 >"$H/processors.wanted"
        sleep 1.5 # a supervisor round under way finishes
        ll_role_stop "$H" process.3
        ll_role_stop "$H" process.2
        sleep 15 # their static memberships expire (session.timeout.ms 10 s) and process.1 takes all
    fi
    lag_start "$out"
    bg_start "$out"
    load "$LOAD_S" "$out" &
    loader=$!
    sleep $((LOAD_S / 4))
    t_fault=$(date +%s%3N)
    case "$fault" in
        broker-kill | broker-stop)
            b=$(leader_of_most)
            pid=$(cat "$C/kafka$b/kafka.pid")
            if [ "$fault" = broker-kill ]; then
                kill -9 "$pid"
                sleep 10
                broker_start "$b" || { echo "faults.sh: broker $b did not start again" >&2; fail=1; }
            else
                kill -STOP "$pid"
                sleep 30
                kill -CONT "$pid"
            fi
            what="broker $b"
            ;;
        processor-kill)
            kill -9 "$(cat "$H/run/process.2.pid")"
            what="processor 2 of 3"
            ;;
        redis-master-kill)
            pid=$(cat "$H/run/redis.pid")
            kill -9 "$pid"
            what="redis master (pid $pid)"
            ;;
        rolling-restart)
            for b in 1 2 3; do
                ll_kafka_stop "$C/kafka$b" >/dev/null 2>&1
                broker_start "$b" || { echo "faults.sh: broker $b did not start again" >&2; fail=1; }
                in_sync 180 || fail=1
            done
            for role in process.1 process.2 process.3 escalate detect aggregate dashboard phone balie email web; do
                [ -e "$H/run/$role.pid" ] || continue # not started by up.sh in this build
                role_restart "$role" || fail=1
                sleep 3
            done
            what="3 brokers, every role"
            ;;
        scale)
            echo 3 >"$H/processors.wanted" # the supervisor starts the two
            sleep $((LOAD_S / 4))
            ll_role_running "$H" process.2 && ll_role_running "$H" process.3 || fail=1
            echo 1 >"$H/processors.wanted"
            sleep 1.5
            ll_role_stop "$H" process.3
            ll_role_stop "$H" process.2
            what="processors 1 -> 3 -> 1"
            ;;
    esac
    t_fault_end=$(date +%s%3N)
    sleep $((LOAD_S / 4))
    touch "$out.stop"
    wait "$loader"
    loader=
    bg_stop
    t_load_end=$(date +%s%3N)
    acked=$(awk '$2 == 202' "$out" | wc -l)
    # The longest run of answers other than 202 (ms, first to last refused post).
    gap=$(awk '$2 != 202 { if (!s) s = $1; e = $1 } $2 == 202 && s { if (e - s > m) m = e - s; s = 0 } END { if (s && e - s > m) m = e - s; print m + 0 }' "$out")
    # Caught up: every acknowledged event enriched (or 180 s gone).
    deadline=$((SECONDS + 180))
    while :; do
        read -r lost dup split pause < <(audit "$out")
        [ "$lost" = 0 ] || [ "$SECONDS" -ge "$deadline" ] && break
        sleep 3
    done
    t_caught=$(date +%s%3N)
    restarts=$(grep -c 'restart process' "$H/supervisor.log" 2>/dev/null || true)
    others=$({ grep -v 'restart process' "$H/supervisor.log" 2>/dev/null || true; } | awk '{print $3}' | sort |
        uniq -c | awk '{printf "%s%s x%d", (NR > 1 ? ", " : ""), $2, $1}')
    printf '%-18s %-22s acked %5d  lost %d  duplicated %d  split threads %d  longest refusal %5d ms  longest pause on enriched %6d ms  caught up %6d ms after the load  processor restarts so far %s%s\n' \
        "$fault" "$what" "$acked" "$lost" "$dup" "$split" "$gap" "$pause" $((t_caught - t_load_end)) "${restarts:-0}" \
        "${others:+, other roles restarted so far: $others}"
    # A few more samples after the catch-up, so a lag that is only now back shows it.
    sleep 3
    lag_stop
    echo "$t_fault $t_fault_end" >"$out.times" # lag_report "$out" $(cat "$out.times") again
    lag_report "$out" "$t_fault" "$t_fault_end"
    [ "$lost" = 0 ] && [ "$dup" = 0 ] && [ "$split" = 0 ] && [ "$acked" -gt 0 ] || fail=1
    if [ "$fault" = scale ]; then
        echo 3 >"$H/processors.wanted" # the supervisor brings the other two back
        sleep 15
    fi
done
echo "command: tests/cluster/faults.sh ${FAULTS[*]} (LOAD_S=$LOAD_S RATE=$RATE BG_RATE=${BG_RATE:-100}; load average $(cut -d" " -f1-3 /proc/loadavg))"
exit "$fail"
