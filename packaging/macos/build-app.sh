#!/usr/bin/env bash
# Build "CTI Desktop.app" (and a .dmg of it) on macOS 11 or later, from the repository root:
#
#   python3 -m pip install -e ".[packaging]"
#   packaging/macos/build-app.sh                 # -> dist/CTI Desktop.app, dist/cti-desktop-<version>.dmg
#
# The app bundle comes from the same PyInstaller spec as the other systems (its BUNDLE step only runs
# on macOS): bundle id io.github.ctidesktop.CtiDesktop, LSUIElement false (a Dock icon and a menu
# bar), CFBundleURLTypes declaring tel:, callto: and sip: so Launch Services offers the app for those
# links. CODESIGN_IDENTITY="Developer ID Application: …" signs it (hardened runtime) for notarization;
# without it the bundle is signed ad hoc, which runs on the machine that built it.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "build-app: this recipe runs on macOS only" >&2; exit 1; }
python=${PYTHON:-python3}

# The icon: the app's SVG rendered by Qt into an .iconset, then iconutil.
rm -rf build/icons && mkdir -p build/icons
"$python" packaging/render_icons.py --iconset cti_desktop/resources/app.svg build/icons/cti-desktop.iconset
iconutil -c icns -o build/icons/cti-desktop.icns build/icons/cti-desktop.iconset

"$python" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/pyinstaller/cti-desktop.spec
app="dist/CTI Desktop.app"
plutil -lint "$app/Contents/Info.plist"
/usr/libexec/PlistBuddy -c "Print :CFBundleURLTypes:0:CFBundleURLSchemes" "$app/Contents/Info.plist"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
else
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

# Smoke test of the bundle's executable.
"$app/Contents/MacOS/cti-desktop" --version

version=$("$app/Contents/MacOS/cti-desktop" --version | awk '{print $2}')
hdiutil create -volname "CTI Desktop" -srcfolder "$app" -ov -format UDZO "dist/cti-desktop-$version.dmg"
echo "dist/cti-desktop-$version.dmg"
