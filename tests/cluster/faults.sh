#!/usr/bin/env bash
# tests/cluster/faults.sh - faults under steady load on a three-broker cluster with Redis
# behind Sentinel, each checked with an exact audit: every event the intake acknowledged
# (202) is on feedback.enriched exactly once (read_committed), and every citizen's contacts
# on one theme stay one thread.
#
# usage: tests/cluster/faults.sh [FAULT...]   FAULT: broker-kill broker-stop processor-kill
#                                              redis-master-kill   (default: all four)
# Knobs: LOAD_S (seconds of load per fault, default 40), RATE (posts/s, default 20),
# LL_CLUSTER_PORT_BASE (default 3000), KEEP=1 leaves the cluster running.
# Prints, per fault: acknowledged, lost, duplicated, split threads, the longest window of
# non-202 answers, and how long the pipeline took to catch up. Exit 0 only if all hold.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. deploy/lib/stack.sh
. deploy/lib/roles.sh

FAULTS=("$@")
[ ${#FAULTS[@]} -gt 0 ] || FAULTS=(broker-kill broker-stop processor-kill redis-master-kill)
LOAD_S=${LOAD_S:-40}
RATE=${RATE:-20}
export LL_CLUSTER_PORT_BASE=${LL_CLUSTER_PORT_BASE:-3000}
export LUISTERLOOP_HOME=${LL_FAULTS_HOME:-$ROOT/.luisterloop/faults}
H=$LUISTERLOOP_HOME
mkdir -p "$H"
if [ -d "$ROOT/.luisterloop/kafka-libs" ] && [ ! -e "$H/kafka-libs" ]; then
    ln -s "$ROOT/.luisterloop/kafka-libs" "$H/kafka-libs"
fi

SUPERVISOR=
cleanup() {
    local rc=$?
    [ -z "$SUPERVISOR" ] || kill "$SUPERVISOR" 2>/dev/null || true
    [ "${KEEP:-0}" = 1 ] || deploy/cluster/down.sh --purge >/dev/null 2>&1 || true
    exit "$rc"
}
trap cleanup EXIT

deploy/cluster/down.sh --purge >/dev/null 2>&1 || true
deploy/cluster/up.sh --processors 3 >"$H/up.log" 2>&1 || { tail -30 "$H/up.log"; exit 1; }
# shellcheck disable=SC1091
. "$H/local.env"
C=$H/cluster
B=$LL_CLUSTER_PORT_BASE
KP=($((9092 + B)) $((9094 + B)) $((9096 + B)))
VOTERS="1@127.0.0.1:$((KP[0] + 1)),2@127.0.0.1:$((KP[1] + 1)),3@127.0.0.1:$((KP[2] + 1))"
CID=$(cat "$C/cluster.id")
raw=$(awk '$0=="[topics]"{f=1;next} /^\[/{f=0} f && $1=="raw"{print $3; exit}' "$LUISTERLOOP_CONFIG")
enriched=$(awk '$0=="[topics]"{f=1;next} /^\[/{f=0} f && $1=="enriched"{print $3; exit}' "$LUISTERLOOP_CONFIG")
group=$(awk '$0=="[process]"{f=1;next} /^\[/{f=0} f && $1=="group"{print $3; exit}' "$LUISTERLOOP_CONFIG")
raw=${raw:-feedback.raw} enriched=${enriched:-feedback.enriched} group=${group:-luisterloop-process}

# load SECONDS OUT : posts at RATE/s, one line per post "ms status id" in OUT.
load() {
    local secs=$1 out=$2 n=0 end body st id t
    end=$((SECONDS + secs))
    : >"$out"
    while [ "$SECONDS" -lt "$end" ]; do
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

# audit OUT : prints "lost duplicated split" for the acknowledged posts of OUT against
# what feedback.enriched holds now (read_committed).
audit() {
    kcat -b "$LUISTERLOOP_KAFKA" -C -t "$enriched" -X isolation.level=read_committed -e -q \
        -f '%s\n' >"$1.enriched" 2>/dev/null || true
    python3 - "$1" "$1.enriched" <<'PY'
import json, sys, collections
acked = [l.split()[2] for l in open(sys.argv[1]) if l.split()[1] == "202"]
want = set(acked)
hits = collections.Counter()
threads = collections.defaultdict(set)
for line in open(sys.argv[2]):
    try:
        ev = json.loads(line)
    except ValueError:
        continue
    hits[ev["id"]] += 1
    d = ev.get("data", {})
    ps = (d.get("citizen") or {}).get("pseudonym")
    th = (d.get("thread") or {}).get("id")
    if ps and th and ev["id"] in want:
        threads[ps].add(th)
lost = sum(1 for i in acked if hits[i] == 0)
dup = sum(1 for i in acked if hits[i] > 1)
split = sum(len(t) - 1 for t in threads.values())
print(lost, dup, split)
PY
}

# What systemd's Restart=always does for the processors (deploy/systemd): a processor that
# died (kill -9, or one that left after a fatal consumer error) is started again.
supervise() {
    local i
    while :; do
        for i in 1 2 3; do
            if ! ll_role_running "$H" "process.$i"; then
                echo "$(date +%s%3N) restart process.$i" >>"$H/supervisor.log"
                ll_role_start "$H" "$ROOT/build/luisterloop" "process.$i" -c "$C/process.$i.conf" --instance "$i" \
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
    load "$LOAD_S" "$out" &
    loader=$!
    sleep $((LOAD_S / 4))
    case "$fault" in
        broker-kill | broker-stop)
            b=$(leader_of_most)
            pid=$(cat "$C/kafka$b/kafka.pid")
            if [ "$fault" = broker-kill ]; then
                kill -9 "$pid"
                sleep 10
                ll_kafka_node_start "$H/kafka-libs" "$C/kafka$b" "$b" "${KP[$((b - 1))]}" "$((KP[$((b - 1))] + 1))" \
                    "$VOTERS" "$CID" 640m >/dev/null 2>&1
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
        *) echo "faults.sh: unknown fault '$fault'" >&2; exit 2 ;;
    esac
    wait "$loader"
    t_load_end=$(date +%s%3N)
    acked=$(awk '$2 == 202' "$out" | wc -l)
    # The longest run of answers other than 202 (ms, first to last refused post).
    gap=$(awk '$2 != 202 { if (!s) s = $1; e = $1 } $2 == 202 && s { if (e - s > m) m = e - s; s = 0 } END { if (s && e - s > m) m = e - s; print m + 0 }' "$out")
    # Caught up: every acknowledged event enriched (or 180 s gone).
    deadline=$((SECONDS + 180))
    while :; do
        read -r lost dup split < <(audit "$out")
        [ "$lost" = 0 ] || [ "$SECONDS" -ge "$deadline" ] && break
        sleep 3
    done
    t_caught=$(date +%s%3N)
    restarts=$(grep -c restart "$H/supervisor.log" 2>/dev/null || true)
    printf '%-18s %-22s acked %5d  lost %d  duplicated %d  split threads %d  longest refusal %5d ms  caught up %6d ms after the load  processor restarts so far %s\n' \
        "$fault" "$what" "$acked" "$lost" "$dup" "$split" "$gap" $((t_caught - t_load_end)) "${restarts:-0}"
    [ "$lost" = 0 ] && [ "$dup" = 0 ] && [ "$split" = 0 ] || fail=1
done
echo "command: tests/cluster/faults.sh ${FAULTS[*]} (LOAD_S=$LOAD_S RATE=$RATE)"
exit "$fail"
