#!/usr/bin/env bash
# Self-test of deploy/lib/stack.sh: real Kafka (KRaft) + Redis up, topic, kcat produce/consume, restart, down.
#
# Usage: deploy/lib/stack-selftest.sh
#   LL_KAFKA_LIBDIR  jar dir (default ~/.cache/luisterloop/kafka-libs, fetched with Maven if empty)
#   LL_SELFTEST_DIR  data dir to use and keep (default: a fresh temp dir, removed at the end)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=deploy/lib/stack.sh
. "$here/stack.sh"

KPORT=19192
CPORT=19193
RPORT=16479
HEAP=768m
LIBDIR=${LL_KAFKA_LIBDIR:-${XDG_CACHE_HOME:-$HOME/.cache}/luisterloop/kafka-libs}
if [ -n "${LL_SELFTEST_DIR:-}" ]; then
    WORK=$LL_SELFTEST_DIR
    keep=1
else
    WORK=$(mktemp -d /tmp/ll-stack-selftest.XXXXXX)
    keep=0
fi
KDATA=$WORK/kafka
RDATA=$WORK/redis

cleanup() {
    local rc=$?
    ll_kafka_stop "$KDATA" || rc=1
    ll_redis_stop "$RDATA" || rc=1
    if [ "$keep" = 0 ]; then rm -rf "$WORK"; fi
    if [ "$rc" = 0 ]; then echo "selftest: PASS"; else echo "selftest: FAIL" >&2; fi
    exit "$rc"
}
trap cleanup EXIT

fail() { echo "selftest: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

ll_kafka_fetch "$LIBDIR"

# --- Kafka: cold start (formats unless LL_SELFTEST_DIR was already used), then no-op start.
formatted_before=no
[ -e "$KDATA/kraft-logs/meta.properties" ] && formatted_before=yes
t0=$(now)
ll_kafka_start "$LIBDIR" "$KDATA" "$KPORT" "$CPORT" "$HEAP"
echo "selftest: kafka ready in $(elapsed "$t0") s (already formatted: $formatted_before)"
pid1=$(cat "$KDATA/kafka.pid")
t0=$(now)
ll_kafka_start "$LIBDIR" "$KDATA" "$KPORT" "$CPORT" "$HEAP"
[ "$(cat "$KDATA/kafka.pid")" = "$pid1" ] || fail "second ll_kafka_start was not a no-op"
echo "selftest: idempotent ll_kafka_start took $(elapsed "$t0") s"

# --- Topic via the Kafka CLI classes (not kcat).
BOOT=127.0.0.1:$KPORT
topic_tool() { java -Xmx256m -cp "$LIBDIR/*" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOT" "$@"; }
if ! topic_tool --list | grep -qx t; then
    topic_tool --create --topic t --partitions 3 --replication-factor 1
fi
topic_tool --describe --topic t | grep -q 'PartitionCount: 3' || fail "topic t does not have 3 partitions"

# --- kcat (librdkafka) produce and consume: 3 keyed messages, idempotent producer, acks=all.
tag=$(date +%s%N)
want=$(printf 'k1:%s-a\nk2:%s-b\nk3:%s-c\n' "$tag" "$tag" "$tag")
printf '%s\n' "$want" | kcat -P -b "$BOOT" -t t -K : -X enable.idempotence=true -X acks=all
got=$(kcat -C -b "$BOOT" -t t -o beginning -e -q -f '%k:%s\n' | grep -F -- "$tag" | sort)
[ "$got" = "$want" ] || fail "kcat consume mismatch: got [$got] want [$want]"
echo "selftest: kcat produced and consumed 3 messages"

# --- Consumer group path (JoinGroup/SyncGroup/OffsetCommit) through kcat -G.
got=$(timeout 60 kcat -b "$BOOT" -G "selftest-$tag" -o beginning -e -q -f '%k:%s\n' t | grep -F -- "$tag" | sort) || true
[ "$got" = "$want" ] || fail "kcat -G consume mismatch: got [$got] want [$want]"
echo "selftest: kcat consumer group read the 3 messages"

# --- Redis: start, no-op start, round trip.
ll_redis_start "$RDATA" "$RPORT" none
ll_redis_start "$RDATA" "$RPORT" none
[ "$(redis-cli -p "$RPORT" set ll:selftest "$tag")" = OK ] || fail "redis SET failed"
[ "$(redis-cli -p "$RPORT" get ll:selftest)" = "$tag" ] || fail "redis GET mismatch"
echo "selftest: redis round trip ok"

# --- Restart Kafka on the same data dir: format must be skipped, data must survive.
ll_kafka_stop "$KDATA"
[ ! -e "$KDATA/kafka.pid" ] || fail "kafka.pid left behind after stop"
ll_kafka_stop "$KDATA"
t0=$(now)
ll_kafka_start "$LIBDIR" "$KDATA" "$KPORT" "$CPORT" "$HEAP"
echo "selftest: kafka restart (format skipped) ready in $(elapsed "$t0") s"
got=$(kcat -C -b "$BOOT" -t t -o beginning -e -q -f '%k:%s\n' | grep -F -- "$tag" | sort)
[ "$got" = "$want" ] || fail "messages lost across restart: got [$got]"
echo "selftest: messages survived the restart"

ll_redis_stop "$RDATA"
ll_redis_stop "$RDATA"
[ ! -e "$RDATA/redis.pid" ] || fail "redis.pid left behind after stop"
