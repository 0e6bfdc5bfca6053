"""Run the Dstny Core simulator: the Starlette app, :func:`serve`, :class:`SimulatorThread`, the CLI.

* :func:`create_app` — ``/api/…`` (see :mod:`.api`) and ``/_sim/…`` (see :mod:`.control`), behind a
  small ASGI middleware honouring ``X-HTTP-Method-Override: PUT|DELETE|PATCH`` on POST.
* :func:`serve` — uvicorn (h11, no access log, ``log_level="warning"``) on a socket bound before the
  server starts, so ``port=0`` gives a free port; ``ready`` is called with a :class:`Running` handle
  once it accepts connections. Ctrl+C / SIGTERM (uvicorn's handlers, main thread only) or
  :meth:`Running.request_stop` stop it: open streams are closed cleanly, demo traffic stopped.
  The socket, uvicorn, the thread wrapper and the CLI's printing and signals are :mod:`.runner`'s,
  shared with the Telavox and Voxloud simulators.
* :class:`SimulatorThread` — the same in its own thread and event loop (tests, the in-app demo).
* :func:`main` — ``cti-desktop sim [--vendor dstny] [--host] [--port] [--demo] [--seed] [--contacts] [--heartbeat]
  [--auto-answer-ms]``; prints the base URL (e.g. ``http://127.0.0.1:41234``) as its first stdout line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Mount

from .api import api_routes, error
from .control import control_routes
from .demo import DemoTraffic
from ..runner import ApiUnderBase, ServerHandle, ServerThread, add_listen_arguments, run_cli, serve_app
from .world import Simulator

__all__ = ["Running", "SimulatorThread", "create_app", "main", "serve"]


class MethodOverride:
    """ASGI middleware: a POST with ``X-HTTP-Method-Override`` becomes that method."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "POST":
            for key, value in scope.get("headers", []):
                if key == b"x-http-method-override":
                    method = value.decode("latin-1").strip().upper()
                    if method in ("PUT", "DELETE", "PATCH", "GET"):
                        scope = dict(scope, method=method)
                    break
        await self.app(scope, receive, send)


def create_app(sim: Simulator, demo: DemoTraffic | None = None):
    def demo_control(on: bool) -> None:
        if demo is not None:
            demo.start() if on else demo.stop()

    async def not_found(request, exc):
        if request.url.path.startswith("/api"):
            return error(404, "resource.not.found", f"No API resource at {request.url.path}")
        return JSONResponse({"error": "not found"}, status_code=404)

    async def index(request):
        return JSONResponse({"simulator": "Dstny Core User API", "api": str(request.base_url) + "api",
                             "control": str(request.base_url) + "_sim/state", "domain": sim.domain})

    from starlette.routing import Route

    app = Starlette(
        routes=[Route("/", index), Mount("/api", routes=api_routes(sim)), *control_routes(sim, demo_control)],
        exception_handlers={404: not_found},
    )
    app.state.sim = sim
    return MethodOverride(app)


@dataclass
class Running(ApiUnderBase, ServerHandle):
    """What :func:`serve` hands to ``ready``: where it listens, and how to stop it from any thread."""

    sim: Simulator


async def serve(host: str = "127.0.0.1", port: int = 0, *, demo: bool = False, seed: int | None = None,
                contacts: int = 300, heartbeat: float = 15.0, auto_answer_ms: float | None = 1500.0,
                ready: Callable[[Running], None] | None = None) -> None:
    """Run the simulator until stopped. ``ready(running)`` is called once it accepts connections."""
    sim = Simulator(seed=seed, contacts=contacts, heartbeat=heartbeat, auto_answer_ms=auto_answer_ms)
    traffic = DemoTraffic(sim)

    def on_shutdown() -> None:
        traffic.stop()
        sim.hub.close_all()
        sim.pbx.shutdown()

    await serve_app(create_app(sim, traffic), host, port, ready=ready,
                    handle=lambda url, loop, server: Running(url, loop, server, sim),
                    on_started=traffic.start if demo else None, on_shutdown=on_shutdown, cleanup=traffic.aclose)


class SimulatorThread(ApiUnderBase, ServerThread[Running], thread_name="dstny-simulator",
                      label="the simulator", serve=serve):
    """The simulator in its own thread and event loop on 127.0.0.1 and a free port.

    ``with SimulatorThread(seed=7, heartbeat=1.0) as server: server.base_url`` — keyword arguments are
    those of :func:`serve` (``host``, ``port``, ``demo``, ``seed``, ``contacts``, ``heartbeat``,
    ``auto_answer_ms``). ``start()``/``stop()`` work without ``with`` too.
    """

    @property
    def sim(self) -> Simulator:
        return self.handle.sim


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cti-desktop sim", description="Run the Dstny Core PBX simulator.",
                                epilog="--vendor telavox|voxloud runs another vendor's simulator instead "
                                       "(see `cti-desktop sim --vendor telavox --help`).")
    p.add_argument("--vendor", choices=("dstny",), default="dstny", help="dstny (this one), telavox or voxloud")
    add_listen_arguments(p)
    p.add_argument("--demo", action="store_true", help="generate lifelike calls, queue load and presence")
    p.add_argument("--seed", type=int, default=None, help="seed for everything random")
    p.add_argument("--contacts", type=int, default=300, help="size of the contact directory (default 300)")
    p.add_argument("--heartbeat", type=float, default=15.0, help="seconds between SSE heartbeats (default 15)")
    p.add_argument("--auto-answer-ms", type=float, default=1500.0,
                   help="external callees answer after this many ms (negative: never by themselves)")
    return p


def main(argv: list[str] | None = None) -> int:
    """``cti-desktop sim [--vendor dstny] …``: the Dstny Core simulator (``--vendor`` is chosen in :mod:`..launch`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.contacts < 0 or args.heartbeat <= 0:
        print("--contacts must be >= 0 and --heartbeat > 0", file=sys.stderr)
        return 2

    def describe(running: Running) -> str:
        return (f"Dstny Core simulator: API {running.api_url}, users agent1..agent20 and super1 "
                f"(password demo) at {running.sim.domain}; control {running.base_url}/_sim/state")

    return run_cli(lambda ready: serve(args.host, args.port, demo=args.demo, seed=args.seed, contacts=args.contacts,
                                       heartbeat=args.heartbeat,
                                       auto_answer_ms=None if args.auto_answer_ms < 0 else args.auto_answer_ms,
                                       ready=ready),
                   args.host, args.port, describe)
