"""Does the wallboard stay responsive under a storm of queue statistics?

The simulator (its own process) runs ``POST /_sim/queues/load`` — by default 500 synthetic queues ×
10 updates per second each, for 60 s — which the supervisor ``super1`` receives on the
queue-statistics stream. The app side is the real :class:`WallboardWindow` and view-model (offscreen),
signed in as ``super1``. Measured on the GUI thread: the gaps between the ticks of a 10 ms
``QTimer`` (worst gap and 99th percentile: how long the window could not react), and the CPU time
(user + sys) of the app process. The baseline is the same window, signed in and live, with no load.

    python benchmarks/wallboard_storm.py [--queues 500] [--rate 10] [--seconds 60] [--baseline 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from simproc import SimulatorProcess

from cti_desktop.core.credentials import Credentials
from cti_desktop.core.session import Account, Session
from cti_desktop.providers.dstny.backend import connect_dstny
from cti_desktop.runtime import settle_after_startup  # noqa: E402
from cti_desktop.ui.wallboard import WallboardWindow
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.wallboard import WallboardViewModel

TICK_MS = 10


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of another process (Linux), or NaN."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class TickProbe:
    """A 10 ms QTimer on the GUI thread; records the gaps between its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.gaps.append((now - self._last) * 1000.0)
        self._last = now

    async def measure(self, seconds: float) -> dict:
        self.gaps, self._last = [], 0.0
        cpu0, wall0 = cpu_seconds(), time.perf_counter()
        self.timer.start()
        await asyncio.sleep(seconds)
        self.timer.stop()
        cpu, wall = cpu_seconds() - cpu0, time.perf_counter() - wall0
        gaps = sorted(self.gaps)
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))] if gaps else float("nan")
        return {"max_gap_ms": gaps[-1] if gaps else float("nan"), "p99_gap_ms": p99,
                "median_gap_ms": statistics.median(gaps) if gaps else float("nan"),
                "cpu_s": cpu, "wall_s": wall, "cpu_share": cpu / wall}


async def run(args) -> None:
    with SimulatorProcess("--heartbeat", "5") as sim:
        account = Account("dstny", sim.base_url, "demo.example", "super1")
        session = Session(account, await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=5.0))
        session.start()
        assert await session.wait_live(10), session.status
        bridge = SessionBridge(session)
        vm = WallboardViewModel(bridge, heartbeat_interval=5.0)
        window = WallboardWindow(vm)
        window.resize(1600, 1000)
        window.show()
        vm.start()
        probe = TickProbe()
        async with httpx.AsyncClient(base_url=sim.base_url, timeout=30) as control:
            try:
                while not (vm.live and vm.queueCount == 4):
                    await asyncio.sleep(0.05)
                settle_after_startup()  # as the app does once it has started
                base = await probe.measure(args.baseline)
                board = vm.board
                received0, coalesced0 = board.received, board.coalesced
                t0 = time.perf_counter()
                r = await control.post("/_sim/queues/load", json={"queues": args.queues, "rate": args.rate,
                                                                  "seconds": args.seconds + 5})
                r.raise_for_status()
                while vm.queueCount < args.queues + 4:
                    await asyncio.sleep(0.05)
                    if time.perf_counter() - t0 > 30:
                        raise TimeoutError(f"only {vm.queueCount} tiles after 30 s")
                profiler = None
                if args.profile:
                    import cProfile

                    profiler = cProfile.Profile()
                    profiler.enable()
                sim_cpu0 = process_cpu_seconds(sim.proc.pid)
                storm = await probe.measure(args.seconds)
                sim_cpu = (process_cpu_seconds(sim.proc.pid) - sim_cpu0) / storm["wall_s"]
                if profiler is not None:
                    profiler.disable()
                    profiler.dump_stats(args.profile)
                # Sent and received over the same span (from the POST): the first publish of every
                # queue, then the updates; what is still in flight at the end counts as not received.
                sent = (await control.get("/_sim/queues/load")).json()["updates"] + args.queues
                received = board.received - received0
                span = time.perf_counter() - t0
                coalesced = board.coalesced - coalesced0
            finally:
                await control.delete("/_sim/queues/load")
        await vm.aclose()
        bridge.detach()
        window.close()
        await session.aclose()

    print(f"wallboard storm: {args.queues} queues × {args.rate}/s for {args.seconds:g} s "
          f"(baseline: the same window, live, idle, {args.baseline:g} s)")
    print(f"  queue updates sent by the simulator  {sent:8d}  ({sent / span:.0f}/s over {span:.1f} s)")
    print(f"  queue updates received by the board  {received:8d}  ({received / span:.0f}/s; "
          f"{received / sent:.1%} of sent; {coalesced} folded into a newer one before a flush)")
    print(f"  {'':24}{'storm':>12}{'baseline':>12}{'ratio':>10}")
    for key, label in (("max_gap_ms", "worst GUI stall (ms)"), ("p99_gap_ms", "p99 tick gap (ms)"),
                       ("median_gap_ms", "median tick gap (ms)"), ("cpu_share", "CPU (s per s)")):
        ratio = storm[key] / base[key] if base[key] else float("inf")
        print(f"  {label:24}{storm[key]:12.3f}{base[key]:12.3f}{ratio:10.1f}")
    print(f"  simulator process CPU during the storm: {sim_cpu:.2f} s per s ({os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f})")
    print(f"  CPU time: storm {storm['cpu_s']:.1f} s in {storm['wall_s']:.1f} s; "
          f"baseline {base['cpu_s']:.2f} s in {base['wall_s']:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queues", type=int, default=500)
    parser.add_argument("--rate", type=float, default=10.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--baseline", type=float, default=10.0)
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the storm phase to FILE")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(run(args))


if __name__ == "__main__":
    main()
