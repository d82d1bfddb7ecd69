#!/usr/bin/env bash
# tests/bench/escalate.sh - escalation latency on a real Kafka and Redis of its own: web ->
# process -> escalate, POST /v1/feedback offered at a fixed rate with a share of critical
# messages; for each critical one, the time from its 202 to its entry on the crisis team's
# stream ll:esc:{crisis} (bench_escalate_probe), p50/p90/p99. Also the escalate role's Redis
# round trips per batch and transactions from its /metrics. Not part of tests/run.sh.
#
#   tests/bench/escalate.sh [RATE [SECONDS]]     (default 100 events/s for 70 s)
#   env: CRITICAL_SHARE (default 0.2), WARMUP_S (not measured, default 10),
#        LOG_LEVEL (of every role, default warn), KEEP_STACK=1 (leave the stack running to look
#        into it; stop it with the same command and KEEP_STACK unset),
#        LL_BENCH_KAFKA_PORT (and the next one for its controller), LL_BENCH_REDIS_PORT,
#        LL_BENCH_HTTP_PORT (and the next two: web, process and escalate), so that two
#        checkouts on one machine can run it side by side; PROCESS_TXNS (the processor's
#        transactions_in_flight, default: the shipped value) for an A/B of that setting
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. tests/bench/lib.sh
. deploy/lib/roles.sh

RATE=${1:-100}
SECONDS_RUN=${2:-70}
case "$RATE$SECONDS_RUN" in '' | *[!0-9]*) echo "usage: $0 [RATE [SECONDS]]" >&2; exit 2 ;; esac
WARMUP_S=${WARMUP_S:-10}
CRITICAL_SHARE=${CRITICAL_SHARE:-0.2}
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-escalate
KPORT=${LL_BENCH_KAFKA_PORT:-19596}
RPORT=${LL_BENCH_REDIS_PORT:-16883}
WPORT=${LL_BENCH_HTTP_PORT:-18590}
PPORT=$((WPORT + 1))
EPORT=$((WPORT + 2))
TOKEN=bench-token-0123456789abcdef
KEY=bench-pseudonym-key-0123456789
BIN=$ROOT/build/luisterloop

ll_bench_build bench_escalate_probe

cleanup() {
    local r
    for r in escalate process web; do ll_role_stop "$B" "$r" || true; done
    ll_kafka_stop "$B/kafka" || true
    ll_redis_stop "$B/redis" || true
}
trap '[ "${KEEP_STACK:-}" = 1 ] || cleanup' EXIT
cleanup
# Escalation queues are work in progress for people: the production Redis keeps an AOF.
ll_bench_stack "$B" "$KPORT" 1g "$RPORT" aof

cat >"$B/bench.conf" <<CONF
$(ll_bench_conf "$KPORT" "$RPORT" "${LOG_LEVEL:-warn}" bench.enriched)
[web]
listen = 127.0.0.1:$WPORT
token.bench = $TOKEN
kafka.linger.ms = 2
[process]
group = bench-process
transactional_id = bench-process-0
metrics_listen = 127.0.0.1:$PPORT
$([ -n "${PROCESS_TXNS:-}" ] && echo "transactions_in_flight = $PROCESS_TXNS")
$(ll_bench_rules)
[escalate]
# The shipped defaults and routing of config/luisterloop.conf.
group = bench-escalate
transactional_id = bench-escalate-0
metrics_listen = 127.0.0.1:$EPORT
$(awk '/^\[escalate\]/{f=1;next} /^\[/{f=0} f && /^(route|default_team) *=/' config/luisterloop.conf)
CONF
"$BIN" topics -c "$B/bench.conf" 2>/dev/null

export LUISTERLOOP_PSEUDONYM_KEY=$KEY
for r in process escalate web; do ll_role_start "$B" "$BIN" "$r" -c "$B/bench.conf"; done
for p in $WPORT $PPORT $EPORT; do ll_wait_ready "http://127.0.0.1:$p/readyz" "$B"; done
metric() { ll_bench_metric "$EPORT" "$1"; }
steal() { awk '$1 == "cpu" {print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }

echo "== escalation latency: $RATE events/s for $SECONDS_RUN s (first $WARMUP_S s not measured), $CRITICAL_SHARE critical"
s0=$(steal)
"$ROOT/build/tests/bench_escalate_probe" "$WPORT" "$TOKEN" "127.0.0.1:$RPORT" 'll:esc:{crisis}' \
    "$RATE" "$SECONDS_RUN" "$WARMUP_S" "$CRITICAL_SHARE"
s1=$(steal)
echo "escalate: $(metric ll_escalate_escalations_total) escalations, $(metric ll_escalate_transactions_total) transactions, $(metric ll_escalate_redis_roundtrips_total) Redis round trips, $(metric ll_escalate_duplicates_total) duplicates"
hist() { # PORT FAMILY: the histogram's p50/p90/p99 upper bucket bounds, in ms
    curl -fs "http://127.0.0.1:$1/metrics" | awk -v f="$2_bucket" '
        index($1, f) == 1 { match($1, /le="[^"]*"/); le = substr($1, RSTART + 4, RLENGTH - 5);
                            n++; b[n] = le; c[n] = $2 }
        END { t = c[n]; split("0.5 0.9 0.99", q, " ");
              for (j = 1; j <= 3; j++) { for (i = 1; i <= n; i++) if (c[i] >= q[j] * t) break;
                  printf "p%s <= %s s%s", q[j] * 100, b[i], j < 3 ? ", " : "\n" } }'
}
echo "escalate: input timestamp -> entry on its stream: $(hist "$EPORT" ll_escalate_stream_delay_seconds)"
echo "escalate: batch start -> commit: $(hist "$EPORT" ll_escalate_batch_seconds)"
echo "process: batch start -> commit: $(hist "$PPORT" ll_process_batch_seconds)"
echo "process: commit_transaction: $(hist "$PPORT" ll_process_commit_seconds)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
echo "host CPU stolen over the run: $(echo "$s0 $s1" | awk '{d = $4 - $2; printf "%.0f%%", d ? 100 * ($3 - $1) / d : 0}')"
echo "command: tests/bench/escalate.sh $RATE $SECONDS_RUN (CRITICAL_SHARE=$CRITICAL_SHARE WARMUP_S=$WARMUP_S${PROCESS_TXNS:+ PROCESS_TXNS=$PROCESS_TXNS})"
