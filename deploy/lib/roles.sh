# Bash library (source it): starts and stops luisterloop roles in the background with pid files.
#
#   ll_role_start HOME BIN ROLE [ARGS...]   start unless already running (a role running an older
#                                           build of BIN is restarted); log HOME/logs/ROLE.log,
#                                           HOME/run/ROLE.build the identity of the BIN it started
#   ll_role_stop HOME ROLE                  SIGTERM, wait up to 20 s, then SIGKILL
#   ll_role_running HOME ROLE               0 when HOME/run/ROLE.pid names a live luisterloop
#   ll_roles_stop_all HOME                  every role running from HOME/run, the producers first
#                                           (nothing new enters while the rest drains)
#   ll_config_local SAMPLE OUT TOKENS DLQ_PUB  an installation's config: own tokens, absolute paths
#   ll_conf_get CONF SECTION KEY            KEY's value in [SECTION] of CONF (first match; empty: none),
#                                           or of $LUISTERLOOP_<SECTION>_<KEY> when that is set, as the
#                                           program reads it (core/config.c, ll_config_env_name)
#   ll_conf_token CONF SECTION              the first token.CLIENT value of [SECTION]
#   ll_rule_files DIR                       [process] lines naming the shipped rule files in DIR
#                                           (a config kept elsewhere: absolute paths)
#   ll_wait_ready URL HOME [ROLE]           until URL answers 2xx, saying every 10 s that it waits;
#                                           fails at once when ROLE (HOME/run/ROLE.pid) has exited,
#                                           else after LL_READY_TIMEOUT_S (600) s; points at HOME/logs
#   ll_either VALUE WITH WITHOUT            WITH when VALUE is not empty, else WITHOUT (a banner line)
#   ll_roles_start HOME BIN ROLE...         ll_role_start each in turn; email reads HOME/maildir
#   ll_roles_wait_ready HOME CONF           until web, dashboard, phone and balie of CONF are ready
#   ll_pseudonym_key HOME                   exports LUISTERLOOP_PSEUDONYM_KEY (unless set) from
#                                           HOME/pseudonym.key, made once and kept out of git
#   ll_local_env HOME CONF KAFKA REDIS [LINE...]  HOME/local.env (mode 0600): where CONF's channels
#                                           and dashboard listen, their tokens, then each LINE
#                                           (KEY=value); load it with set -a; . FILE; set +a
#   ll_metrics_urls CONF AM_URL KI_API IT_API  "ROLE HOST:PORT, ..." of every role up.sh runs that
#                                           serves /metrics (the optional three when their URL is set)
#   ll_detect_start HOME BIN DEMO [ARGS...] the detector; DEMO=1: it alerts after five learnt minutes
#   ll_demo_traffic HOME BIN MAILDIR        --demo's simulated traffic, with the spike detect will see
# ROLE may carry an instance, "process.2": pid file run/process.2.pid, log logs/process.2.log,
# and the program runs `luisterloop process` (the instance's own arguments say which).

ll_conf_get() {
    local env
    env=LUISTERLOOP_$(printf '%s_%s' "$2" "$3" | tr 'a-z.-' 'A-Z__')
    if [ -n "${!env:-}" ]; then
        printf '%s\n' "${!env}"
        return 0
    fi
    awk -v s="[$2]" -v k="$3" '$0==s{f=1;next} /^\[/{f=0} f && $1==k {sub(/^[^=]*=[ \t]*/,""); print; exit}' "$1"
}

ll_rule_files() {
    printf '%s\n' "taxonomy = $1/taxonomy-gemeente.conf" "lexicon = $1/sentiment-nl.tsv" \
        "urgency_rules = $1/urgency.conf" "areas = $1/areas-rotterdam.tsv" \
        "names_first = $1/names-first-nl.txt" "names_surname = $1/names-surname-nl.txt" \
        "names_keep = $1/names-keep-nl.txt"
}

ll_conf_token() {
    awk -v s="[$2]" '$0==s{f=1;next} /^\[/{f=0} f && $1 ~ /^token\./ {sub(/^[^=]*=[ \t]*/,""); print; exit}' "$1"
}

# A fixed 30 s failed up.sh after a broker restart while the dashboard, alive, was still
# joining its consumer group (ready a minute later, user check 5): a role that lives is given
# its time, with word of the wait; one that died fails at once.
ll_wait_ready() {
    local url=$1 home=$2 role=${3:-} limit=${LL_READY_TIMEOUT_S:-600} start=$SECONDS next=10 waited
    while :; do
        curl -fs -o /dev/null "$url" && return 0
        if [ -n "$role" ] && ! ll_role_running "$home" "$role"; then
            printf 'luisterloop: %s exited before %s was ready; the end of %s/logs/%s.log:\n' \
                "$role" "$url" "$home" "$role" >&2
            tail -n 5 "$home/logs/$role.log" >&2 2>/dev/null
            return 1
        fi
        waited=$((SECONDS - start))
        if [ "$waited" -ge "$limit" ]; then
            printf 'luisterloop: %s did not become ready in %s s; see %s/logs/\n' "$url" "$limit" "$home" >&2
            return 1
        fi
        if [ "$waited" -ge "$next" ]; then
            printf 'luisterloop: %s not ready yet after %s s (%s); waiting up to %s s\n' "${role:-$url}" "$waited" \
                "${role:+still running; }$(curl -s -m 2 "$url" 2>/dev/null || echo 'no answer')" "$limit" >&2
            next=$((next + 10))
        fi
        sleep 0.2
    done
}

# The HTTP roles serve /metrics on listen (loopback) unless metrics_listen names another
# address; the others only on metrics_listen. An operator scrapes each (README, Metrics).
ll_metrics_urls() { # CONF AM_URL KI_API IT_API
    local conf=$1 role addr out=""
    for role in web phone balie email dashboard process detect escalate aggregate alertmanager \
        klantinteracties internetaken; do
        case $role in
            alertmanager) [ -n "$2" ] || continue ;;
            klantinteracties) [ -n "$3" ] || continue ;;
            internetaken) [ -n "$4" ] || continue ;;
        esac
        addr=$(ll_conf_get "$conf" "$role" metrics_listen)
        case $role in
            web | phone | balie | dashboard | klantinteracties)
                [ -n "$addr" ] || addr=$(ll_conf_get "$conf" "$role" listen)
                ;;
        esac
        [ -n "$addr" ] && out="$out${out:+, }$role $addr"
    done
    printf '%s' "${out:-none}"
}

ll_either() { if [ -n "$1" ]; then printf '%s' "$2"; else printf '%s' "$3"; fi; }

ll_roles_start() {
    local home=$1 bin=$2 role
    shift 2
    for role in "$@"; do
        if [ "$role" = email ]; then
            mkdir -p "$home/maildir/new" "$home/maildir/cur" "$home/maildir/tmp"
            ll_role_start "$home" "$bin" email --maildir "$home/maildir" || return 1
        else
            ll_role_start "$home" "$bin" "$role" || return 1
        fi
    done
}

ll_roles_wait_ready() {
    local role
    for role in web dashboard phone balie; do
        ll_wait_ready "http://$(ll_conf_get "$2" "$role" listen)/readyz" "$1" "$role" || return 1
    done
}

ll_pseudonym_key() {
    [ -z "${LUISTERLOOP_PSEUDONYM_KEY:-}" ] || return 0
    if [ ! -s "$1/pseudonym.key" ]; then
        (umask 077 && head -c 32 /dev/urandom | base64 >"$1/pseudonym.key")
    fi
    LUISTERLOOP_PSEUDONYM_KEY=$(cat "$1/pseudonym.key")
    export LUISTERLOOP_PSEUDONYM_KEY
}

# Tokens in it: readable by this user only, whatever the umask was. KEY=value lines (the
# contract), each value quoted for the shell only where it needs it (a home with a space),
# so `set -a; . local.env; set +a` exports them all; a plain `.` sets them for the shell
# alone, and a program it starts (build/luisterloop) would not see LUISTERLOOP_CONFIG.
ll_local_env() {
    local home=$1 conf=$2 line
    rm -f "$home/local.env"
    (
        umask 077
        {
            echo "# luisterloop endpoints; load with: set -a; . $home/local.env; set +a"
            for line in "LUISTERLOOP_HOME=$home" "LUISTERLOOP_CONFIG=$conf" \
                "LUISTERLOOP_KAFKA=$3" "LUISTERLOOP_REDIS=$4" \
                "INTAKE_URL=http://$(ll_conf_get "$conf" web listen)/v1/feedback" \
                "PHONE_URL=http://$(ll_conf_get "$conf" phone listen)/v1/calls" \
                "BALIE_URL=http://$(ll_conf_get "$conf" balie listen)/v1/visits" \
                "PHONE_TCP=$(ll_conf_get "$conf" phone tcp_listen)" \
                "DASHBOARD_URL=http://$(ll_conf_get "$conf" dashboard listen)/" \
                "INTAKE_TOKEN=$(ll_conf_token "$conf" web)" \
                "PHONE_TOKEN=$(ll_conf_token "$conf" phone)" \
                "BALIE_TOKEN=$(ll_conf_token "$conf" balie)" \
                "MAILDIR=$home/maildir" "${@:5}"; do
                if [ -n "${line#*=}" ]; then
                    printf '%s=%q\n' "${line%%=*}" "${line#*=}"
                else
                    printf '%s=\n' "${line%%=*}"
                fi
            done
        } >"$home/local.env"
    )
}

ll_role_running() {
    local pidf=$1/run/$2.pid pid
    [ -f "$pidf" ] || return 1
    pid=$(cat "$pidf" 2>/dev/null) || return 1
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "luisterloop ${2%%.*}"
}

# The identity of BIN as a role was started from it: device, inode, modification time to the
# nanosecond and size. A rebuild changes it whether the linker rewrote the file or replaced it.
ll_build_id() { stat -L -c '%d:%i:%.9Y:%s' "$1" 2>/dev/null; }

# Whether ROLE (HOME/run/ROLE.pid) runs an older build than BIN: its executable was replaced
# (the link says "(deleted)"), or BIN is no longer the file it was started from
# (HOME/run/ROLE.build). A role started before those stamps were written: BIN was written after
# the process started. Start time and mtime are whole seconds there, so a margin of one second
# keeps a process started just after a build from counting as older than it.
ll_role_outdated() {
    local home=$1 role=$2 bin=$3 pid exe elapsed
    pid=$(cat "$home/run/$role.pid" 2>/dev/null) || return 1
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
    case $exe in *' (deleted)') return 0 ;; esac
    if [ -f "$home/run/$role.build" ]; then
        [ "$(cat "$home/run/$role.build" 2>/dev/null)" != "$(ll_build_id "$bin")" ]
        return
    fi
    elapsed=$(ps -o etimes= -p "$pid" 2>/dev/null | tr -d ' ') || return 1
    [ -n "$elapsed" ] || return 1
    [ "$(stat -c %Y "$bin" 2>/dev/null || echo 0)" -gt $(($(date +%s) - elapsed + 1)) ]
}

ll_role_start() {
    local home=$1 bin=$2 role=$3
    shift 3
    mkdir -p "$home/run" "$home/logs"
    # A pid file without its process: the role died (or was killed) since it was started. Say so
    # with its last words; up.sh started it again without a word (user check 6).
    if [ -s "$home/run/$role.pid" ] && ! ll_role_running "$home" "$role"; then
        printf 'luisterloop: %s (pid %s) is not running any more; starting it again; last lines of %s:\n' \
            "$role" "$(cat "$home/run/$role.pid")" "$home/logs/$role.log" >&2
        tail -n 5 "$home/logs/$role.log" 2>/dev/null | sed 's/^/  /' >&2
    fi
    if ll_role_running "$home" "$role"; then
        local pid
        pid=$(cat "$home/run/$role.pid")
        if ! ll_role_outdated "$home" "$role" "$bin"; then
            printf 'luisterloop: %s already running (pid %s)\n' "$role" "$pid" >&2
            return 0
        fi
        # up.sh after a pull rebuilds: leaving the old build running would show the old behaviour
        # under the new code's name. Every role resumes where it stopped (committed offsets).
        printf 'luisterloop: %s (pid %s) runs an older build than %s; restarting it\n' "$role" "$pid" "$bin" >&2
        ll_role_stop "$home" "$role"
    fi
    local build
    build=$(ll_build_id "$bin") # before the start: a build written meanwhile counts as newer
    setsid nohup "$bin" "${role%%.*}" "$@" >>"$home/logs/$role.log" 2>&1 </dev/null &
    echo $! >"$home/run/$role.pid"
    printf '%s\n' "$build" >"$home/run/$role.build"
    sleep 0.3
    if ! ll_role_running "$home" "$role"; then
        rm -f "$home/run/$role.pid" "$home/run/$role.build"
        printf 'luisterloop: %s failed to start; last lines of %s:\n' "$role" "$home/logs/$role.log" >&2
        tail -n 20 "$home/logs/$role.log" >&2
        return 1
    fi
}

ll_role_stop() {
    local home=$1 role=$2 pid i
    if ! ll_role_running "$home" "$role"; then
        rm -f "$home/run/$role.pid" "$home/run/$role.build"
        return 0
    fi
    pid=$(cat "$home/run/$role.pid")
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        printf 'luisterloop: %s did not stop in 20 s; killing it\n' "$role" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$home/run/$role.pid" "$home/run/$role.build"
}

ll_roles_stop_all() {
    local home=$1 role pidf
    for role in simulate web phone balie email klantinteracties; do ll_role_stop "$home" "$role"; done
    for pidf in "$home"/run/*.pid; do # also process.N; the stack's own pid files are no roles
        [ -e "$pidf" ] || continue
        role=$(basename "$pidf" .pid)
        if ll_role_running "$home" "$role"; then ll_role_stop "$home" "$role"; fi
    done
}

# ll_config_local SAMPLE OUT TOKENS DLQ_PUB : the config of an installation on this machine.
# The sample config's tokens say "change-me", and the roles refuse them outside --demo.
# An installation gets tokens of its own, made once (in TOKENS), in a copy of the sample
# (OUT, mode 0600) whose file names point back to the sample's folder and whose dead letters
# are sealed to DLQ_PUB, and whose dashboard reads the form funnel from [web] listen (an empty
# [dashboard] web_metrics; 0.0.0.0 read as 127.0.0.1). Made again on every run, so edits of the sample take effect; the
# tokens stay. (deploy/local/up.sh, deploy/cluster/up.sh)
ll_config_local() { # SAMPLE OUT TOKENS DLQ_PUB
    local src=$1 out=$2 toks=$3 pub=$4 dir line sect="" client tok web=""
    dir=$(cd "$(dirname "$src")" && pwd)
    (umask 077 && touch "$toks" && : >"$out.tmp")
    while IFS= read -r line || [ -n "$line" ]; do
        if [[ $line =~ ^\[([a-z_]+)\] ]]; then
            sect=${BASH_REMATCH[1]}
        elif [[ $line =~ ^token\.([A-Za-z0-9_.-]+)[[:space:]]*=.*change-me ]]; then
            client=${BASH_REMATCH[1]}
            tok=$(awk -v k="$sect.$client" '$1 == k { print $2 }' "$toks")
            if [ -z "$tok" ]; then
                tok=local-$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
                printf '%s %s\n' "$sect.$client" "$tok" >>"$toks"
            fi
            line="token.$client = $tok"
        elif [[ $line =~ ^dlq_public_key[[:space:]]*=[[:space:]]*$ ]]; then
            line="dlq_public_key = $pub"
        elif [ "$sect" = web ] && [[ $line =~ ^listen[[:space:]]*=[[:space:]]*([^[:space:]]+) ]]; then
            web=${BASH_REMATCH[1]/#0.0.0.0:/127.0.0.1:}
        elif [ "$sect" = dashboard ] && [ -n "$web" ] &&
            [[ $line =~ ^web_metrics[[:space:]]*=[[:space:]]*$ ]]; then
            # The form funnel on Trends reads the web role of this machine (D2, REPORT-user2).
            line="web_metrics = $web"
        elif [[ $line =~ ^([a-z_]+)[[:space:]]*=[[:space:]]*([^/[:space:]][^[:space:]]*)$ ]] &&
            [ -f "$dir/${BASH_REMATCH[2]}" ]; then
            line="${BASH_REMATCH[1]} = $dir/${BASH_REMATCH[2]}"
        fi
        printf '%s\n' "$line"
    done <"$src" >>"$out.tmp"
    mv "$out.tmp" "$out"
}

# The demo's early warning, one for deploy/local/up.sh and deploy/cluster/up.sh --demo. The
# detector learns the shape of its days before it alerts ([detect] warmup_min, three days).
# The demo has minutes, not days: it alerts once five minutes of traffic are learnt (with 3 or
# 4, replays of the demo's traffic fired city-wide themes and wijken at the warm-up's end), a
# minute is learnt two minutes after it ends (allowed_lateness_s), so the first alert can come
# about eight minutes into the traffic. The spike comes at six minutes and lasts five, so it
# is under way when the warm-up ends and on the dashboard at about eight (test_detect
# demo_alert_within_minutes; it came at ten, its alert at about thirteen, user check 6).
ll_detect_start() { # HOME BIN DEMO [ARGS...]
    local home=$1 bin=$2 demo=$3
    shift 3
    if [ "$demo" = 1 ]; then
        ll_role_start "$home" "$bin" detect --warmup 5 "$@"
    else
        ll_role_start "$home" "$bin" detect "$@"
    fi
}

ll_demo_traffic() { # HOME BIN MAILDIR : steady traffic on every channel, then one theme's rise
    ll_role_start "$1" "$2" simulate --rate 5 --maildir "$3" \
        --spike theme=afval,pc4=3072,start=360,rate=0.3,length=300
}
