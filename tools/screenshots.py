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
from contextlib import asynccontextmanager
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


def window_size(text: str) -> tuple[int, int]:
    """``"1280x800"`` → ``(1280, 800)``."""
    width, height = (int(v) for v in text.lower().split("x"))
    return width, height


async def open_window(controller, size: tuple[int, int] = (1280, 800), ready=lambda ws: True,
                      what: str = "the panels"):
    """Once the app's main window is up: put it at the top left at ``size``, wait until it is live
    and ``ready(workspace)``, dismiss the notices; returns ``(window, workspace)``. Every scenario
    that shows the main window starts so."""
    await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
    window, ws = controller.window, controller.workspace
    window.showNormal()
    window.resize(*size)
    window.move(0, 0)
    await until(lambda: window.vm.live and ready(ws), 20, what)
    window.notice_area.clear()  # "no system keyring" in a bare X server: dismissed, as a person would
    return window, ws


async def press(window, key, modifier=None, pause: float = 0.5) -> None:
    """Give the main window the focus, let it settle for ``pause`` and press ``key`` (with
    ``modifier``) in it, as a person does."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    await asyncio.sleep(pause)
    QTest.keyClick(window, key, Qt.KeyboardModifier.NoModifier if modifier is None else modifier)


async def open_settings(window):
    """Ctrl+, in the main window; the settings dialog once it shows, moved to (60, 60)."""
    from PySide6.QtCore import Qt

    await press(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible(), 10,
                "the settings dialog")
    dialog = window.settings_dialog
    dialog.move(60, 60)
    return dialog


async def settle(window, pause: float = 0.8, after: float = 0.3) -> None:
    """Let the window paint (``pause``), dismiss notices that came meanwhile, and paint again."""
    await asyncio.sleep(pause)
    window.notice_area.clear()
    await asyncio.sleep(after)


async def sim_post(http, path: str, body: dict | None = None) -> dict:
    """A control request to the simulator (``http`` has its base URL); its JSON answer."""
    response = await http.post(path, json=body or {})
    response.raise_for_status()
    return response.json()


async def scenario(controller, sim, opts: argparse.Namespace) -> None:
    import httpx
    from PySide6.QtGui import QGuiApplication

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:

        async def post(path: str, body: dict | None = None) -> dict:
            return await sim_post(http, path, body)

        window, ws = await open_window(controller, window_size(opts.size),
                                       lambda ws: ws.queues_vm.loaded and ws.presence_vm.loaded)
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
        await settle(window, 1.0, 0.2)
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


def _dstny_simulator(user: str):
    """The Dstny simulator (fixed seed, no demo traffic), the command line that signs in to it as
    ``user`` and the secret's environment variable."""
    from cti_desktop.simulator.dstny.server import SimulatorThread

    sim = SimulatorThread(seed=SEED, demo=False)
    return sim, lambda: ["--server", sim.base_url, "--domain", "demo.example", "--user", user], \
        {"CTI_DESKTOP_PASSWORD": "demo"}


def _voxloud_simulator(user: str):
    """The Voxloud simulator (fixed seed), the command line of extension ``user`` and its API key."""
    from cti_desktop.simulator.voxloud.server import VoxloudSimulatorThread

    sim = VoxloudSimulatorThread(seed=SEED)
    return sim, lambda: ["--backend", "voxloud", "--server", sim.api_url, "--user", user,
                         "--option", "webhook_port=0"], {"CTI_DESKTOP_API_KEY": "demo-key"}


SIMULATORS = {"dstny": _dstny_simulator, "voxloud": _voxloud_simulator}


def run_app(work, *, name: str = "screenshots", user: str = "agent1", timeout: float = 60.0,
            prepare=None, backend: str = "dstny") -> int:
    """Start the ``backend``'s simulator (fixed seed, no demo traffic), sign the real app in as
    ``user`` exactly as ``cti-desktop --server URL --domain demo.example --user USER`` does (a
    throw-away settings folder, no keyring; the secret from its environment variable), run
    ``await work(controller, sim)``, then shut down cleanly; 0, or 1 when ``work`` failed (said in
    words on stderr). ``prepare(sim)`` runs before the app starts. Every screenshot tool of
    ``tools/`` that shows the app runs its scenario through this."""
    config = tempfile.mkdtemp(prefix="cti-desktop-shots-")
    os.environ.update({
        "QT_API": "pyside6",
        "CTI_DESKTOP_CONFIG_DIR": config,
        "XDG_CONFIG_HOME": config,
        "XDG_STATE_HOME": config,
        "XDG_CACHE_HOME": config,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    })
    sys.path.insert(0, str(ROOT))
    import qasync

    from cti_desktop.app import DesktopApp
    from cti_desktop.app.entry import make_application
    from cti_desktop.cli import build_parser
    from cti_desktop.core.secrets import SecretStore
    from cti_desktop.core.settings import ENV_CONFIG_DIR

    os.environ[ENV_CONFIG_DIR] = config
    sim, command_line, secret = SIMULATORS[backend](user)
    os.environ.update(secret)
    sim.start()
    if prepare is not None:
        prepare(sim)
    app = make_application(["cti-desktop"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    args = build_parser().parse_args(command_line())
    # the secret comes from its environment variable; nothing is written to a keyring
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


@asynccontextmanager
async def dstny_session(user: str = "agent1", heartbeat: float = 5.0):
    """For a tool that shows panels without the whole app: the Dstny simulator (fixed seed, no demo
    traffic), a control client on it, and a live session as ``user`` (password ``demo``) with its
    bridge for the view-models; yields ``(control, session, bridge)`` and closes them after."""
    import httpx

    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Account, Session
    from cti_desktop.providers.dstny.backend import connect_dstny
    from cti_desktop.simulator.dstny.server import SimulatorThread
    from cti_desktop.viewmodels.session_bridge import SessionBridge

    with SimulatorThread(seed=SEED, heartbeat=heartbeat) as server:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10, trust_env=False) as control:
            account = Account("dstny", server.base_url, "demo.example", user)
            session = Session(account, await connect_dstny(account, Credentials(password="demo")))
            session.start()
            bridge = SessionBridge(session)
            try:
                if not await session.wait_live(10):
                    raise TimeoutError(f"the session did not go live: {session.status}")
                yield control, session, bridge
            finally:
                bridge.detach()
                await session.aclose()


def run_panels(work) -> int:
    """Run ``await work()`` on a qasync loop of a QApplication, settings in a throw-away folder;
    0, or 1 when it failed (said in words on stderr)."""
    os.environ.setdefault("QT_API", "pyside6")
    os.environ["CTI_DESKTOP_CONFIG_DIR"] = tempfile.mkdtemp(prefix="cti-shot-")
    sys.path.insert(0, str(ROOT))
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            loop.run_until_complete(work())
    except Exception as exc:  # report in words
        print(f"{Path(sys.argv[0]).name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, sim, opts), timeout=opts.timeout)


if __name__ == "__main__":
    sys.exit(main())
