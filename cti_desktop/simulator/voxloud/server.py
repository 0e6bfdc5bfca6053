"""The Voxloud API simulator: a Starlette app on uvicorn, with a control API for tests and demos.

API (below ``/api``, as :data:`.routes.ROUTES` lists them; header ``Voverc-Auth: demo-key``, any
other key → 401):
``POST /v1/validate-auth`` · ``GET|POST /v1/contacts`` · ``GET|PUT|DELETE /v1/contacts/{id}`` ·
``GET /v2/users`` · ``GET|POST /v1/webhook-subscriptions`` · ``GET|PUT|DELETE
/v1/webhook-subscriptions/{id}`` · ``GET|POST /v1/click-to-call`` · ``GET|DELETE
/v1/click-to-call/{id}`` · ``POST /v1/click-to-call/{id}/connect`` · ``POST /v1/telephony-events`` ·
``GET /v1/telephony-events?callId=`` · ``GET /v1/telephony-events/{id}``. Errors are
``{"status", "error", "message"}`` with the reference's codes (400, 401, 404, 405).

Control (no key):

* ``POST /_sim/calls {"to": extension or user id, "from": "+39…", "name"?, "style"?: "flat"|"envelope"}``
  → a new call; CALL_INCOMING is delivered (real HTTP POSTs) to every enabled subscription before the
  answer ``{"call_id", "deliveries": [...]}``;
* ``POST /_sim/calls/{id}/answer {"extension"?}`` · ``/hangup {"voicemail"?, "recorded"?}`` →
  CALL_ANSWERED / CALL_HANGUP the same way; a hang-up also stores the call's telephony event and
  delivers it to the PHONE_CALL (click-to-call: CLICK_TO_CALL) subscriptions (``record_deliveries``;
  after ``world.cdr_delay`` seconds when set, as Voxloud sends CDRs a few seconds late);
* ``POST /_sim/fax {"to": extension, "from": number, "pages"?}`` → an inbound fax: its record is stored
  and the reference's fax payload delivered to the FAX_CALL subscriptions;
* ``POST /_sim/webhooks/fire {"url", "body": raw text | "body_latin1": text | "json": object, "headers": {…}}``
  → sends exactly that, with only the headers given (a raw body gets no Content-Type unless one is
  given; forged-request tests); answers ``{"status", "text"}``;
* ``GET /_sim/state`` · ``POST /_sim/reset``.

A click-to-call ``connect`` also starts a simulated call: CALL_STARTED for the resource's extension
with the contact as the called number.

``--demo``: once a subscription exists, a call rings a random extension every few seconds, is
answered a few seconds later and hung up after a short talk.

:func:`serve` binds before starting (port 0 = a free port) and calls ``ready(running)``;
:class:`VoxloudSimulatorThread` runs it in its own thread and loop; :func:`main` is
``cti-desktop sim --vendor voxloud`` / ``python -m cti_desktop.simulator.voxloud`` and prints the base
URL as its first line of stdout; the running itself (socket, uvicorn, thread, CLI) is :mod:`..runner`'s.
The API handlers are :mod:`.api`'s, the control API :mod:`.control`'s, the ``--demo`` calls :mod:`.demo`'s.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from ..runner import (
    ApiUnderBase,
    ServerHandle,
    ServerThread,
    add_listen_arguments,
    run_cli,
    serve_app,
)
from .api import api_routes, error
from .control import control_routes
from .demo import DemoCalls
from .world import API_KEY, VoxloudWorld

__all__ = ["Running", "VoxloudSimulatorThread", "create_app", "main", "serve"]


def create_app(world: VoxloudWorld, demo: DemoCalls) -> Starlette:
    async def not_found(request, exc):
        if request.url.path.startswith("/api"):
            return error(404, f"No API resource at {request.url.path}")
        return JSONResponse({"error": "not found"}, status_code=404)

    async def not_allowed(request, exc):
        return error(405, "You tried to access an endpoint with an invalid method")

    async def index(request):
        return JSONResponse({"simulator": "Voxloud API", "api": str(request.base_url) + "api",
                             "api_key": API_KEY, "control": str(request.base_url) + "_sim/state"})

    app = Starlette(routes=[Route("/", index), Mount("/api", routes=api_routes(world)),
                            *control_routes(world, demo)],
                    exception_handlers={404: not_found, 405: not_allowed})
    app.state.world = world
    return app


@dataclass
class Running(ApiUnderBase, ServerHandle):
    world: VoxloudWorld


async def serve(host: str = "127.0.0.1", port: int = 0, *, demo: bool = False, seed: int | None = None,
                contacts: int = 300, demo_interval: float = 8.0,
                ready: Callable[[Running], None] | None = None) -> None:
    """Run the simulator until stopped; ``ready(running)`` once it accepts connections."""
    world = VoxloudWorld(seed=seed, contacts=contacts)
    demo_calls = DemoCalls(world, demo_interval)
    app = create_app(world, demo_calls)
    world.http = httpx.AsyncClient(http1=True, http2=False, trust_env=False, follow_redirects=False,
                                   headers={"User-Agent": "voxloud-simulator"})

    async def cleanup() -> None:
        await demo_calls.aclose()
        for task in list(world.background):
            task.cancel()
        await world.http.aclose()

    await serve_app(app, host, port, ready=ready, handle=lambda url, loop, server: Running(url, loop, server, world),
                    on_started=demo_calls.start if demo else None, cleanup=cleanup)


class VoxloudSimulatorThread(ApiUnderBase, ServerThread[Running], thread_name="voxloud-simulator",
                             label="the Voxloud simulator", serve=serve):
    """The simulator in its own thread and loop: ``with VoxloudSimulatorThread(seed=7) as sim: sim.api_url``."""

    @property
    def world(self) -> VoxloudWorld:
        return self.handle.world


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cti-desktop sim --vendor voxloud", description="Run the Voxloud API simulator.")
    add_listen_arguments(p)
    p.add_argument("--demo", action="store_true", help="ring extensions every few seconds once a subscription exists")
    p.add_argument("--seed", type=int, default=None, help="seed for everything random")
    p.add_argument("--contacts", type=int, default=300, help="number of contacts (default 300)")
    p.add_argument("--demo-interval", type=float, default=8.0, help="seconds between demo calls (default 8)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.contacts < 3 or args.demo_interval <= 0 or not 0 <= args.port <= 65535:
        print("--contacts must be at least 3, --demo-interval above 0 and --port 0..65535", file=sys.stderr)
        return 2

    def describe(running: Running) -> str:
        return (f"Voxloud simulator: API {running.api_url} (header Voverc-Auth: {API_KEY}), users with extensions "
                f"101-105; control {running.base_url}/_sim/state")

    return run_cli(lambda ready: serve(args.host, args.port, demo=args.demo, seed=args.seed, contacts=args.contacts,
                                       demo_interval=args.demo_interval, ready=ready),
                   args.host, args.port, describe)
