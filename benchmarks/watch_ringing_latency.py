"""How soon `cti-desktop watch` prints an injected call as RINGING.

The simulator runs in its own process; `cti-desktop watch` runs as a person would run it; each round
injects a call with `POST /_sim/calls` and times until `watch` prints that call's RINGING line, then
hangs it up. The baseline is a bare httpx-sse client on the same dialog stream seeing the dialog
event (the floor any client could reach).

    python benchmarks/watch_ringing_latency.py --calls 20
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
from httpx_sse import connect_sse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket  # noqa: E402
from simproc import SimulatorProcess  # noqa: E402


def watch_rounds(sim, control: httpx.Client, n: int) -> list[float]:
    env = dict(os.environ, CTI_DESKTOP_PASSWORD="demo", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    proc = subprocess.Popen([sys.executable, "-m", "cti_desktop", "watch", "--server", sim.base_url,
                             "--domain", "demo.example", "--user", "agent1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    lines: queue.Queue[tuple[float, dict]] = queue.Queue()
    threading.Thread(target=lambda: [lines.put((time.perf_counter(), json.loads(l))) for l in proc.stdout],
                     daemon=True).start()
    try:
        while lines.get(timeout=20)[1].get("state") != "live":
            pass
        times = []
        for i in range(n):
            t0 = time.perf_counter()
            call_id = control.post("/_sim/calls", json={"to": "agent1", "from": f"+4670123{i:04d}"}).json()["callId"]
            while True:
                at, line = lines.get(timeout=10)
                if line.get("callId") == call_id and line.get("status") == "RINGING":
                    times.append(at - t0)
                    break
            control.post(f"/_sim/calls/{call_id}/remote-hangup")
            while True:
                _, line = lines.get(timeout=10)
                if line.get("callId") == call_id and line.get("status") == "TERMINATED":
                    break
        return times
    finally:
        proc.terminate()
        proc.wait(10)


def bare_rounds(sim, control: httpx.Client, n: int) -> list[float]:
    with httpx.Client(base_url=sim.api_url, timeout=httpx.Timeout(10, read=60)) as http:
        t = password_ticket("agent1", "demo.example", "demo", DEFAULT_SCOPES)
        params = [("platform", "other"), *[("api", s) for s in DEFAULT_SCOPES], ("name", "bench"), ("t", t)]
        headers = {"Authorization": f"Bearer {http.post('/tickets/demo.example/agent1', params=params).json()['token']}"}
        events: queue.Queue[tuple[float, str]] = queue.Queue()

        def follow():
            try:
                with connect_sse(http, "GET", "/callstate/demo.example/agent1/dialogs/stream", headers=headers) as es:
                    for event in es.iter_sse():
                        events.put((time.perf_counter(), event.data))
            except (httpx.HTTPError, OSError):
                return  # the client was closed at the end of the run

        threading.Thread(target=follow, daemon=True).start()
        events.get(timeout=10)  # the full document sent on connect
        times = []
        for i in range(n):
            t0 = time.perf_counter()
            call_id = control.post("/_sim/calls", json={"to": "agent1", "from": f"+4670123{i:04d}"}).json()["callId"]
            while True:
                at, data = events.get(timeout=10)
                if call_id in data:
                    times.append(at - t0)
                    break
            control.post(f"/_sim/calls/{call_id}/remote-hangup")
            time.sleep(0.2)
            while not events.empty():
                events.get()
        return times


def describe(name: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return f"{name:>8}: median {statistics.median(ms):6.1f} ms   worst {ms[-1]:6.1f} ms   best {ms[0]:5.1f} ms   (n={len(ms)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20)
    args = parser.parse_args()
    with SimulatorProcess("--seed", "1", "--auto-answer-ms", "-1") as sim, httpx.Client(base_url=sim.base_url, timeout=10) as control:
        base = bare_rounds(sim, control, args.calls)
        control.post("/_sim/reset")
        app = watch_rounds(sim, control, args.calls)
    print(f"Injected call → printed as RINGING by `cti-desktop watch` ({args.calls} calls, loopback):")
    print(describe("watch", app))
    print(describe("baseline", base) + "  (bare httpx-sse sees the dialog event)")
    print(f"   ratio: {statistics.median(app) / statistics.median(base):.1f}× the bare median")


if __name__ == "__main__":
    main()
