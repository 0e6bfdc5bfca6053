"""How long a caller waits to be seen: from the PBX offering a call to the screen-pop being on screen.

The real desktop app (``DesktopApp``, signed in as ``cti-desktop --server URL --domain demo.example
--user agent1`` is) runs in this process on a qasync loop; the simulator runs in its own process.
Each round injects one call with ``POST /_sim/calls`` (unknown callers and colleagues the directory
knows, half of them through a queue) and times from sending the POST until the pop window is
visible and exposed; then the caller hangs up and the round ends when the pop has closed. The
baseline is the floor: the same POST followed by a bare httpx-sse client seeing the dialog event.

    python benchmarks/gui_screen_pop_latency.py --calls 30            # offscreen
    xvfb-run -s "-screen 0 1600x1000x24" env -u QT_QPA_PLATFORM python benchmarks/gui_screen_pop_latency.py
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: render off-screen
os.environ["QT_API"] = "pyside6"

import httpx  # noqa: E402
from httpx_sse import aconnect_sse  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from simproc import SimulatorProcess  # noqa: E402

UNKNOWN = ["+46701118{:03d}".format(n) for n in range(100)]


async def wait_until(pred, timeout=15.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not reached")
        await asyncio.sleep(0.001)


def callers(state: dict, n: int) -> list[dict]:
    """Alternate unknown numbers and colleagues' numbers (known to the directory); every other via a queue."""
    known = [u["number"] for u in state["users"] if u["userId"] != "agent1" and u.get("number")]
    out = []
    for i in range(n):
        body = {"to": "agent1", "from": known[i // 2 % len(known)] if i % 2 else UNKNOWN[i % len(UNKNOWN)]}
        if i % 4 >= 2:
            body["via"] = 101
        out.append(body)
    return out


async def bare(sim, bodies: list[dict]) -> list[float]:
    """The floor: POST, then a bare SSE client on agent1's dialog stream sees the call's event."""
    from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket

    async with httpx.AsyncClient(base_url=sim.api_url, timeout=10) as http, \
            httpx.AsyncClient(base_url=sim.base_url, timeout=10) as control:
        t = password_ticket("agent1", "demo.example", "demo", DEFAULT_SCOPES)
        r = await http.post("/tickets/demo.example/agent1",
                            params=[("platform", "other"), *[("api", s) for s in DEFAULT_SCOPES], ("name", "bench"), ("t", t)])
        headers = {"Authorization": f"Bearer {r.json()['token']}"}
        ready = asyncio.Event()

        async def follow():
            async with aconnect_sse(http, "GET", "/callstate/demo.example/agent1/dialogs/stream",
                                    headers=dict(headers), timeout=httpx.Timeout(10, read=120)) as es:
                ready.set()
                async for ev in es.aiter_sse():
                    events.append((time.perf_counter(), ev.data))

        def first_event(cid: str) -> float | None:
            return next((t for t, data in events if cid in data), None)

        events: list[tuple[float, str]] = []  # the event may come before the POST's answer
        task = asyncio.create_task(follow())
        await asyncio.wait_for(ready.wait(), 10)
        await asyncio.sleep(0.3)
        times = []
        for body in bodies:
            t0 = time.perf_counter()
            cid = (await control.post("/_sim/calls", json=body)).json()["callId"]
            await wait_until(lambda: first_event(cid) is not None, 10, "the dialog event")
            times.append(first_event(cid) - t0)
            await control.post(f"/_sim/calls/{cid}/remote-hangup")
            await asyncio.sleep(0.15)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return times


def run_app(sim, bodies: list[dict]) -> tuple[list[float], list[float], int, int]:
    """The real app: POST → pop window visible and exposed.

    Returns (times, of them the window's part: view-model's pop request → exposed, named, via queue)."""
    import qasync
    from PySide6.QtCore import QEvent, QObject

    from cti_desktop.app import DesktopApp
    from cti_desktop.app.entry import make_application
    from cti_desktop.cli import build_parser
    from cti_desktop.core.secrets import SecretStore

    app = make_application(["cti-desktop"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    args = build_parser().parse_args(["--server", sim.base_url, "--domain", "demo.example", "--user", "agent1"])
    controller = DesktopApp(args, app=app, tray=False, quit=lambda: None, secrets=SecretStore(use_keyring=False))

    shown: dict[str, float] = {}

    def exposed(window) -> bool:
        handle = window.windowHandle()
        return window.isVisible() and handle is not None and handle.isExposed()

    class Watcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() in (QEvent.Type.Expose, QEvent.Type.Show, QEvent.Type.Paint) and exposed(obj):
                shown.setdefault(obj.item.callId, time.monotonic())
            return False

    watcher = Watcher()

    def on_pop(item) -> None:  # connected after the controller's own slot: the window exists
        window = controller.workspace.screen_pop.window(item.callId)
        if window is None:
            return
        if exposed(window):
            shown.setdefault(item.callId, time.monotonic())
        window.installEventFilter(watcher)

    results: dict = {}

    async def scenario() -> None:
        controller.start()
        await wait_until(lambda: controller.window is not None and controller.window.vm.live, 30, "sign-in")
        ws = controller.workspace
        ws.screen_pop_vm.popRequested.connect(on_pop)
        await wait_until(lambda: ws.queues_vm.loaded and ws.presence_vm.loaded, 20, "the panels")
        await asyncio.sleep(0.5)
        times, ui, known, via = [], [], 0, 0
        async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as control:
            for body in bodies:
                t0 = time.monotonic()
                cid = (await control.post("/_sim/calls", json=body)).json()["callId"]
                await wait_until(lambda: cid in shown, 10, "the pop")
                times.append(shown[cid] - t0)
                pop = ws.screen_pop.window(cid)
                ui.append(shown[cid] - pop.item.requested_at)
                await wait_until(lambda: not pop.item.lookupPending, 10, "the lookup")
                known += not pop.item.unknown
                via += bool(pop.item.via)
                await control.post(f"/_sim/calls/{cid}/remote-hangup")
                await wait_until(lambda: ws.screen_pop.window(cid) is None, 10, "the pop to close")
                await asyncio.sleep(0.15)
        results.update(times=times, ui=ui, known=known, via=via)

    async def run() -> None:
        try:
            await scenario()
        finally:
            await controller.shutdown()

    try:
        loop.run_until_complete(run())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    return results["times"], results["ui"], results["known"], results["via"]


def describe(name: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return (f"{name:>8}: median {statistics.median(ms):7.1f} ms   p90 {ms[max(0, int(len(ms) * 0.9) - 1)]:7.1f} ms   "
            f"worst {ms[-1]:7.1f} ms   best {ms[0]:6.1f} ms   (n={len(ms)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=30)
    opts = parser.parse_args()
    if opts.calls < 1:
        parser.error("--calls must be at least 1")
    config = tempfile.mkdtemp(prefix="cti-desktop-bench-")
    os.environ.update({"CTI_DESKTOP_PASSWORD": "demo", "CTI_DESKTOP_CONFIG_DIR": config, "XDG_STATE_HOME": config,
                       "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})
    with SimulatorProcess("--seed", "1") as sim:
        httpx.post(sim.base_url + "/_sim/config", json={"autoAnswerMs": None}, timeout=10)
        bodies = callers(httpx.get(sim.base_url + "/_sim/state", timeout=10).json(), opts.calls)
        base = asyncio.run(bare(sim, bodies))
        httpx.post(sim.base_url + "/_sim/reset", timeout=10)
        httpx.post(sim.base_url + "/_sim/config", json={"autoAnswerMs": None}, timeout=10)
        app, ui, known, via = run_app(sim, bodies)
    platform = os.environ.get("QT_QPA_PLATFORM") or "xcb"
    print(f"Screen-pop latency, POST /_sim/calls → pop window visible and exposed ({opts.calls} calls, "
          f"Qt platform {platform}, simulator in its own process):")
    print(describe("app", app))
    print(describe("baseline", base))
    print(f"   ratio: {statistics.median(app) / statistics.median(base):.1f}× the bare SSE client's median; "
          f"worst {max(app) / max(base):.1f}× its worst")
    print(describe("  window", ui) + "   ← of the app's time: pop requested → window exposed")
    print(f"   {known} of {opts.calls} pops named the caller from the directory, {via} said which queue")


if __name__ == "__main__":
    main()
