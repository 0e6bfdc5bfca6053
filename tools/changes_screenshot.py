"""A screenshot of changes made elsewhere showing at once, from the real app against the Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 40 -- python tools/changes_screenshot.py

Signs in as agent1 (as ``tools/screenshots.py`` does) and opens File → My devices…; then, through the
simulator's control API (as another device or the portal would), adds a softphone "Kitchen tablet",
turns the desk phone inactive and forwards every call to +46 70 111 22 33. The app shows each within a
second through the configuration and device-set change streams (the polls are far slower). Saves
``docs/screenshots/live-changes.png`` (the screen: the main window's header and the device list).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import SEED, save, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, sim, out: Path) -> None:
    import httpx
    from PySide6.QtGui import QGuiApplication

    await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
    window, ws = controller.window, controller.workspace
    window.showNormal()
    window.resize(940, 760)
    window.move(0, 0)
    await until(lambda: window.vm.live and ws.presence_vm.loaded and ws.forwarding_vm.loaded, 20, "the panels")
    await until(lambda: controller.session.backend.changes.live, 10, "the change streams")
    devices = window.open_devices()
    devices.resize(630, 320)
    devices.move(950, 40)
    await until(lambda: devices.list.count() > 0, 10, "the device list")
    async with httpx.AsyncClient(trust_env=False, timeout=10) as control:
        started = time.monotonic()
        for path, body in (("/_sim/devices/agent1-tablet", {"type": "SOFTPHONE", "name": "Kitchen tablet",
                                                             "status": "ACTIVE"}),
                           ("/_sim/devices/agent1-desk", {"status": "INACTIVE"}),
                           ("/_sim/diversions/agent1", {"forwardAll": "+46701112233"})):
            (await control.post(sim.base_url + path, json=body)).raise_for_status()
    await until(lambda: ws.forwarding_vm.forwarded and any(d["name"] == "Kitchen tablet" for d in ws.dial_vm.devices)
                and devices.list.count() == 4, 5, "the changes shown")
    print(f"changes shown after {time.monotonic() - started:.2f} s")
    await asyncio.sleep(0.8)
    window.notice_area.clear()
    await asyncio.sleep(0.3)
    screen = QGuiApplication.primaryScreen()
    right = min(screen.geometry().width(), devices.frameGeometry().right() + 20)
    bottom = max(window.frameGeometry().bottom(), devices.frameGeometry().bottom()) + 20
    save(screen.grabWindow(0, 0, 0, right, bottom), out / "live-changes.png")
    devices.close()


def main() -> int:
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
            await asyncio.wait_for(scenario(controller, sim, ROOT / "docs" / "screenshots"), 60)
        except Exception as exc:  # report in words, still shut down cleanly
            print(f"change screenshots: {type(exc).__name__}: {exc}", file=sys.stderr)
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
