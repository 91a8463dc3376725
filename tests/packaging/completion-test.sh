#!/usr/bin/env bash
# The bash completion (packaging/completion/c360.bash) against the c360 of this build: commands,
# a command's options, global options before the command, values of --lang.
#   completion-test.sh SOURCE_DIR BIN_DIR
set -euo pipefail
source_dir=${1:?} bin_dir=${2:?}
PATH=$bin_dir:$PATH
# shellcheck source=/dev/null
source "$source_dir/packaging/completion/c360.bash"
failures=0
expect() { # expect "WANTED" word...
    local wanted=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _c360
    local got=" ${COMPREPLY[*]} "
    for w in $wanted; do
        if [[ $got != *" $w "* ]]; then
            echo "FAIL: [$*] completes to [${COMPREPLY[*]}], missing $w"
            failures=$((failures + 1))
        fi
    done
}
expect "search" c360 se
expect "sync stats search timeline nba" c360 ""
expect "--limit --json --db" c360 search --
expect "timeline" c360 --db /tmp/x.db tim
expect "--kind" c360 timeline --k
expect "zh_CN zh_TW en" c360 --lang ""
expect "csv json" c360 export parties --format ""
if [ "$failures" -ne 0 ]; then
    exit 1
fi
echo "ok: bash completion"
