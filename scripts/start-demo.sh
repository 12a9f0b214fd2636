#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and starts Ramstein Planner on a demo database,
# creating it first if it does not exist. Arguments go to `ramstein`.
#
# Environment: RAMSTEIN_DEMO_DB          database file (default ~/.local/share/ramstein-planner/demo.db)
#              RAMSTEIN_DEMO_PLEDGES     pledges in a new demo database (default 5000)
#              RAMSTEIN_DEMO_DELIVERIES  deliveries in a new demo database (default 15000)
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
RAMSTEIN="$ROOT/.venv/bin/ramstein"
DB="${RAMSTEIN_DEMO_DB:-${HOME:?HOME is not set}/.local/share/ramstein-planner/demo.db}"
PLEDGES="${RAMSTEIN_DEMO_PLEDGES:-5000}"
DELIVERIES="${RAMSTEIN_DEMO_DELIVERIES:-15000}"

bash "$ROOT/scripts/setup.sh"

if [[ ! -e "$DB" ]]; then
    dir="$(dirname -- "$DB")"
    mkdir -p -- "$dir"
    # Build under a temporary name so that an interrupted run leaves no half-filled database.
    tmp="$dir/.demo-creating.$$.db"
    trap 'rm -f -- "$tmp" "$tmp-journal" "$tmp-wal" "$tmp-shm"' EXIT
    printf '==> creating demo database %s (%s pledges, %s deliveries)\n' "$DB" "$PLEDGES" "$DELIVERIES"
    "$RAMSTEIN" demo --db "$tmp" --pledges "$PLEDGES" --deliveries "$DELIVERIES"
    mv -- "$tmp" "$DB"
    trap - EXIT
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    {
        printf '==> No screen: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open.\n'
        if command -v xvfb-run >/dev/null 2>&1; then
            printf '    Run the app on a virtual screen:  xvfb-run -a %s/scripts/start-demo.sh\n' "$ROOT"
        else
            printf '    For a virtual screen install Xvfb (apt-get install xvfb), then: xvfb-run -a %s/scripts/start-demo.sh\n' "$ROOT"
        fi
        printf '    Or save screenshots of the main views: %s screenshot --db %q OUTDIR\n' "$RAMSTEIN" "$DB"
    } >&2
    exit 2
fi

printf '==> starting Ramstein Planner on %s\n' "$DB"
exec "$RAMSTEIN" --db "$DB" "$@"
