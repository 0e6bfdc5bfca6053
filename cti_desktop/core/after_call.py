"""After-call work (wrap-up): a pure state machine, table-tested without I/O.

When a call of mine that was answered ends (a queue call, or any call: a setting), my presence goes
to a wrap-up presence for a while (:attr:`AfterCallSettings.seconds`, shown counting down); the
person may extend it or end it at once ("Ready"); when it ends the presence goes back to what it
was before — unless the presence was changed meanwhile by someone else (another device, the
person's own presence menu, the administrator): then nothing is overwritten. While another call of
mine is live, wrap-up waits until that one ends.

:func:`step` is ``(state, event) -> (state, writes)``: the events are the call store's word
(:class:`CallStarted`, :class:`CallEnded`), the clock (:class:`Tick`), the person
(:class:`Extend`, :class:`Ready`), the server's word on my presence (:class:`PresenceSeen`, each
read with the :func:`mark` taken before it was sent) and the answers to the writes it asked for
(:class:`WriteAnswered`, :class:`WriteFailed`); :class:`SessionEnded` stops everything. The writes
(:class:`PresenceWrite`) are for the caller to send; the answer comes back as an event.

Settings changed while signed in (:class:`SettingsChanged`, from File › Settings…) apply at once:
turned off, a wrap-up under way ends as Ready ends it (the presence before the call is written
back); turned on, it applies from the next call (the calls live at that moment end without
wrap-up). A new wrap-up time or scope applies to the calls that end from then on: a countdown
already running keeps its end; the extension (+N s) and the longest wrap-up apply to the next press.

Which presence is "wrap-up" and what is written back is :mod:`.after_call_presence`; the
``[after_call]`` settings are read and checked in :mod:`.after_call_settings`.

Faults: a write that fails is said in words and sent once more; a second failure ends wrap-up with
words (a failed wrap-up write leaves the presence as it was; a failed restore asks the person to
set it). A call the store reports ended twice is counted once. No Qt here.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Union

from cti_desktop.i18n import translate

from .after_call_presence import PresenceTarget, restore_target, wrap_target
from .after_call_settings import AfterCallSettings
from .models import Activity, Call, CallStatus, Presence

log = logging.getLogger(__name__)


# ------------------------------------------------------------------------------------- events
@dataclass(frozen=True, slots=True)
class CallStarted:
    """A call of mine is live (ringing, answered, held). Sent again on each change: the flags add up."""

    call_id: str
    answered: bool = False
    queue: bool = False


@dataclass(frozen=True, slots=True)
class CallEnded:
    """A call of mine ended. A second report of the same end is ignored."""

    call_id: str
    answered: bool = False
    queue: bool = False


@dataclass(frozen=True, slots=True)
class Tick:
    """The clock: ``now`` in monotonic seconds."""

    now: float


@dataclass(frozen=True, slots=True)
class Extend:
    now: float


@dataclass(frozen=True, slots=True)
class Ready:
    """The person ends wrap-up now."""


@dataclass(frozen=True, slots=True)
class PresenceSeen:
    """The server's word on my presence, read with ``since`` = the :func:`mark` taken before sending."""

    presence: Presence
    since: int


@dataclass(frozen=True, slots=True)
class ActivitiesSeen:
    activities: tuple[Activity, ...]


@dataclass(frozen=True, slots=True)
class WriteAnswered:
    """The server's answer to a :class:`PresenceWrite` (its presence after the write)."""

    purpose: str
    presence: Presence
    now: float
    #: A :func:`mark` taken when the answer arrived: reads sent before it are older than the write.
    since: int


@dataclass(frozen=True, slots=True)
class WriteFailed:
    purpose: str
    reason: str


@dataclass(frozen=True, slots=True)
class SettingsChanged:
    """The person saved new after-call settings for this session."""

    settings: AfterCallSettings


@dataclass(frozen=True, slots=True)
class SessionEnded:
    """Signed out, or the session closed: stop the timer, write nothing more."""


Event = Union[CallStarted, CallEnded, Tick, Extend, Ready, PresenceSeen, ActivitiesSeen, WriteAnswered,
              WriteFailed, SettingsChanged, SessionEnded]


@dataclass(frozen=True, slots=True)
class PresenceWrite:
    """A presence write to send: ``purpose`` is "wrap" or "restore"; its answer comes back as an event."""

    purpose: str
    target: PresenceTarget


WRAP = "wrap"
RESTORE = "restore"


def is_queue_call(call: Call) -> bool:
    """Did the call come through a queue (an ACD group names itself in the call's history)?"""
    history = call.history
    return history is not None and bool(history.subject) and history.acd_support


def was_answered(call: Call | None) -> bool:
    return call is not None and call.status in (CallStatus.ACTIVE, CallStatus.HELD)


def call_events(changes: Iterable[Any]) -> list[Event]:
    """The call store's changes (:class:`~cti_desktop.core.calls.CallChange`) as events."""
    events: list[Event] = []
    for change in changes:
        call = change.call
        if change.kind == "ended":
            last = change.previous or call
            events.append(CallEnded(call.call_id, was_answered(last), is_queue_call(last) or is_queue_call(call)))
        else:
            events.append(CallStarted(call.call_id, was_answered(call), is_queue_call(call)))
    return events


# -------------------------------------------------------------------------------------- state
class Phase(str, enum.Enum):
    IDLE = "idle"
    #: A call that wants wrap-up ended while another call of mine is live: wrap-up waits for it.
    WAITING = "waiting"
    #: The wrap-up presence is being written.
    STARTING = "starting"
    #: Counting down.
    WRAPPING = "wrapping"
    #: Wrap-up presence is set, but another call of mine is live: the countdown waits for it.
    PAUSED = "paused"
    #: The presence before the call is being written back.
    RESTORING = "restoring"


@dataclass(frozen=True, slots=True)
class CallFlags:
    answered: bool = False
    queue: bool = False


@dataclass(frozen=True, slots=True)
class AfterCallState:
    settings: AfterCallSettings = field(default_factory=AfterCallSettings)
    phase: Phase = Phase.IDLE
    #: My live calls and what is known of them (answered, came through a queue).
    live: Mapping[str, CallFlags] = field(default_factory=lambda: MappingProxyType({}))
    #: Calls whose end was already counted (a second report of the end is ignored).
    ended: frozenset[str] = frozenset()
    #: Calls that were live when after-call work was turned on: their end starts no wrap-up.
    exempt: frozenset[str] = frozenset()
    #: My presence as the server last said it (None: not read yet), and the activity list.
    current: Presence | None = None
    activities: tuple[Activity, ...] = ()
    #: The presence before the call (what is written back) and the wrap-up presence written.
    before: Presence | None = None
    target: PresenceTarget | None = None
    #: Monotonic seconds when the countdown ends (WRAPPING) / seconds left (PAUSED).
    ends_at: float = 0.0
    left: float = 0.0
    #: The total wrap-up granted so far (seconds, extensions included; capped at ``max_seconds``).
    granted: float = 0.0
    #: Failed attempts of the write in flight (one more is sent after the first failure).
    failures: int = 0
    #: Reads sent before this mark are older than my last write: they are not the server's latest word.
    fence: int = 0
    #: Words for the person ("" when all is well).
    message: str = ""
    #: "Ready" was pressed while the wrap-up presence was still being written.
    ready_early: bool = False
    #: The clock as last told (:class:`Tick`, :class:`Extend`, :class:`WriteAnswered`).
    now: float = 0.0

    def remaining(self, now: float) -> int:
        """Whole seconds left (rounded up), for the countdown."""
        if self.phase is Phase.WRAPPING:
            return max(0, math.ceil(self.ends_at - now - 1e-9))
        if self.phase is Phase.PAUSED:
            return max(0, math.ceil(self.left - 1e-9))
        return 0

    @property
    def active(self) -> bool:
        """Wrap-up is running or about to (the widget shows it)."""
        return self.phase in (Phase.STARTING, Phase.WRAPPING, Phase.PAUSED, Phase.RESTORING)


_clock = 0


def mark() -> int:
    """Take before sending a presence read (its ``since``) and when a write's answer arrives."""
    global _clock
    _clock += 1
    return _clock


#: How many ended calls are remembered (to ignore a second report of an end).
_REMEMBERED_ENDED = 256


def _remember(ended: frozenset[str], call_id: str) -> frozenset[str]:
    if len(ended) >= _REMEMBERED_ENDED:
        ended = frozenset(list(ended)[_REMEMBERED_ENDED // 2:])
    return ended | {call_id}


def _mmss(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _names(state: AfterCallState) -> dict[str, str]:
    return {a.id: a.name for a in state.activities if a.name}


def _wants_wrap(settings: AfterCallSettings, flags: CallFlags) -> bool:
    return settings.enabled and flags.answered and (settings.scope == "all" or flags.queue)


def _start(state: AfterCallState) -> tuple[AfterCallState, list[PresenceWrite]]:
    """Wrap-up begins now (no other call is live): write the wrap-up presence."""
    if state.current is None:
        log.info("after-call work skipped: the presence before the call is not known")
        return dataclasses.replace(state, phase=Phase.IDLE,
                                   message="Wrap-up was skipped: your presence could not be read"), []
    target = wrap_target(state.activities, state.current, state.settings.activity)
    state = dataclasses.replace(state, phase=Phase.STARTING, before=state.current, target=target, failures=0,
                                message="", granted=float(state.settings.seconds), ready_early=False)
    return state, [PresenceWrite(WRAP, target)]


def _restore(state: AfterCallState) -> tuple[AfterCallState, list[PresenceWrite]]:
    assert state.before is not None and state.target is not None
    back = restore_target(state.before, state.target)
    return dataclasses.replace(state, phase=Phase.RESTORING, failures=0, message=""), [PresenceWrite(RESTORE, back)]


def _idle(state: AfterCallState, message: str = "") -> AfterCallState:
    return dataclasses.replace(state, phase=Phase.IDLE, before=None, target=None, ends_at=0.0, left=0.0,
                               granted=0.0, failures=0, ready_early=False, message=message)


def _end_now(state: AfterCallState) -> tuple[AfterCallState, list[PresenceWrite]]:
    """Wrap-up ends now (Ready, or turned off): the presence before the call is written back; while
    the wrap-up write travels, once it is answered; a wrap-up still waiting for a call never starts."""
    if state.phase in (Phase.WRAPPING, Phase.PAUSED):
        return _restore(state)
    if state.phase is Phase.WAITING:
        return _idle(state), []
    if state.phase is Phase.STARTING:
        return dataclasses.replace(state, ready_early=True), []
    return state, []


def _with_live(state: AfterCallState, call_id: str, flags: CallFlags | None) -> AfterCallState:
    live = dict(state.live)
    if flags is None:
        live.pop(call_id, None)
    else:
        live[call_id] = flags
    return dataclasses.replace(state, live=MappingProxyType(live))


def step(state: AfterCallState, event: Event) -> tuple[AfterCallState, list[PresenceWrite]]:
    """The state after ``event`` and the presence writes to send. Pure: never mutates ``state``."""
    if isinstance(event, SessionEnded):
        # the activity list and the fence stay: they are the account's, not the session's
        return AfterCallState(settings=state.settings, activities=state.activities, fence=state.fence), []

    if isinstance(event, CallStarted):
        if event.call_id in state.ended:
            return state, []  # a late word on a call that already ended
        old = state.live.get(event.call_id, CallFlags())
        flags = CallFlags(old.answered or event.answered, old.queue or event.queue)
        first = event.call_id not in state.live
        state = _with_live(state, event.call_id, flags)
        if first and state.phase is Phase.WRAPPING:
            # another call: the countdown waits until it ends (the wrap-up presence stays)
            state = dataclasses.replace(state, phase=Phase.PAUSED, left=max(0.0, state.ends_at - state.now))
        return state, []

    if isinstance(event, CallEnded):
        if event.call_id in state.ended:
            return state, []
        old = state.live.get(event.call_id)
        if old is None:
            # never seen live (the app started after it ended, or a second report): nothing to wrap up
            return dataclasses.replace(state, ended=_remember(state.ended, event.call_id)), []
        flags = CallFlags(old.answered or event.answered, old.queue or event.queue)
        state = _with_live(state, event.call_id, None)
        wants = _wants_wrap(state.settings, flags) and event.call_id not in state.exempt
        state = dataclasses.replace(state, ended=_remember(state.ended, event.call_id),
                                    exempt=state.exempt - {event.call_id})
        others = bool(state.live)
        if state.phase is Phase.IDLE:
            if not wants:
                return state, []
            if others:
                return dataclasses.replace(state, phase=Phase.WAITING, message=""), []
            return _start(state)
        if state.phase is Phase.WAITING and not others:
            return _start(state)
        if state.phase is Phase.PAUSED and not others:
            left = max(state.left, float(state.settings.seconds) if wants else 0.0)
            if left <= 0:
                return _restore(state)
            return dataclasses.replace(state, phase=Phase.WRAPPING, ends_at=state.now + left, left=0.0), []
        return state, []

    if isinstance(event, Tick):
        state = dataclasses.replace(state, now=event.now)
        if state.phase is Phase.WRAPPING and event.now >= state.ends_at:
            return _restore(state)
        return state, []

    if isinstance(event, Extend):
        state = dataclasses.replace(state, now=event.now)
        if state.phase not in (Phase.WRAPPING, Phase.PAUSED):
            return state, []
        room = state.settings.max_seconds - state.granted
        more = float(min(state.settings.extend_seconds, max(0.0, room)))
        if more <= 0:
            return dataclasses.replace(state, message=f"Wrap-up is at its longest ({_mmss(state.settings.max_seconds)})"), []
        if state.phase is Phase.WRAPPING:
            return dataclasses.replace(state, ends_at=state.ends_at + more, granted=state.granted + more, message=""), []
        return dataclasses.replace(state, left=state.left + more, granted=state.granted + more, message=""), []

    if isinstance(event, Ready):
        return _end_now(state)

    if isinstance(event, ActivitiesSeen):
        return dataclasses.replace(state, activities=tuple(event.activities)), []

    if isinstance(event, SettingsChanged):
        was_on, state = state.settings.enabled, dataclasses.replace(state, settings=event.settings)
        if was_on and not event.settings.enabled:
            return _end_now(state)  # turned off: a wrap-up under way ends as Ready ends it
        if event.settings.enabled and not was_on:
            # turned on: from the next call
            return dataclasses.replace(state, exempt=frozenset(state.live)), []
        return state, []

    if isinstance(event, PresenceSeen):
        if event.since < state.fence:
            return state, []  # sent before my last write was answered: older than what the server holds
        state = dataclasses.replace(state, current=event.presence)
        if state.phase in (Phase.WRAPPING, Phase.PAUSED) and state.target is not None:
            if not state.target.matches(event.presence):
                log.info("after-call work: the presence was changed elsewhere; it is left as it is")
                return _idle(state, translate("AfterCall", "Your presence was changed during wrap-up; it is left as it is")), []
        return state, []

    if isinstance(event, WriteAnswered):
        state = dataclasses.replace(state, current=event.presence, fence=max(state.fence, event.since),
                                    now=event.now)
        if event.purpose == WRAP and state.phase is Phase.STARTING:
            seconds = float(state.settings.seconds)
            state = dataclasses.replace(state, failures=0, message="")
            if state.ready_early:
                return _restore(state)
            if state.live:  # a call started while the write travelled: the countdown waits for it
                return dataclasses.replace(state, phase=Phase.PAUSED, left=seconds), []
            return dataclasses.replace(state, phase=Phase.WRAPPING, ends_at=event.now + seconds), []
        if event.purpose == RESTORE and state.phase is Phase.RESTORING:
            return _idle(state), []
        return state, []

    if isinstance(event, WriteFailed):
        if event.purpose == WRAP and state.phase is Phase.STARTING and state.target is not None:
            if state.failures == 0:
                return (dataclasses.replace(state, failures=1, message=(
                    f"Your presence could not be set to wrap-up ({event.reason}); trying once more")),
                    [PresenceWrite(WRAP, state.target)])
            return _idle(state, translate("AfterCall", "Wrap-up did not start: your presence could not be changed ({reason})").format(reason=event.reason)), []
        if event.purpose == RESTORE and state.phase is Phase.RESTORING and state.before is not None \
                and state.target is not None:
            back = restore_target(state.before, state.target)
            if state.failures == 0:
                return (dataclasses.replace(state, failures=1, message=(
                    f"Your presence could not be set back ({event.reason}); trying once more")),
                    [PresenceWrite(RESTORE, back)])
            return _idle(state, (translate("AfterCall", "Your presence could not be set back to {describe} ({reason}); set it yourself").format(describe=back.describe(_names(state)), reason=event.reason))), []
        return state, []

    raise TypeError(f"not an after-call event: {event!r}")
