"""The webhook receiver's bounded bookkeeping (plain Python): the refusal log that a flood cannot
rotate away, one token bucket per source address, whose share of the connections an address uses,
and the ``Host`` header split into host and port. See :mod:`.receiver` for the order of the checks."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
from collections import OrderedDict
from collections.abc import Callable

# The receiver logs under the name it always had, so log filters and tests keep finding its lines.
log = logging.getLogger("cti_desktop.providers.voxloud.webhooks")

_PHRASES = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
            404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout", 413: "Payload Too Large",
            415: "Unsupported Media Type", 429: "Too Many Requests", 500: "Internal Server Error",
            503: "Service Unavailable"}


class _RefusalLog:
    """Logs refusals boundedly: per interval, the first ``per_source`` of each address and at most
    ``total`` in all; the rest are counted and summed up in one line per address when the interval
    ends (at most ``max_summaries`` such lines, then one line for all other addresses)."""

    def __init__(self, per_source: int = 5, total: int = 50, interval: float = 60.0,
                 clock: Callable[[], float] = time.monotonic, max_sources: int = 4096,
                 max_summaries: int = 10) -> None:
        self.per_source, self.total, self.interval = int(per_source), int(total), float(interval)
        self.clock, self.max_sources, self.max_summaries = clock, max_sources, max_summaries
        self._start = clock()
        self._logged: dict[str, int] = {}
        self._logged_total = 0
        self._suppressed: dict[str, int] = {}
        self._suppressed_elsewhere = 0  # from addresses past max_sources
        self._flush_handle: asyncio.TimerHandle | None = None

    def refused(self, source: str, status: int, reason: str) -> None:
        if self.clock() - self._start >= self.interval:
            self.flush()
        logged = self._logged.get(source, 0)
        if logged < self.per_source and self._logged_total < self.total:
            if source in self._logged or len(self._logged) < self.max_sources:
                self._logged[source] = logged + 1
            self._logged_total += 1
            log.warning("webhook refused from %s: %d %s (%s)", source, status, _PHRASES.get(status, ""), reason)
            return
        if source in self._suppressed or len(self._suppressed) < self.max_sources:
            self._suppressed[source] = self._suppressed.get(source, 0) + 1
        else:
            self._suppressed_elsewhere += 1
        self._schedule_flush()

    def _schedule_flush(self) -> None:
        if self._flush_handle is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # flushed by the next refusal after the interval, or at close
        delay = max(0.0, self._start + self.interval - self.clock())
        self._flush_handle = loop.call_later(delay, self.flush)

    def flush(self) -> None:
        """Log the summaries of the interval that ended, and start a new one."""
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        seconds = min(self.interval, self.clock() - self._start)
        worst = sorted(self._suppressed.items(), key=lambda kv: -kv[1])
        for source, count in worst[: self.max_summaries]:
            log.warning("webhook: %d more refusals from %s suppressed in the last %.0f s", count, source, seconds)
        rest = worst[self.max_summaries :]
        others = sum(count for _s, count in rest) + self._suppressed_elsewhere
        if others:
            log.warning("webhook: %d more refusals from %d other addresses suppressed in the last %.0f s",
                        others, len(rest) + (1 if self._suppressed_elsewhere else 0), seconds)
        self._start = self.clock()
        self._logged.clear()
        self._logged_total = 0
        self._suppressed.clear()
        self._suppressed_elsewhere = 0


class _TokenBuckets:
    """One token bucket per source address; full buckets are forgotten when the table grows."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic, max_sources: int = 4096):
        self.rate, self.burst, self.clock, self.max_sources = float(rate), float(burst), clock, max_sources
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, source: str) -> bool:
        now = self.clock()
        tokens, at = self._buckets.pop(source, (self.burst, now))
        tokens = min(self.burst, tokens + (now - at) * self.rate)
        allowed = tokens >= 1.0
        if allowed:
            tokens -= 1.0
        self._buckets[source] = (tokens, now)
        if len(self._buckets) > self.max_sources:
            self._buckets.popitem(last=False)  # the least recently seen
        return allowed


def _share_of(source: str) -> str:
    """Whose share of the connections ``source`` uses: the address itself, an IPv6 address's /64
    (one machine usually has a whole /64), an IPv4-mapped address as IPv4."""
    try:
        address = ipaddress.ip_address(source.split("%", 1)[0])
    except ValueError:
        return source
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{address}/64", strict=False))
    return str(address)


def _split_host(value: str) -> tuple[str, int | None]:
    """``"Example.com:8080"`` → ``("example.com", 8080)``; ``"[::1]:80"`` → ``("::1", 80)``."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return value, None
        host, rest = value[1:end], value[end + 1 :]
    else:
        host, sep, rest = value.partition(":")
        rest = sep + rest
    port = rest[1:]
    if rest.startswith(":") and port.isascii() and port.isdigit():
        return host, int(port) if len(port) <= 5 else -1  # a port has at most five digits
    if rest:
        return host, -1  # garbage after the host
    return host, None
