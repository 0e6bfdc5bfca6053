"""Colleagues' live line state (busy lamps) and the calls ringing for them that may be picked up.

Provider-neutral and Qt-free. A provider follows each watched colleague's line (a stream of their
SIP dialogs, RFC 4235) and feeds :class:`ColleagueBoard`; the colleagues panel shows the board.

The reducer is pure: a colleague's lamp is worked out from the dialogs the server last described
(:func:`lamp_of`). A full document replaces what was known, a partial one changes only the dialogs it
names, and a ``terminated`` dialog is forgotten. A plain "is in a call / is not" read (what a
provider re-reads after every reconnect) clears the dialogs when the line is free and, when it is
busy, keeps the dialogs known so far (the stream's next full document refines it). While a line's
stream is not live its lamp is shown as not current (``live`` false), never as idle.

A colleague's presence (activity, availability, note) follows its own presence stream where the
provider has one (:meth:`ColleagueBoard.presence_of`, ``presence_live``); while that stream is live,
the buddy list's re-reads (an older snapshot, possibly) never overwrite it. Where no presence
stream can be opened, the buddy list's periodic re-read is what keeps presence current.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol, runtime_checkable

from .models import Call, Contact, Presence

log = logging.getLogger(__name__)

IDLE, RINGING, IN_CALL, UNKNOWN = "idle", "ringing", "in_call", "unknown"

#: Dialog states (RFC 4235) in which a call is still being set up.
_SETUP_STATES = frozenset({"trying", "proceeding", "early"})


@dataclass(frozen=True, slots=True)
class LineDialog:
    """One SIP dialog of a watched colleague, as the server described it.

    ``local_tag``/``remote_tag`` are the colleague's side's tags; a pickup that replaces the dialog
    (RFC 3891) names it by ``call_id``, ``to_tag`` = the local tag and ``from_tag`` = the remote tag.
    """

    id: str
    state: str  # trying | proceeding | early | confirmed | terminated (others kept)
    direction: str = ""  # recipient (a call coming in) | initiator | ''
    call_id: str = ""
    local_tag: str = ""
    remote_tag: str = ""
    remote_name: str = ""
    remote_number: str = ""

    @property
    def ringing_in(self) -> bool:
        """A call ringing for the colleague (one that may be picked up)."""
        return self.state in _SETUP_STATES and self.direction != "initiator"

    @property
    def pickable(self) -> bool:
        return self.ringing_in and bool(self.call_id) and bool(self.local_tag)


@dataclass(frozen=True, slots=True)
class PickupTarget:
    """What a pickup needs to name the colleague's ringing SIP dialog."""

    colleague_id: str
    colleague_name: str
    call_id: str
    to_tag: str
    from_tag: str
    caller: str = ""  # the caller's name or number, for words


@dataclass(frozen=True, slots=True)
class ColleagueLine:
    """One watched colleague: who, their lamp, their presence, and whether it is current."""

    id: str
    name: str
    number: str = ""
    dialogs: tuple[LineDialog, ...] = ()
    busy_unexplained: bool = False  # a read said "in a call" and no dialog explains it yet
    activity: str = ""
    available: bool | None = None
    live: bool = False  # the line's stream is connected and its state was read since
    note: str = ""
    #: The presence follows a live presence stream (read since it connected): list reads keep off it.
    presence_live: bool = False

    @property
    def lamp(self) -> str:
        return lamp_of(self)

    def ringing_dialog(self) -> LineDialog | None:
        return next((d for d in self.dialogs if d.pickable), None)

    def pickup_target(self) -> PickupTarget | None:
        d = self.ringing_dialog()
        if d is None:
            return None
        return PickupTarget(self.id, self.name, d.call_id, d.local_tag, d.remote_tag,
                            d.remote_name or d.remote_number)


def lamp_of(line: ColleagueLine) -> str:
    """``ringing`` when a call rings for them, ``in_call`` when any other dialog lives, else ``idle``;
    ``unknown`` before the line was ever read."""
    if any(d.ringing_in for d in line.dialogs):
        return RINGING
    if line.dialogs or line.busy_unexplained:
        return IN_CALL
    return IDLE if line.live or line.available is not None else UNKNOWN


def apply_dialogs(line: ColleagueLine, dialogs: Iterable[LineDialog], *, full: bool) -> ColleagueLine:
    """The line after a dialog document (``full``: it lists every dialog; else only changed ones)."""
    known: dict[str, LineDialog] = {} if full else {d.id: d for d in line.dialogs}
    for d in dialogs:
        key = d.id or d.call_id
        if not key:
            continue
        if d.state == "terminated":
            known.pop(key, None)
        else:
            known[key] = d
    return replace(line, dialogs=tuple(known.values()), busy_unexplained=False)


def apply_in_call(line: ColleagueLine, in_call: bool) -> ColleagueLine:
    """The line after a plain read of whether the colleague is in a call."""
    if not in_call:
        return replace(line, dialogs=(), busy_unexplained=False)
    return replace(line, busy_unexplained=not line.dialogs)


def _list_presence(line: ColleagueLine, c: Contact) -> ColleagueLine:
    """Presence from a list entry, which carries no note: a note is kept only while the activity it
    went with is still the one shown."""
    note = line.note if c.presence_activity == line.activity else ""
    return replace(line, activity=c.presence_activity, available=c.available, note=note)


ChangeListener = Callable[[list[str]], None]


class ColleagueBoard:
    """The watched colleagues, in the order of the buddy list; listeners get the changed ids."""

    def __init__(self) -> None:
        self._lines: dict[str, ColleagueLine] = {}
        self._listeners: list[ChangeListener] = []
        #: Why the list could not be read last time, in words ("" when it could).
        self.error = ""

    # ------------------------------------------------------------------------------ reading
    @property
    def lines(self) -> list[ColleagueLine]:
        return list(self._lines.values())

    def get(self, colleague_id: str) -> ColleagueLine | None:
        return self._lines.get(colleague_id)

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self, ids: list[str]) -> None:
        if not ids:
            return
        for listener in list(self._listeners):
            try:
                listener(ids)
            except Exception:
                log.exception("colleague board listener failed")

    # ------------------------------------------------------------------------------ changing
    def set_error(self, text: str) -> None:
        if text != self.error:
            self.error = text
            self._notify([line.id for line in self._lines.values()] or [""])

    def set_members(self, contacts: Iterable[Contact]) -> list[str]:
        """Watch exactly ``contacts`` (their presence taken from them); the ids added."""
        old = self._lines
        new: dict[str, ColleagueLine] = {}
        for c in contacts:
            if not c.id or c.id in new:
                continue
            line = old.get(c.id) or ColleagueLine(c.id, c.display_name)
            line = replace(line, name=c.display_name, number=c.preferred_number or next(iter(c.numbers), ""))
            if not line.presence_live:
                line = _list_presence(line, c)
            new[c.id] = line
        added = [i for i in new if i not in old]
        changed = [i for i in new if old.get(i) != new[i]] + [i for i in old if i not in new]
        self._lines = new
        self._notify(changed)
        return added

    def _set(self, colleague_id: str, line: ColleagueLine) -> None:
        if self._lines.get(colleague_id) not in (None, line):
            self._lines[colleague_id] = line
            self._notify([colleague_id])

    def dialogs(self, colleague_id: str, dialogs: Iterable[LineDialog], *, full: bool) -> None:
        line = self._lines.get(colleague_id)
        if line is not None:
            self._set(colleague_id, apply_dialogs(line, dialogs, full=full))

    def in_call(self, colleague_id: str, in_call: bool) -> None:
        line = self._lines.get(colleague_id)
        if line is not None:
            self._set(colleague_id, replace(apply_in_call(line, in_call), live=True))

    def live(self, colleague_id: str, live: bool) -> None:
        line = self._lines.get(colleague_id)
        if line is not None:
            self._set(colleague_id, replace(line, live=live))

    def presence(self, contacts: Mapping[str, Contact]) -> None:
        """Presence from list entries (skipped for colleagues whose presence stream is live)."""
        for cid, c in contacts.items():
            line = self._lines.get(cid)
            if line is not None and not line.presence_live:
                self._set(cid, _list_presence(line, c))

    def presence_of(self, colleague_id: str, presence: Presence) -> None:
        """A colleague's presence as their presence stream (or its re-read) described it."""
        line = self._lines.get(colleague_id)
        if line is not None:
            self._set(colleague_id, replace(line, activity=presence.activity, available=presence.available,
                                            note=presence.note))

    def presence_live(self, colleague_id: str, live: bool) -> None:
        """Whether the colleague's presence stream is live (its state read since it connected)."""
        line = self._lines.get(colleague_id)
        if line is not None:
            self._set(colleague_id, replace(line, presence_live=live))


@runtime_checkable
class ColleagueFollower(Protocol):
    async def run(self) -> None: ...
    def stop(self) -> None: ...
    def refresh(self) -> None:
        """Re-read the buddy list (and so who is watched) soon."""
        ...


@runtime_checkable
class Colleagues(Protocol):
    """A backend's buddy list, its colleagues' live lines, and the pickup of their ringing calls."""

    async def buddies(self) -> list[Contact]: ...
    async def add_buddy(self, contact_id: str) -> None: ...
    async def remove_buddy(self, contact_id: str) -> None: ...
    async def pickup_ringing(self, target: PickupTarget, device_id: str | None = None) -> Call: ...

    async def colleague_photo(self, colleague_id: str) -> bytes | None:
        """The colleague's photo bytes (unchecked, size-capped), ``None`` when they have none."""
        ...

    def follower(self, board: ColleagueBoard, *, on_status: Callable[[Any], None] | None = None) -> ColleagueFollower:
        """A follower that keeps ``board`` current while ``run()`` runs; closes what it opened."""
        ...

