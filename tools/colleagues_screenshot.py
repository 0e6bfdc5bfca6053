"""Screenshot of the colleagues panel (busy lamps) against the Dstny simulator.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/colleagues_screenshot.py [--out PNG]

Starts the simulator (fixed seed, no demo traffic), signs in as agent1 (password ``demo``), shows the
real colleagues panel on its real view-model, makes one colleague's phone ring and another answer a
call, waits until the lamps show it, then saves the panel as ``docs/screenshots/busy-lamps.png``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def until(predicate, timeout: float = 15.0, what: str = "the panel") -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError(f"waiting for {what} timed out")
        await asyncio.sleep(0.05)


async def main(out: Path) -> None:
    import httpx

    from cti_desktop.core.colleagues import IN_CALL, RINGING
    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Account, Session
    from cti_desktop.providers.dstny.backend import connect_dstny
    from cti_desktop.simulator.dstny.server import SimulatorThread
    from cti_desktop.ui.colleagues import ColleaguesPanel
    from cti_desktop.viewmodels.colleagues import ColleaguesViewModel
    from cti_desktop.viewmodels.session_bridge import SessionBridge

    with SimulatorThread(seed=7, heartbeat=5.0) as server:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10, trust_env=False) as control:
            account = Account("dstny", server.base_url, "demo.example", "agent1")
            backend = await connect_dstny(account, Credentials(password="demo"))
            session = Session(account, backend)
            session.start()
            await session.wait_live(10)
            bridge = SessionBridge(session)
            vm = ColleaguesViewModel(bridge, presence_every=1.0)
            panel = ColleaguesPanel(vm)
            panel.resize(420, 300)
            panel.setWindowTitle("Colleagues")
            panel.show()
            await until(lambda: vm.count > 2 and all(line.live for line in vm.board.lines), what="the lamps")
            ids = [line.id for line in vm.board.lines]
            ringing, talking = ids[0], ids[1]
            await control.post("/_sim/calls", json={"to": ringing, "from": "+46701234567", "fromName": "Alice Caller"})
            leg = (await control.post("/_sim/calls", json={"to": talking, "from": "+46709876543"})).json()["callId"]
            await control.post(f"/_sim/calls/{leg}/answer")
            await until(lambda: vm.board.get(ringing).lamp == RINGING and vm.board.get(talking).lamp == IN_CALL)
            panel.list_view.setCurrentIndex(vm.model.index(vm.model.row_of(ringing)))
            await asyncio.sleep(0.5)
            out.parent.mkdir(parents=True, exist_ok=True)
            if not panel.grab().save(str(out), "PNG", 9):
                raise OSError(f"could not write {out}")
            print(f"wrote {out}")
            await vm.aclose()
            bridge.detach()
            await session.aclose()


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "busy-lamps.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_API", "pyside6")
    os.environ["CTI_DESKTOP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="cti-shot-")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(run())
