"""How one connection attempt of a stream ended, in the words shown to the person (plain Python).

:func:`outcome_of_answer` reads the answer's status and media type before any byte is read
(PITFALLS 4); :func:`outcome_of_failure` turns what was raised while connecting or reading into an
outcome. Reasons are words plus a status code only: never a body, header or URL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from cti_desktop.core.http_headers import retry_after_seconds
from cti_desktop.core.sse import SSELineTooLong
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["Outcome", "REASON_NOT_AUTHORISED", "outcome_of_answer", "outcome_of_failure"]

# The supervisor's logger: these lines are the stream's.
logger = logging.getLogger("cti_desktop.core.streams")

REASON_NOT_AUTHORISED = QT_TRANSLATE_NOOP("Connection", "Not authorised: the ticket was refused")


@dataclass(slots=True)
class Outcome:
    """How one connection attempt ended."""

    kind: str  # ended | lost | timeout | watchdog | malformed | open_failed | http | auth | fatal | bad_type | reconnect | stopped
    reason: str
    went_live: bool = False
    retry_after: float | None = None
    status: int | None = None  # the HTTP status that ended it, where one did


def outcome_of_answer(response: httpx.Response) -> Outcome | None:
    """``None`` for a 200 event stream; else how the attempt ends, by the answer's status and type.

    401/403 re-authenticate (``auth``); 429 and 5xx are retried with their ``Retry-After`` (``http``);
    another status is ``fatal``; a 200 that is not an event stream (a proxy's login page) is
    ``bad_type``, retried with backoff.
    """
    status = response.status_code
    if status in (401, 403):
        return Outcome("auth", translate("Connection", "{refused} (HTTP {status})").format(
            refused=translate("Connection", REASON_NOT_AUTHORISED), status=status
        ), status=status)
    if status == 429:
        return Outcome("http", translate("Connection", "rate limited (HTTP {status})").format(status=status), retry_after=_retry_after(response))
    if status >= 500:
        return Outcome("http", translate("Connection", "server error (HTTP {status})").format(status=status), retry_after=_retry_after(response))
    if status != 200:
        return Outcome("fatal", translate("Connection", "refused by the server (HTTP {status})").format(status=status))
    media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type != "text/event-stream":
        return Outcome("bad_type", translate("Connection", "unexpected response (HTTP {status}, not an event stream)").format(status=status))
    return None


def outcome_of_failure(exc: Exception, *, went_live: bool, name: str) -> Outcome:
    """The outcome of ``exc``, raised while connecting or reading; call it while handling ``exc``
    (an unexpected error is logged with its traceback)."""
    if isinstance(exc, SSELineTooLong):
        return Outcome("malformed", translate("Connection", "malformed event stream"), went_live=went_live)
    if isinstance(exc, httpx.ReadTimeout):
        return Outcome("timeout", translate("Connection", "no data from the server"), went_live=went_live)
    if isinstance(exc, httpx.TimeoutException):
        return Outcome("timeout", translate("Connection", "the server did not answer in time"), went_live=went_live)
    if isinstance(exc, httpx.ConnectError):
        return Outcome("lost", translate("Connection", "could not connect"), went_live=went_live)
    if isinstance(exc, httpx.HTTPError):
        logger.info("%s: %s", name, type(exc).__name__)
        return Outcome("lost", translate("Connection", "connection lost"), went_live=went_live)
    logger.exception("%s: unexpected error on the stream", name)
    return Outcome("lost", translate("Connection", "connection lost"), went_live=went_live)


def _retry_after(response: httpx.Response) -> float | None:
    return retry_after_seconds(response.headers.get("retry-after"))
