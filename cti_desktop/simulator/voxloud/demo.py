"""``--demo`` traffic of the Voxloud simulator: lifelike calls, once a webhook subscription exists."""

from __future__ import annotations

import asyncio

from .world import VoxloudWorld

__all__ = ["DemoCalls"]


class DemoCalls:
    """``--demo``: lifelike calls, once a webhook subscription exists."""

    def __init__(self, world: VoxloudWorld, interval: float = 8.0) -> None:
        self.world = world
        self.interval = interval
        self.task: asyncio.Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    def start(self) -> None:
        if not self.running:
            self.task = asyncio.get_running_loop().create_task(self._run(), name="voxloud-sim-demo")

    async def aclose(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    async def _one_call(self) -> None:
        w = self.world
        rng = w.rng
        user = rng.choice(w.users)
        if rng.random() < 0.7 and w.contacts:
            contact = rng.choice(list(w.contacts.values()))
            caller = contact["primary_phone"]
        else:
            caller = w._number()
        call = w.new_call(to=str(user["extension_number"]), caller=caller)
        await w.deliver("CALL_INCOMING", w.payload("CALL_INCOMING", call))
        await asyncio.sleep(rng.uniform(3, 8))
        answered = rng.random() < 0.8
        if answered:
            w.answer(call)
            await w.deliver("CALL_ANSWERED", w.payload("CALL_ANSWERED", call))
            await asyncio.sleep(rng.uniform(8, 30))
        call.state = "ENDED"
        await w.deliver("CALL_HANGUP", w.payload("CALL_HANGUP", call))
        w.calls.pop(call.call_id, None)
        kind, record = w.record_of(call, voicemail=not answered and rng.random() < 0.5, recorded=rng.random() < 0.5)
        await asyncio.sleep(3.0)  # CDRs come a few seconds after the call
        await w.deliver(kind, w.wrap(kind, record, "flat"))

    async def _run(self) -> None:
        calls: set[asyncio.Task] = set()
        try:
            while True:
                await asyncio.sleep(self.interval)
                if any(s["enabled"] for s in self.world.subscriptions.values()):
                    t = asyncio.get_running_loop().create_task(self._one_call())
                    calls.add(t)
                    t.add_done_callback(calls.discard)
        finally:
            for t in calls:
                t.cancel()
