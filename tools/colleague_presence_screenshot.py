"""Screenshot of colleagues' live presence and photos, and a contact's details with its photo.

    /work/shared/tools/xvfb-shot /tmp/x.png 25 -- python tools/colleague_presence_screenshot.py [--out PNG]

Starts the Dstny simulator (fixed seed, no demo traffic), signs in as agent1 (password ``demo``),
shows the real colleagues panel and the real contact details side by side on their real view-models,
changes colleagues' presence through the simulator (the rows follow the presence streams), rings one
colleague, shows a colleague's details, then saves ``docs/screenshots/colleague-presence.png``.
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
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from cti_desktop.core.colleagues import RINGING
    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Account, Session
    from cti_desktop.providers.dstny.backend import connect_dstny
    from cti_desktop.simulator.dstny.server import SimulatorThread
    from cti_desktop.ui.colleagues import ColleaguesPanel
    from cti_desktop.ui.contact_details import ContactDetailsPanel
    from cti_desktop.viewmodels.colleagues import ColleaguesViewModel
    from cti_desktop.viewmodels.contact_details import ContactDetailsViewModel
    from cti_desktop.viewmodels.session_bridge import SessionBridge

    with SimulatorThread(seed=7, heartbeat=5.0) as server:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10, trust_env=False) as control:
            account = Account("dstny", server.base_url, "demo.example", "agent1")
            backend = await connect_dstny(account, Credentials(password="demo"))
            session = Session(account, backend)
            session.start()
            await session.wait_live(10)
            bridge = SessionBridge(session)
            vm = ColleaguesViewModel(bridge)
            details_vm = ContactDetailsViewModel(bridge)
            window = QWidget()
            window.setWindowTitle("Colleagues and contact details")
            row = QHBoxLayout(window)
            panel = ColleaguesPanel(vm, window)
            details = ContactDetailsPanel(details_vm, window)
            row.addWidget(panel, 3)
            row.addWidget(details, 2)
            window.resize(760, 380)
            window.show()
            await until(lambda: vm.count > 2 and all(line.presence_live for line in vm.board.lines), what="live rows")
            ids = [line.id for line in vm.board.lines]
            await control.post(f"/_sim/presence/{ids[1]}", json={"activity": "meeting", "note": "Budget review until 15:00"})
            await control.post(f"/_sim/presence/{ids[2]}", json={"activity": "lunch", "note": "Back 13:30"})
            await control.post("/_sim/calls", json={"to": ids[0], "from": "+46701234567", "fromName": "Alice Caller"})
            await until(lambda: vm.board.get(ids[0]).lamp == RINGING and vm.board.get(ids[2]).note == "Back 13:30",
                        what="the ring and the notes")
            contact = next(c for c in await backend.colleagues.buddies() if c.id == ids[1])
            await details_vm.show_contact(contact)
            await until(lambda: details_vm.photoImage is not None and all(vm.photos.entry(i) for i in ids),
                        what="the photos")
            panel.list_view.setCurrentIndex(vm.model.index(vm.model.row_of(ids[1])))
            await asyncio.sleep(0.5)
            out.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(out), "PNG", 9):
                raise OSError(f"could not write {out}")
            print(f"wrote {out}")
            await vm.aclose()
            await details_vm.aclose()
            bridge.detach()
            await session.aclose()


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "colleague-presence.png")
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
