#!/usr/bin/env bash
# deploy/cluster/up.sh - the pipeline as production runs it, on this machine: three Kafka brokers
# (KRaft, a three-node controller quorum; topics with replication 3 and min.insync.replicas 2,
# unclean leader election off), Redis with one replica and three Sentinels (every role finds the
# master through them), N processors in one consumer group, and every other role. The same code
# paths as deploy/local/up.sh's single node: only addresses and the config differ. Idempotent.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. deploy/lib/stack.sh
. deploy/lib/build.sh
. deploy/lib/roles.sh

usage() { echo "usage: deploy/cluster/up.sh [--processors N] [--demo]"; }
DEMO=0
PROCS=3
while [ $# -gt 0 ]; do
    case "$1" in
        --demo) DEMO=1 ;;
        --processors)
            [ $# -ge 2 ] || { usage >&2; exit 2; }
            PROCS=$2
            shift
            ;;
        -h | --help) usage; exit 0 ;;
        *) echo "cluster/up.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done
case "$PROCS" in
    [1-9] | [1-3][0-9]) ;;
    *) echo "cluster/up.sh: --processors must be 1..39, not '$PROCS'" >&2; exit 2 ;;
esac

export LUISTERLOOP_HOME=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
H=$LUISTERLOOP_HOME
C=$H/cluster
BIN=$ROOT/build/luisterloop
mkdir -p "$H/run" "$H/logs" "$C"

# Ports: brokers 9092, 9094, 9096 (controllers one above each); Redis 6379 (master at start)
# and 6380 (replica); Sentinels 26379-26381; the roles' listeners as the shipped config has
# them, processor i's metrics on 8180+i. LL_CLUSTER_PORT_BASE moves all but the roles'.
# Where several stacks share a machine, three blocks of ports can be placed one by one:
#   LL_CLUSTER_KAFKA_PORT K   brokers K, K+2, K+4 (controllers K+1, K+3, K+5)
#   LL_CLUSTER_REDIS_PORT R   master R, replica R+1, Sentinels R+2..R+4
#   LL_CLUSTER_HTTP_PORT H    web H, phone H+1 (TCP H+2), balie H+3, dashboard H+4, metrics of
#                             escalate H+5, detect H+6, aggregate H+7; processor i's H+9+i
#   LL_CLUSTER_HTTP_PORT=auto the same listeners each on a port the kernel picks from its
#                             ephemeral range (ip_local_port_range, 32768-60999 here), which no
#                             fixed port of a stack (all below it) can be; kept in http.ports,
#                             so a second run and a restarted role use the same ones
B=${LL_CLUSTER_PORT_BASE:-0}
K=${LL_CLUSTER_KAFKA_PORT:-$((9092 + B))}
KP=("$K" $((K + 2)) $((K + 4)))
if [ -n "${LL_CLUSTER_REDIS_PORT:-}" ]; then
    RP=$LL_CLUSTER_REDIS_PORT RRP=$((LL_CLUSTER_REDIS_PORT + 1))
    SP=($((RP + 2)) $((RP + 3)) $((RP + 4)))
else
    RP=$((6379 + B)) RRP=$((6380 + B))
    SP=($((26379 + B)) $((26380 + B)) $((26381 + B)))
fi
HP=${LL_CLUSTER_HTTP_PORT:-}
HPN=$HP # the number to check
[ "$HP" != auto ] || HPN=
for p in "${LL_CLUSTER_KAFKA_PORT:-$K}" "${LL_CLUSTER_REDIS_PORT:-$RP}" "${KP[@]}" "$RP" "${SP[@]}" \
    ${HPN:+"$HPN"}; do
    case "$p" in
        [1-9] | [1-9][0-9] | [1-9][0-9][0-9] | [1-9][0-9][0-9][0-9] | [1-5][0-9][0-9][0-9][0-9] | 6[0-4][0-9][0-9][0-9]) ;;
        *) echo "cluster/up.sh: port '$p' (from LL_CLUSTER_*) is not a port below 65000" >&2; exit 2 ;;
    esac
done
# http_port OFFSET: the listener at H+OFFSET of the plan above (auto: line OFFSET+1 of http.ports).
http_port() {
    if [ "$HP" = auto ]; then sed -n "$(($1 + 1))p" "$C/http.ports"; else echo $((HP + $1)); fi
}
if [ "$HP" = auto ]; then
    # Ten for the roles (one spare), one per processor; more are added when --processors grows.
    have=$(wc -l <"$C/http.ports" 2>/dev/null || echo 0)
    want=$((10 + PROCS))
    if [ "$have" -lt "$want" ]; then
        # Bound together, so the kernel cannot hand out one port twice; none already kept.
        python3 - "$((want - have))" "$C/http.ports" <<'PY' >>"$C/http.ports"
import socket, sys
n, path = int(sys.argv[1]), sys.argv[2]
try:
    kept = {int(l) for l in open(path) if l.strip()}
except FileNotFoundError:
    kept = set()
socks = []
while len(socks) < n:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    if s.getsockname()[1] in kept:
        continue  # held open, so it is not offered again
    socks.append(s)
for s in socks:
    print(s.getsockname()[1])
PY
    fi
fi
proc_metrics_port() { # I: processor I's metrics port
    if [ -n "$HP" ]; then http_port $((9 + $1)); else echo $((8180 + B + $1)); fi
}
MASTER=luisterloop
KAFKA="127.0.0.1:${KP[0]},127.0.0.1:${KP[1]},127.0.0.1:${KP[2]}"
REDIS="redis+sentinel://127.0.0.1:${SP[0]},127.0.0.1:${SP[1]},127.0.0.1:${SP[2]}/$MASTER"
export LUISTERLOOP_KAFKA=$KAFKA LUISTERLOOP_REDIS=$REDIS

echo "== dependencies and build"
ll_build_deps
ll_dashboard_deps --omit=dev
ll_kafka_fetch "$H/kafka-libs"
ll_build "$ROOT/build"

echo "== Kafka: three brokers, one controller quorum ($KAFKA)"
[ -s "$C/cluster.id" ] || _ll_kafka_cluster_id >"$C/cluster.id"
CID=$(cat "$C/cluster.id")
VOTERS="1@127.0.0.1:$((KP[0] + 1)),2@127.0.0.1:$((KP[1] + 1)),3@127.0.0.1:$((KP[2] + 1))"
# A node serves only once a quorum of voters runs: start all three together.
pids=()
for i in 1 2 3; do
    ll_kafka_node_start "$H/kafka-libs" "$C/kafka$i" "$i" "${KP[$((i - 1))]}" "$((KP[$((i - 1))] + 1))" \
        "$VOTERS" "$CID" "${LL_CLUSTER_KAFKA_HEAP:-512m}" &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
for i in 1 2 3; do ln -sf "$C/kafka$i/kafka.pid" "$H/run/kafka.$i.pid"; done
# What a script that restarts one node needs (tests/cluster/faults.sh).
cat >"$C/nodes.env" <<NODES
KAFKA_PORTS="${KP[*]}"
KAFKA_VOTERS=$VOTERS
KAFKA_HEAP=${LL_CLUSTER_KAFKA_HEAP:-512m}
REDIS_PORTS="$RP $RRP"
SENTINEL_PORTS="${SP[*]}"
NODES

echo "== Redis: master, replica, three Sentinels"
ll_redis_start "$C/redis" "$RP" aof
ll_redis_replica_start "$C/redis-replica" "$RRP" "$RP"
for i in 1 2 3; do
    ll_sentinel_start "$C/sentinel$i" "${SP[$((i - 1))]}" "$MASTER" "$RP" 2
    ln -sf "$C/sentinel$i/sentinel.pid" "$H/run/sentinel.$i.pid"
done
ln -sf "$C/redis/redis.pid" "$H/run/redis.pid"
ln -sf "$C/redis-replica/redis.pid" "$H/run/redis-replica.pid"

ll_pseudonym_key "$H"

# The shipped config with what a cluster changes: replication 3, a batch's Redis writes
# confirmed by the replica before its commit, and one metrics port per processor.
conf_set() { # FILE SECTION KEY VALUE: replace KEY in [SECTION] (it must be there)
    awk -v s="[$2]" -v k="$3" -v v="$4" '
        $0 == s { f = 1; print; next }
        /^\[/ { f = 0 }
        f && $1 == k { print k " = " v; done = 1; next }
        { print }
        END { if (!done) exit 3 }' "$1" >"$1.tmp" && mv "$1.tmp" "$1"
}
CONF=$C/luisterloop.conf
# Tokens of its own (the sample's are refused outside --demo), rule files from config/, dead
# letters sealed to this installation's key.
[ -s "$C/dlq/dlq.pub" ] || (umask 077 && mkdir -p "$C/dlq" && "$BIN" dlq keygen "$C/dlq" >/dev/null)
ll_config_local "$ROOT/config/luisterloop.conf" "$CONF" "$C/tokens" "$C/dlq/dlq.pub"
conf_set "$CONF" topics replication 3
# The addresses in the file too, so a role restarted without this script's environment (a
# supervisor, a systemd unit) still finds the cluster.
conf_set "$CONF" common brokers "$KAFKA"
conf_set "$CONF" common redis "$REDIS"
conf_set "$CONF" process redis_wait_replicas "${LL_CLUSTER_WAIT_REPLICAS:-1}"
if [ -n "$HP" ]; then
    conf_set "$CONF" web listen "127.0.0.1:$(http_port 0)"
    # The form funnel from this web role, not from a local stack's on the default port (D2).
    conf_set "$CONF" dashboard web_metrics "127.0.0.1:$(http_port 0)"
    conf_set "$CONF" phone listen "127.0.0.1:$(http_port 1)"
    conf_set "$CONF" phone tcp_listen "127.0.0.1:$(http_port 2)"
    conf_set "$CONF" balie listen "127.0.0.1:$(http_port 3)"
    conf_set "$CONF" dashboard listen "127.0.0.1:$(http_port 4)"
    conf_set "$CONF" escalate metrics_listen "127.0.0.1:$(http_port 5)"
    conf_set "$CONF" detect metrics_listen "127.0.0.1:$(http_port 6)"
    conf_set "$CONF" aggregate metrics_listen "127.0.0.1:$(http_port 7)"
    conf_set "$CONF" email metrics_listen "127.0.0.1:$(http_port 8)"
    # Not started here: no listener of a local stack's named in this config.
    conf_set "$CONF" alertmanager metrics_listen ""
    conf_set "$CONF" internetaken metrics_listen ""
fi
export LUISTERLOOP_CONFIG=$CONF
"$BIN" check-config >/dev/null

echo "== topics (replication 3)"
"$BIN" topics

echo "== roles"
for i in $(seq 1 "$PROCS"); do
    pc=$C/process.$i.conf
    cp "$CONF" "$pc"
    conf_set "$pc" process metrics_listen "127.0.0.1:$(proc_metrics_port "$i")"
    ll_role_start "$H" "$BIN" "process.$i" -c "$pc" --instance "$i"
done
ll_roles_start "$H" "$BIN" escalate dashboard web phone balie email
# Roles that are not in every build or need more config: started when they can be. With
# --demo the detector alerts after minutes, not days, as deploy/local/up.sh's does.
ll_detect_start "$H" "$BIN" "$DEMO" 2>/dev/null || echo "cluster/up.sh: detect not started (see $H/logs/detect.log)"
ll_role_start "$H" "$BIN" aggregate 2>/dev/null || echo "cluster/up.sh: aggregate not started (see $H/logs/aggregate.log)"

conf_get() { ll_conf_get "$CONF" "$@"; }
WEB=$(conf_get web listen)
DASH=$(conf_get dashboard listen)
ll_roles_wait_ready "$H" "$CONF" || exit 1
ll_local_env "$H" "$CONF" "$KAFKA" "$REDIS"

if [ "$DEMO" = 1 ]; then
    # The local demo's traffic and spike (deploy/lib/roles.sh): an alert after about eight minutes.
    ll_demo_traffic "$H" "$BIN" "$H/maildir"
fi

cat <<MSG

luisterloop cluster is running.
  kafka       $KAFKA   (replication 3, min.insync.replicas 2)
  redis       $REDIS   (master 127.0.0.1:$RP, replica 127.0.0.1:$RRP)
  processors  $PROCS in group $(conf_get process group)   (metrics 127.0.0.1:$(proc_metrics_port 1)..)
  intake      POST http://$WEB/v1/feedback   dashboard http://$DASH/
  pids        $H/run/   logs $H/logs/   endpoints $H/local.env
  stop        deploy/cluster/down.sh   (--purge also deletes the data)
MSG
