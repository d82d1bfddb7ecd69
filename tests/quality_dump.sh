#!/usr/bin/env bash
# quality_dump.sh - bench_quality -D reads a set's line as the set's figures and the processor
# do: with its e-mail subject, kind and channel (issue 12, falseflag21: -D read the text alone, so
# a danger told only in the subject came out normal there and critical in the miss lines).
#   quality_dump.sh BENCH_QUALITY
set -u
fail() { echo "FAIL: $*" >&2; exit 1; }
q=$1
dir=$(mktemp -d) || fail "mktemp"
trap 'rm -rf "$dir"' EXIT
# one line whose danger is in its subject only, one without a subject
cat > "$dir/subject.jsonl" <<'LINES'
{"text": "Kunnen jullie iemand sturen? Het is nu erg sterk.", "subject": "Gaslucht in het portiek", "channel": "email", "kind": "report", "theme": "wonen", "urgency": "critical", "sentiment": "negative"}
{"text": "Kunnen jullie iemand sturen? Het is nu erg sterk.", "channel": "email", "kind": "report", "theme": "wonen", "urgency": "normal", "sentiment": "negative"}
LINES
out=$("$q" -D "$dir/subject.jsonl" 2>/dev/null) || fail "bench_quality -D"
printf '%s\n' "$out" | grep -qP '^1\tcritical\tcritical\t' || fail "the subject not read: $out"
printf '%s\n' "$out" | grep -qP '^2\tnormal\tnormal\t' || fail "a line without a subject: $out"
echo "ok: bench_quality -D reads the subject"
