#!/usr/bin/env bash
# Build the translations of Ramstein Planner (idempotent; nothing to do takes a few ms).
#
#   scripts/build-translations.sh            compile: translations/*_<lang>.ts (areas app, views,
#                                            dialogs) into resources/translations/ramstein_<lang>.qm
#                                            with pyside6-lrelease, and translations/cli_<lang>.po
#                                            into resources/translations/<lang>/LC_MESSAGES/
#                                            ramstein.mo with Babel; only when a source is newer
#   scripts/build-translations.sh --update   refresh the sources from the code first: pyside6-lupdate
#                                            for the .ts files (ui/*.py and the language dialog ->
#                                            app, ui/enum_text.py -> enums, ui/views -> views, the
#                                            other ui/dialogs + ui/models -> dialogs), pybabel extract +
#                                            update for the CLI catalogue (everything outside ui/)
#   --update --only=app,cli                  refresh only those areas (app, enums, views, dialogs, cli):
#                                            another area's catalogue is left as it is
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
ONLY="app,enums,views,dialogs,cli"

for arg in "$@"; do
    case "$arg" in
        --update) UPDATE=1 ;;
        --force) FORCE=1 ;;
        --only=*) ONLY="${arg#--only=}" ;;
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

# wanted AREA: true when --only names it (every area by default).
wanted() { [[ ",$ONLY," == *",$1,"* ]]; }

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
    local -a app_files enums_files views_files dialogs_files files
    # The language dialog is the window's own settings, with ui/i18n.py: app, not dialogs.
    # The enums' vocabularies (one context per enum) have their own catalogue.
    local language_dialog="$UI/dialogs/language_dialog.py" enum_text="$UI/enum_text.py"
    mapfile -t app_files < <({ find "$UI" -maxdepth 1 -name '*.py' ! -path "$enum_text"
        echo "$language_dialog"; } | sort)
    enums_files=("$enum_text")
    mapfile -t views_files < <(find "$UI/views" -name '*.py' | sort)
    mapfile -t dialogs_files < <(find "$UI/dialogs" "$UI/models" -name '*.py' \
        ! -path "$language_dialog" | sort)
    for lang in "${LANGS[@]}"; do
        # -locations relative: line numbers help translators; -no-obsolete: drop removed texts
        local area
        for area in app enums views dialogs; do
            wanted "$area" || continue
            case "$area" in
                app) files=("${app_files[@]}") ;;
                enums) files=("${enums_files[@]}") ;;
                views) files=("${views_files[@]}") ;;
                dialogs) files=("${dialogs_files[@]}") ;;
            esac
            "$lupdate" -silent -locations relative -no-obsolete -target-language "$lang" \
                "${files[@]}" -ts "$SRC/${area}_$lang.ts"
        done
    done
    wanted cli || return 0
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
