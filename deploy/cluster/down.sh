#!/usr/bin/env bash
# deploy/cluster/down.sh - stops every role, the three brokers, the Sentinels and both Redis of
# the cluster; --purge also deletes the cluster's data. Idempotent.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. deploy/lib/stack.sh
. deploy/lib/roles.sh

PURGE=0
for a in "$@"; do
    case "$a" in
        --purge) PURGE=1 ;;
        -h | --help) echo "usage: deploy/cluster/down.sh [--purge]"; exit 0 ;;
        *) echo "cluster/down.sh: unknown option '$a' (try --help)" >&2; exit 2 ;;
    esac
done

H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
C=$H/cluster
ll_roles_stop_all "$H"
for i in 1 2 3; do ll_sentinel_stop "$C/sentinel$i" || true; done
ll_redis_stop "$C/redis-replica" || true
ll_redis_stop "$C/redis" || true
for i in 1 2 3; do ll_kafka_stop "$C/kafka$i" || true; done
rm -f "$H"/run/kafka.?.pid "$H"/run/sentinel.?.pid "$H/run/redis.pid" "$H/run/redis-replica.pid"
if [ "$PURGE" = 1 ]; then
    rm -rf "$C" "$H/local.env"
    echo "luisterloop cluster: stopped and purged $C"
else
    echo "luisterloop cluster: stopped (data kept in $C)"
fi
