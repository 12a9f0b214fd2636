#!/usr/bin/env bash
# Build the translations of Ramstein Planner (idempotent; nothing to do takes a few ms).
#
#   scripts/build-translations.sh            compile: translations/*_<lang>.ts (areas app, views,
#                                            dialogs) into resources/translations/ramstein_<lang>.qm
#                                            with pyside6-lrelease, and translations/cli_<lang>.po
#                                            into resources/translations/<lang>/LC_MESSAGES/
#                                            ramstein.mo with Babel; only when a source is newer
#   scripts/build-translations.sh --update   refresh the sources from the code first: pyside6-lupdate
#                                            for the .ts files (ui/*.py -> app, ui/views -> views,
#                                            ui/dialogs + ui/models -> dialogs), pybabel extract +
#                                            update for the CLI catalogue (everything outside ui/)
#   --force                                  compile even when the outputs are up to date
#
# The .qm/.mo outputs are build products (gitignored); scripts/setup.sh runs this after the
# venv install, so a fresh clone has them. Languages: fr uk (English is the source text).
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
BIN="$ROOT/.venv/bin"
SRC="$ROOT/translations"
OUT="$ROOT/resources/translations"
UI="$ROOT/desktop/ramstein/ui"
LANGS=(fr uk)
UPDATE=0
FORCE=0

for arg in "$@"; do
    case "$arg" in
        --update) UPDATE=1 ;;
        --force) FORCE=1 ;;
        -h | --help)
            sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "build-translations.sh: unknown argument: $arg (try --help)" >&2
            exit 2
            ;;
    esac
done

tool() {
    if [[ -x "$BIN/$1" ]]; then echo "$BIN/$1"; else command -v "$1" || {
        echo "build-translations.sh: $1 not found (run scripts/setup.sh)" >&2
        exit 1
    }; fi
}

# newer_than OUT IN...: true when OUT is missing or older than one of IN (or --force).
stale() {
    local out="$1" f
    shift
    ((FORCE)) && return 0
    [[ -f "$out" ]] || return 0
    for f in "$@"; do [[ "$f" -nt "$out" ]] && return 0; done
    return 1
}

update_sources() {
    local lupdate lang
    lupdate="$(tool pyside6-lupdate)"
    mkdir -p "$SRC"
    local -a app_files views_files dialogs_files
    mapfile -t app_files < <(find "$UI" -maxdepth 1 -name '*.py' | sort)
    mapfile -t views_files < <(find "$UI/views" -name '*.py' | sort)
    mapfile -t dialogs_files < <(find "$UI/dialogs" "$UI/models" -name '*.py' | sort)
    for lang in "${LANGS[@]}"; do
        # -locations relative: line numbers help translators; -no-obsolete: drop removed texts
        "$lupdate" -silent -locations relative -no-obsolete -target-language "$lang" \
            "${app_files[@]}" -ts "$SRC/app_$lang.ts"
        "$lupdate" -silent -locations relative -no-obsolete -target-language "$lang" \
            "${views_files[@]}" -ts "$SRC/views_$lang.ts"
        "$lupdate" -silent -locations relative -no-obsolete -target-language "$lang" \
            "${dialogs_files[@]}" -ts "$SRC/dialogs_$lang.ts"
    done
    local pybabel pot
    pybabel="$(tool pybabel)"
    pot="$(mktemp "${TMPDIR:-/tmp}/ramstein-cli.XXXXXX.pot")"
    # Everything a terminal or an export shows: the CLI and the non-Qt layers, never ui/.
    (cd "$ROOT/desktop" && "$pybabel" -q extract --no-wrap --sort-by-file --ignore-dirs=ui \
        -k _ -k N_ --project "Ramstein Planner" -o "$pot" ramstein)
    for lang in "${LANGS[@]}"; do
        if [[ -f "$SRC/cli_$lang.po" ]]; then
            "$pybabel" -q update --no-wrap --ignore-obsolete -i "$pot" -o "$SRC/cli_$lang.po" -l "$lang"
        else
            "$pybabel" -q init --no-wrap -i "$pot" -o "$SRC/cli_$lang.po" -l "$lang"
        fi
    done
    rm -f "$pot"
}

compile() {
    local lrelease pybabel lang qm mo
    mkdir -p "$OUT"
    for lang in "${LANGS[@]}"; do
        local -a ts=()
        mapfile -t ts < <(find "$SRC" -maxdepth 1 -name "*_$lang.ts" | sort)
        qm="$OUT/ramstein_$lang.qm"
        if ((${#ts[@]})) && stale "$qm" "${ts[@]}"; then
            lrelease="${lrelease:-$(tool pyside6-lrelease)}"
            "$lrelease" -nounfinished -removeidentical "${ts[@]}" -qm "$qm"
        fi
        mo="$OUT/$lang/LC_MESSAGES/ramstein.mo"
        if [[ -f "$SRC/cli_$lang.po" ]] && stale "$mo" "$SRC/cli_$lang.po"; then
            pybabel="${pybabel:-$(tool pybabel)}"
            mkdir -p "$(dirname "$mo")"
            "$pybabel" compile --statistics -l "$lang" -i "$SRC/cli_$lang.po" -o "$mo"
        fi
    done
}

((UPDATE)) && update_sources
compile
