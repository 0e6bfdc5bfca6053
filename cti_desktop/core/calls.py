"""The call store: the person's current calls, changed only by the server's word.

``reduce(state, event) -> state`` is a pure function (table-tested without I/O); :func:`diff`
turns two states into the changes the UI needs. :class:`CallStore` holds the current state, applies
events and tells its listeners what changed, in plain Python (a thin adapter turns that into Qt
signals in the view-model layer).
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


@dataclass(frozen=True, slots=True)
class CallUpdated:
    """One call's new state (from a stream event or a command's answer)."""

    call: Call


@dataclass(frozen=True, slots=True)
class CallGone:
    """The server no longer knows the call (404 on refresh)."""

    call_id: str


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


class CallStore:
    """Holds the current calls and tells listeners what changed."""

    def __init__(self) -> None:
        self._state: CallsState = EMPTY
        self._listeners: list[Listener] = []

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

    def apply(self, event: CallsEvent) -> list[CallChange]:
        old = self._state
        new = reduce(old, event)
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

    def apply_all(self, events: Iterable[CallsEvent]) -> None:
        for event in events:
            self.apply(event)

    def _emit(self, changes: list[CallChange]) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a broken listener must not stop the others or the stream
                log.exception("call store listener failed")
