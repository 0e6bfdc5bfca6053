#!/usr/bin/env bash
# Screenshot of the "Call …?" question a click-to-dial link asks in the running window (the demo):
#   tools/shot_dial_link.sh docs/screenshots/click-to-dial.png
# Starts the demo on a private settings folder, hands it a tel: link from a second start, grabs the screen.
set -euo pipefail
out=${1:?usage: tools/shot_dial_link.sh OUT.png}
root=$(cd "$(dirname "$0")/.." && pwd)
cfg=$(mktemp -d)
trap 'rm -rf "$cfg"' EXIT
export PYTHONPATH="$root" CTI_DESKTOP_CONFIG_DIR="$cfg" PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
/work/shared/tools/xvfb-shot "$out" 14 -- bash -c \
  'python3 -m cti_desktop --demo --seed 3 & sleep 9; python3 -m cti_desktop --demo "tel:+46 70-123 45 67"; wait'
