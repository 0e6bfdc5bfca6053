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
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 7


async def until(predicate, timeout: float = 10.0, what: str = "the app") -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError(f"waiting for {what} timed out")
        await asyncio.sleep(0.05)


def save(pixmap, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(path), "PNG", 9):
        raise OSError(f"could not write {path}")
    print(f"wrote {path} ({pixmap.width()}×{pixmap.height()})")


async def scenario(controller, out: Path) -> None:
    await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
    window, ws = controller.window, controller.workspace
    window.showNormal()
    window.resize(1400, 900)
    window.move(0, 0)
    await until(lambda: window.vm.live and ws.calls_vm.devices, 20, "the call panel's devices")
    window.notice_area.clear()

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
    config = tempfile.mkdtemp(prefix="cti-desktop-shots-")
    os.environ.update({
        "QT_API": "pyside6", "CTI_DESKTOP_PASSWORD": "demo", "CTI_DESKTOP_CONFIG_DIR": config,
        "XDG_CONFIG_HOME": config, "XDG_STATE_HOME": config, "XDG_CACHE_HOME": config,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    })
    sys.path.insert(0, str(ROOT))
    import qasync

    from cti_desktop.app import DesktopApp, make_application
    from cti_desktop.cli import build_parser
    from cti_desktop.core.secrets import SecretStore
    from cti_desktop.simulator.dstny.server import SimulatorThread

    sim = SimulatorThread(seed=SEED, demo=False)
    sim.start()
    app = make_application(["cti-desktop"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    args = build_parser().parse_args(["--server", sim.base_url, "--domain", "demo.example", "--user", "agent1"])
    controller = DesktopApp(args, app=app, tray=False, quit=lambda: None, secrets=SecretStore(use_keyring=False))
    status = 0

    async def run() -> None:
        nonlocal status
        controller.start()
        try:
            await asyncio.wait_for(scenario(controller, opts.out), 90)
        except Exception as exc:
            print(f"screenshot: {type(exc).__name__}: {exc}", file=sys.stderr)
            status = 1
        finally:
            await controller.shutdown()

    try:
        loop.run_until_complete(run())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
        sim.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
