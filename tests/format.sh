#!/usr/bin/env bash
# format.sh - the C layout of .clang-format (clang-format-14, Debian's), checked or applied.
#
#   tests/format.sh                 check: every tracked .c/.h file as clang-format would leave
#                                   it; prints how many lines in how many files would move and
#                                   exits 1 when any would (the check for tests/run.sh once the
#                                   tree has been formatted)
#   tests/format.sh --apply         formats every tracked .c/.h file in place (once, in a quiet
#                                   tree: it touches most files); then prints the count again
#   tests/format.sh --change [BASE] checks only the lines a change adds since BASE (default
#                                   main; git clang-format --diff), so a branch can follow the
#                                   layout before the tree does; prints the diff it wants
#
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$binary" ] || { echo "format.sh: clang-format not found (apt-get install clang-format-14)" >&2; exit 2; }

files() { git ls-files -z '*.c' '*.h'; }

# Lines that would move: the '-' lines of a diff of each file against its formatted self.
count() {
    local f n lines=0 nfiles=0 total=0
    while IFS= read -r -d '' f; do
        total=$((total + 1))
        n=$("$binary" --style=file "$f" | diff "$f" - | grep -c '^<' || true)
        if [ "$n" -gt 0 ]; then
            lines=$((lines + n))
            nfiles=$((nfiles + 1))
        fi
    done < <(files)
    printf 'format.sh: %d lines in %d of %d files differ from .clang-format\n' "$lines" "$nfiles" "$total"
    [ "$lines" -eq 0 ]
}

case "${1:-}" in
    --apply)
        files | xargs -0 "$binary" --style=file -i
        count
        ;;
    --change)
        gcf=$(command -v git-clang-format-14 || command -v git-clang-format || true)
        [ -n "$gcf" ] || { echo "format.sh: git-clang-format not found (apt-get install clang-format-14)" >&2; exit 2; }
        out=$("$gcf" --binary "$binary" --diff --extensions c,h "${2:-main}" -- '*.c' '*.h' 2>&1) || true
        case "$out" in
            '' | *'no modified files to format'* | *'clang-format did not modify any files'*) exit 0 ;;
        esac
        printf '%s\n' "$out"
        exit 1
        ;;
    '')
        count
        ;;
    *)
        echo "usage: tests/format.sh [--apply | --change [BASE]]" >&2
        exit 2
        ;;
esac
