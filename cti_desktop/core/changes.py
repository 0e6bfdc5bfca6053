"""Changes the phone system announces, told to whoever shows what changed (plain Python, no Qt).

A backend that can push "something in your settings changed" (a configuration or device-set
stream) offers a :class:`~cti_desktop.core.capabilities.Changes` source as ``backend.changes``; its
notices name *what* changed in vendor-neutral topics (:data:`PRESENCE`, :data:`DEVICES`, …), never
the new values: whoever shows that thing re-reads it. A notice also says whether the source is live
(every stream connected and its snapshot announced): while it is, polling can slow down.

After every (re)connect of a stream, and when one of its events could not be read, the source
announces every topic that stream covers: what was said meanwhile may be lost (PITFALLS 7).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = [
    "ACTIVITIES", "ALL_TOPICS", "ANSWER_PLACES", "DEVICES", "FORWARDING", "LINES", "PRESENCE", "QUEUES",
    "ROLES", "SHORTCUTS", "VOICEMAIL", "ChangeHub", "ChangeNotice",
]

log = logging.getLogger(__name__)

#: My presence (activity, availability, note, role, end time).
PRESENCE = "presence"
#: The presence activities one may choose, the roles, the presence shortcuts.
ACTIVITIES = "activities"
ROLES = "roles"
SHORTCUTS = "shortcuts"
#: Where calls go: forwarding rules, the active diversion, the diversion per activity.
FORWARDING = "forwarding"
#: The voicemail settings.
VOICEMAIL = "voicemail"
#: Where a call may be answered besides the devices (mobile, office).
ANSWER_PLACES = "answer-places"
#: The caller IDs (lines) and which one is active.
LINES = "lines"
#: Queue (group) log-in.
QUEUES = "queues"
#: The person's devices: added, removed, renamed, active or not.
DEVICES = "devices"

ALL_TOPICS = frozenset({PRESENCE, ACTIVITIES, ROLES, SHORTCUTS, FORWARDING, VOICEMAIL, ANSWER_PLACES, LINES,
                        QUEUES, DEVICES})

#: Why a notice was sent.
CHANGED = "changed"  # the server said so
RECONNECTED = "reconnected"  # a stream (re)connected: re-read everything it covers
UNREADABLE = "unreadable"  # an event could not be read: re-read everything its stream covers
LIVE = "live"  # only the live flag changed (no topics)


@dataclass(frozen=True, slots=True)
class ChangeNotice:
    """``topics`` changed (maybe empty, when only ``live`` changed); ``live``: every stream is live."""

    topics: frozenset[str]
    live: bool
    reason: str = CHANGED


Listener = Callable[[ChangeNotice], None]


class ChangeHub:
    """Fans notices out to listeners; tracks which of its parts (streams) are live."""

    def __init__(self, parts: Iterable[str]) -> None:
        self._parts = {name: False for name in parts}
        if not self._parts:
            raise ValueError("a change hub needs at least one part")
        self._listeners: list[Listener] = []

    @property
    def live(self) -> bool:
        return all(self._parts.values())

    def part_live(self, name: str) -> bool:
        return self._parts[name]

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, topics: Iterable[str], reason: str = CHANGED) -> None:
        notice = ChangeNotice(frozenset(topics), self.live, reason)
        if notice.topics:
            self._tell(notice)

    def set_live(self, part: str, live: bool) -> None:
        was = self.live
        self._parts[part] = bool(live)
        if self.live != was:
            self._tell(ChangeNotice(frozenset(), self.live, LIVE))

    def _tell(self, notice: ChangeNotice) -> None:
        for listener in list(self._listeners):
            try:
                listener(notice)
            except Exception:
                log.exception("a change listener failed")
