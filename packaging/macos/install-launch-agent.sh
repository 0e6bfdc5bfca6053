#!/usr/bin/env bash
# Start at login on macOS:  install-launch-agent.sh ["/Applications/CTI Desktop.app"]   |   --remove
# writes ~/Library/LaunchAgents/io.github.ctidesktop.CtiDesktop.plist (from the template next to this
# script) and loads it for the current session; --remove unloads and deletes it.
set -euo pipefail
label=io.github.ctidesktop.CtiDesktop
agent="$HOME/Library/LaunchAgents/$label.plist"
if [ "${1:-}" = "--remove" ]; then
  launchctl bootout "gui/$(id -u)/$label" 2>/dev/null || true
  rm -f "$agent"
  echo "removed $agent"
  exit 0
fi
app=${1:-/Applications/CTI Desktop.app}
[ -x "$app/Contents/MacOS/cti-desktop" ] || { echo "install-launch-agent: no app at $app" >&2; exit 1; }
mkdir -p "$(dirname "$agent")"
# The path goes into XML: escape &, < and > (a path may hold them).
escaped=$(printf '%s' "$app" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/[|\\&]/\\&/g')
sed "s|@APP@|$escaped|" "$(dirname "$0")/$label.plist" > "$agent"
plutil -lint "$agent"
launchctl bootout "gui/$(id -u)/$label" 2>/dev/null || true
launchctl bootstrap "gui/$(id -u)" "$agent"
echo "installed $agent"
