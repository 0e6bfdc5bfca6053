"""The fault mix of the endurance benchmarks (``fault_soak.py``, ``gui_endurance.py``).

Everything goes through the simulator's control API on loopback (``/_sim/…``); nothing here touches
the client under test except through the hooks its benchmark gives (a network-up signal, freezing a
client process, the CLI for a stale-token command). Calls keep happening while faults run:
:class:`Traffic` rings, answers and hangs up calls of the watched users from a thread of its own.

Each fault kind is one method of :class:`FaultMix` that starts the fault, makes calls change while it
lasts, and ends it (its faults cleared) before returning; :attr:`FaultMix.last_end` is when the last
one ended. Every wait is bounded, and each kind's duration is drawn from the run's seeded RNG.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

import httpx

from cti_desktop.simulator.dstny.api import ROUTE_NAMES
from cti_desktop.simulator.dstny.api_base import STREAM_ROUTES

REST_ROUTES = sorted(ROUTE_NAMES - STREAM_ROUTES - {"ticket.create"})
DOMAIN = "demo.example"
LIVE = ("INITIATED", "RINGING", "ACTIVE", "HELD")


class Traffic:
    """Calls to ``users`` throughout: one random action every 0.2–0.8 s while running; a call it rang
    is answered or hung up by it only after ringing ``min_ring_s``.

    ``on_inject(call_id, user, t_post)`` is told of every call rung (``t_post`` = ``time.monotonic()``
    just before the POST). :meth:`pause` returns once no action is in flight."""

    def __init__(self, base_url: str, users: list[str], rng: random.Random, *, max_live: int = 3,
                 min_ring_s: float = 0.0, on_inject: Callable[[str, str, float], None] | None = None) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=10)
        self.users, self.rng, self.max_live, self.min_ring_s = users, rng, max_live, min_ring_s
        self.rung: dict[str, float] = {}  # call id → when it was rung
        self.on_inject = on_inject
        self.lock = threading.Lock()  # one action at a time, from whichever thread
        self.running = threading.Event()
        self.stopped = threading.Event()
        self.reserved: set[str] = set()  # calls a fault is using: the traffic leaves them alone
        self.actions: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.last_action_end = time.monotonic()
        self._numbers = (f"+4670{n:07d}" for n in range(1_000_000, 9_999_999))
        self.thread = threading.Thread(target=self._loop, name="traffic", daemon=True)
        self.thread.start()

    # -- the truth ---------------------------------------------------------------------------------
    def state(self) -> dict:
        return self.http.get("/_sim/state").json()

    def live(self, user: str | None = None, status: str | None = None) -> list[dict]:
        calls = [c for c in self.state()["calls"] if c["user"] in self.users and c["status"] in LIVE]
        return [c for c in calls if (user is None or c["user"] == user) and (status is None or c["status"] == status)]

    # -- actions ------------------------------------------------------------------------------------
    def inject(self, user: str | None = None) -> str | None:
        with self.lock:
            user = user or self.rng.choice(self.users)
            t0 = time.monotonic()
            r = self.http.post("/_sim/calls", json={"to": user, "from": next(self._numbers)})
            self.last_action_end = time.monotonic()
            if r.status_code != 200:
                self.errors["inject"] += 1
                return None
            self.actions["ring"] += 1
            cid = r.json()["callId"]
            if cid:
                self.rung[cid] = t0
            if self.on_inject is not None and cid:
                self.on_inject(cid, user, t0)
            return cid

    def remote(self, call_id: str, what: str) -> bool:
        with self.lock:
            r = self.http.post(f"/_sim/calls/{call_id}/{what}")
            self.last_action_end = time.monotonic()
            ok = r.status_code == 200
            (self.actions if ok else self.errors)[what] += 1
            return ok

    def answered_call(self, user: str | None = None) -> dict | None:
        """A live ACTIVE call (made and answered if there is none)."""
        active = self.live(user, "ACTIVE")
        if active:
            return self.rng.choice(active)
        cid = self.inject(user)
        if cid and self.remote(cid, "answer"):
            return next((c for c in self.live(user, "ACTIVE") if c["callId"] == cid), None)
        return None

    def step(self) -> None:
        """One thing a caller or the PBX does: ring a user, an answer, a hang-up."""
        now = time.monotonic()
        every = self.live()
        live = [c for c in every if c["callId"] not in self.reserved
                and (c["status"] != "RINGING" or now - self.rung.get(c["callId"], 0.0) >= self.min_ring_s)]
        ringing = [c for c in live if c["status"] == "RINGING"]
        user = self.rng.choice(self.users)
        may_ring = sum(1 for c in every if c["user"] == user) < self.max_live
        roll = self.rng.random()
        if (roll < 0.4 or not live) and may_ring:
            self.inject(user)
        elif roll < 0.7 and ringing:
            self.remote(self.rng.choice(ringing)["callId"], "answer")
        elif live:
            self.remote(self.rng.choice(live)["callId"], "remote-hangup")

    def _loop(self) -> None:
        while not self.stopped.is_set():
            if not self.running.wait(0.2):
                continue
            try:
                self.step()
            except httpx.HTTPError as exc:
                self.errors[type(exc).__name__] += 1
            self.stopped.wait(self.rng.uniform(0.2, 0.8))

    def resume(self) -> None:
        self.running.set()

    def pause(self) -> None:
        self.running.clear()
        with self.lock:
            pass

    def close(self) -> None:
        self.stopped.set()
        self.running.clear()
        self.thread.join(5)
        self.http.close()


@dataclass
class Hooks:
    """What the benchmark lets the mix do to the client under test."""

    network_up: Callable[[], None] | None = None  # the OS says the network changed / is back
    freeze: Callable[[float, Callable[[], None]], None] | None = None  # freeze a client s seconds, running fn meanwhile
    cli_env: dict | None = None  # the environment for `cti-desktop hold --state-token` (None: no such kind)
    base_url: str = ""


@dataclass
class StaleResult:
    ok: bool
    detail: str


@dataclass
class FaultMix:
    base_url: str
    traffic: Traffic
    rng: random.Random
    hooks: Hooks
    kinds: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    seconds: Counter = field(default_factory=Counter)  # time spent in each kind
    intervals: list = field(default_factory=list)  # (began, ended, kind) of every fault, in order
    stale: list[StaleResult] = field(default_factory=list)
    stale_skipped: int = 0
    last_end: float = 0.0

    ALL = ("drop", "drop_outage", "drop_storm", "stall", "dead_link", "rest_5xx", "rest_429", "rest_malformed",
           "stream_malformed", "latency", "stream_html", "ticket_expire", "ticket_expire_auth_503",
           "ticket_expire_auth_garbage", "close", "ring_during_outage", "hangup_during_outage", "burst",
           "stale_token", "sleeping_client")

    def __post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.base_url, timeout=10)
        available = [k for k in self.ALL if self.available(k)]
        self.kinds = [k for k in (self.kinds or available) if k in available]
        if not self.kinds:
            raise ValueError("no fault kind to run")

    def available(self, kind: str) -> bool:
        if kind == "sleeping_client":
            return self.hooks.freeze is not None
        if kind == "stale_token":
            return self.hooks.cli_env is not None
        return kind in self.ALL

    # -- control API --------------------------------------------------------------------------------
    def _post(self, path: str, body: dict | None = None) -> dict:
        r = self.http.post(path, json=body or {})
        r.raise_for_status()
        return r.json()

    def faults(self, **body) -> None:
        self._post("/_sim/faults", body)

    def clear(self) -> None:
        self.http.delete("/_sim/faults").raise_for_status()

    def drop(self, outage_s: float = 0.0) -> None:
        self._post("/_sim/streams/drop", {"outageMs": round(outage_s * 1000)} if outage_s else {})

    def _during(self, seconds: float, changes: int = 1) -> None:
        """Let ``seconds`` pass while ``changes`` call changes happen (spread over the time)."""
        end = time.monotonic() + seconds
        for n in range(changes):
            self.traffic.step()
            left = end - time.monotonic()
            if left > 0:
                time.sleep(left / (changes - n))
        left = end - time.monotonic()
        if left > 0:
            time.sleep(left)

    # -- one fault ----------------------------------------------------------------------------------
    def run_one(self, kind: str | None = None) -> str:
        kind = kind or self.rng.choice(self.kinds)
        began = time.monotonic()
        try:
            getattr(self, "f_" + kind)()
        finally:
            self.clear()
        self.last_end = time.monotonic()
        self.counts[kind] += 1
        self.seconds[kind] += self.last_end - began
        self.intervals.append((began, self.last_end, kind))
        return kind

    def calm_seconds(self, a: float, b: float) -> float:
        """How much of ``[a, b]`` no fault covered (the time a client had a working network)."""
        covered = 0.0
        for began, ended, _ in self.intervals:
            covered += max(0.0, min(b, ended) - max(a, began))
        return max(0.0, (b - a) - covered)

    def end_of_fault_at(self, t: float) -> float:
        """The end of the fault in progress at ``t`` (``t`` itself when none was)."""
        for began, ended, _ in reversed(self.intervals):
            if began <= t <= ended:
                return ended
            if ended < t:
                break
        return t

    def f_drop(self) -> None:
        self.drop()
        self._during(0.2)

    def f_drop_outage(self) -> None:
        outage = self.rng.uniform(0.2, 3.0)
        self.drop(outage)
        self._during(outage, 1)

    def f_drop_storm(self) -> None:
        for _ in range(self.rng.randint(3, 5)):
            self.drop()
            self._during(0.2, 1)

    def f_stall(self) -> None:
        self.faults(stall=True)
        self._during(self.rng.uniform(0.5, 3.0), 2)

    def f_dead_link(self) -> None:
        self._post("/_sim/streams/silence")
        self._during(self.rng.uniform(0.3, 1.0), 1)
        if self.hooks.network_up is not None:
            self.hooks.network_up()
        self._during(0.2, 0)

    def _rest_errors(self, **body) -> None:
        self.faults(**body)
        self.drop()  # the reconnect's snapshot (and any command) meets the errors
        self._during(self.rng.uniform(0.5, 1.5), 1)

    def f_rest_5xx(self) -> None:
        self._rest_errors(errorRate=self.rng.uniform(0.5, 1.0), status=503, routes=REST_ROUTES)

    def f_rest_429(self) -> None:
        self._rest_errors(errorRate=self.rng.uniform(0.5, 1.0), status=429, retryAfter=1)

    def f_rest_malformed(self) -> None:
        self._rest_errors(malformedRate=self.rng.uniform(0.5, 1.0), routes=REST_ROUTES)

    def f_stream_malformed(self) -> None:
        self.faults(streamMalformedRate=self.rng.uniform(0.3, 1.0))
        self._during(self.rng.uniform(0.5, 1.5), 2)

    def f_latency(self) -> None:
        self.faults(latencyMs=self.rng.uniform(300, 2000))
        self.drop()
        self._during(self.rng.uniform(0.5, 2.0), 1)

    def f_stream_html(self) -> None:
        self.faults(streamHtml=True)
        self.drop()
        self._during(self.rng.uniform(0.5, 1.5), 1)

    def f_ticket_expire(self) -> None:
        self._post("/_sim/tickets/expire")
        self.drop()
        self._during(0.3, 1)

    def f_ticket_expire_auth_503(self) -> None:
        self.faults(errorRate=1.0, status=503, routes=["ticket.create"])
        self._post("/_sim/tickets/expire")
        self.drop()
        self._during(self.rng.uniform(1.0, 2.0), 1)

    def f_ticket_expire_auth_garbage(self) -> None:
        self.faults(malformedRate=1.0, routes=["ticket.create"])
        self._post("/_sim/tickets/expire")
        self.drop()
        self._during(self.rng.uniform(1.0, 2.0), 1)

    def f_close(self) -> None:
        self._post("/_sim/streams/close")
        self._during(0.2, 1)

    def f_ring_during_outage(self) -> None:
        outage = self.rng.uniform(0.5, 2.5)
        self.drop(outage)
        time.sleep(outage / 3)
        self.traffic.inject()
        self._during(outage * 2 / 3, 0)

    def f_hangup_during_outage(self) -> None:
        live = self.traffic.live() or [{"callId": self.traffic.inject()}]
        outage = self.rng.uniform(0.5, 2.5)
        self.drop(outage)
        time.sleep(outage / 3)
        if live[0]["callId"]:
            self.traffic.remote(self.rng.choice(live)["callId"], "remote-hangup")
        self._during(outage * 2 / 3, 0)

    def f_burst(self) -> None:
        call = self.traffic.answered_call()
        if call is not None:
            r = self.http.post(f"/_sim/calls/{call['callId']}/burst", json={"count": self.rng.randint(50, 500)})
            if r.status_code not in (200, 400, 404):  # 400/404: the traffic ended that call meanwhile
                r.raise_for_status()
        self._during(0.3, 0)

    def f_sleeping_client(self) -> None:
        assert self.hooks.freeze is not None

        def meanwhile() -> None:
            self._during(0.5, 1)
            self.drop()
            self._during(0.5, 2)

        self.hooks.freeze(self.rng.uniform(2.0, 4.0), meanwhile)

    def f_stale_token(self) -> None:
        """``cti-desktop hold CALL --state-token OLD`` must exit 3 (stale state) and change nothing."""
        assert self.hooks.cli_env is not None
        call = self.traffic.answered_call()
        if call is None or not isinstance(call["stateToken"], int) or call["stateToken"] < 1:
            self.stale_skipped += 1  # nothing to try it on (a fault got in the way of making one)
            return
        self.traffic.reserved.add(call["callId"])
        try:
            self._stale_hold(call)
        finally:
            self.traffic.reserved.discard(call["callId"])

    def _stale_hold(self, call: dict) -> None:
        old = call["stateToken"] - 1
        cmd = [sys.executable, "-m", "cti_desktop", "hold", call["callId"], "--state-token", str(old),
               "--server", self.hooks.base_url, "--domain", DOMAIN, "--user", call["user"]]
        try:
            done = subprocess.run(cmd, env=self.hooks.cli_env, capture_output=True, text=True, timeout=30)
        except subprocess.TimeoutExpired:
            self.stale.append(StaleResult(False, "the command did not end in 30 s"))
            return
        after = next((c for c in self.traffic.state()["calls"] if c["callId"] == call["callId"]), None)
        if done.returncode != 3 and (after is None or after["status"] == "TERMINATED"):
            self.stale_skipped += 1  # the call ended before the command reached it: nothing to refuse
            return
        held = after is not None and after["status"] == "HELD"
        ok = done.returncode == 3 and not held and "Traceback" not in done.stderr
        detail = f"exit {done.returncode}, call {after and after['status']}: {done.stderr.strip()[-200:]}"
        self.stale.append(StaleResult(ok, detail))

    def close(self) -> None:
        self.http.close()


def env_for_client(config_dir: str) -> dict:
    """The environment of a client process: the demo password, no keyring, a throwaway config."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTI_DESKTOP_")}
    env.update(CTI_DESKTOP_PASSWORD="demo", CTI_DESKTOP_CONFIG_DIR=config_dir, XDG_STATE_HOME=config_dir,
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return env


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]
