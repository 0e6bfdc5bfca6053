"""Screenshot of the colleagues panel (busy lamps) against the Dstny simulator.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/colleagues_screenshot.py [--out PNG]

Starts the simulator (fixed seed, no demo traffic), signs in as agent1 (password ``demo``), shows the
real colleagues panel on its real view-model, makes one colleague's phone ring and another answer a
call, waits until the lamps show it, then saves the panel as ``docs/screenshots/busy-lamps.png``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import dstny_session, run_panels, save, until  # noqa: E402  (the same helpers and seed)


async def main(out: Path) -> None:
    from cti_desktop.core.colleagues import IN_CALL, RINGING
    from cti_desktop.ui.colleagues import ColleaguesPanel
    from cti_desktop.viewmodels.colleagues import ColleaguesViewModel

    async with dstny_session() as (control, session, bridge):
        vm = ColleaguesViewModel(bridge, presence_every=1.0)
        try:
            panel = ColleaguesPanel(vm)
            panel.resize(420, 300)
            panel.setWindowTitle("Colleagues")
            panel.show()
            await until(lambda: vm.count > 2 and all(line.live for line in vm.board.lines), 15, "the lamps")
            ids = [line.id for line in vm.board.lines]
            ringing, talking = ids[0], ids[1]
            await control.post("/_sim/calls", json={"to": ringing, "from": "+46701234567", "fromName": "Alice Caller"})
            leg = (await control.post("/_sim/calls", json={"to": talking, "from": "+46709876543"})).json()["callId"]
            await control.post(f"/_sim/calls/{leg}/answer")
            await until(lambda: vm.board.get(ringing).lamp == RINGING and vm.board.get(talking).lamp == IN_CALL, 15,
                        "the lamps to follow")
            panel.list_view.setCurrentIndex(vm.model.index(vm.model.row_of(ringing)))
            await asyncio.sleep(0.5)
            save(panel.grab(), out)
        finally:
            await vm.aclose()


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "busy-lamps.png")
    args = parser.parse_args()
    return run_panels(lambda: main(args.out))


if __name__ == "__main__":
    sys.exit(run())
