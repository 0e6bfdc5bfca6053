"""How long the app takes to be right again after the server cuts every stream.

Each round: a call is ringing; the simulator drops every open stream; while the app reconnects, the
ringing call is hung up remotely and a new call rings. The figure is the time from the drop until
the app's call store shows exactly the new call. The product's real settings are used (backoff,
heartbeat). The baseline is a bare httpx-sse client that reconnects at once and reads the snapshot.

    python benchmarks/resync_after_drop.py --drops 20
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

import httpx
from httpx_sse import aconnect_sse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cti_desktop.core.credentials import Credentials  # noqa: E402
from cti_desktop.core.session import Account, Session  # noqa: E402
from cti_desktop.providers.dstny.backend import connect_dstny  # noqa: E402
from simproc import SimulatorProcess  # noqa: E402


async def wait_until(pred, timeout=15.0):
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.002)


async def ours(sim, control: httpx.AsyncClient, drops: int) -> list[float]:
    """One signed-in session per round, so each drop hits a stream that has been healthy (the
    supervisor deliberately slows down when drops come back to back; see --back-to-back)."""
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    times = []
    for _ in range(drops):
        backend = await connect_dstny(account, Credentials(password="demo"))
        session = Session(account, backend)
        session.start()
        assert await session.wait_live(10)
        call = (await control.post("/_sim/calls", json={"to": "agent1", "from": "+46701234567"})).json()["callId"]
        await wait_until(lambda: session.store.get(call) is not None)
        t0 = time.monotonic()
        await control.post("/_sim/streams/drop")
        await control.post(f"/_sim/calls/{call}/remote-hangup")
        new = (await control.post("/_sim/calls", json={"to": "agent1", "from": "+46701234568"})).json()["callId"]
        await wait_until(lambda: session.store.get(call) is None and session.store.get(new) is not None)
        times.append(time.monotonic() - t0)
        await session.aclose()
        await control.post("/_sim/reset")
    return times


async def back_to_back(sim, control: httpx.AsyncClient, drops: int) -> list[float]:
    """One session, drops 0.3 s apart: shows the back-off growing so a flapping server is not hammered."""
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    backend = await connect_dstny(account, Credentials(password="demo"))
    session = Session(account, backend)
    session.start()
    assert await session.wait_live(10)
    times = []
    call = (await control.post("/_sim/calls", json={"to": "agent1", "from": "+46701234567"})).json()["callId"]
    await wait_until(lambda: session.store.get(call) is not None)
    for _ in range(drops):
        t0 = time.monotonic()
        await control.post("/_sim/streams/drop")
        await control.post(f"/_sim/calls/{call}/remote-hangup")
        new = (await control.post("/_sim/calls", json={"to": "agent1", "from": "+46701234568"})).json()["callId"]
        await wait_until(lambda: session.store.get(call) is None and session.store.get(new) is not None, 120)
        times.append(time.monotonic() - t0)
        call = new
        await asyncio.sleep(0.3)
    await session.aclose()
    return times


async def bare(sim, control: httpx.AsyncClient, drops: int) -> list[float]:
    """Reconnect at once, read the snapshot: the floor any client could reach."""
    async with httpx.AsyncClient(base_url=sim.api_url, timeout=10) as http:
        from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket

        t = password_ticket("agent1", "demo.example", "demo", DEFAULT_SCOPES)
        r = await http.post("/tickets/demo.example/agent1", params=[("platform", "other"), *[("api", s) for s in DEFAULT_SCOPES], ("name", "bench"), ("t", t)])
        headers = {"Authorization": f"Bearer {r.json()['token']}"}
        calls: set[str] = set()
        done = asyncio.Event()

        async def snapshot():
            body = (await http.get("/callstate/demo.example/agent1", headers=headers)).json()
            calls.clear()
            calls.update(c["callId"] for c in body.get("calls", []) if c.get("status") != "TERMINATED")

        async def follow():
            while not done.is_set():
                try:
                    async with aconnect_sse(http, "GET", "/callstate/demo.example/agent1/dialogs/stream",
                                            headers=dict(headers), timeout=httpx.Timeout(10, read=60)) as es:
                        await snapshot()
                        async for _ in es.aiter_sse():
                            await snapshot()
                except (httpx.TransportError, httpx.HTTPStatusError):
                    pass

        task = asyncio.create_task(follow())
        times = []
        call = (await control.post("/_sim/calls", json={"to": "agent1", "from": "+46701234567"})).json()["callId"]
        await wait_until(lambda: call in calls)
        for _ in range(drops):
            t0 = time.monotonic()
            await control.post("/_sim/streams/drop")
            await control.post(f"/_sim/calls/{call}/remote-hangup")
            new = (await control.post("/_sim/calls", json={"to": "agent1", "from": "+46701234568"})).json()["callId"]
            await wait_until(lambda: call not in calls and new in calls)
            times.append(time.monotonic() - t0)
            call = new
            await asyncio.sleep(0.3)
        done.set()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return times


def describe(name: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return (f"{name:>8}: median {statistics.median(ms):7.1f} ms   p90 {ms[int(len(ms) * 0.9) - 1]:7.1f} ms   "
            f"worst {ms[-1]:7.1f} ms   best {ms[0]:6.1f} ms   (n={len(ms)})")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drops", type=int, default=20)
    parser.add_argument("--back-to-back", type=int, default=0, metavar="N",
                        help="also time N drops 0.3 s apart on one session (the back-off at work)")
    args = parser.parse_args()
    with SimulatorProcess("--seed", "1") as sim:
        async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as control:
            await control.post("/_sim/config", json={"autoAnswerMs": None})
            base = await bare(sim, control, args.drops)
            await control.post("/_sim/reset")
            app = await ours(sim, control, args.drops)
            await control.post("/_sim/reset")
            flapping = await back_to_back(sim, control, args.back_to_back) if args.back_to_back else []
    print(f"Resync after a server-side drop of every stream ({args.drops} drops, loopback):")
    print(describe("app", app))
    print(describe("baseline", base))
    print(f"   ratio: {statistics.median(app) / statistics.median(base):.1f}× the bare reconnect-and-snapshot median")
    if flapping:
        print("Back-to-back drops 0.3 s apart on one session (the jittered back-off grows, by design):")
        print("   " + "  ".join(f"{t * 1000:.0f}" for t in flapping) + " ms")


if __name__ == "__main__":
    asyncio.run(main())
