"""``/api`` handlers: the Line State API — a user marked in a call by an outside system (``ls.*``).

Kept per organisation (a reset starts with none), per user and external id. Decisions (the
reference gives only ``{"expiresOn"}``): the body's ``expiresOn`` is required, ISO-8601 with an
offset (``+01`` as in the reference, ``+01:00`` or ``Z``), in the future and at most 24 hours ahead,
else 400; the PUT answers the kept ``{"expiresOn"}``; reading a mark that has ended, or none, is a
404; the delete answers 204, or 404 when there is none. A live mark makes the contact line state
(``ci.linestate``) answer ``true``.
"""

from __future__ import annotations

import weakref
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.responses import Response

from .api_base import ApiError, Ctx, handles, ok

_MARKS: "weakref.WeakKeyDictionary[Any, dict[str, dict[str, datetime]]]" = weakref.WeakKeyDictionary()


def _marks(org: Any, uid: str) -> dict[str, datetime]:
    return _MARKS.setdefault(org, {}).setdefault(uid, {})


def busy_elsewhere(org: Any, uid: str) -> bool:
    """Whether ``uid`` has a line state that has not ended."""
    now = datetime.now(timezone.utc)
    return any(until > now for until in _MARKS.get(org, {}).get(uid, {}).values())


def _text(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")


def _live(c: Ctx) -> datetime:
    until = _marks(c.org, c.user.user_id).get(c.params["ext"])
    if until is None or until <= datetime.now(timezone.utc):
        raise ApiError(404, "linestate.does.not.exist", "No line state for this external id", "externalId",
                       c.params["ext"])
    return until


@handles("ls.get")
async def h_ls_get(c: Ctx):
    return ok({"expiresOn": _text(_live(c))})


@handles("ls.set")
async def h_ls_set(c: Ctx):
    raw = c.body().get("expiresOn")
    if not isinstance(raw, str) or not raw.strip():
        raise ApiError(400, "expiresOn.missing", "expiresOn is required", "expiresOn")
    text = raw.strip().replace("Z", "+00:00")
    if len(text) >= 3 and text[-3] in "+-" and text[-2:].isdigit():
        text += ":00"  # the reference's "+01"
    try:
        until = datetime.fromisoformat(text)
    except ValueError:
        raise ApiError(400, "expiresOn.invalid", "expiresOn must be an ISO-8601 time", "expiresOn", raw)
    if until.tzinfo is None:
        raise ApiError(400, "expiresOn.invalid", "expiresOn needs an offset", "expiresOn", raw)
    now = datetime.now(timezone.utc)
    if until <= now or until - now > timedelta(hours=24):
        raise ApiError(400, "expiresOn.out.of.range", "expiresOn must be within the next 24 hours", "expiresOn", raw)
    _marks(c.org, c.user.user_id)[c.params["ext"]] = until
    return ok({"expiresOn": _text(until)})


@handles("ls.clear")
async def h_ls_clear(c: Ctx):
    _live(c)
    del _marks(c.org, c.user.user_id)[c.params["ext"]]
    return Response(status_code=204)
