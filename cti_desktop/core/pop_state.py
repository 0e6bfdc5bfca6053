"""The screen-pop's life cycle as a pure reducer: one pop per incoming call, and how each one ends.

A pop goes ``ringing → answering → answered`` when the person answers here, ``ringing →
answered-elsewhere`` when the call is taken on another device (or by another agent), ``ringing →
rejecting → ended`` when they reject it, and ``→ ended`` whenever the call ends. A failed answer or
reject puts it back to ringing. The closed phases (answered, answered-elsewhere, ended) are final.

:func:`reduce_pops` keeps every pop of the desktop in a :class:`PopBook`: a call id that has popped
never pops again — not after a re-sync snapshot, nor if it rings again — for the last
:data:`SEEN_LIMIT` calls. Each step says which pop it opened and which it closed (with the final
phase), so the view-model only follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Call, CallAction, CallStatus

RINGING = "ringing"
ANSWERING = "answering"
REJECTING = "rejecting"
ANSWERED = "answered"
ANSWERED_ELSEWHERE = "answered-elsewhere"
ENDED = "ended"
#: Every phase, in life-cycle order.
PHASES = (RINGING, ANSWERING, REJECTING, ANSWERED, ANSWERED_ELSEWHERE, ENDED)
CLOSED = frozenset({ANSWERED, ANSWERED_ELSEWHERE, ENDED})

#: How many call ids are remembered as "already popped" (a working day's calls, many times over).
SEEN_LIMIT = 5000


def is_incoming_ringing(call: Call) -> bool:
    """True for a call ringing for the person (not one they are making)."""
    return call.status == CallStatus.RINGING and (call.inbound or call.allows(CallAction.ANSWER))


# Events -----------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CallSeen:
    """The store reported ``call`` (``ended``: the store dropped it)."""

    call: Call
    ended: bool = False


@dataclass(frozen=True, slots=True)
class AnswerPressed:
    call_id: str


@dataclass(frozen=True, slots=True)
class RejectPressed:
    call_id: str


@dataclass(frozen=True, slots=True)
class CommandFailed:
    """The answer or reject sent for ``call_id`` was refused: the call is still ringing."""

    call_id: str


@dataclass(frozen=True, slots=True)
class AllClosed:
    """Sign-out or account change: every open pop ends."""


PopEvent = CallSeen | AnswerPressed | RejectPressed | CommandFailed | AllClosed


def next_phase(phase: str, event: PopEvent) -> str:
    """One pop's phase after ``event`` (an event about that pop's call)."""
    if phase in CLOSED:
        return phase
    if isinstance(event, AllClosed):
        return ENDED
    if isinstance(event, CallSeen):
        call = event.call
        if event.ended or call.ended:
            return ENDED
        if call.status in (CallStatus.RINGING, CallStatus.INITIATED):
            return phase
        # ACTIVE, HELD or anything else past ringing
        return ANSWERED if phase == ANSWERING else ANSWERED_ELSEWHERE
    if isinstance(event, AnswerPressed):
        return ANSWERING if phase == RINGING else phase
    if isinstance(event, RejectPressed):
        return REJECTING if phase == RINGING else phase
    if isinstance(event, CommandFailed):
        return RINGING
    raise TypeError(f"not a pop event: {event!r}")


@dataclass(frozen=True, slots=True)
class PopBook:
    """Every open pop with its phase (in pop order), the call ids that popped, and what the last
    step opened (a call id, or "") and closed (call id and final phase each)."""

    open: tuple[tuple[str, str], ...] = ()
    seen: tuple[str, ...] = ()
    opened: str = ""
    closed: tuple[tuple[str, str], ...] = ()
    limit: int = SEEN_LIMIT

    def phase(self, call_id: str) -> str:
        """The open pop's phase; "" when ``call_id`` has no open pop."""
        return next((p for cid, p in self.open if cid == call_id), "")

    def has_popped(self, call_id: str) -> bool:
        return call_id in self.seen


def reduce_pops(book: PopBook, event: PopEvent) -> PopBook:
    """``book`` after ``event``: pops opened, moved on or closed (see the module docstring)."""
    if isinstance(event, AllClosed):
        return PopBook((), book.seen, "", tuple((cid, ENDED) for cid, _p in book.open), book.limit)
    call_id = event.call.call_id if isinstance(event, CallSeen) else event.call_id
    phase = book.phase(call_id)
    if not phase:
        if (isinstance(event, CallSeen) and not event.ended and is_incoming_ringing(event.call)
                and call_id not in book.seen):
            seen = (*book.seen, call_id)[-book.limit:] if book.limit > 0 else ()
            return PopBook((*book.open, (call_id, RINGING)), seen, call_id, (), book.limit)
        return PopBook(book.open, book.seen, "", (), book.limit) if book.opened or book.closed else book
    after = next_phase(phase, event)
    if after in CLOSED:
        still = tuple(pair for pair in book.open if pair[0] != call_id)
        return PopBook(still, book.seen, "", ((call_id, after),), book.limit)
    if after == phase and not book.opened and not book.closed:
        return book
    return PopBook(tuple((cid, after if cid == call_id else p) for cid, p in book.open), book.seen, "", (),
                   book.limit)
