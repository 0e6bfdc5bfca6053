#!/usr/bin/env bash
# Build the Debian package from the PyInstaller bundle:
#
#   packaging/deb/build-deb.sh [BUNDLE_DIR] [OUT_DIR]     (defaults: dist/cti-desktop, dist)
#
# Gives OUT_DIR/cti-desktop_<version>_<arch>.deb with
#   /opt/cti-desktop/                    the one-folder bundle
#   /usr/bin/cti-desktop                 -> /opt/cti-desktop/cti-desktop
#   /usr/share/applications/cti-desktop.desktop   (the repository's, declaring tel:, callto:, sip:)
#   /usr/share/icons/hicolor/{scalable,NxN}/apps/cti-desktop.{svg,png}   (PNGs rendered with Qt here)
#   /usr/share/metainfo/io.github.ctidesktop.CtiDesktop.metainfo.xml     (validated when appstreamcli is there)
# The version is the bundle's own (`cti-desktop --version`). Depends lists the system libraries the
# bundle leaves to the system: the ones the app's pre-flight check knows (cti_desktop/preflight.py),
# which the PyInstaller spec keeps out of the bundle.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=$(cd "${1:-$root/dist/cti-desktop}" && pwd)
out=${2:-$root/dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)
python=${PYTHON:-python3}
app_id=io.github.ctidesktop.CtiDesktop

[ -x "$bundle/cti-desktop" ] || { echo "build-deb: no bundle at $bundle (build it with PyInstaller first)" >&2; exit 1; }
version=$("$bundle/cti-desktop" --version | awk '{print $2}')
[[ "$version" =~ ^[0-9][0-9A-Za-z.+~-]*$ ]] || { echo "build-deb: the bundle says its version is '$version'" >&2; exit 1; }
arch=$(dpkg --print-architecture)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pkg="$stage/cti-desktop"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/metainfo" \
         "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/doc/cti-desktop"

# The bundle and the command.
cp -a "$bundle" "$pkg/opt/cti-desktop"
ln -s /opt/cti-desktop/cti-desktop "$pkg/usr/bin/cti-desktop"

# The menu entry: the repository's .desktop file. It must open tel:, callto: and sip: links with
# one link per start (%u); an older copy that does not say so yet is completed here, loudly.
desktop="$pkg/usr/share/applications/cti-desktop.desktop"
cp "$root/resources/cti-desktop.desktop" "$desktop"
schemes="x-scheme-handler/tel;x-scheme-handler/callto;x-scheme-handler/sip;"
for s in tel callto sip; do
  if ! grep -qE "^MimeType=.*x-scheme-handler/$s;" "$desktop"; then
    echo "build-deb: resources/cti-desktop.desktop does not declare x-scheme-handler/$s; the package's copy declares $schemes" >&2
    sed -i '/^MimeType=/d' "$desktop"
    echo "MimeType=$schemes" >> "$desktop"
    break
  fi
done
if ! grep -qE '^Exec=cti-desktop %u$' "$desktop"; then
  echo "build-deb: resources/cti-desktop.desktop's Exec line is '$(grep -m1 '^Exec=' "$desktop")'; the package's copy uses 'Exec=cti-desktop %u'" >&2
  sed -i 's/^Exec=.*/Exec=cti-desktop %u/' "$desktop"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$desktop"
fi

# Icons: the SVG, and PNGs of the usual sizes rendered with Qt's SVG renderer.
cp "$root/cti_desktop/resources/app.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/cti-desktop.svg"
"$python" "$here/../render_icons.py" "$root/cti_desktop/resources/app.svg" "$pkg/usr/share/icons/hicolor"

# AppStream metadata.
metainfo="$pkg/usr/share/metainfo/$app_id.metainfo.xml"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" "$here/$app_id.metainfo.xml" > "$metainfo"
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$metainfo"
fi

# Copyright notice (Debian policy asks for one).
cat > "$pkg/usr/share/doc/cti-desktop/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: cti-desktop

Files: *
Copyright: cti-desktop developers
License: GPL-3.0-or-later
 On Debian systems the full text of the GNU General Public License version 3 is in
 /usr/share/common-licenses/GPL-3. The bundle under /opt/cti-desktop also carries Python, Qt
 (PySide6, LGPL-3.0) and the Python packages the app uses, each under its own licence.
COPYRIGHT

# Depends: the packages of the libraries the bundle takes from the system (sorted, each once).
depends=$(PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" "$python" - <<'PY'
from cti_desktop import preflight
packages = set(preflight.QT_LIBRARIES.values()) | set(preflight.XCB_LIBRARIES.values()) | set(preflight.WAYLAND_LIBRARIES.values())
print(", ".join(["libc6"] + sorted(packages)))
PY
)

# Permissions as Debian wants them (the tree is root-owned through --root-owner-group).
chmod -R u+rwX,go+rX,go-w "$pkg"
install -m 0755 "$here/postinst" "$pkg/DEBIAN/postinst"
install -m 0755 "$here/postrm" "$pkg/DEBIAN/postrm"
installed_size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: cti-desktop
Version: $version
Architecture: $arch
Maintainer: cti-desktop developers <maintainers@cti-desktop.invalid>
Installed-Size: $installed_size
Depends: $depends
Recommends: fonts-dejavu-core | fonts-liberation2, xdg-utils
Suggests: gnome-keyring | kwalletmanager
Section: net
Priority: optional
Description: desktop CTI agent for cloud PBXs (Dstny Core, Telavox, Voxloud)
 Call control, live call state, screen-pop of the caller's record, queues and
 presence for contact-centre agents on cloud phone systems. Opens tel:,
 callto: and sip: links. A built-in demo phone system (cti-desktop --demo)
 lets you try it without an account.
CONTROL

deb="$out/cti-desktop_${version}_${arch}.deb"
# xz is the smallest and every dpkg reads it; zstd (dpkg >= 1.21.18: Debian 12, Ubuntu 21.10) is 50x faster to build.
dpkg-deb --build --root-owner-group "-Z${DEB_COMPRESSION:-xz}" "$pkg" "$deb" >/dev/null
echo "$deb"
