#!/usr/bin/env bash
# format.sh - checks that the C lines a change adds follow .clang-format (clang-format-14).
#
#   tests/format.sh [BASE]   BASE: the commit the change starts from (default: main)
#
# Only added and changed lines are checked (git clang-format --diff), so the tree can be
# brought in line file by file without one commit that touches every file. Exit 0 when they
# follow it; else prints the diff clang-format wants and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-main}
gcf=$(command -v git-clang-format-14 || command -v git-clang-format || true)
[ -n "$gcf" ] || { echo "format.sh: git-clang-format not found (apt-get install clang-format-14)" >&2; exit 2; }
binary=$(command -v clang-format-14 || command -v clang-format)
out=$("$gcf" --binary "$binary" --diff --extensions c,h "$base" -- '*.c' '*.h' 2>&1) || true
case "$out" in
    '' | *'no modified files to format'* | *'clang-format did not modify any files'*) exit 0 ;;
esac
printf '%s\n' "$out"
exit 1
