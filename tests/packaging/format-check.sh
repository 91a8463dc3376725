#!/usr/bin/env bash
# Every C++ file of the project is formatted by the checked-in .clang-format.
# Prints the files that are not (and how to fix them) and fails.
set -euo pipefail
root=${1:?usage: format-check.sh SOURCE_DIR}
cd "$root"
list=$(mktemp)
trap 'rm -f "$list"' EXIT
git ls-files -z '*.cpp' '*.h' >"$list"
count=$(tr -cd '\0' <"$list" | wc -c)
# One clang-format per 50 files, both cores: each file's problems are printed as "FILE:LINE:COL: error".
if ! out=$(xargs -0 -n 50 -P 2 clang-format --dry-run --Werror <"$list" 2>&1); then
    echo "These files are not clang-formatted (fix: clang-format -i FILE):" >&2
    grep -o '^[^:]*\.\(cpp\|h\):' <<<"$out" | sort -u | sed 's/:$//; s/^/  /' >&2
    exit 1
fi
echo "$count C++ files checked, all formatted."
