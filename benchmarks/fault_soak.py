"""Can an agent trust what `cti-desktop watch` says about their calls after the network misbehaved?

The simulator runs in its own process (seeded, no demo traffic, no auto-answer); two
`cti-desktop watch` processes follow agent1 and agent2 as a person would run them. The run is made
of runs of faults back to back (``--run-size``, default 20; the mix of :mod:`fault_mix`: drops with
and without outages, stalls, dead links followed by a network-change signal (SIGHUP), 5xx/429/
garbage bursts, garbled stream events, latency, HTML-200 streams, ticket expiry with and without a
broken ticket route, clean closes, rings and hang-ups during outages, state-refresh bursts, a
stale-token `hold`, a watcher frozen with SIGSTOP) while calls keep ringing, being answered and hung
up. After each run comes a quiet period: faults cleared, traffic stopped, and every 50 ms each
watcher's view (its live calls and their status, rebuilt from the JSON lines it printed) is compared
with the simulator's own ``GET /_sim/state`` until both match and stay matched for 1 s, or 10 s pass.

Convergence is the time from the end of the run's last fault (or call change) to the first moment
both views match for good; a check is *divergent* when it still differs 5 s after. Watchers that
exit are counted and started again. Every ~30 s the sockets and RSS of each process are sampled.
Exit status 1 when the done-when is not met: 0 divergent checks, convergence p95 ≤ 2 s and
max ≤ 5 s, 0 watcher exits, 0 tracebacks, every stale-token command refused with status 3.

    python benchmarks/fault_soak.py                       # 1,000 faults, ~20 minutes
    python benchmarks/fault_soak.py --faults 100 --seed 3 --json /tmp/soak.json
    python benchmarks/fault_soak.py --kinds drop,stall,dead_link --faults 60
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_mix import LIVE, FaultMix, Hooks, Traffic, env_for_client, percentile  # noqa: E402
from simproc import SimulatorProcess  # noqa: E402

USERS = ["agent1", "agent2"]
POLL_S = 0.05
STABLE_S = 1.0
QUIET_MAX_S = 10.0
DIVERGENT_AFTER_S = 5.0


def sockets_of(pid: int) -> int | None:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return None
    n = 0
    for fd in fds:
        try:
            n += os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
        except OSError:
            pass
    return n


def rss_mib_of(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class Watcher:
    """One `cti-desktop watch` process and the view of the calls it printed."""

    def __init__(self, user: str, base_url: str, heartbeat: float, env: dict, logdir: Path) -> None:
        self.user, self.base_url, self.heartbeat, self.env = user, base_url, heartbeat, env
        self.stderr_path = logdir / f"watch-{user}.stderr"
        self.lock = threading.Lock()
        self.view: dict[str, str] = {}
        self.connection = ""
        self.exits: list[int] = []
        self.bad_lines = 0
        self.lines = 0
        self.frozen = False
        self.proc: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        with self.lock:
            self.view = {}
            self.connection = ""
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "cti_desktop", "watch", "--server", self.base_url, "--domain", "demo.example",
             "--user", self.user, "--heartbeat", str(self.heartbeat)],
            stdout=subprocess.PIPE, stderr=open(self.stderr_path, "a"), text=True, env=self.env)
        threading.Thread(target=self._read, args=(self.proc,), name=f"read-{self.user}", daemon=True).start()

    def _read(self, proc: subprocess.Popen) -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            try:
                line = json.loads(raw)
            except ValueError:
                self.bad_lines += 1
                continue
            with self.lock:
                if proc is not self.proc:
                    return
                self.lines += 1
                if line.get("kind") == "connection":
                    self.connection = str(line.get("state"))
                elif line.get("kind") == "call" and line.get("callId"):
                    if line.get("change") == "ended" or line.get("status") not in LIVE:
                        self.view.pop(line["callId"], None)
                    else:
                        self.view[line["callId"]] = line["status"]

    def snapshot(self) -> dict[str, str]:
        with self.lock:
            return dict(self.view)

    def check_alive(self) -> bool:
        """False (and started again) when the process had exited."""
        assert self.proc is not None
        rc = self.proc.poll()
        if rc is None:
            return True
        self.exits.append(rc)
        self.start()
        return False

    def wait_live(self, timeout: float = 30.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.connection == "live":
                return True
            time.sleep(0.05)
        return False

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)

    def stderr_counts(self) -> tuple[int, int, list[str]]:
        text = self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""
        lines = text.splitlines()
        tracebacks = sum("Traceback" in line for line in lines)
        errors = [line for line in lines if "ERROR" in line]
        return tracebacks, len(errors), errors[:5]

    def stop(self) -> None:
        assert self.proc is not None
        if self.frozen:
            self.signal(signal.SIGCONT)
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


@dataclass
class Check:
    run: int
    kinds: list[str]
    convergence_s: float | None  # None: not matched for good within the quiet period
    divergent: bool
    diff: dict = field(default_factory=dict)


def truth_views(control: httpx.Client) -> dict[str, dict[str, str]]:
    calls = control.get("/_sim/state").json()["calls"]
    return {u: {c["callId"]: c["status"] for c in calls if c["user"] == u and c["status"] in LIVE} for u in USERS}


def describe_diff(view: dict[str, str], truth: dict[str, str]) -> dict:
    return {"missing": sorted(set(truth) - set(view)), "extra": sorted(set(view) - set(truth)),
            "status": {cid: [view[cid], truth[cid]] for cid in view.keys() & truth.keys() if view[cid] != truth[cid]}}


def quiet_check(run: int, kinds: list[str], fault_end: float, watchers: list[Watcher], control: httpx.Client) -> Check:
    """Every 50 ms compare each watcher's view with the truth until matched for 1 s, or 10 s pass."""
    match_since: float | None = None
    last_diff: dict = {}
    diff_at_5s: dict | None = None
    deadline = fault_end + QUIET_MAX_S
    while True:
        now = time.monotonic()
        truth = truth_views(control)
        seen = time.monotonic()
        diffs = {w.user: describe_diff(w.snapshot(), truth[w.user]) for w in watchers}
        diffs = {u: d for u, d in diffs.items() if d["missing"] or d["extra"] or d["status"]}
        if not diffs:
            match_since = match_since if match_since is not None else now
            if seen - match_since >= STABLE_S:
                break
        else:
            match_since, last_diff = None, diffs
            if diff_at_5s is None and now - fault_end >= DIVERGENT_AFTER_S:
                diff_at_5s = diffs
        if now > deadline:
            break
        time.sleep(max(0.0, POLL_S - (time.monotonic() - now)))
    stable = match_since is not None and time.monotonic() - match_since >= STABLE_S - POLL_S
    convergence = max(0.0, match_since - fault_end) if stable and match_since is not None else None
    divergent = convergence is None or convergence > DIVERGENT_AFTER_S
    return Check(run, kinds, convergence, divergent, (diff_at_5s or last_diff) if divergent else {})


class Sampler:
    """Sockets and RSS of each process every ``every`` seconds (and once at the start and the end)."""

    def __init__(self, pids, every: float = 30.0) -> None:
        self.pids, self.every = pids, every
        self.samples: list[dict] = []
        self.t0 = time.monotonic()
        self.stop_event = threading.Event()
        self.sample()
        self.thread = threading.Thread(target=self._loop, name="sampler", daemon=True)
        self.thread.start()

    def sample(self) -> None:
        row: dict = {"t": round(time.monotonic() - self.t0, 1)}
        for name, pid in self.pids().items():
            row[name] = {"sockets": sockets_of(pid), "rssMiB": rss_mib_of(pid)}
        self.samples.append(row)

    def _loop(self) -> None:
        while not self.stop_event.wait(self.every):
            self.sample()

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(5)
        self.sample()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faults", type=int, default=1000, help="faults in all (default 1000)")
    parser.add_argument("--run-size", type=int, default=20, help="faults back to back before each check (default 20)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="", help="comma-separated fault kinds (default: all); see fault_mix.FaultMix.ALL")
    parser.add_argument("--heartbeat", type=float, default=15.0, help="sim --heartbeat and watch --heartbeat (default 15)")
    parser.add_argument("--sample-every", type=float, default=30.0, help="seconds between socket/RSS samples")
    parser.add_argument("--json", dest="json_path", default="", help="write the figures to this file")
    args = parser.parse_args()
    if args.faults < 1 or args.run_size < 1:
        parser.error("--faults and --run-size must be at least 1")
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(FaultMix.ALL))
    if unknown:
        parser.error(f"unknown kinds {unknown}; known: {', '.join(FaultMix.ALL)}")

    rng = random.Random(args.seed)
    workdir = Path(tempfile.mkdtemp(prefix="cti-desktop-soak-"))
    env = env_for_client(str(workdir / "config"))
    started = time.monotonic()
    with SimulatorProcess("--seed", str(args.seed), "--heartbeat", str(args.heartbeat), "--auto-answer-ms", "-1") as sim, \
            httpx.Client(base_url=sim.base_url, timeout=10) as control:
        watchers = [Watcher(u, sim.base_url, args.heartbeat, env, workdir) for u in USERS]
        for w in watchers:
            if not w.wait_live():
                print(f"`cti-desktop watch` for {w.user} never went live; see {w.stderr_path}", file=sys.stderr)
                for x in watchers:
                    x.stop()
                return 2

        def freeze(seconds: float, meanwhile) -> None:
            w = rng.choice(watchers)
            w.signal(signal.SIGSTOP)
            w.frozen = True
            t_end = time.monotonic() + seconds
            try:
                meanwhile()
                left = t_end - time.monotonic()
                if left > 0:
                    time.sleep(left)
            finally:
                w.signal(signal.SIGCONT)
                w.frozen = False

        def network_up() -> None:
            for w in watchers:
                w.signal(signal.SIGHUP)

        traffic = Traffic(sim.base_url, USERS, random.Random(f"traffic:{args.seed}"))
        mix = FaultMix(sim.base_url, traffic, random.Random(f"faults:{args.seed}"),
                       Hooks(network_up=network_up, freeze=freeze, cli_env=env, base_url=sim.base_url), kinds)
        sampler = Sampler(lambda: {"sim": sim.proc.pid, **{w.user: w.proc.pid for w in watchers}}, args.sample_every)
        checks: list[Check] = []
        exits_by_kind: Counter[str] = Counter()
        done = 0
        run = 0
        try:
            while done < args.faults:
                run += 1
                run_kinds: list[str] = []
                traffic.resume()
                for _ in range(min(args.run_size, args.faults - done)):
                    kind = mix.run_one()
                    run_kinds.append(kind)
                    done += 1
                    for w in watchers:
                        if not w.check_alive():
                            exits_by_kind[kind] += 1
                    time.sleep(rng.uniform(0.05, 0.15))
                traffic.pause()
                mix.clear()
                fault_end = max(mix.last_end, traffic.last_action_end)
                check = quiet_check(run, run_kinds, fault_end, watchers, control)
                checks.append(check)
                for w in watchers:
                    if not w.check_alive():
                        exits_by_kind["(quiet)"] += 1
                conv = "never" if check.convergence_s is None else f"{check.convergence_s:.2f} s"
                print(f"run {run:3d}: {len(run_kinds)} faults (last {run_kinds[-1]}), converged {conv}"
                      + ("  DIVERGENT " + json.dumps(check.diff) if check.divergent else ""), flush=True)
        finally:
            traffic.close()
            sampler.stop()
            sim_state = control.get("/_sim/state").json()
            for w in watchers:
                w.stop()
            mix.close()
        elapsed = time.monotonic() - started

    conv = [c.convergence_s for c in checks if c.convergence_s is not None]
    never = sum(1 for c in checks if c.convergence_s is None)
    divergent = [c for c in checks if c.divergent]
    wrong_3s = sum(1 for c in checks if c.convergence_s is None or c.convergence_s > 3.0)
    kinds_before_divergent: Counter[str] = Counter()
    last_kind_divergent: Counter[str] = Counter()
    for c in divergent:
        kinds_before_divergent.update(set(c.kinds))
        last_kind_divergent[c.kinds[-1]] += 1
    per_watcher = {}
    for w in watchers:
        tb, n_err, err_lines = w.stderr_counts()
        per_watcher[w.user] = {"exits": w.exits, "tracebacks": tb, "errorLines": n_err, "firstErrors": err_lines,
                               "lines": w.lines, "badLines": w.bad_lines, "stderr": str(w.stderr_path)}
    exits = sum(len(w["exits"]) for w in per_watcher.values())
    tracebacks = sum(w["tracebacks"] for w in per_watcher.values())
    stale_failed = [s.detail for s in mix.stale if not s.ok]
    # with a "never", the worst is at least the quiet period
    worst = max(conv + ([QUIET_MAX_S] if never else []), default=None)
    p95 = percentile(conv + [QUIET_MAX_S] * never, 0.95)
    p50 = percentile(conv + [QUIET_MAX_S] * never, 0.50)
    figures = {
        "faults": done, "kinds": len(mix.counts), "faultsByKind": dict(sorted(mix.counts.items())),
        "secondsByKind": {k: round(v, 1) for k, v in sorted(mix.seconds.items())},
        "seconds": round(elapsed, 1), "seed": args.seed, "heartbeat": args.heartbeat,
        "checks": len(checks), "divergentChecks": len(divergent), "neverConverged": never,
        "wrong3sAfter": wrong_3s,
        "convergenceS": {"p50": p50, "p95": p95, "max": worst,
                         "mean": statistics.mean(conv) if conv else None},
        "kindsBeforeDivergent": dict(kinds_before_divergent.most_common()),
        "lastKindBeforeDivergent": dict(last_kind_divergent.most_common()),
        "checkList": [{"run": c.run, "last": c.kinds[-1], "convergenceS": c.convergence_s, "divergent": c.divergent}
                      for c in checks],
        "divergentDiffs": [{"run": c.run, "last": c.kinds[-1], "diff": c.diff} for c in divergent[:10]],
        "watchers": per_watcher, "exitsAfterKind": dict(exits_by_kind),
        "staleToken": {"tried": len(mix.stale), "failed": len(stale_failed), "failures": stale_failed[:5],
                       "skipped": mix.stale_skipped},
        "traffic": {"actions": dict(traffic.actions), "errors": dict(traffic.errors)},
        "samples": sampler.samples,
        "sim": {"streams": sim_state["streams"], "streamsByKind": sim_state["streamsByKind"],
                "silentStreams": sim_state.get("silentStreams"), "tickets": sim_state["tickets"],
                "liveCalls": sim_state["liveCalls"]},
    }
    met = (not divergent and p95 is not None and p95 <= 2.0 and worst is not None and worst <= 5.0
           and exits == 0 and tracebacks == 0 and not stale_failed)
    figures["doneWhenMet"] = met

    def fmt(v):
        return "-" if v is None else f"{v:.2f} s"

    print()
    print(f"Fault soak: {done} faults of {len(mix.counts)} kinds in {elapsed / 60:.1f} min "
          f"(seed {args.seed}, heartbeat {args.heartbeat:g} s), two `cti-desktop watch` processes")
    print("faults by kind (count, mean seconds): "
          + ", ".join(f"{k} {n} ({mix.seconds[k] / n:.1f} s)" for k, n in sorted(mix.counts.items())))
    print(f"checks: {len(checks)}   still wrong 3 s after the last fault: {wrong_3s}   divergent 5 s after: "
          f"{len(divergent)}   never converged in {QUIET_MAX_S:g} s: {never}")
    print(f"convergence from the end of the last fault: p50 {fmt(p50)}   p95 {fmt(p95)}   max {fmt(worst)}"
          + ("  (a check that never converged counts as 10 s)" if never else ""))
    if divergent:
        print("last fault before a divergent check: "
              + ", ".join(f"{k} {n}" for k, n in last_kind_divergent.most_common()))
        print("kinds in runs with a divergent check: "
              + ", ".join(f"{k} {n}" for k, n in kinds_before_divergent.most_common()))
        for c in divergent[:3]:
            print(f"   run {c.run} ({c.kinds[-1]} last): {json.dumps(c.diff)}")
    for user, w in per_watcher.items():
        how = Counter(f"signal {-rc}" if rc < 0 else f"status {rc}" for rc in w["exits"])
        print(f"watch {user}: exits {len(w['exits'])} {'(' + ', '.join(f'{k}: {n}' for k, n in how.most_common()) + ')' if how else ''}  tracebacks {w['tracebacks']}  "
              f"ERROR lines {w['errorLines']}  lines printed {w['lines']}")
        for line in w["firstErrors"][:2]:
            print(f"   {line[:160]}")
    if exits_by_kind:
        print("watcher exits after: " + ", ".join(f"{k} {n}" for k, n in exits_by_kind.most_common()))
    print(f"stale-token `hold`: {len(mix.stale)} tried, {len(stale_failed)} not refused with status 3, "
          f"{mix.stale_skipped} skipped (no ACTIVE call to try it on)"
          + (f" (first: {stale_failed[0]})" if stale_failed else ""))
    print("sockets / RSS over time (s: sim | agent1 | agent2):")
    for row in sampler.samples:
        cells = []
        for name in ("sim", *USERS):
            v = row.get(name) or {}
            rss = v.get("rssMiB")
            cells.append(f"{v.get('sockets', '-')} sk {rss:.0f} MiB" if rss is not None else "gone")
        print(f"   {row['t']:7.1f}: " + " | ".join(cells))
    print(f"simulator at the end: {sim_state['streams']} streams {sim_state['streamsByKind']}, "
          f"{sim_state.get('silentStreams')} silent, {sim_state['tickets']} tickets, {sim_state['liveCalls']} live calls; "
          f"traffic {dict(traffic.actions)} errors {dict(traffic.errors)}")
    print(f"done-when (0 divergent, p95 ≤ 2 s, max ≤ 5 s, 0 exits, 0 tracebacks, stale refused): "
          f"{'MET' if met else 'NOT MET'}")
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(figures, indent=2))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
