"""How many call-state events per second one per-call stream sustains through the app.

The simulator refreshes one call N times as fast as it can (``POST /_sim/calls/{id}/burst``); the
app receives them on the call's stream through the stream supervisor, the SSE decoder, the wire
parser and the call store (with a listener attached, as the GUI has). The baseline is bare
httpx-sse counting the same events without parsing them. Both read from the same server, so the
ratio is the app's own cost.

    python benchmarks/call_stream_throughput.py --events 20000
"""

from __future__ import annotations

import argparse
import asyncio
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
from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket  # noqa: E402
from simproc import SimulatorProcess  # noqa: E402


async def wait_until(pred, timeout=120.0):
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.001)


async def ours(sim, control: httpx.AsyncClient, n: int) -> float:
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    session = Session(account, await connect_dstny(account, Credentials(password="demo")))
    session.start()
    assert await session.wait_live(10)
    call_id = (await control.post("/_sim/calls", json={"to": "agent1", "from": "+46701234567"})).json()["callId"]
    await wait_until(lambda: session.store.get(call_id) is not None)
    await asyncio.sleep(0.5)  # the call's own stream is open and has sent its first state
    received = [0, 0.0, 0.0]

    def on_calls(changes):
        for change in changes:
            if change.call.call_id == call_id:
                if received[0] == 0:
                    received[1] = time.perf_counter()
                received[0] += 1
                received[2] = time.perf_counter()

    session.on_calls(on_calls)
    await control.post(f"/_sim/calls/{call_id}/burst", json={"count": n})
    await wait_until(lambda: received[0] >= n)
    await session.aclose()
    return n / (received[2] - received[1])


async def bare(sim, control: httpx.AsyncClient, n: int) -> float:
    async with httpx.AsyncClient(base_url=sim.api_url, timeout=httpx.Timeout(10, read=60)) as http:
        t = password_ticket("agent1", "demo.example", "demo", DEFAULT_SCOPES)
        params = [("platform", "other"), *[("api", s) for s in DEFAULT_SCOPES], ("name", "bench"), ("t", t)]
        headers = {"Authorization": f"Bearer {(await http.post('/tickets/demo.example/agent1', params=params)).json()['token']}"}
        call_id = (await control.post("/_sim/calls", json={"to": "agent1", "from": "+46701234567"})).json()["callId"]
        count, first, last = 0, 0.0, 0.0
        async with aconnect_sse(http, "GET", f"/callstate/demo.example/agent1/calls/{call_id}/stream", headers=headers) as es:
            events = es.aiter_sse()
            async for event in events:
                if event.data:
                    break  # the call's first state
            await control.post(f"/_sim/calls/{call_id}/burst", json={"count": n})
            async for event in events:
                if event.data:
                    if count == 0:
                        first = time.perf_counter()
                    count += 1
                    last = time.perf_counter()
                    if count >= n:
                        break
        await control.post(f"/_sim/calls/{call_id}/remote-hangup")
        return n / (last - first)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000)
    args = parser.parse_args()
    with SimulatorProcess("--seed", "1") as sim:
        async with httpx.AsyncClient(base_url=sim.base_url, timeout=120) as control:
            base = await bare(sim, control, args.events)
            await control.post("/_sim/reset")
            app = await ours(sim, control, args.events)
    print(f"One per-call stream, {args.events} call-state events (loopback, simulator in its own process):")
    print(f"     app: {app:9.0f} events/s  (supervisor + decoder + parser + call store + a listener)")
    print(f"baseline: {base:9.0f} events/s  (bare httpx-sse, no parsing)")
    print(f"   ratio: {app / base:.2f}× the bare rate")


if __name__ == "__main__":
    asyncio.run(main())
