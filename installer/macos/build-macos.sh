#!/usr/bin/env bash
# Builds the macOS installer of Ramstein Planner from this checkout, in one command:
#
#   installer/macos/build-macos.sh [--clean]
#
#   0. the translations (scripts/build-translations.sh, when the checkout has it) and the icons
#      (installer/make_icons.py -> $OUT/icons/ramstein.icns);
#   1. $OUT/dist/Ramstein Planner.app (installer/ramstein.spec: BUNDLE with the bundle id, the
#      version, the .ramstein document type), checked with its own `--self-test` and its
#      Info.plist, signed ad hoc when PyInstaller's signature does not verify;
#   2. $OUT/ramstein-planner-<version>-macos-<arch>.dmg: the .app and an /Applications link
#      (drag to install), compressed (UDZO), verified, and the .app self-tested again from the
#      mounted image.
# Prints each artefact's size and each step's time.
#
#   --clean   rebuild the bundle from scratch (PyInstaller's cache in $OUT/work is otherwise reused)
#
# Environment: RAMSTEIN_BUILD_DIR  output folder (default: build/installer in the checkout)
#              RAMSTEIN_PYTHON     the Python with the project and requirements-dev.lock
#                                  (default: .venv/bin/python)
# Needs: macOS 11+ (hdiutil, plutil, codesign); a Python 3.11+ with `pip install
# --require-hashes -r requirements-dev.lock -r .github/requirements-macos.lock` and
# `pip install --no-deps -e .`. Written for the bash 3.2 that macOS ships.
set -euo pipefail
umask 022

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)"
PY="${RAMSTEIN_PYTHON:-$ROOT/.venv/bin/python}"
OUT="${RAMSTEIN_BUILD_DIR:-$ROOT/build/installer}"
APP_NAME="Ramstein Planner"
APP=ramstein-planner

say() { printf '==> %s\n' "$*"; }
die() {
    printf '==> ERROR: %s\n' "$*" >&2
    exit 1
}

clean=()
for arg in "$@"; do
    case "$arg" in
        --clean) clean=(--clean) ;;
        -h | --help)
            sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
            exit 0
            ;;
        *) die "unknown argument: $arg (try --help)" ;;
    esac
done

[[ "$(uname -s)" == Darwin ]] || die "builds the macOS .app and .dmg: run it on macOS"
for tool in hdiutil plutil codesign ditto; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found"
done
[[ -x "$PY" ]] || die "no Python at $PY (set RAMSTEIN_PYTHON, or make .venv: see --help)"
version="$("$PY" -c 'from importlib import metadata; print(metadata.version("ramstein-planner"))')" \
    || die "ramstein-planner is not installed in $PY (pip install --no-deps -e .)"
arch="$(uname -m)"  # arm64 on Apple silicon, x86_64 on Intel: the bundle is for this one only
mkdir -p "$OUT"
OUT="$(cd -- "$OUT" && pwd -P)"

# timed NAME CMD...: runs CMD, then prints how long it took (whole seconds: bash 3.2 and
# macOS date have nothing finer).
timed() {
    local name="$1" start=$SECONDS
    shift
    "$@"
    say "$name: $((SECONDS - start)) s"
}

size_of() { du -sh -- "$1" | cut -f1; }

# self_test APP: the .app's own check in a throwaway home (resources, migrations, roster,
# an offscreen main window); it must end with "self-test ok".
self_test() {
    local home log
    home="$(mktemp -d "${TMPDIR:-/tmp}/ramstein-build-home.XXXXXX")"
    log="$home/self-test.log"
    HOME="$home" QT_QPA_PLATFORM=offscreen "$1/Contents/MacOS/ramstein" --self-test >"$log" \
        || { cat "$log"; rm -rf -- "$home"; die "$1: --self-test failed"; }
    cat "$log"
    grep -q '^self-test ok' "$log" || { rm -rf -- "$home"; die "$1: --self-test printed no 'self-test ok'"; }
    rm -rf -- "$home"
}

# ------------------------------------------------------------------ 0. translations, icons
if [[ -f "$ROOT/scripts/build-translations.sh" ]]; then
    timed "translations" bash "$ROOT/scripts/build-translations.sh"
else
    say "no scripts/build-translations.sh: the bundle ships whatever resources/translations holds"
fi
export RAMSTEIN_ICON_DIR="$OUT/icons"
timed "icons" "$PY" "$ROOT/installer/make_icons.py" "$RAMSTEIN_ICON_DIR" >/dev/null

# ------------------------------------------------------------------------------- 1. .app
app="$OUT/dist/$APP_NAME.app"
say "PyInstaller bundle $version (macOS $arch)"
timed "bundle" "$PY" -m PyInstaller --noconfirm --log-level WARN ${clean[@]+"${clean[@]}"} \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/installer/ramstein.spec"
[[ -x "$app/Contents/MacOS/ramstein" ]] || die "PyInstaller made no $app/Contents/MacOS/ramstein"
for qm in "$ROOT"/resources/translations/*.qm; do
    [[ -e "$qm" ]] || continue
    [[ -n "$(find "$app/Contents" -name "${qm##*/}" -path '*ramstein/resources/translations/*' | head -n 1)" ]] \
        || die "the .app lacks the translation ${qm##*/}"
done

plist="$app/Contents/Info.plist"
plutil -lint "$plist" >/dev/null || die "$plist is not a valid property list"
for key in CFBundleShortVersionString CFBundleVersion; do
    [[ "$(plutil -extract "$key" raw -o - "$plist")" == "$version" ]] || die "$plist: $key is not $version"
done
[[ "$(plutil -extract CFBundleIdentifier raw -o - "$plist")" == org.ramstein-planner.app ]] \
    || die "$plist: unexpected CFBundleIdentifier"
[[ "$(plutil -extract CFBundleDocumentTypes.0.CFBundleTypeExtensions.0 raw -o - "$plist")" == ramstein ]] \
    || die "$plist: no .ramstein document type"

# Apple silicon runs no unsigned code. PyInstaller signs ad hoc; if that does not verify
# (e.g. a file changed after), sign the whole bundle ad hoc again. Distribution outside a
# company would need a Developer ID signature and notarization instead (installer/README.md).
if ! codesign --verify --deep --strict "$app" 2>/dev/null; then
    say "re-signing $app ad hoc"
    codesign --force --deep --sign - "$app"
    codesign --verify --deep --strict "$app" || die "$app: the signature does not verify"
fi
timed "bundle self-test" self_test "$app"

# ------------------------------------------------------------------------------- 2. .dmg
dmg="$OUT/$APP-$version-macos-$arch.dmg"
stage="$OUT/dmg-root"
build_dmg() {
    rm -rf -- "$stage" "$dmg"
    mkdir -p "$stage"
    ditto "$app" "$stage/$APP_NAME.app"  # ditto keeps the symlinks and signatures of frameworks
    ln -s /Applications "$stage/Applications"
    hdiutil create -quiet -volname "$APP_NAME $version" -srcfolder "$stage" -fs HFS+ \
        -format UDZO -imagekey zlib-level=9 -ov "$dmg"
    rm -rf -- "$stage"
    hdiutil verify -quiet "$dmg"
}
timed ".dmg" build_dmg

# What a planner gets: the .app as it comes off the mounted image.
mnt="$(mktemp -d "${TMPDIR:-/tmp}/ramstein-dmg.XXXXXX")"
hdiutil attach -quiet -nobrowse -readonly -mountpoint "$mnt" "$dmg"
trap 'hdiutil detach -quiet "$mnt" 2>/dev/null || true; rmdir "$mnt" 2>/dev/null || true' EXIT
[[ -L "$mnt/Applications" ]] || die "$dmg: no /Applications link"
timed ".dmg self-test" self_test "$mnt/$APP_NAME.app"

say "app     $(size_of "$app")  $app ($(find "$app" -type f | wc -l | tr -d ' ') files)"
say ".dmg    $(size_of "$dmg")  $dmg"
