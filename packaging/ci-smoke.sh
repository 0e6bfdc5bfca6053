#!/usr/bin/env bash
# CI's packaging step: build the PyInstaller bundle and the .deb, install the .deb with apt (so its
# Depends resolve), smoke-test the INSTALLED app (packaging/smoke-test.sh /usr/bin/cti-desktop), then
# remove the package again (which runs its postrm). Prints how long each part took.
#
#   packaging/ci-smoke.sh            (from anywhere; needs root or sudo for apt-get)
#
# DEB_COMPRESSION (default here: zstd, ~2 s instead of xz's ~2.5 min) is passed to build-deb.sh;
# KEEP_INSTALLED=1 leaves the package installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)
lap() { echo "packaging: $1 ($(( $(date +%s) - t0 )) s so far)"; }

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -E)
else
  echo "packaging: installing the .deb needs root or sudo" >&2
  exit 1
fi

# What the smoke test runs the app with: a display, a private session bus with a notification
# server and a Secret Service keyring (the test skips the last two where they are missing).
need=()
for p in xvfb dbus-daemon dunst gnome-keyring; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The tools of the "packaging" extra (the app and its dependencies are installed already, by .ci/run;
# the spec bundles this tree's cti_desktop, whatever copy pip has installed).
mapfile -t tools < <(python3 -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["packaging"]))')
python3 -m pip install --quiet "${tools[@]}"
python3 -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/cti-desktop.spec
lap "bundle built: dist/cti-desktop ($(du -sh dist/cti-desktop | cut -f1))"

deb=$(DEB_COMPRESSION=${DEB_COMPRESSION:-zstd} packaging/deb/build-deb.sh dist/cti-desktop dist | tail -n1)
lap "package built: $deb ($(du -h "$deb" | cut -f1))"

if ! "${as_root[@]}" apt-get install -y -qq "./$(realpath --relative-to=. "$deb")" >/dev/null; then
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq "./$(realpath --relative-to=. "$deb")" >/dev/null
fi
[ "$(readlink -f /usr/bin/cti-desktop)" = /opt/cti-desktop/cti-desktop ] || { echo "packaging: /usr/bin/cti-desktop is not the package's" >&2; exit 1; }
lap "package installed"

packaging/smoke-test.sh /usr/bin/cti-desktop
lap "installed app smoke-tested"

if [ "${KEEP_INSTALLED:-0}" != 1 ]; then
  "${as_root[@]}" apt-get remove -y -qq cti-desktop >/dev/null
  [ ! -e /usr/bin/cti-desktop ] && [ ! -e /opt/cti-desktop ] || { echo "packaging: removing the package left files behind" >&2; exit 1; }
  lap "package removed"
fi
