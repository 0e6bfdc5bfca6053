"""Run the Telavox simulator: :func:`serve`, :class:`TelavoxSimulatorThread`, demo traffic and the CLI.

* :func:`serve` — uvicorn (h11, no access log) on a socket bound before the server starts (``port=0``
  gives a free port; TCP_NODELAY as in the Dstny simulator); ``ready(running)`` once it accepts
  connections. Socket, uvicorn, thread wrapper and CLI plumbing: :mod:`..runner`.
* :class:`TelavoxSimulatorThread` — the same in its own thread and event loop (tests, demos).
* :class:`DemoTraffic` — with ``--demo``: a call rings agent1 every few seconds and is answered or
  missed, answered calls end after a while, colleagues change presence.
* :func:`main` — ``cti-desktop sim --vendor telavox [--host] [--port] [--demo] [--seed]
  [--auto-answer-ms]``; prints the base URL as its first stdout line.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta


from ..runner import (
    ServerHandle,
    ServerThread,
    add_listen_arguments,
    run_cli,
    serve_app,
)
from .app import create_app
from .world import EXTERNAL_NAMES, PROFILES, SimError, TelavoxWorld

__all__ = ["DemoTraffic", "Running", "TelavoxSimulatorThread", "main", "serve"]


class DemoTraffic:
    """Lifelike activity on the server's loop; ``start()``/``stop()`` from that loop."""

    def __init__(self, world: TelavoxWorld, *, user: str = "agent1", seed: int | None = None) -> None:
        self.world = world
        self.user = user
        self.rng = random.Random(seed)
        self._task: asyncio.Task | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if not self.running:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="telavox-demo")

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    async def _run(self) -> None:
        presence = asyncio.get_running_loop().create_task(self._presence())
        try:
            while True:
                await asyncio.sleep(self.rng.uniform(4.0, 9.0))
                me = self.world.users.get(self.user)
                if me is None or len(me.calls) >= 2:
                    continue
                call = self.world.inject(self.user, f"+4670{self.rng.randint(1000000, 9999999)}",
                                         self.rng.choice(EXTERNAL_NAMES))
                ring = self.rng.uniform(2.0, 6.0)
                if self.rng.random() < 0.7:
                    self.world.later(ring, self._answer_then_end, call.id)
                else:
                    self.world.later(ring, self._end, call.id)
        finally:
            presence.cancel()

    def _answer_then_end(self, call_id: str) -> None:
        try:
            self.world.answer(call_id)
        except SimError:
            return
        self.world.later(self.rng.uniform(5.0, 20.0), self._end, call_id)

    def _end(self, call_id: str) -> None:
        try:
            self.world.end(call_id)
        except SimError:
            pass

    async def _presence(self) -> None:
        names = [u for u in self.world.users if u != self.user]
        while True:
            await asyncio.sleep(self.rng.uniform(3.0, 8.0))
            who = self.rng.choice(names)
            profile = dict(self.rng.choice(PROFILES))
            if not profile["available"]:
                until = datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(minutes=30)
                profile["until"] = until.isoformat()
            try:
                self.world.set_profile(who, profile)
            except SimError:
                pass


@dataclass
class Running(ServerHandle):
    world: TelavoxWorld

    @property
    def capi_url(self) -> str:
        return self.base_url + "/api/capi"


async def serve(host: str = "127.0.0.1", port: int = 0, *, demo: bool = False, seed: int | None = None,
                auto_answer_ms: float | None = 1500.0, ready: Callable[[Running], None] | None = None) -> None:
    """Run the simulator until stopped. ``ready(running)`` is called once it accepts connections."""
    world = TelavoxWorld(seed=seed, auto_answer_ms=auto_answer_ms)
    traffic = DemoTraffic(world, seed=seed)
    app = create_app(world, lambda on: traffic.start() if on else traffic.stop())

    def on_shutdown() -> None:
        traffic.stop()
        world.cancel_timers()

    async def cleanup() -> None:
        await traffic.aclose()
        world.cancel_timers()

    await serve_app(app, host, port, ready=ready, handle=lambda url, loop, server: Running(url, loop, server, world),
                    on_started=traffic.start if demo else None, on_shutdown=on_shutdown, cleanup=cleanup)


class TelavoxSimulatorThread(ServerThread[Running], thread_name="telavox-simulator",
                             label="the Telavox simulator", serve=serve):
    """The Telavox simulator in its own thread and event loop on 127.0.0.1 and a free port.

    ``with TelavoxSimulatorThread(seed=7) as server: server.base_url`` — keyword arguments are those
    of :func:`serve` (``host``, ``port``, ``demo``, ``seed``, ``auto_answer_ms``).
    """

    @property
    def capi_url(self) -> str:
        return self.base_url + "/api/capi"

    @property
    def world(self) -> TelavoxWorld:
        return self.handle.world


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cti-desktop sim --vendor telavox",
                                description="Run the Telavox (v1 API + CAPI) simulator.")
    add_listen_arguments(p)
    p.add_argument("--demo", action="store_true", help="ring agent1 every few seconds, change colleagues' presence")
    p.add_argument("--seed", type=int, default=None, help="seed for everything random")
    p.add_argument("--auto-answer-ms", type=float, default=1500.0,
                   help="external numbers dialled answer after this many ms (negative: never)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not 0 <= args.port <= 65535:
        print("--port must be between 0 and 65535", file=sys.stderr)
        return 2

    def describe(running: Running) -> str:
        return (f"Telavox simulator: v1 API {running.base_url}, CAPI {running.capi_url}; users agent1..agent12 "
                f"(password demo; session login POST /login or HTTP Basic), token demo-token (agent1); "
                f"control {running.base_url}/_sim/state")

    return run_cli(lambda ready: serve(args.host, args.port, demo=args.demo, seed=args.seed,
                                       auto_answer_ms=None if args.auto_answer_ms < 0 else args.auto_answer_ms,
                                       ready=ready),
                   args.host, args.port, describe)
