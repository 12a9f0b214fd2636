#!/usr/bin/env bash
# Idempotent set-up of a development machine for Ramstein Planner.
#
#   1. Debian/Ubuntu: installs the system libraries Qt needs (offscreen, X11/Xvfb) with apt-get,
#      as root or through `sudo -n`; otherwise prints the exact command to run and goes on.
#   2. Finds Python 3.11-3.13 (python3.13, python3.12, python3.11, python3; or $RAMSTEIN_PYTHON).
#   3. Creates .venv in the repository root, installs requirements-dev.lock with hashes, then the
#      project itself in editable mode. Each install runs again only when its input file changed
#      (sha256 stamps in .venv/.lock-stamp and .venv/.pyproject-stamp).
#   4. Prints nothing and takes well under a second when there is nothing to do.
#
# Usage: scripts/setup.sh [--test]
#   --test   also the tools the test suite uses: LibreOffice Calc (headless), to check that a
#            workbook saved again by LibreOffice imports cleanly, and binutils (objdump), which
#            PyInstaller needs to build the installer bundle (scripts/test.sh passes it)
#
# Environment: RAMSTEIN_PYTHON=/path/to/python3.x   use this interpreter for a new .venv
#              RAMSTEIN_SKIP_APT=1                  do not check or install system packages
set -euo pipefail

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
    echo "scripts/setup.sh: run it, do not source it" >&2
    return 1
fi

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
VENV="$ROOT/.venv"
LOCK="$ROOT/requirements-dev.lock"
PYPROJECT="$ROOT/pyproject.toml"
LOCK_STAMP="$VENV/.lock-stamp"
PYPROJECT_STAMP="$VENV/.pyproject-stamp"

APT_PACKAGES=(
    # Qt offscreen runtime (tests, screenshots without a screen)
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
    # real X11 windows and Xvfb screenshots (xcb platform plugin)
    xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-xkb1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libx11-xcb1
)
# Only with --test: what the test suite uses besides the runtime.
TEST_APT_PACKAGES=(
    # `soffice --headless --convert-to xlsx`: re-save an exported workbook as LibreOffice would
    libreoffice-calc-nogui
    # PyInstaller needs objdump to build the bundle (tests/integration/test_installer.py)
    binutils
    # initdb/pg_ctl/postgres: the PostgreSQL tests start a throwaway cluster (tests/pg/)
    postgresql
    # pdftotext/pdftoppm/pdfinfo: the brief tests read and render the PDF (tests/ui/test_brief.py)
    poppler-utils
)

say() { printf '==> %s\n' "$*"; }
warn() { printf '==> WARNING: %s\n' "$*" >&2; }
die() {
    printf '==> ERROR: %s\n' "$*" >&2
    exit 1
}

# ------------------------------------------------------------------------------------ apt

is_debian() {
    command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 || return 1
    [[ -f /etc/debian_version ]] && return 0
    [[ -r /etc/os-release ]] && grep -Eq '^ID_LIKE=.*debian' /etc/os-release
}

# Prints those of the given Debian packages that are not installed. A package also counts as
# installed under its 64-bit-time_t name (Ubuntu 24.04: libglib2.0-0 -> libglib2.0-0t64).
missing_debs() {
    local installed p
    # shellcheck disable=SC2016  # ${Package} and ${Status} are dpkg-query fields, not shell
    installed=" $(dpkg-query -W -f='${Package} ${Status}\n' "$@" "${@/%/t64}" 2>/dev/null |
        awk '$NF == "installed" { printf "%s ", $1 }') " || true
    for p in "$@"; do
        [[ "$installed" == *" $p "* || "$installed" == *" ${p}t64 "* ]] || printf '%s\n' "$p"
    done
}

# apt_install PKG...: installs the packages as root or with `sudo -n`. Without either, prints the
# command to run and returns 1. A failing apt-get also returns 1 (after showing its output).
apt_install() {
    local -a sudo=()
    if [[ $EUID -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
            sudo=(sudo -n)
        else
            warn "missing system packages: $*"
            printf '    Install them with:\n'
            printf '    sudo apt-get update && sudo apt-get install -y --no-install-recommends %s\n' "$*"
            printf '    Continuing without them (offscreen tests may still work).\n'
            return 1
        fi
    fi
    local -a apt=(${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
    local log
    log="$(mktemp "${TMPDIR:-/tmp}/ramstein-apt.XXXXXX")"
    say "apt-get update"
    if ! "${apt[@]}" -q update >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        warn "apt-get update failed; trying the install anyway"
    fi
    say "apt-get install $*"
    if ! "${apt[@]}" -q install -y --no-install-recommends "$@" >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        rm -f "$log"
        warn "apt-get install failed; continuing without: $*"
        return 1
    fi
    rm -f "$log"
}

ensure_system_packages() {
    [[ "${RAMSTEIN_SKIP_APT:-0}" == 1 ]] && return 0
    is_debian || return 0
    local -a missing
    mapfile -t missing < <(missing_debs "${APT_PACKAGES[@]}")
    ((${#missing[@]} == 0)) && return 0
    apt_install "${missing[@]}" || true
}

# --------------------------------------------------------------------------------- python

# python_ok EXE: true if EXE runs and is a Python the project supports (requires-python).
python_ok() {
    "$1" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 14)))' \
        >/dev/null 2>&1
}

# Sets PY to the interpreter to build .venv from; returns 1 if there is none.
find_python() {
    local c
    if [[ -n "${RAMSTEIN_PYTHON:-}" ]]; then
        python_ok "$RAMSTEIN_PYTHON" || die "RAMSTEIN_PYTHON=$RAMSTEIN_PYTHON is not a working Python 3.11-3.13"
        PY="$RAMSTEIN_PYTHON"
        return 0
    fi
    # `command -v` alone is not enough: pyenv puts shims on PATH for versions that are not active.
    for c in python3.13 python3.12 python3.11 python3; do
        if command -v "$c" >/dev/null 2>&1 && python_ok "$c"; then
            PY="$(command -v "$c")"
            return 0
        fi
    done
    return 1
}

no_python() {
    printf '==> ERROR: no Python 3.11, 3.12 or 3.13 found (tried python3.13 python3.12 python3.11 python3).\n' >&2
    if is_debian; then
        printf '    Debian 12+ / Ubuntu 24.04+: sudo apt-get install python3 python3-venv\n' >&2
    fi
    printf '    Otherwise install Python 3.11-3.13 from your distribution or python.org,\n' >&2
    printf '    or point RAMSTEIN_PYTHON at one: RAMSTEIN_PYTHON=/path/to/python3.12 %s\n' "$0" >&2
    exit 1
}

venv_module_ok() { "$1" -c 'import venv, ensurepip' >/dev/null 2>&1; }

# The -venv package that provides ensurepip for interpreter $1 on Debian/Ubuntu.
venv_deb_for() {
    local ver sys_ver=""
    ver="$("$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    [[ -x /usr/bin/python3 ]] && sys_ver="$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)"
    if [[ "$ver" == "$sys_ver" ]]; then echo python3-venv; else echo "python$ver-venv"; fi
}

# ----------------------------------------------------------------------------------- venv

venv_ok() {
    [[ -x "$VENV/bin/python" ]] &&
        "$VENV/bin/python" -c 'import sys, pip; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 14)))' \
            >/dev/null 2>&1
}

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum -- "$1" | cut -d' ' -f1
    else
        "$VENV/bin/python" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$1"
    fi
}

stamp_matches() { [[ -f "$2" && "$(<"$2")" == "$1" ]]; }

# pip in .venv, quiet. Drops pip's warning for each package that a configured local index
# (--extra-index-url file:///...) does not have: one line per package, nothing to act on.
venv_pip() {
    "$VENV/bin/python" -m pip --quiet --no-input "$@" \
        2> >(grep -v "^WARNING: Location 'file:.*' is ignored: it is neither a file nor a directory\.$" >&2)
}

create_venv() {
    if ! find_python; then
        # A bare Debian/Ubuntu may simply have no python3 yet.
        if is_debian && [[ "${RAMSTEIN_SKIP_APT:-0}" != 1 ]] && apt_install python3 python3-venv; then
            find_python || no_python
        else
            no_python
        fi
    fi
    if ! venv_module_ok "$PY"; then
        local deb=""
        is_debian && deb="$(venv_deb_for "$PY")"
        if [[ -n "$deb" && "${RAMSTEIN_SKIP_APT:-0}" != 1 ]]; then
            apt_install "$deb" || true
        fi
        venv_module_ok "$PY" ||
            die "$PY cannot create virtual environments (no venv/ensurepip module)${deb:+; install $deb}"
    fi
    if [[ -e "$VENV" || -L "$VENV" ]]; then
        # Only replace what is clearly our own virtual environment.
        [[ -f "$VENV/pyvenv.cfg" ]] ||
            die "$VENV exists but is not a virtual environment; move it away and run again"
        [[ -w "$VENV" && -w "$VENV/pyvenv.cfg" ]] ||
            die "$VENV is broken or unusable for you and not writable (made by another user, e.g. with sudo?); remove it and run again"
        say "recreating .venv (its python is missing or broken)"
        rm -rf -- "$VENV"
    fi
    say "creating .venv with $PY ($("$PY" -c 'import sys; print(sys.version.split()[0])'))"
    if ! "$PY" -m venv "$VENV"; then
        rm -rf -- "$VENV"
        die "python -m venv failed"
    fi
}

install_lock() {
    local want
    want="$(sha256_of "$LOCK")"
    stamp_matches "$want" "$LOCK_STAMP" && return 0
    say "installing requirements-dev.lock into .venv (takes a minute or two the first time)"
    rm -f -- "$LOCK_STAMP"
    venv_pip install --progress-bar off --require-hashes -r "$LOCK" ||
        die "pip install -r requirements-dev.lock failed"
    printf '%s\n' "$want" >"$LOCK_STAMP"
}

install_project() {
    local want
    want="$(sha256_of "$PYPROJECT")"
    stamp_matches "$want" "$PYPROJECT_STAMP" && [[ -x "$VENV/bin/ramstein" ]] && return 0
    say "installing ramstein-planner into .venv (editable)"
    rm -f -- "$PYPROJECT_STAMP"
    venv_pip install --progress-bar off --no-deps -e "$ROOT" ||
        die "pip install --no-deps -e . failed"
    printf '%s\n' "$want" >"$PYPROJECT_STAMP"
}

# ----------------------------------------------------------------------------------- main

main() {
    local arg
    for arg in "$@"; do
        case "$arg" in
            --test) APT_PACKAGES+=("${TEST_APT_PACKAGES[@]}") ;;
            -h | --help)
                sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
                exit 0
                ;;
            *) die "unknown argument: $arg (try --help)" ;;
        esac
    done
    [[ -f "$LOCK" ]] || die "missing $LOCK"
    [[ -f "$PYPROJECT" ]] || die "missing $PYPROJECT"
    export PIP_DISABLE_PIP_VERSION_CHECK=1

    # One set-up at a time per checkout (scripts/test.sh and scripts/start-demo.sh may race).
    if command -v flock >/dev/null 2>&1 && exec 9<"$ROOT"; then
        if ! flock -n 9; then
            say "waiting for another scripts/setup.sh in $ROOT to finish"
            flock 9
        fi
    fi

    ensure_system_packages
    venv_ok || create_venv
    install_lock
    install_project
    # The compiled catalogues (.qm/.mo) are build products: a fresh clone gets them here.
    "$ROOT/scripts/build-translations.sh" || warn "translations not compiled (the window stays in English)"
}

main "$@"
