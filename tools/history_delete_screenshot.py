"""The call history's Delete screenshot from the real app: a voicemail just moved to the trash
(its Undo offered above the list) and several rows selected for deleting.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/history_delete_screenshot.py

Starts the Dstny simulator (fixed seed, no demo traffic), signs in as agent1 the way
``cti-desktop --server URL --domain demo.example --user agent1`` does (``CTI_DESKTOP_PASSWORD=demo``,
a throw-away settings folder, no keyring), opens the Call history tab, deletes an unplayed voicemail
(to the trash), selects the top two rows and saves the window as ``docs/screenshots/call-history-delete.png``
(``--out DIR`` writes elsewhere).
"""


from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import open_window, run_app, save, settle  # noqa: E402  (the README screenshots' own helpers)


async def scenario(controller, opts: argparse.Namespace) -> None:
    window, ws = await open_window(controller, (1500, 940), lambda ws: ws.history_vm.loaded, "the call history")
    window.follow_tabs.setCurrentWidget(ws.history)
    vm = ws.history_vm
    row = next(i for i in vm.items if i["unplayed"] and i["type"] == "VOICEMAIL" and not i["inboxName"])
    if not await vm.delete_items([row["id"]]):
        raise RuntimeError(f"the voicemail was not deleted: {vm.error}")
    ws.history.select_many([i["id"] for i in vm.items[:2]])  # the top two rows
    ws.history.table.setFocus()
    await settle(window, 1.0, 0.2)
    save(window.grab(), opts.out / "call-history-delete.png")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    opts = p.parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, opts), name="history delete screenshot")


if __name__ == "__main__":
    sys.exit(main())
