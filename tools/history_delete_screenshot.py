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
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import SEED, save, until  # noqa: E402  (the README screenshots' own helpers)


async def scenario(controller, opts: argparse.Namespace) -> None:
    await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
    window, ws = controller.window, controller.workspace
    window.showNormal()
    window.resize(1500, 940)
    window.move(0, 0)
    await until(lambda: window.vm.live and ws.history_vm.loaded, 20, "the call history")
    window.notice_area.clear()
    window.follow_tabs.setCurrentWidget(ws.history)
    vm = ws.history_vm
    row = next(i for i in vm.items if i["unplayed"] and i["type"] == "VOICEMAIL" and not i["inboxName"])
    if not await vm.delete_items([row["id"]]):
        raise RuntimeError(f"the voicemail was not deleted: {vm.error}")
    ws.history.select_many([i["id"] for i in vm.items[:2]])  # the top two rows
    ws.history.table.setFocus()
    await asyncio.sleep(1.0)
    window.notice_area.clear()
    await asyncio.sleep(0.2)
    save(window.grab(), opts.out / "call-history-delete.png")


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
            await asyncio.wait_for(scenario(controller, opts), 60)
        except Exception as exc:  # report in words, still shut down cleanly
            print(f"history delete screenshot: {type(exc).__name__}: {exc}", file=sys.stderr)
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
