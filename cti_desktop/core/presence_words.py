"""Presence in words and from words: an activity's end time shown, a typed end time parsed, the
next working day's start, a status label from an identifier. Pure (no Qt); table-tested.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from typing import Any

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import Activity
from cti_desktop.core.presence_config import PresenceShortcut
from cti_desktop.i18n import translate

__all__ = ["MAX_EXPIRY_MINUTES", "NOTE_MAX_LENGTH", "WORKING_DAY_STARTS", "describe_expiry", "label",
           "next_working_day_start", "parse_until", "shortcut_rows"]

#: The longest note accepted (characters). The vendor does not publish a limit; this is generous for
#: a status line and short enough to show in a colleague's contact list.
NOTE_MAX_LENGTH = 200
#: The longest "for N minutes" accepted: one week.
MAX_EXPIRY_MINUTES = 7 * 24 * 60


def label(identifier: str) -> str:
    """"on_the_phone" → "On the phone" (a name for an identifier the server gave without one)."""
    return identifier.replace("_", " ").replace("-", " ").strip().capitalize() if identifier else ""


def describe_expiry(expires: datetime | None, now: datetime | None = None) -> str:
    """"until 14:30", "until Mon 14:30" or "until 2025-01-31 14:30", in local time; "" when none."""
    if expires is None:
        return ""
    local = expires.astimezone()
    now_local = (now or datetime.now(UTC)).astimezone()
    if local.date() == now_local.date():
        return translate("PresenceWords", "until {local:%H:%M}").format(local=local)
    if timedelta(0) < local - now_local < timedelta(days=6):
        return translate("PresenceWords", "until {local:%a %H:%M}").format(local=local)
    return translate("PresenceWords", "until {local:%Y-%m-%d %H:%M}").format(local=local)


def parse_until(text: str, now: datetime | None = None) -> datetime:
    """An ISO date-time (or a bare ``HH:MM`` meaning today) in the future, as an aware datetime."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidInput(translate("PresenceWords", "Choose the time the activity should end"))
    now = now or datetime.now(UTC)
    try:
        if len(raw) <= 8 and ":" in raw and "T" not in raw and "-" not in raw:
            at = datetime.combine(now.astimezone().date(), dtime.fromisoformat(raw))
        else:
            at = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(translate("PresenceWords", "“{raw}” is not a time; use for example 14:30 or 2025-01-31T14:30").format(raw=raw)) from None
    if at.tzinfo is None:
        at = at.astimezone()  # a wall-clock time on this computer
    at = at.astimezone(UTC).replace(microsecond=0)
    if at <= now:
        raise InvalidInput(translate("PresenceWords", "{astimezone:%H:%M} has already passed; choose a time in the future").format(astimezone=at.astimezone()))
    return at


#: When "until the next working day" ends: the next Monday–Friday at this local time. The reference
#: names the duration type (``UNTIL_NEXT_WORKING_DAY``) but publishes no working hours.
WORKING_DAY_STARTS = dtime(8, 0)


def next_working_day_start(now: datetime | None = None) -> datetime:
    """The start of the next working day after today (Mon–Fri, :data:`WORKING_DAY_STARTS` local
    time), in UTC: Friday (or the weekend) → Monday; any other day → tomorrow."""
    local = (now or datetime.now(UTC)).astimezone()
    day = local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    start = datetime.combine(day, WORKING_DAY_STARTS).astimezone()  # that day's local wall-clock time
    return start.astimezone(UTC).replace(microsecond=0)


def shortcut_rows(shortcuts: Iterable[PresenceShortcut], activities: Iterable[Activity]) -> list[dict[str, Any]]:
    """The presence panel's shortcut rows, in the server's order: name (the shortcut's own, else its
    activity's "for N min"), activity, availability, duration kind and minutes, diversion number.
    Shortcuts without an activity are left out."""
    rows: list[dict[str, Any]] = []
    by_id = {a.id: a for a in activities}
    for s in sorted(shortcuts, key=lambda s: (s.order, s.id)):
        if not s.activity_id:
            continue
        act = by_id.get(s.activity_id)
        minutes = max(0, s.duration_minutes)
        name = s.name or ((act.name if act else label(s.activity_id)) + (translate("PresenceWords", " for {minutes} min").format(minutes=minutes) if minutes else ""))
        kind = (s.duration_type or "").strip().upper() or ("MINUTES" if minutes else "NO_END_TIME")
        rows.append({
            "id": s.id,
            "name": name,
            "activityId": s.activity_id,
            # the shortcut's own availability: "Weekend" may be busy although its activity is not
            "available": bool(s.available),
            "durationType": kind,
            "minutes": minutes if kind == "MINUTES" else 0,
            # the number calls go to while the shortcut's presence lasts ("" when it diverts none)
            "diversionNumber": s.diversion_number if s.apply_diversion_number else "",
        })
    return rows
