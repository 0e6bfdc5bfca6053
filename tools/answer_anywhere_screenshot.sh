#!/usr/bin/env bash
# The settings dialog's "Answer from anywhere" page of the real app (--demo), on a virtual desktop:
#   tools/answer_anywhere_screenshot.sh docs/screenshots/answer-from-anywhere.png
# Runs inside /work/shared/tools/desktop-session (Xvfb, a window manager, dunst, a tray), opens
# File › Settings… with its key (Ctrl+,), goes to the last page with Ctrl+Tab and grabs the dialog.
set -euo pipefail
out=$(realpath -m "${1:?usage: answer_anywhere_screenshot.sh OUT.png}")
here=$(cd "$(dirname "$0")/.." && pwd)
export CTI_DESKTOP_CONFIG_DIR=$(mktemp -d) PYTHONPATH="$here" OUT="$out"
/work/shared/tools/desktop-session -- bash -c '
  python3 -m cti_desktop --demo >/dev/null 2>&1 & app=$!
  sleep 9
  xdotool search --sync --name "CTI Desktop" windowactivate --sync >/dev/null 2>&1 || true
  xdotool key ctrl+comma; sleep 2
  for _ in 1 2 3 4 5 6; do xdotool key ctrl+Tab; sleep 0.2; done
  sleep 1
  win=$(xdotool search --name "^Settings$" | head -1)
  import -window "$win" "$OUT"
  kill $app; wait $app 2>/dev/null || true'
rm -rf "$CTI_DESKTOP_CONFIG_DIR"
