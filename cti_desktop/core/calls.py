"""The call store: the person's current calls, changed only by the server's word.

``reduce(state, event) -> state`` is a pure function (table-tested without I/O); :func:`diff`
turns two states into the changes the UI needs. :class:`CallStore` holds the current state, applies
events and tells its listeners what changed, in plain Python (a thin adapter turns that into Qt
signals in the view-model layer).

A read (the snapshot, one call read again) and a command's answer travel while the streams go on
talking, so they may arrive after news that is newer than they are. The store keeps, for every call,
how new the state it holds is — a stream event is as new as the moment it arrives, a read or an
answer only as new as the moment it was *sent* (:meth:`CallStore.mark`, passed back as ``since``) —
and never lets an older state replace a newer one. Without it an answer to "answer" that was
overtaken by the call's next event put the call back by one step until the next event came.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Iterable, Mapping, Union

from .models import Call, CallStatus

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------------------- events
@dataclass(frozen=True, slots=True)
class Snapshot:
    """The server's full list of the person's calls. Calls missing from it have ended."""

    calls: tuple[Call, ...]
    #: The :meth:`CallStore.mark` taken when the read was sent; ``None``: as new as its arrival.
    since: int | None = None


@dataclass(frozen=True, slots=True)
class CallUpdated:
    """One call's new state (from a stream event, a read or a command's answer)."""

    call: Call
    #: The :meth:`CallStore.mark` taken when the read or command was sent; ``None`` for an event.
    since: int | None = None


@dataclass(frozen=True, slots=True)
class CallGone:
    """The server no longer knows the call (404 on refresh)."""

    call_id: str
    #: The :meth:`CallStore.mark` taken when the read was sent; ``None``: as new as its arrival.
    since: int | None = None


@dataclass(frozen=True, slots=True)
class Cleared:
    """Forget every call (sign-out, account change)."""


CallsEvent = Union[Snapshot, CallUpdated, CallGone, Cleared]

#: The current calls by id, in the order they were first seen. Ended calls are not in it.
CallsState = Mapping[str, Call]

EMPTY: CallsState = MappingProxyType({})


def _ended(call: Call) -> Call:
    if call.status == CallStatus.TERMINATED:
        return call
    return dataclasses.replace(call, status=CallStatus.TERMINATED.value, actions=())


def reduce(state: CallsState, event: CallsEvent) -> CallsState:
    """The state after ``event``. Never mutates ``state``."""
    if isinstance(event, Cleared):
        return EMPTY
    if isinstance(event, Snapshot):
        fresh = {c.call_id: c for c in event.calls if c.status != CallStatus.TERMINATED}
        ordered = {cid: fresh[cid] for cid in state if cid in fresh}
        ordered.update((cid, c) for cid, c in fresh.items() if cid not in ordered)
        return MappingProxyType(ordered)
    if isinstance(event, CallUpdated):
        call = event.call
        if call.status == CallStatus.TERMINATED:
            if call.call_id not in state:
                return state
            return MappingProxyType({k: v for k, v in state.items() if k != call.call_id})
        if state.get(call.call_id) == call:
            return state
        new = dict(state)
        new[call.call_id] = call
        return MappingProxyType(new)
    if isinstance(event, CallGone):
        if event.call_id not in state:
            return state
        return MappingProxyType({k: v for k, v in state.items() if k != event.call_id})
    raise TypeError(f"not a calls event: {event!r}")


# ---------------------------------------------------------------------------------------- changes
@dataclass(frozen=True, slots=True)
class CallChange:
    kind: str  # "added", "updated" or "ended"
    call: Call
    previous: Call | None = None


def diff(old: CallsState, new: CallsState, *, ended_states: Mapping[str, Call] | None = None) -> list[CallChange]:
    """What changed from ``old`` to ``new``.

    A call that left the state is reported "ended" with its last known state marked TERMINATED,
    or with the server's own TERMINATED state when ``ended_states`` carries it.
    """
    changes: list[CallChange] = []
    for cid, call in new.items():
        before = old.get(cid)
        if before is None:
            changes.append(CallChange("added", call))
        elif before != call:
            changes.append(CallChange("updated", call, before))
    for cid, before in old.items():
        if cid not in new:
            final = (ended_states or {}).get(cid) or _ended(before)
            changes.append(CallChange("ended", final, before))
    return changes


Listener = Callable[[list[CallChange]], None]


#: How many ended calls' ages the store remembers (to keep a late read from bringing one back).
_REMEMBERED_ENDED = 4096


class CallStore:
    """Holds the current calls and tells listeners what changed; an older state never wins."""

    def __init__(self) -> None:
        self._state: CallsState = EMPTY
        self._listeners: list[Listener] = []
        self._clock = 0
        #: call id -> how new its last word was (a stream event: when it arrived; a read: when sent).
        self._as_of: dict[str, int] = {}

    @property
    def state(self) -> CallsState:
        return self._state

    def calls(self) -> list[Call]:
        return list(self._state.values())

    def get(self, call_id: str) -> Call | None:
        return self._state.get(call_id)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def mark(self) -> int:
        """Take before sending a read or a command; pass it as the answer's ``since``."""
        self._clock += 1
        return self._clock

    def apply(self, event: CallsEvent) -> list[CallChange]:
        old = self._state
        self._clock += 1
        as_of = self._clock if isinstance(event, Cleared) or event.since is None else event.since
        event = self._fenced(event, as_of)
        if event is None:
            return []
        new = reduce(old, event)
        self._note_ages(old, new, event, as_of)
        if new is old:
            return []
        ended_states = None
        if isinstance(event, CallUpdated) and event.call.status == CallStatus.TERMINATED:
            ended_states = {event.call.call_id: event.call}
        self._state = new
        changes = diff(old, new, ended_states=ended_states)
        if changes:
            self._emit(changes)
        return changes

    def _newer(self, call_id: str, as_of: int) -> bool:
        """Does the store already hold newer word on ``call_id`` than ``as_of``?"""
        return self._as_of.get(call_id, 0) > as_of

    def _fenced(self, event: CallsEvent, as_of: int) -> CallsEvent | None:
        """``event`` without what is older than the store's own word (``None``: nothing left)."""
        if isinstance(event, Cleared) or event.since is None:
            return event
        if isinstance(event, CallUpdated):
            if self._newer(event.call.call_id, as_of):
                log.debug("an older state of call %s arrived late; kept the newer one", event.call.call_id)
                return None
            return event
        if isinstance(event, CallGone):
            if self._newer(event.call_id, as_of):
                log.debug("a late read said call %s is gone; newer news says otherwise", event.call_id)
                return None
            return event
        read_ids = {c.call_id for c in event.calls}
        calls: list[Call] = []
        for c in event.calls:
            if not self._newer(c.call_id, as_of):
                calls.append(c)
            elif (current := self._state.get(c.call_id)) is not None:
                calls.append(current)  # newer news about it than this read: keep that
        calls.extend(c for cid, c in self._state.items() if cid not in read_ids and self._newer(cid, as_of))
        return Snapshot(tuple(calls), since=event.since)

    def _note_ages(self, old: CallsState, new: CallsState, event: CallsEvent, as_of: int) -> None:
        if isinstance(event, Cleared):
            self._as_of.clear()
            return
        if isinstance(event, Snapshot):
            touched = [c.call_id for c in event.calls] + [cid for cid in old if cid not in new]
        elif isinstance(event, CallUpdated):
            touched = [event.call.call_id]
        else:
            touched = [event.call_id]
        for cid in touched:
            if self._as_of.get(cid, 0) < as_of:
                self._as_of[cid] = as_of
        if len(self._as_of) > len(new) + _REMEMBERED_ENDED:
            gone = sorted((age, cid) for cid, age in self._as_of.items() if cid not in new)
            for _age, cid in gone[: len(gone) - _REMEMBERED_ENDED // 2]:
                del self._as_of[cid]

    def apply_all(self, events: Iterable[CallsEvent]) -> None:
        for event in events:
            self.apply(event)

    def _emit(self, changes: list[CallChange]) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a broken listener must not stop the others or the stream
                log.exception("call store listener failed")
