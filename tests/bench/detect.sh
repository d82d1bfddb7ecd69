#!/usr/bin/env bash
# tests/bench/detect.sh - detector quality and replay speed on synthetic weeks with known spikes:
# bench_detect_traffic makes WEEKS weeks of traffic (15 themes x 12 wijken, each theme x wijk
# at its own rate, log-uniform 0.05..12 contacts an hour; daily and weekly pattern; ~15% repeat
# contacts on an earlier thread; from week 2 on, 60 spikes a week of 4..32 extra citizens spread
# evenly over 10..180 minutes), `luisterloop detect --replay` runs it through the detector and
# through the EARS C2 baseline with the same config, and the scorer prints recall, false alarms
# and delay for each, then replay speed, Redis round trips and peak RSS. Not part of tests/run.sh.
#
#   tests/bench/detect.sh [WEEKS] [SEED]      (default 5 weeks, seed 1)
#   env: DETECT_CONFIG=FILE (default config/luisterloop.conf)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. deploy/lib/build.sh

WEEKS=${1:-5}
SEED=${2:-1}
case "$WEEKS$SEED" in '' | *[!0-9]*) echo "usage: $0 [WEEKS] [SEED]" >&2; exit 2 ;; esac
[ "$WEEKS" -ge 2 ] || { echo "WEEKS must be at least 2 (the first is history)" >&2; exit 2; }
CONF=${DETECT_CONFIG:-config/luisterloop.conf}
H=${LUISTERLOOP_HOME:-$ROOT/.luisterloop}
B=$H/bench-detect
NSERIES=207 # 15 x 12 theme x wijk, 15 themes city-wide, 12 wijken over all themes

ll_build build
ninja -C build bench_detect_traffic >/dev/null
mkdir -p "$B"
build/tests/bench_detect_traffic gen "$WEEKS" "$SEED" "$B/events.jsonl" "$B/truth.tsv"
EVENTS=$(wc -l <"$B/events.jsonl")

replay() { # METHOD OUT
    /usr/bin/time -f '%M' -o "$B/$1.rss" build/luisterloop detect -c "$CONF" --method "$1" \
        --replay "$B/events.jsonl" >"$B/$1.alerts.jsonl" 2>"$B/$1.log"
}

echo "command: tests/bench/detect.sh $WEEKS $SEED   ($EVENTS events, $NSERIES series, config $CONF)"
for m in poisson-scan ears-c2; do
    replay "$m"
    rate=$(sed -n 's/.* \([0-9]*\) events\/s.*/\1/p' "$B/$m.log")
    echo "$m:"
    build/tests/bench_detect_traffic score "$B/truth.tsv" "$B/$m.alerts.jsonl" "$NSERIES"
    echo "  replay: $rate events/s, peak RSS $(($(cat "$B/$m.rss") / 1024)) MiB," \
        "in-memory store (0 Redis round trips; live: 1 per batch of up to [detect] batch_max)"
done
