"""How my call history presents its items: the filters, an entry as a row, an entry in words.

Pure functions of the communication log's entries (no Qt, no I/O): :func:`history_row` is the row
the panel shows (with what may be done to it, from what the backend can do), :func:`safe_links`
keeps only an entry's links that are safe http(s) URLs, :func:`newest_first` orders the list,
:func:`describe_item` and :func:`delete_words` say items and a delete's outcome in words.
"""

from __future__ import annotations

import logging
from typing import Any

from cti_desktop.core.capabilities import CallRecord
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.history_actions import HistoryDelete, HistoryTrash
from cti_desktop.core.links import UnsafeLink, safe_url
from cti_desktop.core.models import CommLogItem
from cti_desktop.core.voicemail import PlayedMarks
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .group_call_log import duration_text, time_text

log = logging.getLogger(__name__)

CALL_TYPES = ("MISSED_CALL", "INCOMING_CALL", "OUTGOING_CALL")
MESSAGE_TYPES = ("VOICEMAIL", "RECORDING")
#: What the history reads and shows.
ITEM_TYPES = CALL_TYPES + MESSAGE_TYPES
#: Filter tab → the item types it shows (``ALL`` shows every item).
FILTERS: dict[str, tuple[str, ...]] = {
    "ALL": (), "MISSED": ("MISSED_CALL",), "INCOMING": ("INCOMING_CALL",), "OUTGOING": ("OUTGOING_CALL",),
    "MESSAGES": MESSAGE_TYPES,
}
TYPE_NAMES = TranslatedWords("CallHistoryRows", {"MISSED_CALL": QT_TRANSLATE_NOOP("CallHistoryRows", "Missed"),
              "INCOMING_CALL": QT_TRANSLATE_NOOP("CallHistoryRows", "Incoming"),
              "OUTGOING_CALL": QT_TRANSLATE_NOOP("CallHistoryRows", "Outgoing"),
              "VOICEMAIL": QT_TRANSLATE_NOOP("CallHistoryRows", "Voicemail"),
              "RECORDING": QT_TRANSLATE_NOOP("CallHistoryRows", "Recording")})
#: The item types a Delete moves to the trash (where the backend keeps one) instead of deleting.
TRASHED_TYPES = ("VOICEMAIL",)


def to_trash(e: CommLogItem, history: Any) -> bool:
    """A Delete of ``e`` moves it to the trash (the backend keeps one for its type)."""
    return e.item_type in TRASHED_TYPES and isinstance(history, HistoryTrash)


def history_row(e: CommLogItem, history: Any, pending: bool) -> dict[str, Any]:
    """``e`` as a row of the panel; ``history`` is what it was read from (what may be done to it),
    ``pending``: a command on it is under way."""
    number = e.remote.number or e.remote.display_number
    name = e.remote.name
    missed = e.item_type == "MISSED_CALL"
    message = e.item_type in MESSAGE_TYPES
    type_text = TYPE_NAMES.get(e.item_type, e.item_type.replace("_", " ").capitalize())
    if e.inbox_name:
        type_text += f" ({e.inbox_name})"
    return {
        "id": e.item_id,
        "type": e.item_type,
        "typeText": type_text,
        "name": name,
        "number": number,
        "remoteText": f"{name} ({number})" if name and number and name != number else (name or number or translate("CallHistoryRows", "Unknown")),
        "time": e.start_time,
        "timeText": time_text(e.start_time),
        "duration": e.duration,
        "durationText": duration_text(e.duration) if not missed and (e.duration or not message) else "",
        "seen": e.seen,
        "missed": missed,
        "unseenMissed": missed and not e.seen,
        "message": message,
        "played": message and e.played,
        "unplayed": message and not e.played,
        "inboxName": e.inbox_name,
        "canOpen": message and checked_link(e.link) is not None,
        "canMarkPlayed": message and not e.played and isinstance(history, PlayedMarks),
        "pending": pending,
        "canCallBack": bool(number),
        "canDelete": isinstance(history, HistoryDelete),
        "toTrash": to_trash(e, history),
        "links": safe_links(e),
    }


def safe_links(e: CommLogItem) -> list[dict[str, str]]:
    """The entry's links (voicemail, recording…) that are safe http(s) URLs."""
    links = []
    for link in (e.links if isinstance(e, CallRecord) else ()):
        try:
            links.append({"kind": link.kind, "label": link.label, "url": safe_url(link.url)})
        except InvalidInput:
            log.info("history link of %s not offered: not a safe http(s) URL", e.item_id)
    return links


def newest_first(e: CommLogItem) -> tuple[float, int, str]:
    """Newest first; items of the same second by id, the later (larger) first."""
    number = int(e.item_id) if e.item_id.isdigit() and len(e.item_id) < 19 else 0
    if e.start_time is None:
        return (float("inf"), -number, e.item_id)
    when = e.start_time if e.start_time.tzinfo else e.start_time.astimezone()
    return (-when.timestamp(), -number, e.item_id)


_FROM_TYPES = ("MISSED_CALL", "INCOMING_CALL", "VOICEMAIL")


def describe_item(e: CommLogItem | None) -> str:
    """"the voicemail from Jane Doe (10:02)": an item in words, for a notice."""
    if e is None:
        return translate("CallHistoryRows", "the item")
    kind = TYPE_NAMES.get(e.item_type, e.item_type.replace("_", " ").capitalize()).lower()
    kind = kind if e.item_type in MESSAGE_TYPES else translate("CallHistoryRows", "{kind} call").format(kind=kind)
    who = e.remote.name or e.remote.number or e.remote.display_number or translate("CallHistoryRows", "an unknown number")
    when = time_text(e.start_time)
    if e.item_type in _FROM_TYPES:
        text = translate("CallHistoryRows", "the {kind} from {who}").format(kind=kind, who=who)
    else:
        text = translate("CallHistoryRows", "the {kind} with {who}").format(kind=kind, who=who)
    return text + (f" ({when})" if when else "")


def delete_words(trashed: list[CommLogItem], deleted: list[CommLogItem], gone: list[CommLogItem]) -> str:
    parts = []
    if deleted:
        parts.append(translate("CallHistoryRows", "Deleted {describe_item}").format(describe_item=describe_item(deleted[0])) if len(deleted) == 1 else translate("CallHistoryRows", "Deleted {count} items").format(count=len(deleted)))
    if trashed:
        parts.append(translate("CallHistoryRows", "moved {describe_item} to the trash").format(describe_item=describe_item(trashed[0])) if len(trashed) == 1
                     else translate("CallHistoryRows", "moved {count} voicemails to the trash").format(count=len(trashed)))
    if gone:
        if len(gone) <= 3:
            names = ", ".join(describe_item(e) for e in gone)
            parts.append(translate("CallHistoryRows", "{names} was no longer on the server").format(names=names)
                         if len(gone) == 1
                         else translate("CallHistoryRows", "{names} were no longer on the server").format(names=names))
        else:
            parts.append(translate("CallHistoryRows", "{count} items were no longer on the server").format(count=len(gone)))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def checked_link(link: str) -> str | None:
    if not link:
        return None
    try:
        return safe_url(link)
    except UnsafeLink:
        return None
