"""HTTP clients for talking to a backend: HTTP/1.1, the system trust store, sane timeouts.

Streams and commands use separate clients (PITFALLS 8), so a stuck stream never starves a command
and cancelling one never poisons the other's pool. Certificates are checked against the operating
system's trust store via ``truststore`` (corporate TLS inspection works), plus an optional extra CA
file; verification is never switched off.
"""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import truststore

from cti_desktop import __version__
from cti_desktop.core.pool_guard import PoolGuard

USER_AGENT = f"cti-desktop/{__version__}"


def ssl_context(extra_ca_file: Path | None = None) -> ssl.SSLContext:
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if extra_ca_file is not None:
        ctx.load_verify_locations(cafile=str(extra_ca_file))
    return ctx


def command_client(*, extra_ca_file: Path | None = None, timeout: float = 15.0) -> httpx.AsyncClient:
    """For REST requests: short timeouts, a small pool."""
    limits = httpx.Limits(max_connections=10, max_keepalive_connections=5)
    context = ssl_context(extra_ca_file)
    return httpx.AsyncClient(
        transport=_guarded(context, limits),
        # the proxies a system setting asks for get the same trust and limits (httpx builds their transports)
        verify=context,
        limits=limits,
        http1=True,
        http2=False,
        timeout=httpx.Timeout(timeout, connect=10.0, pool=5.0),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
    )


def stream_client(*, extra_ca_file: Path | None = None, max_streams: int = 64) -> httpx.AsyncClient:
    """For long-lived SSE streams: the stream supervisor sets the per-stream read timeout."""
    limits = httpx.Limits(max_connections=max_streams, max_keepalive_connections=0)
    context = ssl_context(extra_ca_file)
    return httpx.AsyncClient(
        transport=_guarded(context, limits),
        # the proxies a system setting asks for get the same trust and limits (httpx builds their transports)
        verify=context,
        limits=limits,
        http1=True,
        http2=False,
        timeout=httpx.Timeout(10.0, read=60.0),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
    )


def _guarded(context: ssl.SSLContext, limits: httpx.Limits) -> PoolGuard:
    """HTTP/1.1 over the system trust store, in a pool that replaces itself when cancelled requests
    leak its connections (see :mod:`cti_desktop.core.pool_guard`)."""
    return PoolGuard(lambda: httpx.AsyncHTTPTransport(verify=context, http1=True, http2=False, limits=limits),
                     limits.max_connections or 100)
