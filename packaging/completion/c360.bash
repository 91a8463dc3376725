# bash completion for c360 (installed as /usr/share/bash-completion/completions/c360).
# The commands and their options are read from the program itself (`c360 --help`,
# `c360 COMMAND --help`), so the completion never falls behind the program.
_c360() {
    local cur prev words cword
    _init_completion 2>/dev/null || {
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }
    local prog=${words[0]}

    case $prev in
        --db|--sources|--outbox|--pack|--facts|--labels|--out|--file|--customers)
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --lang)
            COMPREPLY=($(compgen -W "en zh_CN zh_TW" -- "$cur"))
            return ;;
        --role)
            COMPREPLY=($(compgen -W "agent supervisor field auditor" -- "$cur"))
            return ;;
        --format)
            COMPREPLY=($(compgen -W "csv json" -- "$cur"))
            return ;;
    esac

    # The command word: the first word that is neither an option nor the value of a global option.
    local i command=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db|--sources|--lang|--region|--outbox|--role) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    local help
    if [[ -z $command ]]; then
        help=$("$prog" --help 2>/dev/null)
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(sed -nE 's/^  c360 ([a-z][a-z-]*).*/\1/p' <<<"$help" | sort -u)" -- "$cur"))
        fi
        return
    fi
    help=$("$prog" "$command" --help 2>/dev/null)
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)" -- "$cur"))
        return
    fi
    # Sub-commands written in the synopsis as a|b|c (c360 sources list|test, c360 report contacts|fcr…).
    local subs
    subs=$(sed -nE "1s/^[^ ]+ c360 $command ([a-z|-]+).*/\\1/p" <<<"$help" | tr '|' ' ')
    if [[ -n $subs && $cword -eq $((i + 1)) ]]; then
        COMPREPLY=($(compgen -W "$subs" -- "$cur"))
    fi
}
complete -F _c360 c360
