"""The call forwarding screenshots from the real app against the embedded Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 40 -- python tools/forwarding_screenshot.py
    (or: xvfb-run -s "-screen 0 1600x1000x24" python tools/forwarding_screenshot.py)

Signs in as agent1 (as ``tools/screenshots.py`` does), then uses the app's own controls: opens
"Forward my calls to…" from the header, types a national number, presses Forward, and sets "Lunch →
1002" as an activity forwarding. Saves ``docs/screenshots/forwarding-header.png`` (the main window's
header with "Forwarded to …") and ``docs/screenshots/forwarding.png`` (the forwarding window).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import SEED, save, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, out: Path) -> None:
    from PySide6.QtCore import QRect

    await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
    window, ws = controller.window, controller.workspace
    window.showNormal()
    window.resize(1280, 800)
    window.move(0, 0)
    await until(lambda: window.vm.live and ws.presence_vm.loaded and ws.forwarding_vm.loaded, 20, "the panels")
    window.notice_area.clear()
    button = ws.forwarding
    dialog = button.open_dialog()
    dialog.move(700, 120)
    panel = dialog.panel
    panel.number_edit.setText("070-111 22 33")
    panel.forward_button.click()
    await until(lambda: ws.forwarding_vm.forwarded, 10, "the forwarding")
    lunch = panel.activity_combo.findData("lunch")
    panel.activity_combo.setCurrentIndex(lunch)
    panel.activity_number.setText("1002")
    panel.activity_button.click()
    await until(lambda: ws.forwarding_vm.activityForwarding, 10, "the activity forwarding")
    dialog.adjustSize()
    await asyncio.sleep(0.8)
    window.notice_area.clear()
    await asyncio.sleep(0.3)
    header = window.account_label.parentWidget()
    while header is not None and header.objectName() != "header":
        header = header.parentWidget()
    grab = window.grab(QRect(header.mapTo(window, header.rect().topLeft()), header.size()))
    save(grab, out / "forwarding-header.png")
    save(dialog.grab(), out / "forwarding.png")
    dialog.close()


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
            await asyncio.wait_for(scenario(controller, ROOT / "docs" / "screenshots"), 60)
        except Exception as exc:  # report in words, still shut down cleanly
            print(f"forwarding screenshots: {type(exc).__name__}: {exc}", file=sys.stderr)
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
