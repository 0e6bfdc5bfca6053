"""A screenshot of "Transfer from my mobile…", from the real app against the embedded PBX simulator.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshot_mobile_transfer.py

Signs in as ``agent1`` (as ``cti-desktop --server URL --domain demo.example --user agent1`` with
``CTI_DESKTOP_PASSWORD=demo``, a throw-away settings folder, no keyring), places a call with "Call via
my mobile" to 08-123 456 78, and once it is connected types "1002" in the card and chooses "Transfer
from my mobile… → Attended": the card shows the ongoing transfer and "Cancel transfer" →
``docs/screenshots/mobile-transfer.png``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from screenshots import open_window, run_app, save, until  # noqa: E402  (the README screenshots' own helpers)


async def scenario(controller, out: Path) -> None:
    window, ws = await open_window(controller, (1400, 900), lambda ws: ws.calls_vm.devices, "the call panel's devices")

    window.show_left_tab("dial")
    ws.dial.number.setText("08-123 456 78")
    ws.dial_vm.number = "08-123 456 78"
    ws.dial.via_mobile.click()
    await until(lambda: ws.calls_vm.count == 1, 10, "the call-back in the call panel")
    item = ws.calls_vm.calls[0]
    await until(lambda: item.canTransferFromMobile, 10, "the call on the mobile to connect")
    card = ws.calls.card(item.callId)
    card.destination.setText("1002")
    next(a for a in card.mobile_transfer.menu().actions() if a.text().startswith("Attended")).trigger()
    await until(lambda: card.cancel_mobile.isVisible() and not item.busy, 10, "the transfer's status")
    await asyncio.sleep(1.0)
    window.notice_area.clear()
    save(window.grab(), out / "mobile-transfer.png")
    card.cancel_mobile.click()
    await until(lambda: not card.cancel_mobile.isVisible(), 10, "the cancel")
    for call in list(controller.session.store.calls()):
        await controller.session.commands.run("hangup", call)
    await until(lambda: not controller.session.store.calls(), 10, "the calls to end")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    opts = p.parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, opts.out), name="screenshot", timeout=90)


if __name__ == "__main__":
    sys.exit(main())
