#!/usr/bin/env bash
# deploy/local/up.sh - the whole pipeline on this machine: installs what is missing, builds,
# starts Kafka (KRaft) and Redis on loopback, creates the topics, starts every role.
# Idempotent. --demo also starts simulated citizen traffic.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. deploy/lib/stack.sh
. deploy/lib/build.sh
. deploy/lib/roles.sh

DEMO=0
for a in "$@"; do
    case "$a" in
        --demo) DEMO=1 ;;
        -h | --help)
            echo "usage: deploy/local/up.sh [--demo]"
            exit 0
            ;;
        *)
            echo "up.sh: unknown option '$a' (try --help)" >&2
            exit 2
            ;;
    esac
done

export LUISTERLOOP_HOME=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
export LUISTERLOOP_CONFIG=${LUISTERLOOP_CONFIG:-$ROOT/config/luisterloop.conf}
H=$LUISTERLOOP_HOME
BIN=$ROOT/build/luisterloop
mkdir -p "$H/run" "$H/logs"

KAFKA=${LUISTERLOOP_KAFKA:-127.0.0.1:9092}
REDIS=${LUISTERLOOP_REDIS:-127.0.0.1:6379}
KAFKA_PORT=${KAFKA##*:}
REDIS_PORT=${REDIS##*:}
export LUISTERLOOP_KAFKA=$KAFKA LUISTERLOOP_REDIS=$REDIS

echo "== dependencies and build"
ll_build_deps
ll_kafka_fetch "$H/kafka-libs"
ll_build "$ROOT/build"
ll_dashboard_deps --omit=dev
# The operator key pair of this installation: dead letters keep their originals
# sealed to dlq.pub; `luisterloop dlq show|replay --key $H/dlq/dlq.key` opens them.
[ -s "$H/dlq/dlq.pub" ] || (umask 077 && mkdir -p "$H/dlq" && "$BIN" dlq keygen "$H/dlq" >/dev/null)
if [ "$LUISTERLOOP_CONFIG" = "$ROOT/config/luisterloop.conf" ]; then
    ll_config_local "$LUISTERLOOP_CONFIG" "$H/luisterloop.conf" "$H/tokens" "$H/dlq/dlq.pub"
    export LUISTERLOOP_CONFIG=$H/luisterloop.conf
fi
"$BIN" check-config >/dev/null

echo "== Kafka on $KAFKA, Redis on $REDIS (data in $H)"
ll_kafka_start "$H/kafka-libs" "$H/kafka" "$KAFKA_PORT" "$((KAFKA_PORT + 1))" 768m
ln -sf "$H/kafka/kafka.pid" "$H/run/kafka.pid"
ll_redis_start "$H/redis" "$REDIS_PORT" aof
ln -sf "$H/redis/redis.pid" "$H/run/redis.pid"

# A pseudonym key of this installation, made once and kept out of git.
ll_pseudonym_key "$H"

# A demo admin and a tool token for the dashboard, made once per installation
# (the users file holds only their argon2id and BLAKE2b hashes).
if [ ! -s "$H/dashboard.password" ]; then
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$H/dashboard.password")
    "$BIN" user add demo --role admin <"$H/dashboard.password" 2>/dev/null
fi
if [ ! -s "$H/dashboard.token" ]; then
    (umask 077 && "$BIN" user token tools --role admin >"$H/dashboard.token")
fi

echo "== topics"
"$BIN" topics

echo "== roles"
ll_roles_start "$H" "$BIN" process escalate aggregate dashboard web phone balie email
# With --demo it alerts after minutes, not days (deploy/lib/roles.sh).
ll_detect_start "$H" "$BIN" "$DEMO"

conf_get() { ll_conf_get "$LUISTERLOOP_CONFIG" "$@"; }
token_of() { ll_conf_token "$LUISTERLOOP_CONFIG" "$1"; }
WEB=$(conf_get web listen)
DASH=$(conf_get dashboard listen)
TOKEN=$(token_of web)
PHONE=$(conf_get phone listen)
PHONE_TCP=$(conf_get phone tcp_listen)
BALIE=$(conf_get balie listen)
ESCALATE=$(conf_get escalate metrics_listen)
AGGREGATE=$(conf_get aggregate metrics_listen)
DETECT=$(conf_get detect metrics_listen)
# Alertmanager forwarding only for teams that have one: [alertmanager] url.
AM_URL=$(conf_get alertmanager url)
if [ -n "$AM_URL" ]; then
    ll_role_start "$H" "$BIN" alertmanager
fi
# Klantinteracties (Open Klant, KISS) only where there is one: [klantinteracties] api_url.
KI_API=$(conf_get klantinteracties api_url)
KI=$(conf_get klantinteracties listen)
if [ -n "$KI_API" ]; then
    ll_role_start "$H" "$BIN" klantinteracties
fi
IT_API=$(conf_get internetaken api_url)
if [ -n "$IT_API" ]; then
    ll_role_start "$H" "$BIN" internetaken
fi

ll_roles_wait_ready "$H" "$LUISTERLOOP_CONFIG"
[ -n "$ESCALATE" ] && ll_wait_ready "http://$ESCALATE/readyz" "$H" escalate
[ -n "$AGGREGATE" ] && ll_wait_ready "http://$AGGREGATE/readyz" "$H" aggregate
[ -n "$KI_API" ] && ll_wait_ready "http://$KI/readyz" "$H" klantinteracties
[ -n "$DETECT" ] && ll_wait_ready "http://$DETECT/readyz" "$H" detect
# Alertmanager is ready once it has read its topic; internetaken once it has its partitions.
AM=$(conf_get alertmanager metrics_listen)
IT=$(conf_get internetaken metrics_listen)
[ -n "$AM_URL" ] && [ -n "$AM" ] && ll_wait_ready "http://$AM/readyz" "$H" alertmanager
[ -n "$IT_API" ] && [ -n "$IT" ] && ll_wait_ready "http://$IT/readyz" "$H" internetaken

ll_local_env "$H" "$LUISTERLOOP_CONFIG" "$KAFKA" "$REDIS" DASHBOARD_USER=demo \
    "DASHBOARD_PASSWORD=$(cat "$H/dashboard.password")" "DASHBOARD_TOKEN=$(cat "$H/dashboard.token")"

if [ "$DEMO" = 1 ]; then
    # Steady traffic on every channel, and after six minutes a sudden rise of
    # one theme in one district: the early warning the dashboard should show.
    ll_demo_traffic "$H" "$BIN" "$H/maildir"
fi

cat <<MSG

luisterloop is running.
  form       http://$WEB/
  intake     POST http://$WEB/v1/feedback   (Authorization: Bearer $TOKEN)
  phone      POST http://$PHONE/v1/calls, JSON Lines on tcp://$PHONE_TCP
             (first line {"token":"\$PHONE_TOKEN"}, see local.env)
  balie      POST http://$BALIE/v1/visits
  email      drop messages into $H/maildir/new
  dashboard  http://$DASH/   (user demo, password DASHBOARD_PASSWORD in local.env;
             tools: Authorization: Bearer \$DASHBOARD_TOKEN on http://$DASH/api/v1/...)
  queues     $BIN escalations TEAM list | claim | ack ID | release ID   (teams: [escalate] in the config)
  aggregates closed 1m/1h/1d windows on feedback.aggregates; a report:
             $BIN report --from $(date -u +%Y-%m-%d) --to $(date -u +%Y-%m-%d) --format html --out report.html
  alerting   ${AM_URL:-no [alertmanager] url set: alerts are not forwarded to an Alertmanager}
  internetaken $(ll_either "$IT_API" "escalations become internetaken in $IT_API" "no [internetaken] api_url set: escalations stay in luisterloop")
  klantinteracties $(ll_either "$KI_API" "notifications on http://$KI/v1/notificaties from $KI_API" "no [klantinteracties] api_url set: Open Klant is not read")
  metrics    $(ll_metrics_urls "$LUISTERLOOP_CONFIG" "$AM_URL" "$KI_API" "$IT_API")
  kafka      $KAFKA      redis $REDIS
  logs       $H/logs/     pids $H/run/     endpoints $H/local.env
             (load with: set -a; . $H/local.env; set +a)
  stop       deploy/local/down.sh   (--purge also deletes the data)
MSG
