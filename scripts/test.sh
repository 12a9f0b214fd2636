#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs the whole test suite:
#   ruff check, mypy, import-linter, pytest.
# Stops at the first failing step and exits with its code. Arguments go to pytest:
#   scripts/test.sh -k dashboard
#   scripts/test.sh --full
set -euo pipefail

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
VENV="$ROOT/.venv"

header() { printf '\n==> %s\n' "$*"; }

# run_step NAME CMD...: runs CMD in the repository root; on failure exits with its code.
run_step() {
    local name="$1" rc=0 start=$SECONDS
    shift
    header "$name"
    (cd "$ROOT" && "$@") || rc=$?
    if ((rc != 0)); then
        printf '==> FAILED: %s (exit code %d)\n' "$name" "$rc" >&2
        exit "$rc"
    fi
    printf '==> %s: ok (%ds)\n' "$name" "$((SECONDS - start))"
}

header "setup"
bash "$ROOT/scripts/setup.sh" --test

# Qt without a screen, and no test may read or write the user's real settings or data.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
TEST_TMP="$(mktemp -d "${TMPDIR:-/tmp}/ramstein-test.XXXXXX")"
trap 'rm -rf -- "$TEST_TMP"' EXIT
mkdir -p "$TEST_TMP/config" "$TEST_TMP/xdg-config" "$TEST_TMP/xdg-data" "$TEST_TMP/runtime"
chmod 700 "$TEST_TMP/runtime"
export RAMSTEIN_CONFIG_DIR="$TEST_TMP/config"
export XDG_CONFIG_HOME="$TEST_TMP/xdg-config"
export XDG_DATA_HOME="$TEST_TMP/xdg-data"
# Qt warns on every start when XDG_RUNTIME_DIR is missing (as under CI and sudo).
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$TEST_TMP/runtime}"

run_step "ruff" "$VENV/bin/ruff" check desktop tests
run_step "mypy" "$VENV/bin/mypy"
run_step "import-linter" "$VENV/bin/lint-imports"

header "pytest${*:+ $*}"
rc=0
(cd "$ROOT" && "$VENV/bin/python" -m pytest "$@") || rc=$?
if ((rc == 5)); then
    printf '==> FAILED: pytest collected no tests\n' >&2
    exit 1
elif ((rc != 0)); then
    printf '==> FAILED: pytest (exit code %d)\n' "$rc" >&2
    exit "$rc"
fi
# Nothing is printed after pytest's summary line on success: CI reads it as the closing line.
