"""Lifelike demo traffic (``--demo``): a background task in the server's event loop.

Once a second it looks around and, with seeded randomness:

* every few seconds (3–8 s) rings an agent — from a directory contact or an unknown number, directly
  or through one of the groups (then with ``historyInfo``); ``agent1`` gets a fair share so the person
  demoing the app sees calls;
* callers that nobody answers give up after 20–35 s; answered external parties (inbound, and outbound
  ones the PBX auto-answered) hang up after 20–120 s;
* the queue load of the groups rises and falls;
* colleagues (never ``agent1`` or ``super1``, the usual demo logins) change their presence.

:class:`DemoTraffic` ``start()``/``stop()`` are idempotent; ``stop()`` cancels and awaits nothing
(the task ends at its next await), so it is safe from synchronous control handlers.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time

from .org import ACTIVITIES

log = logging.getLogger(__name__)
UNKNOWN_PREFIXES = ("+4670", "+4672", "+4673", "+468", "+4631")
NOTES = {"lunch": "Back soon", "meeting": "Team meeting", "away": "", "busy": "Focus time", "vacation": "Back Monday"}


class DemoTraffic:
    def __init__(self, sim) -> None:
        self.sim = sim
        self.rng = random.Random(f"demo:{sim.seed}")
        self.task: asyncio.Task | None = None
        self.next_call = 0.0
        self.next_queue = 0.0
        self.next_presence = 0.0
        self.deadlines: dict[str, float] = {}  # External id -> when the far end hangs up
        self.calls_made = 0
        self._extended: set[str] = set()  # externals whose talk time is planned

    def start(self) -> None:
        self.sim.demo = True
        if self.task is None or self.task.done():
            self.task = asyncio.get_running_loop().create_task(self._run(), name="sim-demo-traffic")

    def stop(self) -> None:
        self.sim.demo = False
        if self.task is not None:
            self.task.cancel()
            self.task = None

    async def aclose(self) -> None:
        task = self.task
        self.stop()
        if task is not None:
            try:
                await task
            except asyncio.CancelledError:
                pass

    async def _run(self) -> None:
        now = time.monotonic()
        self.next_call = now + 1.0
        self.next_queue = now + 2.0
        self.next_presence = now + 4.0
        while True:
            try:
                self.tick(time.monotonic())
            except Exception:  # the demo must never take the server down
                log.exception("demo traffic step failed")
            await asyncio.sleep(1.0)

    def tick(self, now: float) -> None:
        rng, sim = self.rng, self.sim
        if now >= self.next_call:
            self.next_call = now + rng.uniform(3, 8)
            self.inbound_call()
        if now >= self.next_queue:
            self.next_queue = now + rng.uniform(2, 5)
            g = rng.choice(list(sim.org.groups.values()))
            g.synthetic_waiting = max(0, min(6, g.synthetic_waiting + rng.choice((-1, -1, 0, 1, 1, 2))))
            g.stats["longestWaiting"] = rng.randrange(5, 120) if g.synthetic_waiting else 0
            sim.pbx.refresh_queues()
        if now >= self.next_presence:
            self.next_presence = now + rng.uniform(5, 12)
            self.presence_change()
        self.hang_up_due(now)

    def inbound_call(self) -> None:
        rng, sim = self.rng, self.sim
        org, pbx = sim.org, sim.pbx
        entries = org.directory.entries
        if entries and rng.random() < 0.6:
            e = rng.choice(entries)
            number, name = e.number, e.display_name
        else:
            number = rng.choice(UNKNOWN_PREFIXES) + str(rng.randrange(1_000_000, 9_999_999))
            name = None
        group = rng.choice(list(org.groups.values())) if rng.random() < 0.5 else None
        if group is not None:
            to = org.users["agent1"] if "agent1" in group.logged_in and rng.random() < 0.4 else None
        else:
            to = org.users["agent1"] if rng.random() < 0.4 else org.users[f"agent{rng.randrange(2, 21)}"]
        self.calls_made += 1
        legs = pbx.inject(to, number, name, group, rotate=self.calls_made)
        if legs and legs[0].parties:
            ext = legs[0].parties[0]
            self.deadlines[ext.id] = time.monotonic() + rng.uniform(20, 35)  # gives up unless answered

    def hang_up_due(self, now: float) -> None:
        pbx = self.sim.pbx
        for ext in list(pbx.externals.values()):
            live = [l for l in ext.legs if l.is_live()]
            answered = any(l.status in ("ACTIVE", "HELD") for l in live)
            deadline = self.deadlines.get(ext.id)
            if deadline is None or (answered and ext.id not in self._extended):
                # first time we see it connected: plan how long the far end talks
                self.deadlines[ext.id] = now + self.rng.uniform(20, 120)
                self._extended.add(ext.id)
                continue
            if now >= deadline:
                self.deadlines.pop(ext.id, None)
                pbx.hangup_external(ext)
        for key in [k for k in self.deadlines if k not in pbx.externals]:
            self.deadlines.pop(key, None)

    def presence_change(self) -> None:
        rng, sim = self.rng, self.sim
        uid = f"agent{rng.randrange(2, 21)}"
        u = sim.org.users[uid]
        p = u.presence
        if p.activity != "available" and rng.random() < 0.7:
            p.activity, p.available, p.note = "available", True, ""
        else:
            act = rng.choice(ACTIVITIES[1:5])
            p.activity, p.available, p.note = act[0], act[2], NOTES.get(act[0], "")
        sim.publish_presence(uid)
