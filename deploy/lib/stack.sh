# Bash library (source it) that starts/stops a local single-node KRaft Kafka broker and redis-server.
# shellcheck shell=bash
#
# Usage:  . deploy/lib/stack.sh
#   ll_need_packages PKG...                                 install missing Debian packages
#   ll_maven_fetch POM LIBDIR JAR                           fetch a pom's jars with Maven (once)
#   ll_kafka_fetch LIBDIR                                   fetch the broker jars with Maven (once)
#   ll_kafka_start LIBDIR DATADIR PORT CONTROLLER_PORT HEAP start broker (idempotent), wait until it serves
#   ll_kafka_stop DATADIR                                   stop broker (no-op if not running)
#   ll_redis_start DATADIR PORT MODE                        MODE = none | aof; idempotent, waits for PONG
#   ll_redis_stop DATADIR                                   stop redis (no-op if not running)
#   ll_redis_replica_start DATADIR PORT MASTER_PORT         a replica of the redis on MASTER_PORT (no persistence)
#   ll_sentinel_start DATADIR PORT NAME MASTER_PORT QUORUM  a Sentinel (redis-sentinel) watching that master as NAME
#   ll_sentinel_stop DATADIR                                stop a Sentinel (no-op if not running)
#   ll_wait_port HOST PORT SECONDS                          wait until a TCP port accepts connections
#
# Sets no shell options. Every function returns non-zero with a message on stderr on failure.
# Environment knobs (optional):
#   LL_KAFKA_JAVA_OPTS      extra JVM options for the broker
#   LL_KAFKA_GC_OPTS        the broker's collector (default -XX:+UseZGC)
#   LL_KAFKA_SERVER_PROPS   extra server.properties lines (key=value, newline-separated)
#   LL_KAFKA_READY_TIMEOUT  seconds to wait for the broker (default 90)
#   LL_STACK_QUIET=1        suppress progress messages on stderr

# Directory holding this file (deploy/lib), used to find deploy/kafka/pom.xml.
_LL_STACK_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
_LL_APT_UPDATED=${_LL_APT_UPDATED:-0}

_ll_err() { printf 'stack: error: %s\n' "$*" >&2; }
_ll_log() { [ "${LL_STACK_QUIET:-0}" = 1 ] || printf 'stack: %s\n' "$*" >&2; }

# _ll_nargs WANT GOT USAGE
_ll_nargs() {
    if [ "$2" -ne "$1" ]; then
        _ll_err "usage: $3"
        return 1
    fi
}

_ll_is_port() {
    case "$1" in
        '' | *[!0-9]*) return 1 ;;
    esac
    [ "$1" -ge 1 ] && [ "$1" -le 65535 ]
}

# ll_need_packages PKG... : apt-get install the packages that are not installed yet.
ll_need_packages() {
    local pkg missing=()
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        _ll_err "missing packages (${missing[*]}) and no apt-get to install them"
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            _ll_err "missing packages (${missing[*]}); not root and no sudo"
            return 1
        fi
    fi
    _ll_log "installing ${missing[*]}"
    if [ "$_LL_APT_UPDATED" != 1 ]; then
        if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2; then
            _ll_err "apt-get update failed"
            return 1
        fi
        _LL_APT_UPDATED=1
    fi
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2; then
        _ll_err "apt-get install ${missing[*]} failed"
        return 1
    fi
}

# _ll_need_cmd CMD PKG : install PKG when CMD is not on PATH.
_ll_need_cmd() {
    command -v "$1" >/dev/null 2>&1 && return 0
    ll_need_packages "$2" || return 1
    if ! command -v "$1" >/dev/null 2>&1; then
        _ll_err "$1 still not found after installing $2"
        return 1
    fi
}

# ll_wait_port HOST PORT SECONDS : wait until HOST:PORT accepts a TCP connection.
ll_wait_port() {
    _ll_nargs 3 $# "ll_wait_port HOST PORT SECONDS" || return 1
    local host=$1 port=$2 secs=$3
    _ll_is_port "$port" || { _ll_err "ll_wait_port: bad port '$port'"; return 1; }
    local deadline=$((SECONDS + secs))
    while :; do
        _ll_port_open "$host" "$port" && return 0
        if [ "$SECONDS" -ge "$deadline" ]; then
            _ll_err "nothing listening on $host:$port after ${secs}s"
            return 1
        fi
        sleep 0.2
    done
}

# _ll_port_open HOST PORT : one connection attempt (bash /dev/tcp, 2 s cap).
_ll_port_open() {
    # shellcheck disable=SC2016 # expanded by the inner shell
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# _ll_pid_of PIDFILE PATTERN : print the pid in PIDFILE if that process is alive and its
# command line contains PATTERN (guards against stale pid files / reused pids).
_ll_pid_of() {
    local pidfile=$1 pattern=$2 pid cmdline
    [ -r "$pidfile" ] || return 1
    read -r pid <"$pidfile" 2>/dev/null || [ -n "${pid:-}" ] || return 1
    case "$pid" in
        '' | *[!0-9]*) return 1 ;;
    esac
    [ -r "/proc/$pid/cmdline" ] || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    case "$cmdline" in
        *"$pattern"*) printf '%s\n' "$pid" ;;
        *) return 1 ;;
    esac
}

# _ll_stop_pid PIDFILE PATTERN NAME SECONDS : SIGTERM, wait, SIGKILL; remove the pid file.
_ll_stop_pid() {
    local pidfile=$1 pattern=$2 name=$3 secs=$4 pid
    if ! pid=$(_ll_pid_of "$pidfile" "$pattern"); then
        [ -e "$pidfile" ] && _ll_log "$name not running (removing stale $pidfile)"
        rm -f "$pidfile"
        return 0
    fi
    _ll_log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + secs))
    while _ll_pid_of "$pidfile" "$pattern" >/dev/null; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            _ll_err "$name (pid $pid) did not stop within ${secs}s; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
            break
        fi
        sleep 0.2
    done
    if _ll_pid_of "$pidfile" "$pattern" >/dev/null; then
        _ll_err "$name (pid $pid) survived SIGKILL"
        return 1
    fi
    rm -f "$pidfile"
}

# _ll_abs DIR : create DIR and print its absolute path.
_ll_abs() {
    if ! mkdir -p "$1" 2>/dev/null || ! (cd "$1" && pwd); then
        _ll_err "cannot create directory $1"
        return 1
    fi
}

# ---------------------------------------------------------------- Kafka

# ll_maven_fetch POM LIBDIR JAR : copy the dependencies of POM into LIBDIR (mvn) unless it
# already has a jar matching the glob JAR. LIBDIR/.pom.sha256 records the pom the jars came
# from; when the pom has changed since, the old jars are removed and fetched again (no mixed
# versions).
ll_maven_fetch() {
    _ll_nargs 3 $# "ll_maven_fetch POM LIBDIR JAR" || return 1
    local pom=$1 libdir=$2 jar=$3 sum=
    [ -r "$pom" ] || { _ll_err "pom not found: $pom"; return 1; }
    sum=$(sha256sum <"$pom" | cut -d' ' -f1)
    if compgen -G "$libdir/$jar" >/dev/null; then
        if [ ! -e "$libdir/.pom.sha256" ] || [ "$(cat "$libdir/.pom.sha256")" = "$sum" ]; then
            return 0
        fi
        _ll_log "$pom changed: replacing the jars in $libdir"
        rm -f "$libdir"/*.jar
    fi
    _ll_need_cmd java default-jre-headless || return 1
    _ll_need_cmd mvn maven || return 1
    mkdir -p "$libdir" || { _ll_err "cannot create $libdir"; return 1; }
    libdir=$(cd "$libdir" && pwd)
    _ll_log "fetching the jars of $pom into $libdir (mvn)"
    if ! mvn -q -B -Dstyle.color=never -f "$pom" dependency:copy-dependencies \
        -DoutputDirectory="$libdir" >&2; then
        _ll_err "mvn copy-dependencies into $libdir failed"
        return 1
    fi
    if ! compgen -G "$libdir/$jar" >/dev/null; then
        _ll_err "mvn ran but $libdir has no $jar"
        return 1
    fi
    printf '%s\n' "$sum" >"$libdir/.pom.sha256"
}

# ll_kafka_fetch LIBDIR : copy the broker jars (deploy/kafka/pom.xml) into LIBDIR (once).
ll_kafka_fetch() {
    _ll_nargs 1 $# "ll_kafka_fetch LIBDIR" || return 1
    ll_maven_fetch "$_LL_STACK_DIR/../kafka/pom.xml" "$1" 'kafka_2.13-*.jar'
}

# _ll_kafka_serving PORT [NODE] : broker answers a metadata request and lists itself.
_ll_kafka_serving() {
    local port=$1 node=${2:-1} out
    _ll_port_open 127.0.0.1 "$port" || return 1
    out=$(kcat -b "127.0.0.1:$port" -L -t __ll_probe -m 5 -q 2>/dev/null) || true
    case "$out" in
        *"broker $node at 127.0.0.1:$port"*) return 0 ;;
    esac
    return 1
}

_ll_kafka_tail_logs() {
    local datadir=$1 f
    for f in "$datadir/logs/server.log" "$datadir/logs/kafka.out"; do
        if [ -s "$f" ]; then
            printf -- '----- last 30 lines of %s -----\n' "$f" >&2
            tail -n 30 "$f" >&2
        fi
    done
}

# _ll_kafka_cluster_id : random Kafka Uuid (16 random bytes, url-safe base64, no padding,
# not starting with '-'), same shape as `kafka-storage random-uuid`, without a JVM start.
_ll_kafka_cluster_id() {
    local id
    while :; do
        id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
        case "$id" in
            -* | AAAAAAAAAAAAAAAAAAAAA*) ;;
            *) printf '%s\n' "$id"; return 0 ;;
        esac
    done
}

_ll_kafka_write_config() {
    local datadir=$1 port=$2 cport=$3
    cat >"$datadir/server.properties" <<EOF
# Written by deploy/lib/stack.sh (ll_kafka_start); rewritten on every start.
process.roles=broker,controller
node.id=${_LL_KAFKA_NODE:-1}
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
# Dynamic (KIP-853) quorum, formatted with --standalone.
$(if [ -n "${_LL_KAFKA_VOTERS:-}" ]; then
    printf 'controller.quorum.voters=%s' "$_LL_KAFKA_VOTERS"
else
    printf 'controller.quorum.bootstrap.servers=127.0.0.1:%s' "$cport"
fi)
log.dirs=$datadir/kraft-logs
num.partitions=6
default.replication.factor=${_LL_KAFKA_RF:-1}
min.insync.replicas=${_LL_KAFKA_MINISR:-1}
unclean.leader.election.enable=false
auto.create.topics.enable=false
offsets.topic.replication.factor=${_LL_KAFKA_RF:-1}
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=${_LL_KAFKA_RF:-1}
transaction.state.log.min.isr=${_LL_KAFKA_MINISR:-1}
transaction.state.log.num.partitions=6
share.coordinator.state.topic.replication.factor=${_LL_KAFKA_RF:-1}
share.coordinator.state.topic.min.isr=${_LL_KAFKA_MINISR:-1}
group.initial.rebalance.delay.ms=0
# Abort timed-out transactions quickly (default 10 s).
transaction.abort.timed.out.transaction.cleanup.interval.ms=2000
num.network.threads=2
num.io.threads=4
log.retention.hours=24
log.segment.bytes=104857600
${LL_KAFKA_SERVER_PROPS:-}
EOF
    cat >"$datadir/log4j2.properties" <<EOF
# Written by deploy/lib/stack.sh: broker logs go to $datadir/logs, not the terminal.
status = warn
appender.server.type = RollingFile
appender.server.name = Server
appender.server.fileName = $datadir/logs/server.log
appender.server.filePattern = $datadir/logs/server.log.%i
appender.server.layout.type = PatternLayout
appender.server.layout.pattern = [%d] %p %m (%c)%n
appender.server.policies.type = Policies
appender.server.policies.size.type = SizeBasedTriggeringPolicy
appender.server.policies.size.size = 20MB
appender.server.strategy.type = DefaultRolloverStrategy
appender.server.strategy.max = 3
appender.ctl.type = RollingFile
appender.ctl.name = Controller
appender.ctl.fileName = $datadir/logs/controller.log
appender.ctl.filePattern = $datadir/logs/controller.log.%i
appender.ctl.layout.type = PatternLayout
appender.ctl.layout.pattern = [%d] %p %m (%c)%n
appender.ctl.policies.type = Policies
appender.ctl.policies.size.type = SizeBasedTriggeringPolicy
appender.ctl.policies.size.size = 20MB
appender.ctl.strategy.type = DefaultRolloverStrategy
appender.ctl.strategy.max = 3
rootLogger.level = info
rootLogger.appenderRef.server.ref = Server
logger.controller.name = org.apache.kafka.controller
logger.controller.level = info
logger.controller.additivity = false
logger.controller.appenderRef.ctl.ref = Controller
logger.statechange.name = state.change.logger
logger.statechange.level = info
logger.statechange.additivity = false
logger.statechange.appenderRef.ctl.ref = Controller
logger.request.name = kafka.request.logger
logger.request.level = warn
EOF
}

# ll_kafka_start LIBDIR DATADIR PORT CONTROLLER_PORT HEAP
ll_kafka_start() {
    _ll_nargs 5 $# "ll_kafka_start LIBDIR DATADIR PORT CONTROLLER_PORT HEAP" || return 1
    local libdir=$1 datadir=$2 port=$3 cport=$4 heap=$5
    local timeout=${LL_KAFKA_READY_TIMEOUT:-90}
    _ll_is_port "$port" || { _ll_err "ll_kafka_start: bad PORT '$port'"; return 1; }
    _ll_is_port "$cport" || { _ll_err "ll_kafka_start: bad CONTROLLER_PORT '$cport'"; return 1; }
    [ "$port" != "$cport" ] || { _ll_err "ll_kafka_start: PORT and CONTROLLER_PORT must differ"; return 1; }
    case "$heap" in
        [1-9]*[kKmMgG] | [1-9]*) ;;
        *) _ll_err "ll_kafka_start: bad HEAP '$heap' (e.g. 768m)"; return 1 ;;
    esac
    if ! compgen -G "$libdir/kafka_2.13-*.jar" >/dev/null; then
        _ll_err "no kafka_2.13 jar in '$libdir' (run ll_kafka_fetch $libdir first)"
        return 1
    fi
    _ll_need_cmd java default-jre-headless || return 1
    _ll_need_cmd kcat kcat || return 1
    libdir=$(cd "$libdir" && pwd) || return 1
    datadir=$(_ll_abs "$datadir") || return 1
    mkdir -p "$datadir/logs" || { _ll_err "cannot create $datadir/logs"; return 1; }

    local pidfile="$datadir/kafka.pid" pattern="kafka.Kafka $datadir/server.properties" pid
    if pid=$(_ll_pid_of "$pidfile" "$pattern"); then
        if _ll_kafka_serving "$port" "${_LL_KAFKA_NODE:-1}"; then
            _ll_log "kafka already running (pid $pid) on 127.0.0.1:$port"
            return 0
        fi
        _ll_log "kafka process $pid exists but is not serving on $port yet; waiting"
    else
        rm -f "$pidfile"
        if _ll_port_open 127.0.0.1 "$port" || _ll_port_open 127.0.0.1 "$cport"; then
            _ll_err "port $port or $cport on 127.0.0.1 is already in use by another process"
            return 1
        fi
        # A formatted dir records the controller endpoint; refuse to silently change it.
        if [ -s "$datadir/stack.ports" ]; then
            local old
            old=$(cat "$datadir/stack.ports")
            if [ "$old" != "$port $cport" ] && [ -e "$datadir/kraft-logs/meta.properties" ]; then
                _ll_err "$datadir was formatted for ports '$old', not '$port $cport'; remove $datadir to reformat"
                return 1
            fi
        fi
        _ll_kafka_write_config "$datadir" "$port" "$cport" || { _ll_err "cannot write config in $datadir"; return 1; }

        # ZGC, not G1: under transactional load on two shared cores, G1 shrank its
        # young generation to meet its pause goal and stopped the broker for 20-120 ms
        # every ~1.5 s; each stop held every transaction and fetch in flight.
        # shellcheck disable=SC2206 # a word list on purpose
        local gc=(${LL_KAFKA_GC_OPTS:--XX:+UseZGC})
        local jvm=(java "-Xms$heap" "-Xmx$heap" "${gc[@]}"
            -Djava.awt.headless=true "-Dlog4j2.configurationFile=$datadir/log4j2.properties"
            "-Dkafka.logs.dir=$datadir/logs")
        if [ ! -e "$datadir/kraft-logs/meta.properties" ]; then
            local cid=${_LL_KAFKA_CID:-} standalone=(--standalone)
            [ -n "$cid" ] || cid=$(_ll_kafka_cluster_id)
            # A node of a static quorum (controller.quorum.voters) is formatted plainly.
            [ -z "${_LL_KAFKA_VOTERS:-}" ] || standalone=()
            _ll_log "formatting $datadir/kraft-logs (cluster id $cid)"
            if ! "${jvm[0]}" -Xmx256m -Dlog4j2.configurationFile="$datadir/log4j2.properties" \
                -cp "$libdir/*" kafka.tools.StorageTool format "${standalone[@]}" \
                -t "$cid" -c "$datadir/server.properties" >"$datadir/logs/format.out" 2>&1; then
                _ll_err "kafka storage format failed:"
                cat "$datadir/logs/format.out" >&2
                return 1
            fi
        fi
        printf '%s %s\n' "$port" "$cport" >"$datadir/stack.ports"

        # shellcheck disable=SC2206 # LL_KAFKA_JAVA_OPTS is a word list on purpose
        jvm+=(${LL_KAFKA_JAVA_OPTS:-} -cp "$libdir/*" kafka.Kafka "$datadir/server.properties")
        _ll_log "starting kafka on 127.0.0.1:$port (controller $cport, heap $heap)"
        # The inner shell writes its own pid then execs java, so the pid file is right even
        # when setsid has to fork. setsid detaches the broker from the caller's terminal.
        # shellcheck disable=SC2016 # expanded by the inner shell
        nohup setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pidfile" "${jvm[@]}" \
            </dev/null >>"$datadir/logs/kafka.out" 2>&1 &
        local i=0
        until pid=$(_ll_pid_of "$pidfile" "$pattern"); do
            i=$((i + 1))
            if [ "$i" -gt 50 ]; then
                _ll_err "kafka process did not start"
                _ll_kafka_tail_logs "$datadir"
                return 1
            fi
            sleep 0.1
        done
    fi

    local deadline=$((SECONDS + timeout))
    until _ll_kafka_serving "$port" "${_LL_KAFKA_NODE:-1}"; do
        if ! _ll_pid_of "$pidfile" "$pattern" >/dev/null; then
            _ll_err "kafka (pid $pid) exited during startup"
            _ll_kafka_tail_logs "$datadir"
            rm -f "$pidfile"
            return 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            _ll_err "kafka not serving on 127.0.0.1:$port after ${timeout}s (pid $pid left running)"
            _ll_kafka_tail_logs "$datadir"
            return 1
        fi
        sleep 0.5
    done
    _ll_log "kafka ready on 127.0.0.1:$port (pid $pid)"
}

# ll_kafka_stop DATADIR
ll_kafka_stop() {
    _ll_nargs 1 $# "ll_kafka_stop DATADIR" || return 1
    [ -d "$1" ] || return 0
    local datadir
    datadir=$(cd "$1" && pwd) || return 1
    _ll_stop_pid "$datadir/kafka.pid" "kafka.Kafka $datadir/server.properties" kafka 30
}

# ll_kafka_node_start LIBDIR DATADIR NODE_ID PORT CONTROLLER_PORT VOTERS CLUSTER_ID HEAP
# One node (broker and controller) of a multi-node KRaft cluster: VOTERS is the static
# quorum ("1@127.0.0.1:9093,2@127.0.0.1:9103,3@127.0.0.1:9113"), CLUSTER_ID the same on
# every node (_ll_kafka_cluster_id); replication 3 and min.insync.replicas 2 for the
# internal topics (a quorum of three loses one node and keeps writing). Waits until this
# node serves; the first nodes of a fresh cluster serve only once a quorum of voters runs,
# so start them with LL_KAFKA_NO_WAIT=1 in the background and wait for the last.
ll_kafka_node_start() {
    _ll_nargs 8 $# "ll_kafka_node_start LIBDIR DATADIR NODE_ID PORT CONTROLLER_PORT VOTERS CLUSTER_ID HEAP" || return 1
    case "$3" in '' | *[!0-9]*) _ll_err "ll_kafka_node_start: bad NODE_ID '$3'"; return 1 ;; esac
    _LL_KAFKA_NODE=$3 _LL_KAFKA_VOTERS=$6 _LL_KAFKA_CID=$7 _LL_KAFKA_RF=3 _LL_KAFKA_MINISR=2 \
        ll_kafka_start "$1" "$2" "$4" "$5" "$8"
}

# ---------------------------------------------------------------- Redis

_ll_redis_ping() {
    [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = PONG ]
}

# _ll_redis_launch DATADIR PORT WHAT ARGS... : redis-server daemonised in the layout every Redis
# here shares (DATADIR/redis.pid, DATADIR/logs/, no RDB snapshots), with ARGS added; waits up to
# 30 s until it answers PING and has written its pid file (the daemon writes it just after it
# starts listening). WHAT names it in the messages.
_ll_redis_launch() {
    local datadir=$1 port=$2 what=$3 pidfile="$1/redis.pid" pid
    shift 3
    if ! redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --protected-mode yes \
        --pidfile "$pidfile" --logfile "$datadir/logs/redis.log" --dir "$datadir" \
        --save '' "$@" </dev/null >"$datadir/logs/redis.out" 2>&1; then
        _ll_err "redis-server ($what) failed to start"
        tail -n 30 "$datadir/logs/redis.out" "$datadir/logs/redis.log" >&2 2>/dev/null
        return 1
    fi
    local deadline=$((SECONDS + 30))
    until _ll_redis_ping "$port" && pid=$(_ll_pid_of "$pidfile" redis-server); do
        if [ "$SECONDS" -ge "$deadline" ]; then
            _ll_err "$what not answering PING on 127.0.0.1:$port with its pid in $pidfile after 30s"
            tail -n 30 "$datadir/logs/redis.log" >&2 2>/dev/null
            return 1
        fi
        sleep 0.1
    done
    _ll_log "$what ready on 127.0.0.1:$port (pid $pid)"
}

# ll_redis_start DATADIR PORT MODE   (MODE: none = no persistence, aof = appendonly in DATADIR)
ll_redis_start() {
    _ll_nargs 3 $# "ll_redis_start DATADIR PORT MODE" || return 1
    local datadir=$1 port=$2 mode=$3 persist
    _ll_is_port "$port" || { _ll_err "ll_redis_start: bad PORT '$port'"; return 1; }
    case "$mode" in
        none) persist=(--appendonly no) ;;
        aof) persist=(--appendonly yes --appendfsync everysec) ;;
        *) _ll_err "ll_redis_start: MODE must be none or aof, not '$mode'"; return 1 ;;
    esac
    _ll_need_cmd redis-server redis-server || return 1
    _ll_need_cmd redis-cli redis-tools || return 1
    datadir=$(_ll_abs "$datadir") || return 1
    mkdir -p "$datadir/logs" || { _ll_err "cannot create $datadir/logs"; return 1; }
    local pidfile="$datadir/redis.pid" pid

    if pid=$(_ll_pid_of "$pidfile" redis-server); then
        if ll_wait_port 127.0.0.1 "$port" 10 2>/dev/null && _ll_redis_ping "$port"; then
            local aof want=no
            [ "$mode" = aof ] && want=yes
            aof=$(redis-cli -h 127.0.0.1 -p "$port" config get appendonly 2>/dev/null | sed -n 2p)
            if [ "$aof" != "$want" ]; then
                _ll_err "redis already running on $port (pid $pid) with appendonly=$aof, wanted mode $mode"
                return 1
            fi
            _ll_log "redis already running (pid $pid) on 127.0.0.1:$port"
            return 0
        fi
        _ll_err "redis pid $pid from $pidfile is alive but does not answer on port $port"
        return 1
    fi
    rm -f "$pidfile"
    if _ll_port_open 127.0.0.1 "$port"; then
        _ll_err "port $port on 127.0.0.1 is already in use by another process"
        return 1
    fi
    _ll_log "starting redis on 127.0.0.1:$port (mode $mode)"
    # RDB snapshots are off in both modes (--save ''): 'aof' persists through the AOF only.
    _ll_redis_launch "$datadir" "$port" redis "${persist[@]}"
}

# ll_redis_stop DATADIR : SIGTERM (redis then writes the AOF if enabled, no RDB since save '').
ll_redis_stop() {
    _ll_nargs 1 $# "ll_redis_stop DATADIR" || return 1
    [ -d "$1" ] || return 0
    local datadir
    datadir=$(cd "$1" && pwd) || return 1
    _ll_stop_pid "$datadir/redis.pid" redis-server redis 30
}

# ---------------------------------------------------------------- Redis replica and Sentinel

# ll_redis_replica_start DATADIR PORT MASTER_PORT : a redis replicating 127.0.0.1:MASTER_PORT,
# waits until it answers PING. Same layout as ll_redis_start (DATADIR/redis.pid), so
# ll_redis_stop stops it; after a failover it is the master and stays so.
ll_redis_replica_start() {
    _ll_nargs 3 $# "ll_redis_replica_start DATADIR PORT MASTER_PORT" || return 1
    local datadir=$1 port=$2 mport=$3
    { _ll_is_port "$port" && _ll_is_port "$mport"; } || { _ll_err "ll_redis_replica_start: bad port"; return 1; }
    _ll_need_cmd redis-server redis-server || return 1
    _ll_need_cmd redis-cli redis-tools || return 1
    datadir=$(_ll_abs "$datadir") || return 1
    mkdir -p "$datadir/logs" || return 1
    local pidfile="$datadir/redis.pid" pid
    if pid=$(_ll_pid_of "$pidfile" redis-server); then
        _ll_log "redis replica already running (pid $pid) on 127.0.0.1:$port"
        return 0
    fi
    _ll_log "starting redis replica on 127.0.0.1:$port of 127.0.0.1:$mport"
    _ll_redis_launch "$datadir" "$port" "redis replica" --appendonly no --replicaof 127.0.0.1 "$mport"
}

# ll_sentinel_start DATADIR PORT NAME MASTER_PORT QUORUM : a Sentinel on 127.0.0.1:PORT watching
# the master 127.0.0.1:MASTER_PORT as NAME; down after 1 s, failover timeout 10 s (tests and a
# local cluster want a fast failover; production sets its own). Sentinel rewrites
# DATADIR/sentinel.conf as it learns the topology, so it is written only on the first start.
ll_sentinel_start() {
    _ll_nargs 5 $# "ll_sentinel_start DATADIR PORT NAME MASTER_PORT QUORUM" || return 1
    local datadir=$1 port=$2 name=$3 mport=$4 quorum=$5
    { _ll_is_port "$port" && _ll_is_port "$mport"; } || { _ll_err "ll_sentinel_start: bad port"; return 1; }
    case "$name" in '' | *[!A-Za-z0-9._-]*) _ll_err "ll_sentinel_start: bad NAME '$name'"; return 1 ;; esac
    _ll_need_cmd redis-sentinel redis-sentinel || return 1
    datadir=$(_ll_abs "$datadir") || return 1
    mkdir -p "$datadir/logs" || return 1
    local pidfile="$datadir/sentinel.pid" pid
    if pid=$(_ll_pid_of "$pidfile" redis-sentinel); then
        _ll_log "sentinel already running (pid $pid) on 127.0.0.1:$port"
        return 0
    fi
    if [ ! -s "$datadir/sentinel.conf" ]; then
        cat >"$datadir/sentinel.conf" <<EOF
port $port
bind 127.0.0.1
daemonize yes
pidfile $pidfile
logfile $datadir/logs/sentinel.log
dir $datadir
sentinel monitor $name 127.0.0.1 $mport $quorum
sentinel down-after-milliseconds $name 1000
sentinel failover-timeout $name 10000
sentinel parallel-syncs $name 1
EOF
    fi
    _ll_log "starting sentinel on 127.0.0.1:$port ($name at 127.0.0.1:$mport, quorum $quorum)"
    if ! redis-sentinel "$datadir/sentinel.conf" </dev/null >"$datadir/logs/sentinel.out" 2>&1; then
        _ll_err "redis-sentinel failed to start"
        tail -n 20 "$datadir/logs/sentinel.out" >&2
        return 1
    fi
    local deadline=$((SECONDS + 30))
    until redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG && pid=$(_ll_pid_of "$pidfile" redis-sentinel); do
        if [ "$SECONDS" -ge "$deadline" ]; then
            _ll_err "sentinel not answering on 127.0.0.1:$port after 30s"
            return 1
        fi
        sleep 0.1
    done
    _ll_log "sentinel ready on 127.0.0.1:$port (pid $pid)"
}

# ll_sentinel_stop DATADIR
ll_sentinel_stop() {
    _ll_nargs 1 $# "ll_sentinel_stop DATADIR" || return 1
    [ -d "$1" ] || return 0
    local datadir
    datadir=$(cd "$1" && pwd) || return 1
    _ll_stop_pid "$datadir/sentinel.pid" redis-sentinel sentinel 30
}
