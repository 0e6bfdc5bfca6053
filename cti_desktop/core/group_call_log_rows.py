"""The group call log's rows, worked out from the server's items: type, state and who has it, times,
durations, the caller's contact by number. Pure (no Qt); table-tested.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from cti_desktop.core.models import Contact, GroupCallLogItem
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["STATE_NAMES", "TYPE_FILTERS", "TYPE_NAMES", "contact_for_number", "digits", "duration_text",
           "group_call_log_row", "is_mine", "state_name", "time_text", "type_name"]

TYPE_NAMES = TranslatedWords("GroupCallLog", {"MISSED": QT_TRANSLATE_NOOP("GroupCallLog", "Missed"), "ANSWERED": QT_TRANSLATE_NOOP("GroupCallLog", "Answered"), "FORWARDED": QT_TRANSLATE_NOOP("GroupCallLog", "Forwarded")})
STATE_NAMES = TranslatedWords("GroupCallLog", {"UNHANDLED": QT_TRANSLATE_NOOP("GroupCallLog", "Unhandled"), "INPROGRESS": QT_TRANSLATE_NOOP("GroupCallLog", "In progress"), "HANDLED": QT_TRANSLATE_NOOP("GroupCallLog", "Handled")})
TYPE_FILTERS = ("ALL", "MISSED", "ANSWERED", "FORWARDED")


def type_name(kind: str) -> str:
    return TYPE_NAMES.get(kind, kind.replace("_", " ").capitalize() or translate("GroupCallLog", "Call"))


def state_name(state: str) -> str:
    return STATE_NAMES.get(state, state.replace("_", " ").capitalize() or translate("GroupCallLog", "Unhandled"))


def duration_text(seconds: int) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return translate("GroupCallLogRows", "{seconds} s").format(seconds=seconds)
    minutes, sec = divmod(seconds, 60)
    if minutes < 60:
        return translate("GroupCallLogRows", "{minutes} min {sec:02d} s").format(minutes=minutes, sec=sec)
    hours, minutes = divmod(minutes, 60)
    return translate("GroupCallLogRows", "{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)


def time_text(when: datetime | None, now: datetime | None = None) -> str:
    """Local time; today as ``14:05``, earlier as ``3 Mar 14:05``."""
    if when is None:
        return translate("GroupCallLogRows", "Unknown time")
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    local = when.astimezone()
    now = (now or datetime.now(UTC)).astimezone()
    if local.date() == now.date():
        return local.strftime("%H:%M")
    if local.year == now.year:
        return f"{local.day} {local.strftime('%b %H:%M')}"
    return f"{local.day} {local.strftime('%b %Y %H:%M')}"


def digits(number: str) -> str:
    """The digits of a number alone ("+46 70-123" → "4670123")."""
    return re.sub(r"\D", "", number or "")



def contact_for_number(contacts: list[Contact], number: str) -> Contact | None:
    """The contact one of whose numbers is ``number`` (compared by digits, national forms too)."""
    want = digits(number)
    if len(want) < 3:
        return None
    for contact in contacts:
        for candidate in (contact.preferred_number, *contact.numbers):
            have = digits(candidate)
            if have and (have == want or (len(have) >= 7 and len(want) >= 7 and have[-9:] == want[-9:])):
                return contact
    return None


def is_mine(entry: GroupCallLogItem, *, taken: Collection[str], handled: Collection[str], my_name: str) -> bool:
    """``entry`` is the person's: in progress by them (one of ``taken``), or handled by them (one of
    ``handled``, or under their name)."""
    if entry.handled_state == "INPROGRESS":
        return entry.item_id in taken
    if entry.handled_state == "HANDLED":
        return entry.item_id in handled or (bool(my_name) and entry.handled_by == my_name)
    return False


def group_call_log_row(e: GroupCallLogItem, *, names: Mapping[str, str], group_name: str, mine: bool,
                       pending: bool) -> dict[str, Any]:
    """One row of the log: every text the panel shows and what may be done with the item.
    ``names`` are callers' names by the digits of their number."""
    state = e.handled_state or "UNHANDLED"
    name = names.get(digits(e.caller_number), "")
    callback = e.callback_number or e.caller_number
    by = "you" if mine else (e.handled_by or "someone")
    if state == "INPROGRESS":
        state_text = translate("GroupCallLogRows", "In progress ({by})").format(by=by)
    elif state == "HANDLED":
        state_text = translate("GroupCallLogRows", "Handled ({by})").format(by=by) if (e.handled_by or mine) else translate("GroupCallLogRows", "Handled")
    else:
        state_text = state_name(state)
    return {
        "id": e.item_id,
        "groupId": e.group_id,
        "groupName": group_name,
        "type": e.item_type,
        "typeText": type_name(e.item_type),
        "caller": e.caller_number or translate("GroupCallLogRows", "Unknown number"),
        "callerName": name,
        "callerText": f"{name} ({e.caller_number})" if name and e.caller_number else (name or e.caller_number or translate("GroupCallLogRows", "Unknown number")),
        "callbackNumber": callback,
        "time": e.start_time,
        "timeText": time_text(e.start_time),
        "queueSeconds": e.queue_duration,
        "queueText": duration_text(e.queue_duration),
        "durationText": duration_text(e.call_duration) if e.call_duration else "",
        "callCount": e.call_count,
        "agent": e.agent,  # who answered it
        "forwardReason": e.forward_reason,
        "state": state,
        "stateText": state_text,
        "stateBy": e.handled_by,
        "note": e.handled_note,
        "mine": mine,
        "pending": pending,
        "canTake": state != "INPROGRESS" or not mine,
        "canRelease": state != "UNHANDLED",
        "canCallBack": bool(callback),
    }
