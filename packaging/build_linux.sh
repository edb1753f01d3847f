#!/usr/bin/env bash
# Build sortapp for Linux workstations without Python or internet (packaging/README.md):
#
#   pip install ".[bundle]"            # once, in the Python that builds (a venv is best)
#   packaging/build_linux.sh [--install-check]
#
# 1. PyInstaller builds the one-folder bundle dist/sortapp/ from packaging/sortapp.spec;
# 2. every library in it is checked to resolve, and the bundle runs --version and --selftest
#    (offscreen, on a temporary database);
# 3. dist/sortapp-VERSION-linux-x86_64.tar.gz: the folder, to unpack anywhere (tar -C /opt -xzf);
# 4. dist/sortapp_VERSION_amd64.deb (dpkg-deb, offline): the bundle in /opt/sortapp, the command
#    /usr/bin/sortapp, a menu entry, the icon, and the transfer files' MIME type; the package
#    unpacked into a scratch folder runs its --selftest.
#
# --install-check (as root, on a machine you may install on): also dpkg -i the package, run the
# installed /usr/bin/sortapp --selftest and /opt/sortapp/sortapp --version, then dpkg --purge it.
# PYTHON names the Python with PyInstaller (default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
INSTALL_CHECK=0
for arg in "$@"; do
    case $arg in
        --install-check) INSTALL_CHECK=1 ;;
        *) echo "usage: $0 [--install-check]" >&2; exit 2 ;;
    esac
done

VERSION=$("$PYTHON" packaging/bundleinfo.py version)
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
DIST=$ROOT/dist
WORK=$ROOT/build/linux
BUNDLE=$DIST/sortapp
TARBALL=$DIST/sortapp-$VERSION-linux-x86_64.tar.gz
DEB=$DIST/sortapp_${VERSION}_$ARCH.deb
export QT_QPA_PLATFORM=offscreen  # the checks need no display

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "PyInstaller is not installed in $PYTHON: pip install \".[bundle]\"" >&2
    exit 1
fi

step() { printf '\n== %s (at %d s)\n' "$*" "$SECONDS"; }

step "building sortapp $VERSION with PyInstaller"
start=$(date +%s)
rm -rf "$WORK" "$BUNDLE"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/sortapp.spec
PYINSTALLER_SECONDS=$(( $(date +%s) - start ))
echo "built in $PYINSTALLER_SECONDS s: $BUNDLE"

step "checking that every library in the bundle resolves"
missing=$(cd "$BUNDLE" && find . -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
    | LD_LIBRARY_PATH="$BUNDLE/_internal" xargs -0 -n 50 ldd 2>/dev/null \
    | grep 'not found' | sort -u || true)
if [ -n "$missing" ]; then
    echo "libraries not found (a system package missing here, or in the .deb's Depends):" >&2
    echo "$missing" >&2
    exit 1
fi

check_program() {  # PROGRAM: its --version says this version, its --selftest passes
    local program=$1 said
    said=$("$program" --version)
    if [ "$said" != "sortapp $VERSION" ]; then
        echo "$program --version said '$said', not 'sortapp $VERSION'" >&2
        exit 1
    fi
    echo "$program --version: $said"
    "$program" --selftest
}

step "running the bundle"
check_program "$BUNDLE/sortapp"

step "making $(basename "$TARBALL")"
tar -C "$DIST" --owner=0 --group=0 --numeric-owner -czf "$TARBALL" sortapp

step "making $(basename "$DEB")"
STAGE=$WORK/deb
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/doc/sortapp"
cp -a "$BUNDLE" "$STAGE/opt/sortapp"
ln -s /opt/sortapp/sortapp "$STAGE/usr/bin/sortapp"
for png in packaging/icons/hicolor/*/apps/sortapp.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/$size/apps/sortapp.png"
done
install -m 644 packaging/icons/sortapp.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/sortapp.svg"
install -m 644 packaging/linux/sortapp.desktop "$STAGE/usr/share/applications/sortapp.desktop"
install -m 644 packaging/linux/sortapp-mime.xml "$STAGE/usr/share/mime/packages/sortapp.xml"
install -m 644 packaging/linux/copyright "$STAGE/usr/share/doc/sortapp/copyright"
# The menu, MIME and icon caches are refreshed by dpkg's triggers (desktop-file-utils,
# shared-mime-info, the icon theme): no maintainer scripts.
installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    packaging/linux/control.in > "$STAGE/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$STAGE"
dpkg-deb --root-owner-group --build "$STAGE" "$DEB" >/dev/null
dpkg-deb --info "$DEB"
if command -v lintian >/dev/null; then
    lintian --no-tag-display-limit "$DEB" || true  # advice only (a bundle is not Debian policy)
fi

step "running the package's program, unpacked into a scratch folder"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
dpkg-deb -x "$DEB" "$SCRATCH"
check_program "$SCRATCH/opt/sortapp/sortapp"
test -f "$SCRATCH/usr/share/applications/sortapp.desktop"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$SCRATCH/usr/share/applications/sortapp.desktop"
fi

if [ "$INSTALL_CHECK" = 1 ]; then
    step "installing the package, running it, removing it"
    dpkg -i "$DEB"
    check_program /usr/bin/sortapp
    dpkg --purge sortapp
    test ! -e /opt/sortapp
fi

step "done"
echo "PyInstaller $PYINSTALLER_SECONDS s, everything $SECONDS s"
du -sh "$BUNDLE" "$TARBALL" "$DEB"
