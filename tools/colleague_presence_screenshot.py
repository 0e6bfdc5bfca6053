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
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import dstny_session, run_panels, save, until  # noqa: E402  (the same helpers and seed)


async def main(out: Path) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from cti_desktop.core.colleagues import RINGING
    from cti_desktop.ui.colleagues import ColleaguesPanel
    from cti_desktop.ui.contact_details import ContactDetailsPanel
    from cti_desktop.viewmodels.colleagues import ColleaguesViewModel
    from cti_desktop.viewmodels.contact_details import ContactDetailsViewModel

    async with dstny_session() as (control, session, bridge):
        vm = ColleaguesViewModel(bridge)
        details_vm = ContactDetailsViewModel(bridge)
        try:
            window = QWidget()
            window.setWindowTitle("Colleagues and contact details")
            row = QHBoxLayout(window)
            panel = ColleaguesPanel(vm, window)
            details = ContactDetailsPanel(details_vm, window)
            row.addWidget(panel, 3)
            row.addWidget(details, 2)
            window.resize(760, 380)
            window.show()
            await until(lambda: vm.count > 2 and all(line.presence_live for line in vm.board.lines), 15, "live rows")
            ids = [line.id for line in vm.board.lines]
            await control.post(f"/_sim/presence/{ids[1]}", json={"activity": "meeting", "note": "Budget review until 15:00"})
            await control.post(f"/_sim/presence/{ids[2]}", json={"activity": "lunch", "note": "Back 13:30"})
            await control.post("/_sim/calls", json={"to": ids[0], "from": "+46701234567", "fromName": "Alice Caller"})
            await until(lambda: vm.board.get(ids[0]).lamp == RINGING and vm.board.get(ids[2]).note == "Back 13:30", 15,
                        "the ring and the notes")
            contact = next(c for c in await session.backend.colleagues.buddies() if c.id == ids[1])
            await details_vm.show_contact(contact)
            await until(lambda: details_vm.photoImage is not None and all(vm.photos.entry(i) for i in ids), 15,
                        "the photos")
            panel.list_view.setCurrentIndex(vm.model.index(vm.model.row_of(ids[1])))
            await asyncio.sleep(0.5)
            save(window.grab(), out)
        finally:
            await vm.aclose()
            await details_vm.aclose()


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "colleague-presence.png")
    args = parser.parse_args()
    return run_panels(lambda: main(args.out))


if __name__ == "__main__":
    sys.exit(run())
