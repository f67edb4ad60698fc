#!/usr/bin/env bash
# Builds Guardian.app and dist/guardian-VERSION-macos-ARCH.pkg. Runs on a Mac only (pkgbuild, productbuild and
# iconutil come with macOS; PyInstaller cannot cross-build from Linux or Windows).
#
#   packaging/macos/build.sh                          # unsigned app and package
#   packaging/macos/build.sh --policy school.toml     # the package installs this policy (checked first)
#   APP_SIGN="Developer ID Application: ..." PKG_SIGN="Developer ID Installer: ..." packaging/macos/build.sh
#
# The app is built for the architecture of the Python that runs PyInstaller (arm64 or x86_64): build once on each,
# or use a universal2 Python from python.org. Environment: PYTHON (default python3, 3.11 or newer).
set -euo pipefail

PYINSTALLER_VERSION="6.22.3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
BUILD="$ROOT/build/macos"
DIST="$ROOT/dist"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/guardian/__init__.py)"
APP_ID="$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' src/guardian/__init__.py)"
POLICY=""
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case "$1" in
        --policy) POLICY="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
        *) die "unknown option $1" ;;
    esac
done
[ "$(uname -s)" = "Darwin" ] || die "this builds the macOS app and package, on macOS only (see packaging/README.md)"

# 1. Build venv with PyInstaller and Guardian's dependencies.
VENV="$BUILD/venv"
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet "pyinstaller==$PYINSTALLER_VERSION" "$ROOT"
fi

# 2. Icon: the app's SVG rendered by Qt at every size an .icns holds.
ICONSET="$BUILD/Guardian.iconset"
rm -rf "$ICONSET" && mkdir -p "$ICONSET"
for size in 16 32 128 256 512; do
    "$VENV/bin/python" packaging/render_icon.py resources/icons/app.svg "$ICONSET/icon_${size}x${size}.png" "$size"
    "$VENV/bin/python" packaging/render_icon.py resources/icons/app.svg "$ICONSET/icon_${size}x${size}@2x.png" \
        "$((size * 2))"
done
iconutil -c icns -o "$BUILD/Guardian.icns" "$ICONSET"

# 3. Guardian.app (the shared spec makes the BUNDLE on macOS, with APP_ID as its bundle identifier).
rm -rf "$BUILD/dist" "$BUILD/work"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$BUILD/dist" --workpath "$BUILD/work" \
    packaging/pyinstaller/guardian.spec
APP="$BUILD/dist/Guardian.app"
[ -x "$APP/Contents/MacOS/guardian" ] || die "PyInstaller made no $APP"
if [ -n "${APP_SIGN:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$APP_SIGN" "$APP"
fi
CHECK="$(mktemp -d)"
trap 'rm -rf "$CHECK"' EXIT
env -i PATH=/usr/bin:/bin HOME="$CHECK/home" "$APP/Contents/MacOS/guardian" --data-dir "$CHECK/data" self-test

# 4. The package: Guardian.app into /Applications, not relocatable (an older copy elsewhere is not "updated" in
#    place), with the postinstall that installs a policy.
SCRIPTS="$BUILD/scripts"
rm -rf "$SCRIPTS" "$BUILD/root" && mkdir -p "$SCRIPTS" "$BUILD/root"
cp packaging/macos/scripts/postinstall "$SCRIPTS/"
chmod 0755 "$SCRIPTS/postinstall"
if [ -n "$POLICY" ]; then
    "$APP/Contents/MacOS/guardian" --data-dir "$CHECK/data" --policy "$POLICY" self-test \
        || die "$POLICY has problems (see the policy line above); fix them before building it into the package"
    cp "$POLICY" "$SCRIPTS/policy.toml"
fi
ditto "$APP" "$BUILD/root/Guardian.app"
pkgbuild --analyze --root "$BUILD/root" "$BUILD/component.plist"
plutil -replace 0.BundleIsRelocatable -bool NO "$BUILD/component.plist"
pkgbuild --root "$BUILD/root" --component-plist "$BUILD/component.plist" --install-location /Applications \
    --identifier "$APP_ID" --version "$VERSION" --scripts "$SCRIPTS" "$BUILD/Guardian-component.pkg"
mkdir -p "$DIST"
PKG="$DIST/guardian-$VERSION-macos-$(uname -m).pkg"
productbuild --identifier "$APP_ID.pkg" --version "$VERSION" --package "$BUILD/Guardian-component.pkg" \
    ${PKG_SIGN:+--sign "$PKG_SIGN"} "$PKG"
echo "built $PKG ($(du -h "$PKG" | cut -f1)); app: $(du -sh "$APP" | cut -f1)"
