#!/usr/bin/env bash
# Builds Guardian for Linux from a clean clone, on Debian 12 (or a newer Debian or Ubuntu) for x86_64:
#
#   dist/guardian-VERSION-linux-x86_64.tar.gz   self-contained one-folder PyInstaller bundle
#   dist/guardian_VERSION_amd64.deb             the same bundle in /opt/guardian, a /usr/bin/guardian launcher,
#                                               desktop file, AppStream metainfo, icons, /etc/xdg/guardian/policy.toml
#
#   packaging/linux/build.sh              (as root it installs the Debian packages it needs with apt-get;
#                                          as another user it names them and stops)
#
# PyInstaller comes from PyPI into a separate build venv (build/linux/venv); the project's .venv is not touched.
# The build ends by running the bundle's `guardian self-test` in a bare environment and validating the desktop file
# and the metainfo. Environment: PYTHON (default python3, 3.11 or newer), SOURCE_DATE_EPOCH (default: last commit).
set -euo pipefail

PYINSTALLER_VERSION="6.22.3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
BUILD="$ROOT/build/linux"
DIST="$ROOT/dist"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/guardian/__init__.py)"
APP_ID="$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' src/guardian/__init__.py)"
TARBALL="$DIST/guardian-$VERSION-linux-x86_64.tar.gz"
DEB="$DIST/guardian_${VERSION}_amd64.deb"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

[ -n "$VERSION" ] && [ -n "$APP_ID" ] || die "cannot read __version__ and APP_ID from src/guardian/__init__.py"
[ "$(uname -m)" = "x86_64" ] || die "this script builds x86_64 packages; this machine is $(uname -m)"
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH="$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)"
fi
export SOURCE_DATE_EPOCH

# --- 1. Tools and libraries from Debian -------------------------------------------------------------------------
# binutils: PyInstaller's strip and readelf; dpkg: dpkg-deb; desktop-file-utils and appstream: validation.
# The libraries are those Qt's xcb and wayland plugins link against: the xcb ones are bundled, so they must be on
# the build machine; libc, GL/EGL, libxcb and libwayland stay the system's own (PyInstaller never bundles them) and
# become the .deb's dependencies.
NEEDED_DEBS=(binutils dpkg desktop-file-utils appstream libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
             libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
             libx11-xcb1 libdbus-1-3 libfontconfig1 libegl1 libgl1 libwayland-client0 libwayland-cursor0)
missing=()
for package in "${NEEDED_DEBS[@]}"; do
    dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ! "$PYTHON" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    [ "$PYTHON" = "python3" ] || die "$PYTHON is not Python 3.11 or newer with venv and ensurepip"
    missing+=(python3 python3-venv)
fi
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "Installing from Debian: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        die "please install these Debian packages first: sudo apt-get install ${missing[*]}"
    fi
fi

# --- 2. Build venv with PyInstaller and Guardian's dependencies -------------------------------------------------
VENV="$BUILD/venv"
stamp="$(sha256sum < pyproject.toml | cut -c1-16)-pyinstaller-$PYINSTALLER_VERSION"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp" ]; then
    say "Creating the build venv ($VENV)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller==$PYINSTALLER_VERSION" "$ROOT"
    echo "$stamp" > "$VENV/.stamp"
fi
"$VENV/bin/python" -c 'import sysconfig, sys; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))' \
    || die "$PYTHON has no shared libpython, which PyInstaller needs (Debian: apt-get install libpython3-dev)"

# --- 3. PyInstaller one-folder bundle ---------------------------------------------------------------------------
say "PyInstaller $PYINSTALLER_VERSION: packaging/pyinstaller/guardian.spec"
rm -rf "$BUILD/pyinstaller"
if ! "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$BUILD/pyinstaller/dist" \
        --workpath "$BUILD/pyinstaller/work" packaging/pyinstaller/guardian.spec > "$BUILD/pyinstaller.log" 2>&1; then
    tail -40 "$BUILD/pyinstaller.log"
    die "PyInstaller failed (full log: $BUILD/pyinstaller.log)"
fi
grep "guardian.spec: dropped" "$BUILD/pyinstaller.log" || true
BUNDLE="$BUILD/pyinstaller/dist/guardian"
[ -x "$BUNDLE/guardian" ] || die "PyInstaller made no $BUNDLE/guardian"

# Every library in the bundle must find what it links against: in the bundle, or from a Debian package that the
# .deb then depends on. This catches an over-eager exclude in the spec before a user does.
say "Checking the bundle's shared libraries"
mapfile -t elves < <(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name guardian \) | sort)
bundled="$(find "$BUNDLE" \( -type f -o -type l \) \( -name '*.so' -o -name '*.so.*' \) -printf '%f\n' | sort -u)"
needed="$(for f in "${elves[@]}"; do readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; done | sort -u)"
depends=()
while read -r lib; do
    [ -z "$lib" ] && continue
    grep -qxF "$lib" <<<"$bundled" && continue
    package="$(dpkg -S "*/$lib" 2>/dev/null | head -1 | cut -d: -f1)" || true
    [ -n "$package" ] || die "$lib is needed by the bundle but is neither bundled nor installed from a Debian package"
    depends+=("$package")
done <<<"$needed"
unresolved="$(for f in "${elves[@]}"; do
    LD_LIBRARY_PATH="$BUNDLE/_internal:$BUNDLE/_internal/PySide6/Qt/lib" ldd "$f" 2>/dev/null \
        | sed -n "s|^\s*\(\S*\) => not found|$f: \1|p"; done)"
[ -z "$unresolved" ] || die "libraries not found:"$'\n'"$unresolved"
[ -f "$BUNDLE/_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so" ] \
    || die "the bundle has no printer plugin: Guardian could list no printer"
glibc="$(for f in "${elves[@]}"; do readelf -V --wide "$f" 2>/dev/null; done | grep -o 'GLIBC_[0-9][0-9.]*' \
         | sed 's/GLIBC_//' | sort -uV | tail -1)"
mapfile -t depends < <(printf '%s\n' "${depends[@]}" | sort -u)
deb_depends=""
for package in "${depends[@]}"; do
    if [ "$package" = "libc6" ] && [ -n "$glibc" ]; then package="libc6 (>= $glibc)"; fi
    deb_depends="${deb_depends:+$deb_depends, }$package"
done
echo "system libraries: $deb_depends"

# --- 4. Tarball ---------------------------------------------------------------------------------------------------
say "Tarball"
mkdir -p "$DIST"
STAGE="$BUILD/tar/guardian-$VERSION"
rm -rf "$BUILD/tar"
mkdir -p "$STAGE"
cp -a "$BUNDLE/." "$STAGE/"
cp packaging/POLICY.md packaging/policy.example.toml "$STAGE/"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" -C "$BUILD/tar" \
    -czf "$TARBALL" "guardian-$VERSION"

# --- 5. Debian package -------------------------------------------------------------------------------------------
say "Debian package"
PKG="$BUILD/deb/guardian_${VERSION}_amd64"
rm -rf "$BUILD/deb"
mkdir -p "$PKG/DEBIAN" "$PKG/opt/guardian" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
         "$PKG/usr/share/icons/hicolor/scalable/apps" "$PKG/usr/share/icons/hicolor/256x256/apps" \
         "$PKG/usr/share/doc/guardian/examples" "$PKG/etc/xdg/guardian"
cp -a "$BUNDLE/." "$PKG/opt/guardian/"
cat > "$PKG/usr/bin/guardian" <<'EOF'
#!/bin/sh
# Guardian's launcher: the app itself is a self-contained bundle in /opt/guardian.
exec /opt/guardian/guardian "$@"
EOF
cp "packaging/linux/$APP_ID.desktop" "$PKG/usr/share/applications/"
cp "packaging/linux/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/"
cp resources/icons/app.svg "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
"$VENV/bin/python" packaging/render_icon.py resources/icons/app.svg \
    "$PKG/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" 256
cp packaging/POLICY.md "$PKG/usr/share/doc/guardian/"
cp packaging/policy.example.toml "$PKG/usr/share/doc/guardian/examples/"
# The system policy, a conffile: shipped with every line commented out, so that no policy is in effect until an
# administrator edits it, and dpkg keeps the administrator's edits on upgrade.
{
    echo "# Guardian system policy. Every line is commented out, so nothing is set or locked: remove the '#' in"
    echo "# front of the lines you want. Reference: /usr/share/doc/guardian/POLICY.md. Check: guardian self-test"
    echo "#"
    sed -e 's/^\([^#]\)/# \1/' packaging/policy.example.toml
} > "$PKG/etc/xdg/guardian/policy.toml"
cat > "$PKG/usr/share/doc/guardian/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Guardian
Comment: /opt/guardian bundles Python, Qt (PySide6, LGPL-3.0), SQLAlchemy, platformdirs, phonenumbers
 and segno under their own licences; their licence texts are in /opt/guardian/_internal.

Files: *
Copyright: The Guardian developers
License: GPL-3.0-or-later
 On Debian systems the full text of the GNU General Public License version 3 is in
 /usr/share/common-licenses/GPL-3.
EOF
echo "/etc/xdg/guardian/policy.toml" > "$PKG/DEBIAN/conffiles"
installed_size="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<EOF
Package: guardian
Version: $VERSION
Architecture: amd64
Maintainer: The Guardian developers <dev@guardian.invalid>
Installed-Size: $installed_size
Depends: $deb_depends
Recommends: hicolor-icon-theme
Section: education
Priority: optional
Description: offline guide for parents to keep children safe online
 Guardian explains the parental controls of the devices, consoles, apps,
 browsers and home networks children use, what age ratings mean, the risks
 children meet online, and where to get help. It works with no network
 connection, collects nothing, and speaks English, Latvian, Kazakh and Russian.
 .
 Schools can preset and lock settings and add their own contacts in
 /etc/xdg/guardian/policy.toml (see /usr/share/doc/guardian/POLICY.md).
EOF
find "$PKG" -type d -exec chmod 0755 {} +
find "$PKG" -type f -exec chmod 0644 {} +
find "$PKG/opt/guardian" -type f \( -name guardian -o -name '*.so' -o -name '*.so.*' \) -exec chmod 0755 {} +
chmod 0755 "$PKG/usr/bin/guardian"
find "$PKG" -newermt "@$SOURCE_DATE_EPOCH" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null

# --- 6. Checks ----------------------------------------------------------------------------------------------------
say "Validating the desktop file and the metainfo"
desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
dpkg-deb --contents "$DEB" > "$BUILD/deb/contents.txt"
grep -q " ./etc/xdg/guardian/policy.toml$" "$BUILD/deb/contents.txt" || die "the .deb has no policy.toml"
[ "$(dpkg-deb --ctrl-tarfile "$DEB" | tar -xO ./conffiles)" = "/etc/xdg/guardian/policy.toml" ] \
    || die "policy.toml is not a conffile"

# Run the app as a user would get it: from the unpacked .deb, with a bare environment (no display, no
# QT_QPA_PLATFORM: the app falls back to offscreen), with no policy, the shipped commented-out one, and the example.
say "Self-test of the bundle in a bare environment"
CHECK="$(mktemp -d)"
trap 'rm -rf "$CHECK"' EXIT
dpkg-deb -x "$DEB" "$CHECK/root"
bare() { env -i PATH=/usr/bin:/bin HOME="$CHECK/home" "$@"; }
bare "$CHECK/root/opt/guardian/guardian" --version
bare "$CHECK/root/opt/guardian/guardian" self-test
bare "$CHECK/root/opt/guardian/guardian" --policy "$CHECK/root/etc/xdg/guardian/policy.toml" self-test | grep "policy"
bare "$CHECK/root/opt/guardian/guardian" --policy packaging/policy.example.toml self-test | grep "policy"
bare "$CHECK/root/opt/guardian/guardian" --data-dir "$CHECK/data" --quit-after-startup
grep -q "first frame after" "$CHECK/data/logs/guardian.log" || die "the app did not paint its first frame"
echo "the app started headless and painted its first frame"

say "Built"
bundle_size="$(du -sh "$BUNDLE" | cut -f1)"
printf '%-52s %s (unpacked bundle: %s)\n' "${TARBALL#"$ROOT"/}" "$(du -h "$TARBALL" | cut -f1)" "$bundle_size"
printf '%-52s %s (installed: %s MiB)\n' "${DEB#"$ROOT"/}" "$(du -h "$DEB" | cut -f1)" "$((installed_size / 1024))"
