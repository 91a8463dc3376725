#!/usr/bin/env bash
# Every C++ file of the project is formatted by the checked-in .clang-format.
# Prints the files that are not (and how to fix them) and fails.
set -euo pipefail
root=${1:?usage: format-check.sh SOURCE_DIR}
cd "$root"
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui models sync tools tests -name '*.cpp' -o -name '*.h')
bad=()
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "These files are not clang-formatted (fix: clang-format -i FILE):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "${#files[@]} C++ files checked, all formatted."
