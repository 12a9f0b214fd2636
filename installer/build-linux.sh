#!/usr/bin/env bash
# Builds the Linux installers of Ramstein Planner from this checkout, in one command:
#
#   installer/build-linux.sh [--clean]
#
#   0. the translations (scripts/build-translations.sh, when the checkout has it) and the icons
#      (installer/make_icons.py -> $OUT/icons);
#   1. a PyInstaller one-folder bundle (installer/ramstein.spec) in $OUT/dist/ramstein-planner,
#      checked with its own `ramstein --self-test`;
#   2. $OUT/ramstein-planner_<version>_<arch>.deb: the bundle under /opt/ramstein-planner,
#      /usr/bin/ramstein, a desktop entry, icons and the .ramstein file type (shared-mime-info);
#      Depends: the system libraries Qt needs;
#   3. $OUT/ramstein-planner-<version>-linux-<arch>.tar.gz: the bundle folder alone.
# Prints each artefact's size and each step's time.
#
#   --clean   rebuild the bundle from scratch (PyInstaller's cache in $OUT/work is otherwise reused)
#
# Environment: RAMSTEIN_BUILD_DIR  output folder (default: build/installer in the checkout)
# Needs: .venv (scripts/setup.sh), objdump (apt-get install binutils), dpkg-deb.
set -euo pipefail
umask 022  # the package's files must be world-readable whatever the caller's umask

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
VENV="$ROOT/.venv"
OUT="${RAMSTEIN_BUILD_DIR:-$ROOT/build/installer}"
LINUX="$ROOT/installer/linux"
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

[[ -x "$VENV/bin/pyinstaller" ]] || die "no $VENV/bin/pyinstaller: run scripts/setup.sh first"
command -v objdump >/dev/null 2>&1 || die "PyInstaller needs objdump: apt-get install binutils"
command -v dpkg-deb >/dev/null 2>&1 || die "dpkg-deb not found (Debian/Ubuntu only)"

version="$("$VENV/bin/python" -c 'from importlib import metadata; print(metadata.version("ramstein-planner"))')"
arch="$(dpkg --print-architecture)"
mkdir -p "$OUT"

# timed NAME CMD...: runs CMD, then prints how long it took.
timed() {
    local name="$1" start
    shift
    start="$(date +%s.%N)"
    "$@"
    printf '==> %s: %.1f s\n' "$name" "$(echo "$(date +%s.%N) - $start" | bc)"
}

size_of() { du -sh -- "$1" | cut -f1; }

# ------------------------------------------------------------------ 0. translations, icons
# The compiled catalogues (resources/translations/*.qm, *.mo) are build products: make them
# now so the bundle carries them (the spec collects resources/ whole).
if [[ -f "$ROOT/scripts/build-translations.sh" ]]; then
    timed "translations" bash "$ROOT/scripts/build-translations.sh"
else
    say "no scripts/build-translations.sh: the bundle ships whatever resources/translations holds"
fi
export RAMSTEIN_ICON_DIR="$OUT/icons"
timed "icons" "$VENV/bin/python" "$ROOT/installer/make_icons.py" "$RAMSTEIN_ICON_DIR" >/dev/null

# ------------------------------------------------------------------------------ 1. bundle
bundle="$OUT/dist/$APP"
say "PyInstaller bundle $version ($arch)"
timed "bundle" "$VENV/bin/pyinstaller" --noconfirm --log-level WARN ${clean[@]+"${clean[@]}"} \
    --distpath "$OUT/dist" --workpath "$OUT/work" "$ROOT/installer/ramstein.spec"
[[ -x "$bundle/ramstein" ]] || die "PyInstaller made no $bundle/ramstein"
for qm in "$ROOT"/resources/translations/*.qm; do
    [[ -e "$qm" ]] || continue
    [[ -f "$bundle/_internal/ramstein/resources/translations/${qm##*/}" ]] \
        || die "the bundle lacks the translation ${qm##*/}"
done
# The bundle's own check, in a throwaway home: resources, migrations, roster, offscreen window.
selftest_home="$(mktemp -d "${TMPDIR:-/tmp}/ramstein-build-home.XXXXXX")"
trap 'rm -rf -- "$selftest_home"' EXIT
timed "bundle self-test" env HOME="$selftest_home" XDG_DATA_HOME="$selftest_home/data" \
    XDG_CONFIG_HOME="$selftest_home/config" XDG_CACHE_HOME="$selftest_home/cache" \
    "$bundle/ramstein" --self-test 2> >(grep -v 'does not support propagateSizeHints' >&2)

# ---------------------------------------------------------------------------------- 2. .deb
deb="$OUT/${APP}_${version}_${arch}.deb"
stage="$OUT/deb-root"
build_deb() {
    rm -rf -- "$stage"
    mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
        "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/icons/hicolor/256x256/apps" \
        "$stage/usr/share/mime/packages" "$stage/usr/share/doc/$APP"
    cp -a -- "$bundle" "$stage/opt/$APP"
    # PyInstaller's one-folder bootloader finds _internal/ through the resolved link.
    ln -s "/opt/$APP/ramstein" "$stage/usr/bin/ramstein"
    install -m 644 "$LINUX/$APP.desktop" "$stage/usr/share/applications/$APP.desktop"
    install -m 644 "$LINUX/$APP.svg" "$stage/usr/share/icons/hicolor/scalable/apps/$APP.svg"
    install -m 644 "$RAMSTEIN_ICON_DIR/ramstein.png" "$stage/usr/share/icons/hicolor/256x256/apps/$APP.png"
    # *.ramstein files: shared-mime-info's and desktop-file-utils' dpkg triggers refresh the
    # caches, so no maintainer scripts are needed.
    install -m 644 "$LINUX/$APP.xml" "$stage/usr/share/mime/packages/$APP.xml"
    install -m 644 "$ROOT/installer/README.md" "$stage/usr/share/doc/$APP/README.md"
    local installed_kb
    installed_kb="$(du -sk --exclude=DEBIAN -- "$stage" | cut -f1)"
    sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
        "$LINUX/control.in" >"$stage/DEBIAN/control"
    # zstd: about 1 s for the ~200 MB bundle, where dpkg-deb's default xz takes 40-70 s.
    dpkg-deb -Zzstd --root-owner-group --build "$stage" "$deb" >/dev/null
    rm -rf -- "$stage"
}
timed ".deb" build_deb

# ------------------------------------------------------------------------------- 3. tarball
tarball="$OUT/$APP-$version-linux-$arch.tar.gz"
timed "tarball" tar -C "$OUT/dist" --owner=0 --group=0 -I 'gzip -1' -cf "$tarball" "$APP"

say "bundle  $(size_of "$bundle")  $bundle ($(find "$bundle" -type f | wc -l) files)"
say ".deb    $(size_of "$deb")  $deb"
say "tarball $(size_of "$tarball")  $tarball"
