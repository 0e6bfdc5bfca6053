"""Regenerate the README's screenshots from the real app against the embedded PBX simulator.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshots.py

(needs the apt packages xvfb, libxcb-cursor0, libxkbcommon-x11-0 and fonts-dejavu-core). The script
starts the simulator without demo traffic and with a fixed seed, so every run shows the same people
and numbers; signs in exactly as ``cti-desktop --server URL --domain demo.example --user agent1``
does with ``CTI_DESKTOP_PASSWORD=demo`` (a throw-away settings folder, no keyring); then drives the
calls through the simulator's control API and the app's own buttons:

* a known caller rings through the "Customer Service" queue → ``docs/screenshots/screen-pop.png``
  (the pop window, once the directory lookup has named the caller);
* that call is answered with the pop's Answer button, a second caller rings →
  ``docs/screenshots/main-window.png`` (an active call with hold/transfer, a ringing call, contacts,
  presence and the queues tab).

``--out DIR`` writes elsewhere, ``--size WxH`` sets the main window's size, ``--desktop`` also saves
the whole screen (``desktop.png``) to check where the pops are placed.
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
KNOWN_CALLER = "+4684057060"  # Jonas Ali, Berg Solutions AB, in the seeded directory
QUEUE = 101  # Customer Service
SECOND_CALLER = "+46701118888"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--size", default="1280x800", help="the main window's size, e.g. 1920x1080")
    p.add_argument("--desktop", action="store_true", help="also save the whole screen as desktop.png")
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
    if not pixmap.save(str(path), "PNG", 9):  # 9: the smallest file
        raise OSError(f"could not write {path}")
    print(f"wrote {path} ({pixmap.width()}×{pixmap.height()}, {path.stat().st_size // 1024} KB)")


async def scenario(controller, sim, opts: argparse.Namespace) -> None:
    import httpx
    from PySide6.QtGui import QGuiApplication

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
        await until(lambda: window.vm.live and ws.queues_vm.loaded and ws.presence_vm.loaded, 20, "the panels")
        window.notice_area.clear()  # "no system keyring" in a bare X server: dismissed, as a person would
        await asyncio.sleep(0.5)

        # (1) a known caller through a queue: the screen-pop.
        first = (await post("/_sim/calls", {"to": "agent1", "from": KNOWN_CALLER, "via": QUEUE}))["callId"]
        await until(lambda: ws.screen_pop.window(first) is not None, 10, "the screen-pop")
        pop = ws.screen_pop.window(first)
        await until(lambda: pop.isVisible() and not pop.item.lookupPending, 10, "the caller lookup")
        await asyncio.sleep(0.6)  # let the window manager-less X server paint it
        save(pop.grab(), opts.out / "screen-pop.png")

        # (2) answer it in the pop; a second caller rings while the first call is active.
        pop.answer_button.click()
        await until(lambda: any(c.call_id == first and c.status == "ACTIVE"
                                for c in controller.session.store.calls()), 10, "the answered call")
        second = (await post("/_sim/calls", {"to": "agent1", "from": SECOND_CALLER, "fromName": "Greta Nilsson"}))["callId"]
        await until(lambda: ws.calls.card(second) is not None and ws.screen_pop.window(second) is not None, 10,
                    "the second call")
        ws.calls_vm.selectedCallId = first
        window.show_left_tab("dial")
        await asyncio.sleep(1.0)
        window.notice_area.clear()
        await asyncio.sleep(0.2)
        save(window.grab(), opts.out / "main-window.png")
        if opts.desktop:
            screen = QGuiApplication.primaryScreen()
            save(screen.grabWindow(0), opts.out / "desktop.png")
        for call_id in (second, first):
            try:
                await post(f"/_sim/calls/{call_id}/remote-hangup")
            except httpx.HTTPStatusError:
                pass
        await until(lambda: not controller.session.store.calls(), 10, "the calls to end")


def run_app(work, *, name: str = "screenshots", user: str = "agent1", timeout: float = 60.0,
            prepare=None) -> int:
    """Start the simulator (fixed seed, no demo traffic), sign the real app in as ``user`` exactly as
    ``cti-desktop --server URL --domain demo.example --user USER`` does (a throw-away settings folder,
    no keyring), run ``await work(controller, sim)``, then shut down cleanly; 0, or 1 when ``work``
    failed (said in words on stderr). ``prepare(sim)`` runs before the app starts. Every screenshot
    tool of ``tools/`` runs its scenario through this."""
    config = tempfile.mkdtemp(prefix="cti-desktop-shots-")
    os.environ.update({
        "QT_API": "pyside6",
        "CTI_DESKTOP_PASSWORD": "demo",
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
    from cti_desktop.simulator.dstny.server import SimulatorThread

    os.environ[ENV_CONFIG_DIR] = config
    sim = SimulatorThread(seed=SEED, demo=False)
    sim.start()
    if prepare is not None:
        prepare(sim)
    app = make_application(["cti-desktop"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    args = build_parser().parse_args(["--server", sim.base_url, "--domain", "demo.example", "--user", user])
    # the secret comes from CTI_DESKTOP_PASSWORD; nothing is written to a keyring
    controller = DesktopApp(args, app=app, tray=False, quit=lambda: None, secrets=SecretStore(use_keyring=False))
    status = 0

    async def run() -> None:
        nonlocal status
        controller.start()
        try:
            await asyncio.wait_for(work(controller, sim), timeout)
        except Exception as exc:  # report in words, still shut down cleanly
            print(f"{name}: {type(exc).__name__}: {exc}", file=sys.stderr)
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


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, sim, opts), timeout=opts.timeout)


if __name__ == "__main__":
    sys.exit(main())
