"""Screenshots of the app on a Voxloud account: the screen-pop and the call history.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshots_voxloud.py

(the same apt packages as ``tools/screenshots.py``). Starts the Voxloud simulator with a fixed seed
and no demo traffic, signs in exactly as ``cti-desktop --backend voxloud --server URL --user 101
--option webhook_port=0`` does with ``CTI_DESKTOP_API_KEY=demo-key`` (a throw-away settings folder,
no keyring), then drives calls through the simulator's control API:

* a known caller rings extension 101 → ``docs/screenshots/voxloud-screen-pop.png`` (the pop, once
  the Voxloud contacts have named the caller: no Answer/Reject, where to answer instead);
* that call goes unanswered and leaves a voicemail (its PHONE_CALL record arrives by webhook), a fax
  arrives → ``docs/screenshots/voxloud-call-history.png`` (the main window with the call history:
  the seeded calls, the new missed call selected, its Open menu of links).
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
KNOWN_CALLER = "+390212345678"  # Giulia Bianchi, Acme Italia, in the seeded contacts


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--size", default="1280x800", help="the main window's size")
    p.add_argument("--timeout", type=float, default=60.0)
    return p.parse_args(argv)


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
    print(f"wrote {path} ({pixmap.width()}×{pixmap.height()}, {path.stat().st_size // 1024} KB)")


async def scenario(controller, sim, opts: argparse.Namespace) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:

        async def post(path: str, body: dict | None = None) -> dict:
            r = await http.post(path, json=body or {})
            r.raise_for_status()
            return r.json()

        await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
        window, ws = controller.window, controller.workspace
        width, height = (int(v) for v in opts.size.lower().split("x"))
        window.showNormal()
        window.resize(width, height)
        window.move(0, 0)
        await until(lambda: window.vm.live and ws.history_vm.loaded, 20, "the panels")
        window.notice_area.clear()
        await asyncio.sleep(0.5)

        # (1) a known caller rings 101: the pop.
        call_id = (await post("/_sim/calls", {"to": "101", "from": KNOWN_CALLER}))["call_id"]
        await until(lambda: ws.screen_pop.window(call_id) is not None, 10, "the screen-pop")
        pop = ws.screen_pop.window(call_id)
        await until(lambda: pop.isVisible() and not pop.item.lookupPending, 10, "the caller lookup")
        await asyncio.sleep(0.6)
        save(pop.grab(), opts.out / "voxloud-screen-pop.png")

        # (2) nobody answers, the caller leaves a voicemail; a fax arrives: the history.
        await post(f"/_sim/calls/{call_id}/hangup", {"voicemail": True})
        await post("/_sim/fax", {"to": "101", "from": "+390611122233", "pages": 2})
        await until(lambda: ws.screen_pop.window(call_id) is None, 10, "the pop to close")
        await ws.history_vm.refresh_now()
        window.follow_tabs.setCurrentWidget(ws.history)
        missed = next(i for i in ws.history_vm.items if i["missed"] and i["number"] == KNOWN_CALLER)
        ws.history.select(missed["id"])
        await asyncio.sleep(1.0)
        window.notice_area.clear()
        await asyncio.sleep(0.2)
        save(window.grab(), opts.out / "voxloud-call-history.png")


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    config = tempfile.mkdtemp(prefix="cti-desktop-shots-")
    os.environ.update({
        "QT_API": "pyside6",
        "CTI_DESKTOP_API_KEY": "demo-key",
        "CTI_DESKTOP_CONFIG_DIR": config,
        "XDG_CONFIG_HOME": config,
        "XDG_STATE_HOME": config,
        "XDG_CACHE_HOME": config,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    })
    sys.path.insert(0, str(ROOT))
    import qasync

    from cti_desktop.app import DesktopApp, make_application
    from cti_desktop.cli import build_parser
    from cti_desktop.core.secrets import SecretStore
    from cti_desktop.core.settings import ENV_CONFIG_DIR
    from cti_desktop.simulator.voxloud.server import VoxloudSimulatorThread

    os.environ[ENV_CONFIG_DIR] = config
    sim = VoxloudSimulatorThread(seed=SEED)
    sim.start()
    app = make_application(["cti-desktop"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    args = build_parser().parse_args(["--backend", "voxloud", "--server", sim.api_url, "--user", "101",
                                      "--option", "webhook_port=0"])
    controller = DesktopApp(args, app=app, tray=False, quit=lambda: None, secrets=SecretStore(use_keyring=False))
    status = 0

    async def run() -> None:
        nonlocal status
        controller.start()
        try:
            await asyncio.wait_for(scenario(controller, sim, opts), opts.timeout)
        except Exception as exc:
            print(f"screenshots: {type(exc).__name__}: {exc}", file=sys.stderr)
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
