#!/usr/bin/env bash
# process_load_error.sh - `luisterloop process` whose rules do not load says why and exits 1 at
# once, also when no broker and no Redis answer: the rules load on a thread of their own while
# the processor connects (processors/process.c, load_models), and a failed load stops the
# connecting steps, which would otherwise wait for an unreachable broker (init_transactions
# waited 30 s). Needs no Kafka: the config points at closed ports.
#   process_load_error.sh BIN CONFIG_DIR
set -u
BIN=$1
DIR=$(cd "$2" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export LUISTERLOOP_PSEUDONYM_KEY=test-key-0123456789abcdef

# The shipped config with its files named in full, Kafka and Redis on ports nothing listens on.
sed -e "s#^\([a-z_]*\) = \([a-z-]*\.\(conf\|tsv\|txt\)\)\$#\1 = $DIR/\2#" \
    -e 's#^brokers = .*#brokers = 127.0.0.1:1#' -e 's#^redis = .*#redis = 127.0.0.1:1#' \
    -e 's#^metrics_listen = 127.0.0.1:8081$#metrics_listen =#' \
    "$DIR/luisterloop.conf" >"$T/ok.conf"
grep -q "^urgency_rules = $DIR/urgency.conf\$" "$T/ok.conf" || fail "the sample config names no urgency.conf"

# refused WHAT CONF WANT: the processor with CONF exits 1 within 5 s, its output naming WANT.
refused() {
    local start rc took
    start=$(date +%s)
    timeout 20 "$BIN" process -c "$2" >"$T/out" 2>&1
    rc=$?
    took=$(($(date +%s) - start))
    [ "$rc" -eq 1 ] || fail "$1: exit $rc, want 1: $(cat "$T/out")"
    grep -qF "$3" "$T/out" || fail "$1: no reason given: $(cat "$T/out")"
    [ "$took" -le 5 ] || fail "$1: the error came after $took s (a wait on the broker first?)"
}

# A rule without terms: the load fails when the whole file is read.
printf '[critical: no-terms]\nadvice: call\n' >"$T/urgency.conf"
sed "s#^urgency_rules = .*#urgency_rules = $T/urgency.conf#" "$T/ok.conf" >"$T/bad.conf"
refused "rules that do not load" "$T/bad.conf" "rule 'no-terms' has no terms"

# A missing file likewise.
sed "s#^taxonomy = .*#taxonomy = $T/missing.conf#" "$T/ok.conf" >"$T/missing.conf.conf"
refused "a missing taxonomy" "$T/missing.conf.conf" "$T/missing.conf"
echo "ok"
