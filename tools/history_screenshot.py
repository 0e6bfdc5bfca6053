"""The call history screenshot (voicemails, recordings, a group inbox message) from the real app.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/history_screenshot.py

Starts the Dstny simulator (fixed seed, no demo traffic), signs in as agent1 the way
``cti-desktop --server URL --domain demo.example --user agent1`` does (``CTI_DESKTOP_PASSWORD=demo``,
a throw-away settings folder, no keyring), opens the Call history tab, selects an unplayed
voicemail and saves the window as ``docs/screenshots/call-history.png``. ``--out DIR`` writes elsewhere;
``--filter MESSAGES`` shows only voicemails and recordings.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import open_window, run_app, save, settle  # noqa: E402  (the README screenshots' own helpers)


async def scenario(controller, opts: argparse.Namespace) -> None:
    window, ws = await open_window(controller, (1280, 860), lambda ws: ws.history_vm.loaded, "the call history")
    window.follow_tabs.setCurrentWidget(ws.history)
    ws.history_vm.setFilter(opts.filter)
    row = next(i for i in ws.history_vm.items if i["unplayed"] and i["type"] == "VOICEMAIL")
    ws.history.select(row["id"])
    ws.history.table.setFocus()
    await settle(window, 1.0, 0.2)
    save(window.grab(), opts.out / "call-history.png")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--filter", default="ALL")
    opts = p.parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, opts), name="history screenshot")


if __name__ == "__main__":
    sys.exit(main())
