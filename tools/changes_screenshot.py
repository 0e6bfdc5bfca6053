"""A screenshot of changes made elsewhere showing at once, from the real app against the Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 40 -- python tools/changes_screenshot.py

Signs in as agent1 (as ``tools/screenshots.py`` does) and opens File → My devices…; then, through the
simulator's control API (as another device or the portal would), adds a softphone "Kitchen tablet",
turns the desk phone inactive and forwards every call to +46 70 111 22 33. The app shows each within a
second through the configuration and device-set change streams (the polls are far slower). Saves
``docs/screenshots/live-changes.png`` (the screen: the main window's header and the device list).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import open_window, run_app, save, settle, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, sim, out: Path) -> None:
    import httpx
    from PySide6.QtGui import QGuiApplication

    window, ws = await open_window(controller, (940, 760), lambda ws: ws.presence_vm.loaded and ws.forwarding_vm.loaded)
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
    await settle(window)
    screen = QGuiApplication.primaryScreen()
    right = min(screen.geometry().width(), devices.frameGeometry().right() + 20)
    bottom = max(window.frameGeometry().bottom(), devices.frameGeometry().bottom()) + 20
    save(screen.grabWindow(0, 0, 0, right, bottom), out / "live-changes.png")
    devices.close()


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, sim, ROOT / "docs" / "screenshots"), name="change screenshots")


if __name__ == "__main__":
    sys.exit(main())
