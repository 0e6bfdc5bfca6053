"""What every PBX simulator (Dstny, Telavox, Voxloud) runs on: socket, uvicorn, thread wrapper, CLI.

A vendor's ``server.py`` keeps only what is its own — its app, its world, its CLI options, the
attributes of its running handle — and hands the rest to this module:

* :func:`bind_socket` — the listening socket, bound before uvicorn starts so ``port=0`` gives a free
  port whose number is known up front, with TCP_NODELAY (see there why).
* :func:`serve_app` — uvicorn (h11, no access log, ``log_level="warning"``, no lifespan, no websockets,
  2 s graceful shutdown) serving an app on that socket until stopped; ``ready(running)`` once it
  accepts connections. Stopping: :meth:`ServerHandle.request_stop` from any thread, or Ctrl+C /
  SIGTERM, which uvicorn catches while it serves in the main thread.
* :class:`ServerThread` — the same in its own thread and event loop (tests, the in-app demos), as a
  context manager; start-up waits at most ``startup_timeout`` and re-raises what went wrong.
* :func:`add_listen_arguments`, :func:`run_cli` — the command line: ``--host``/``--port``; the base URL (e.g. ``http://127.0.0.1:41234``) is the first
  line of stdout, a one-line description goes to stderr; Ctrl+C exits 0 after a clean shutdown.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
import threading
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar

import uvicorn

__all__ = ["ApiUnderBase", "ServerHandle", "ServerThread", "add_listen_arguments", "bind_socket", "run_cli",
           "serve_app"]

#: what :func:`serve_app` hands to ``ready`` — a vendor's running handle
H = TypeVar("H", bound="ServerHandle")


def bind_socket(host: str, port: int) -> socket.socket:
    """A non-blocking socket listening on ``host:port`` (IPv6 when ``host`` has a colon); closed on failure."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit TCP_NODELAY. Without it Nagle's algorithm holds back the second
        # small write of a response (uvicorn/h11 sends the headers, then the body) until the client
        # ACKs the first, and clients delay that ACK: ~40 ms per request on keep-alive connections.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


def base_url_of(host: str, sock: socket.socket) -> str:
    """``http://host:port`` for a bound socket (the port it really got; IPv6 hosts in brackets)."""
    url_host = f"[{host}]" if ":" in host else host
    return f"http://{url_host}:{sock.getsockname()[1]}"


class ApiUnderBase:
    """Mix-in for a running handle or a thread whose API lives at ``base_url`` + :attr:`api_path`."""

    base_url: str
    #: where the vendor's API is mounted below the base URL
    api_path = "/api"

    @property
    def api_url(self) -> str:
        return self.base_url + self.api_path


@dataclass
class ServerHandle:
    """The base of a vendor's running handle: where it listens, its loop and its server; a vendor's
    handle is a dataclass adding its own fields after these (its world)."""

    base_url: str
    loop: asyncio.AbstractEventLoop
    server: uvicorn.Server

    def request_stop(self) -> None:
        """Stop the server from any thread (graceful: open requests and streams get to finish)."""
        self.loop.call_soon_threadsafe(setattr, self.server, "should_exit", True)

    def __str__(self) -> str:
        return self.base_url


class _Server(uvicorn.Server):
    """uvicorn's server, running ``on_shutdown`` before its own shutdown (which waits for open connections)."""

    def __init__(self, config: uvicorn.Config, on_shutdown: Callable[[], None] | None) -> None:
        super().__init__(config)
        self._on_shutdown = on_shutdown

    async def shutdown(self, sockets=None) -> None:
        if self._on_shutdown is not None:
            self._on_shutdown()  # e.g. close event streams, or uvicorn would wait for them
        await super().shutdown(sockets)


async def serve_app(app: Any, host: str, port: int, *,
                    handle: Callable[[str, asyncio.AbstractEventLoop, uvicorn.Server], H],
                    ready: Callable[[H], None] | None = None,
                    on_started: Callable[[], None] | None = None,
                    on_shutdown: Callable[[], None] | None = None,
                    cleanup: Callable[[], Awaitable[None]] | None = None) -> None:
    """Serve ``app`` on ``host:port`` until stopped.

    ``handle(base_url, loop, server)`` builds the vendor's running handle; once the server accepts
    connections ``on_started()`` (e.g. start demo traffic) then ``ready(handle)`` are called.
    ``on_shutdown()`` runs when a stop begins, before uvicorn waits for open connections;
    ``cleanup()`` is awaited when serving ends, however it ends (also when binding failed).
    An :class:`OSError` from binding propagates.
    """
    sock: socket.socket | None = None
    try:
        sock = bind_socket(host, port)
        config = uvicorn.Config(app, log_level="warning", access_log=False, http="h11", lifespan="off",
                                timeout_graceful_shutdown=2, ws="none")
        server = _Server(config, on_shutdown)
        running = handle(base_url_of(host, sock), asyncio.get_running_loop(), server)

        async def announce() -> None:
            while not server.started:
                if server.should_exit:
                    return
                await asyncio.sleep(0.01)
            if on_started is not None:
                on_started()
            if ready is not None:
                ready(running)

        announcer = asyncio.create_task(announce())
        try:
            await server.serve(sockets=[sock])
        finally:
            announcer.cancel()
    finally:
        if cleanup is not None:
            await cleanup()
        if sock is not None:
            sock.close()


class ServerThread(Generic[H]):
    """A simulator in its own thread and event loop; subclasses say how to serve and what to call it.

    ``with VendorThread(**serve_kwargs) as server: server.base_url`` — ``start()``/``stop()`` work
    without ``with`` too. ``start()`` raises :class:`RuntimeError` (with the thread's exception, if any)
    when the server is not accepting connections within ``startup_timeout`` seconds.
    """

    #: the vendor's ``serve(host=…, port=…, …, ready=…)`` coroutine function (the class keyword ``serve=``)
    serve: Callable[..., Coroutine[Any, Any, None]]
    #: the thread's name, and the simulator's name in the start-up error
    thread_name = "simulator"
    label = "the simulator"

    def __init_subclass__(cls, *, thread_name: str | None = None, label: str | None = None,
                          serve: Callable[..., Coroutine[Any, Any, None]] | None = None, **kwargs: Any) -> None:
        """``class VendorThread(ServerThread[Running], thread_name=…, label=…, serve=serve)``."""
        super().__init_subclass__(**kwargs)
        if thread_name is not None:
            cls.thread_name = thread_name
        if label is not None:
            cls.label = label
        if serve is not None:
            cls.serve = staticmethod(serve)

    def __init__(self, *, startup_timeout: float = 30.0, **kwargs) -> None:
        self.kwargs = kwargs
        self.startup_timeout = startup_timeout
        self.running: H | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def _serve(self, ready: Callable[[H], None]) -> Coroutine[Any, Any, None]:
        """The vendor's ``serve(ready=ready, **self.kwargs)``: ``serve`` is a ``staticmethod`` of the subclass."""
        return self.serve(ready=ready, **self.kwargs)

    @property
    def base_url(self) -> str:
        return self.handle.base_url

    @property
    def handle(self) -> H:
        """The running handle (what ``serve`` gave to ``ready``); only while the simulator runs."""
        assert self.running is not None, "the simulator is not running"
        return self.running

    def _on_ready(self, running: H) -> None:
        self.running = running
        self._ready.set()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve(self._on_ready))
        except BaseException as exc:  # noqa: BLE001 — surfaced by start()
            self._error = exc
        finally:
            self._ready.set()

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
        self._thread.start()
        if not self._ready.wait(self.startup_timeout) or self.running is None:
            self.stop()
            raise RuntimeError(f"{self.label} did not start: {self._error!r}")
        return self

    def stop(self, timeout: float = 10.0) -> None:
        if self.running is not None:
            self.running.request_stop()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def add_listen_arguments(parser: argparse.ArgumentParser) -> None:
    """``--host`` (default 127.0.0.1) and ``--port`` (default 0: a free one), the same for every simulator."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")


def run_cli(serve: Callable[[Callable[[H], None]], Coroutine[Any, Any, None]], host: str, port: int,
            describe: Callable[[H], str]) -> int:
    """Run ``serve(ready)`` in the main thread as a command; returns the exit code.

    Once it accepts connections the base URL is printed as the first line of stdout (scripts read it)
    and ``describe(running)`` as a line on stderr. Ctrl+C and SIGTERM are uvicorn's: it shuts down
    gracefully, then raises the signal again — Ctrl+C ends here with 0, SIGTERM ends the process as
    SIGTERM does. A port that cannot be bound is exit code 1.
    """
    def ready(running: H) -> None:
        print(running.base_url, flush=True)
        print(describe(running), file=sys.stderr, flush=True)

    try:
        asyncio.run(serve(ready))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"cannot listen on {host}:{port}: {exc}", file=sys.stderr)
        return 1
    return 0
