#!/usr/bin/env bash
# deploy/local/down.sh - stops every role, Kafka and Redis of the local stack; --purge also
# deletes the local data. Idempotent.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. deploy/lib/stack.sh
. deploy/lib/roles.sh

PURGE=0
for a in "$@"; do
    case "$a" in
        --purge) PURGE=1 ;;
        -h | --help)
            echo "usage: deploy/local/down.sh [--purge]"
            exit 0
            ;;
        *)
            echo "down.sh: unknown option '$a' (try --help)" >&2
            exit 2
            ;;
    esac
done

H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
ll_roles_stop_all "$H"
ll_kafka_stop "$H/kafka" || true
ll_redis_stop "$H/redis" || true
rm -f "$H/run/kafka.pid" "$H/run/redis.pid"
if [ "$PURGE" = 1 ]; then
    # Only the data of the stack; the fetched Kafka jars are kept.
    rm -rf "$H/kafka" "$H/redis" "$H/logs" "$H/run" "$H/local.env" "$H/test-stack"
    echo "luisterloop: stopped and purged $H"
else
    echo "luisterloop: stopped (data kept in $H)"
fi
