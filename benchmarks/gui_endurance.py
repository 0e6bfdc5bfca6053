"""Does the real window keep popping calls on time under a long run of faults?

The real desktop app (``DesktopApp``, signed in as agent1 as ``cti-desktop --server URL --domain
demo.example --user agent1`` is) runs in this process on a qasync loop; the simulator runs in its own
process. From threads of their own, :mod:`fault_mix` runs its faults one after another with 0.5–2 s
of calm between them (and 2 s after every 20; a dead link is followed by the operating system's word that the
network is back, given to the window's own network watch; only the frozen client, SIGSTOP, has no equivalent in
one process) while calls to
agent1 ring (each at least 3 s, so a late pop can be seen), are answered and hung up throughout. The truth (``GET /_sim/state``) is read every 200 ms.

Measured, for the run of ``--minutes`` (default 10):

* each pop's delay from ``POST /_sim/calls`` to its window being visible and exposed, and the same
  from the later of the POST and the end of the fault that was in progress when it was sent (no client
  can pop a call during a 3 s stall); *late* when more than 2 s without any fault running passed
  between the POST and the pop, or when the call rang more than 2 s with no fault running and never
  popped. Pops more than 2 s after the POST itself are reported too;
* *stuck* pops: a pop window still shown after more than 3 s without any fault running since its
  call stopped ringing per the simulator (ended, or answered — the pop closes on both); pops still
  shown 3 s after, faults or not, are reported too;
* loop lag: a 50 ms ``QTimer``'s lateness, p50/p99/worst;
* RSS every minute, and its growth extrapolated to an hour (least squares over the samples after the
  first minute);
* with ``--tracemalloc N``: the N places whose Python allocations grew most between the end of the first
  minute and the end of the run (what of the RSS growth is Python's own, and where).

Exit status 1 when a pop was late or stuck.

    python benchmarks/gui_endurance.py --minutes 10                 # offscreen
    xvfb-run -s "-screen 0 1600x1000x24" env -u QT_QPA_PLATFORM python benchmarks/gui_endurance.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: render off-screen
os.environ["QT_API"] = "pyside6"

import httpx  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_mix import FaultMix, Hooks, Traffic, env_for_client, percentile  # noqa: E402
from simproc import SimulatorProcess  # noqa: E402

LATE_S = 2.0
STUCK_S = 3.0


@dataclass
class PopRecord:
    call_id: str
    posted: float
    shown: float | None = None
    left_ringing: float | None = None  # when the truth first showed it not RINGING
    ended: bool = False  # left ringing by ending (not by being answered)
    stuck: bool = False  # still shown after more than STUCK_S of calm network since it left ringing
    shown_late_after_ringing: bool = False  # still shown STUCK_S after it left ringing, faults or not
    last_shown_after_ringing: float | None = None  # the last check that saw it shown after that
    requested: float | None = None  # when the view-model asked for the pop
    reference: float = 0.0  # the later of the POST and the end of the fault in progress then
    calm_to_show: float | None = None  # seconds without a fault between the POST and the pop shown
    calm_ringing: float = 0.0  # seconds without a fault while it rang


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def slope_per_hour(samples: list[tuple[float, float]]) -> float | None:
    """Least-squares growth of RSS (MiB) per hour over (seconds, MiB) samples."""
    if len(samples) < 2:
        return None
    xs, ys = [s[0] for s in samples], [s[1] for s in samples]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return None if den == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den * 3600


class Truth:
    """The simulator's view of agent1's calls, read every 200 ms from a thread."""

    def __init__(self, base_url: str, pops: dict[str, PopRecord], lock: threading.Lock) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=10)
        self.pops, self.lock = pops, lock
        self.stopped = threading.Event()
        self.errors = 0
        self.thread = threading.Thread(target=self._loop, name="truth", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self.stopped.wait(0.2):
            try:
                calls = {c["callId"]: c["status"] for c in self.http.get("/_sim/state").json()["calls"]}
            except httpx.HTTPError:
                self.errors += 1
                continue
            now = time.monotonic()
            with self.lock:
                for rec in self.pops.values():
                    if rec.left_ringing is None and calls.get(rec.call_id, "TERMINATED") != "RINGING":
                        rec.left_ringing = now
                        rec.ended = calls.get(rec.call_id, "TERMINATED") == "TERMINATED"

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.http.close()


def census() -> dict[str, int]:
    """Live objects of the app's own classes and of Qt's wrapper classes, by class name (after a full collection)."""
    import gc

    gc.collect()
    counts: dict[str, int] = {}
    for obj in gc.get_objects():
        kind = type(obj)
        module = getattr(kind, "__module__", "") or ""
        if module.startswith(("cti_desktop", "PySide6")):
            name = f"{module}.{kind.__qualname__}"
            counts[name] = counts.get(name, 0) + 1
    return counts


def run(sim, minutes: float, seed: int, kinds: list[str], env: dict, tracing: int = 0,
        counting: int = 0) -> dict:
    import qasync
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer

    from cti_desktop.app import DesktopApp
    from cti_desktop.app.entry import make_application
    from cti_desktop.cli import build_parser
    from cti_desktop.core.secrets import SecretStore

    app = make_application(["cti-desktop"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    args = build_parser().parse_args(["--server", sim.base_url, "--domain", "demo.example", "--user", "agent1"])
    controller = DesktopApp(args, app=app, tray=False, quit=lambda: None, secrets=SecretStore(use_keyring=False))

    lock = threading.Lock()
    pops: dict[str, PopRecord] = {}

    def on_inject(call_id: str, user: str, posted: float) -> None:
        with lock:
            pops.setdefault(call_id, PopRecord(call_id, posted))

    def exposed(window) -> bool:
        handle = window.windowHandle()
        return window.isVisible() and handle is not None and handle.isExposed()

    def mark_shown(call_id: str) -> None:
        with lock:
            rec = pops.get(call_id)
            if rec is not None and rec.shown is None:
                rec.shown = time.monotonic()

    def shown_in_combined() -> set[str]:
        """The calls listed in the combined pop (more than two ringing at once), when it is on screen."""
        workspace = controller.workspace
        combined = workspace.screen_pop.combined if workspace is not None else None
        if combined is None or not exposed(combined):
            return set()
        return {row.item.callId for row in combined.rows()}

    class Watcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() in (QEvent.Type.Expose, QEvent.Type.Show, QEvent.Type.Paint) and exposed(obj):
                if hasattr(obj, "item"):  # one call's pop
                    mark_shown(obj.item.callId)
                else:  # the combined pop: every call it lists
                    for call_id in shown_in_combined():
                        mark_shown(call_id)
            return False

    watcher = Watcher()
    results: dict = {}

    def on_pop(item) -> None:  # connected after the controller's own slot: the window exists
        with lock:
            rec = pops.get(item.callId)
            if rec is not None and rec.requested is None:
                rec.requested = time.monotonic()
        workspace = controller.workspace
        if workspace is None:  # signing out (the end of the run): no window any more
            return
        combined = workspace.screen_pop.combined
        if combined is not None:
            combined.installEventFilter(watcher)  # installing twice is once
            if item.callId in shown_in_combined():
                mark_shown(item.callId)
        window = workspace.screen_pop.window(item.callId)
        if window is None:
            return
        if exposed(window):
            mark_shown(item.callId)
        window.installEventFilter(watcher)

    lags: list[float] = []
    last_tick = [0.0]

    def tick() -> None:
        now = time.monotonic()
        if last_tick[0]:
            lags.append(max(0.0, now - last_tick[0] - 0.05))
        last_tick[0] = now

    def check_stuck() -> None:
        now = time.monotonic()
        shown_now = {w.item.callId for w in controller.workspace.screen_pop.windows() if w.isVisible()}
        shown_now |= shown_in_combined()
        with lock:
            for cid in shown_now:
                rec = pops.get(cid)
                if rec is not None and rec.left_ringing is not None and now > rec.left_ringing:
                    rec.last_shown_after_ringing = now
                    if now - rec.left_ringing > STUCK_S:
                        rec.shown_late_after_ringing = True

    async def scenario() -> None:
        controller.start()
        deadline = time.monotonic() + 30
        while not (controller.window is not None and controller.window.vm.live):
            if time.monotonic() > deadline:
                raise TimeoutError("the window never signed in")
            await asyncio.sleep(0.05)
        ws = controller.workspace
        ws.screen_pop_vm.popRequested.connect(on_pop)
        await asyncio.sleep(1.0)
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(tick)
        timer.start(50)
        stuck_timer = QTimer()
        stuck_timer.timeout.connect(check_stuck)
        stuck_timer.start(250)

        traffic = Traffic(sim.base_url, ["agent1"], random.Random(f"traffic:{seed}"), min_ring_s=3.0,
                          on_inject=on_inject)
        truth = Truth(sim.base_url, pops, lock)
        def network_up() -> None:
            """What the OS says after a dead link: offline, then back (the window's NetworkWatch hears it)."""
            from PySide6.QtNetwork import QNetworkInformation

            def flip() -> None:
                network = controller.workspace.bridge.network
                network.reachability_changed(QNetworkInformation.Reachability.Disconnected)
                network.reachability_changed(QNetworkInformation.Reachability.Online)

            loop.call_soon_threadsafe(flip)

        mix = FaultMix(sim.base_url, traffic, random.Random(f"faults:{seed}"),
                       Hooks(network_up=network_up, cli_env=env, base_url=sim.base_url), kinds)
        stop = threading.Event()
        gap_rng = random.Random(f"gaps:{seed}")
        t0 = time.monotonic()
        rss: list[tuple[float, float]] = [(0.0, rss_mib())]
        baseline = None

        def faults() -> None:
            traffic.resume()
            while not stop.is_set():
                for _ in range(20):
                    if stop.is_set():
                        break
                    mix.run_one()
                    stop.wait(gap_rng.uniform(0.5, 2.0))
                stop.wait(2.0)
            traffic.pause()
            mix.clear()

        fault_thread = threading.Thread(target=faults, name="faults", daemon=True)
        fault_thread.start()
        try:
            end = t0 + minutes * 60
            next_rss = t0 + 60
            while time.monotonic() < end:
                await asyncio.sleep(min(1.0, max(0.0, end - time.monotonic())))
                if time.monotonic() >= next_rss:
                    rss.append((time.monotonic() - t0, rss_mib()))
                    next_rss += 60
                    if tracing and baseline is None:
                        baseline = tracemalloc.take_snapshot()
                    if counting and "census_start" not in results:
                        results["census_start"] = census()
        finally:
            stop.set()
            await asyncio.get_running_loop().run_in_executor(None, fault_thread.join, 60)
            # the last calls: let their pops settle, then hang up what is left
            await asyncio.sleep(STUCK_S + 1)
            check_stuck()
            rss.append((time.monotonic() - t0, rss_mib()))
            if counting and "census_start" in results:
                start, end_counts = results["census_start"], census()
                grown = sorted(((end_counts.get(k, 0) - start.get(k, 0), k) for k in set(start) | set(end_counts)),
                               reverse=True)
                results["census_growth"] = [(k, d, end_counts.get(k, 0)) for d, k in grown[:counting] if d > 0]
            if tracing and baseline is not None:
                grown = tracemalloc.take_snapshot().compare_to(baseline, "lineno")
                results["python_growth"] = [
                    (str(stat.traceback[0]), stat.size_diff, stat.count_diff) for stat in grown[:tracing]]
                current, _peak = tracemalloc.get_traced_memory()
                results["python_traced_mib"] = current / 2**20
            timer.stop()
            stuck_timer.stop()
            truth.close()
            traffic.close()
            mix.close()
        with lock:
            end_now = time.monotonic()
            for rec in pops.values():
                rec.reference = mix.end_of_fault_at(rec.posted)
                # the calm time (no fault running) the client had to pop it, and, if it never did, while it rang
                rec.calm_to_show = mix.calm_seconds(rec.posted, rec.shown) if rec.shown is not None else None
                rec.calm_ringing = mix.calm_seconds(rec.posted, rec.left_ringing or end_now)
                if rec.left_ringing is not None and rec.last_shown_after_ringing is not None:
                    rec.stuck = mix.calm_seconds(rec.left_ringing, rec.last_shown_after_ringing) > STUCK_S
        results.update(rss=rss, counts=dict(mix.counts), stale=[(s.ok, s.detail) for s in mix.stale],
                       traffic=dict(traffic.actions), traffic_errors=dict(traffic.errors),
                       seconds=time.monotonic() - t0, truth_errors=truth.errors)

    async def main_task() -> None:
        try:
            await scenario()
        finally:
            await controller.shutdown()

    try:
        loop.run_until_complete(main_task())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    with lock:
        results["pops"] = list(pops.values())
    results["lags"] = lags
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="", help="comma-separated fault kinds (default: all that apply)")
    parser.add_argument("--json", dest="json_path", default="")
    parser.add_argument("--tracemalloc", type=int, default=0, metavar="N",
                        help="trace Python allocations and print the N places that grew most after the first minute")
    parser.add_argument("--census", type=int, default=0, metavar="N",
                        help="count live objects of the app's and Qt's classes; print the N that grew most after minute 1")
    opts = parser.parse_args()
    if opts.minutes <= 0:
        parser.error("--minutes must be positive")
    kinds = [k.strip() for k in opts.kinds.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(FaultMix.ALL))
    if unknown:
        parser.error(f"unknown kinds {unknown}; known: {', '.join(FaultMix.ALL)}")
    config = tempfile.mkdtemp(prefix="cti-desktop-endurance-")
    env = env_for_client(config)
    os.environ.update({k: env[k] for k in ("CTI_DESKTOP_PASSWORD", "CTI_DESKTOP_CONFIG_DIR", "XDG_STATE_HOME",
                                           "PYTHON_KEYRING_BACKEND")})
    with SimulatorProcess("--seed", str(opts.seed), "--auto-answer-ms", "-1") as sim:
        if opts.tracemalloc:
            tracemalloc.start(1)
        r = run(sim, opts.minutes, opts.seed, kinds, env, opts.tracemalloc, opts.census)

    pops: list[PopRecord] = r["pops"]
    delays = [p.shown - p.posted for p in pops if p.shown is not None]
    adjusted = [p.shown - p.reference for p in pops if p.shown is not None]
    late_from_post = [p for p in pops if p.shown is not None and p.shown - p.posted > LATE_S]
    late = [p for p in pops if p.calm_to_show is not None and p.calm_to_show > LATE_S]
    never = [p for p in pops if p.shown is None and p.calm_ringing > LATE_S]
    short = [p for p in pops if p.shown is None and p not in never]
    stuck = [p for p in pops if p.stuck]
    lags_ms = [x * 1000 for x in r["lags"]]
    rss = r["rss"]
    after_warmup = [s for s in rss if s[0] >= 60]
    growth = slope_per_hour(after_warmup) if len(after_warmup) >= 3 else None  # start-up growth is no leak
    stale_failed = [d for ok, d in r["stale"] if not ok]

    def ms(v):
        return "-" if v is None else f"{v * 1000:.0f} ms"

    figures = {
        "minutes": round(r["seconds"] / 60, 1), "faults": sum(r["counts"].values()), "faultsByKind": r["counts"],
        "calls": len(pops), "popsShown": len(delays),
        "popDelayS": {"p50": percentile(delays, 0.5), "p95": percentile(delays, 0.95), "max": max(delays, default=None)},
        "popDelayAfterFaultS": {"p50": percentile(adjusted, 0.5), "p95": percentile(adjusted, 0.95),
                                "max": max(adjusted, default=None)},
        "lateFromPost": len(late_from_post),
        "late": len(late) + len(never), "lateShown": len(late), "neverShownRangOver2s": len(never),
        "neverShownRangUnder2s": len(short), "neverShownButRequested": sum(1 for p in never if p.requested), "stuck": len(stuck),
        "shownLateAfterRinging": sum(1 for p in pops if p.shown_late_after_ringing),
        "stuckAfterEnd": sum(1 for p in stuck if p.ended), "stuckAfterAnswer": sum(1 for p in stuck if not p.ended),
        "loopLagMs": {"p50": percentile(lags_ms, 0.5), "p99": percentile(lags_ms, 0.99), "max": max(lags_ms, default=None),
                      "ticks": len(lags_ms)},
        "rssMiB": [(round(t), round(m, 1)) for t, m in rss], "rssGrowthMiBPerHour": growth,
        "staleToken": {"tried": len(r["stale"]), "failed": len(stale_failed), "failures": stale_failed[:3]},
        "traffic": r["traffic"], "trafficErrors": r["traffic_errors"],
    }
    met = not late and not never and not stuck
    figures["doneWhenMet"] = met
    platform = os.environ.get("QT_QPA_PLATFORM") or "xcb"
    print(f"GUI endurance: {figures['minutes']} min signed in as agent1 (Qt platform {platform}), "
          f"{figures['faults']} faults of {len(r['counts'])} kinds, {len(pops)} calls rung")
    print("faults by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(r["counts"].items())))
    print(f"pops: {len(delays)} shown; delay POST → visible p50 {ms(figures['popDelayS']['p50'])}   "
          f"p95 {ms(figures['popDelayS']['p95'])}   max {ms(figures['popDelayS']['max'])}")
    print(f"   from the later of the POST and the end of the fault in progress: p50 "
          f"{ms(figures['popDelayAfterFaultS']['p50'])}   p95 {ms(figures['popDelayAfterFaultS']['p95'])}   "
          f"max {ms(figures['popDelayAfterFaultS']['max'])}   ({len(late_from_post)} pops > {LATE_S:g} s after the POST)")
    print(f"late (> {LATE_S:g} s of calm network before the pop): {len(late)} shown late, {len(never)} never shown "
          f"though the call rang > {LATE_S:g} s with no fault running (of them {sum(1 for p in never if p.requested)} had a pop requested "
          f"by the view-model; {len(short)} rang less and never popped: not counted)")
    print(f"stuck (shown > {STUCK_S:g} s of calm network after the call stopped ringing): {len(stuck)} "
          f"({figures['stuckAfterEnd']} after it ended, {figures['stuckAfterAnswer']} after it was answered); "
          f"shown > {STUCK_S:g} s after it, faults or not: {figures['shownLateAfterRinging']}")
    lag = figures["loopLagMs"]
    if lags_ms:
        print(f"loop lag (50 ms timer): p50 {lag['p50']:.1f} ms   p99 {lag['p99']:.1f} ms   worst {lag['max']:.1f} ms "
              f"({lag['ticks']} ticks)")
    print("RSS: " + ", ".join(f"{t:.0f} s {m:.1f} MiB" for t, m in rss)
          + (f"   → {growth:+.1f} MiB per hour (after the first minute)" if growth is not None
             else "   (growth per hour: needs ≥ 3 minutes)"))
    print(f"stale-token `hold`: {len(r['stale'])} tried, {len(stale_failed)} not refused with status 3")
    print(f"traffic: {r['traffic']} errors {r['traffic_errors']}")
    for p in (late + never)[:5]:
        print(f"   late: {p.call_id} shown {ms(None if p.shown is None else p.shown - p.posted)} after the POST, "
              f"rang {p.calm_ringing:.1f} s with no fault running")
    if "python_growth" in r:
        print(f"Python allocations traced at the end: {r['python_traced_mib']:.1f} MiB; grown most since minute 1:")
        for where, size, count in r["python_growth"]:
            print(f"   {size / 1024:+9.1f} KiB {count:+7d} blocks  {where}")
    if "census_growth" in r:
        print("live objects grown most since minute 1 (class: grown, live at the end):")
        for name, grown, live in r["census_growth"]:
            print(f"   {grown:+7d} {live:7d}  {name}")
    print(f"done-when (0 pops > {LATE_S:g} s late, 0 stuck): {'MET' if met else 'NOT MET'}")
    if opts.json_path:
        Path(opts.json_path).write_text(json.dumps(figures, indent=2))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
