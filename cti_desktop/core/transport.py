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

USER_AGENT = f"cti-desktop/{__version__}"


def ssl_context(extra_ca_file: Path | None = None) -> ssl.SSLContext:
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if extra_ca_file is not None:
        ctx.load_verify_locations(cafile=str(extra_ca_file))
    return ctx


def command_client(*, extra_ca_file: Path | None = None, timeout: float = 15.0) -> httpx.AsyncClient:
    """For REST requests: short timeouts, a small pool."""
    return httpx.AsyncClient(
        http1=True,
        http2=False,
        verify=ssl_context(extra_ca_file),
        timeout=httpx.Timeout(timeout, connect=10.0, pool=5.0),
        limits=httpx.Limits(max_connections=10, max_keepalive_connections=5),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
    )


def stream_client(*, extra_ca_file: Path | None = None, max_streams: int = 64) -> httpx.AsyncClient:
    """For long-lived SSE streams: the stream supervisor sets the per-stream read timeout."""
    return httpx.AsyncClient(
        http1=True,
        http2=False,
        verify=ssl_context(extra_ca_file),
        timeout=httpx.Timeout(10.0, read=60.0),
        limits=httpx.Limits(max_connections=max_streams, max_keepalive_connections=0),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
    )
