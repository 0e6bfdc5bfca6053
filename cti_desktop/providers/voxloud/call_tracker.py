"""Call state from the real-time webhooks: :class:`WebhookCallTracker` keeps a call store in step.

It is the receiver's ``on_event`` for the real-time call events:

* ``CALL_INCOMING`` → the call RINGING, inbound, the caller as remote party;
* ``CALL_STARTED`` → INITIATED, outbound, the called number as remote party;
* ``CALL_ANSWERED`` → ACTIVE (the remote party kept from the earlier event); answered by another
  user while it rang here → ended here (``event="ANSWERED_ELSEWHERE"``);
* ``CALL_HANGUP`` → TERMINATED.

Whose call an event is about is said by the event itself: ``userExtension`` / ``userEmail`` ("the
user subject of the event", the reference). With an identity configured (an extension and/or an
e-mail address), only events about that user are mine (see :meth:`WebhookCallTracker.is_mine`);
a Voxloud API key covers the whole company. Events for a call that already ended (webhooks may
arrive out of order) are ignored; a call left ringing without news for ``ring_timeout`` seconds (a
lost hang-up webhook) is ended with a log line. Click-to-call attempts appear as a placeholder call
until the first webhook for that number, or ``placeholder_timeout``, replaces it.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable

from ...core.calls import CallGone, CallStore, CallUpdated
from ...core.models import Call, CallStatus, Party
from ...core.screenpop import number_keys
from .wire import WebhookEvent

__all__ = ["WebhookCallTracker", "call_from_event"]

log = logging.getLogger("cti_desktop.providers.voxloud.webhooks")


def _rank(status: str) -> int:
    return {CallStatus.INITIATED.value: 0, CallStatus.RINGING.value: 1, CallStatus.ACTIVE.value: 2}.get(status, 0)


def call_from_event(event: WebhookEvent, previous: Call | None, *, my_extension: str = "",
                    now: float | None = None) -> Call | None:
    """The call's new state after ``event`` (pure); ``None`` when the event says nothing about it."""
    if not event.call_id:
        return None
    received = time.monotonic() if now is None else now
    kind = event.event_type
    if kind == "CALL_INCOMING":
        status, inbound = CallStatus.RINGING.value, True
        remote = Party(number=event.caller, name=event.caller_name)
    elif kind == "CALL_STARTED":
        status, inbound = CallStatus.INITIATED.value, False
        remote = Party(number=event.called, name=event.called_name)
    elif kind == "CALL_ANSWERED":
        status = CallStatus.ACTIVE.value
        if previous is not None:
            inbound, remote = previous.inbound, previous.remote
        else:
            outbound = event.direction == "OUTBOUND" or bool(my_extension and event.caller == my_extension)
            inbound = not outbound
            remote = Party(number=event.caller, name=event.caller_name) if inbound else Party(
                number=event.called, name=event.called_name)
    elif kind == "CALL_HANGUP":
        if previous is None:
            return None
        return dataclasses.replace(previous, status=CallStatus.TERMINATED.value, event=kind, actions=(),
                                   received_at=received)
    else:
        return None
    if previous is not None:
        if _rank(previous.status) > _rank(status):  # out of order: never step back from ACTIVE to RINGING
            return previous
        if not remote.number and not remote.name:
            remote = previous.remote
    return Call(call_id=event.call_id, state_token=None, status=status, remote=remote, inbound=inbound,
                event=kind, received_at=received)


class WebhookCallTracker:
    """``on_event`` for :class:`WebhookReceiver`: keeps a :class:`CallStore` in step with the webhooks."""

    def __init__(self, store: CallStore, *, extension: str = "", user_id: str = "", email: str = "", region: str = "IT",
                 ring_timeout: float = 120.0, placeholder_timeout: float = 45.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.extension = str(extension or "").strip()
        self.user_id = str(user_id or "").strip()
        self.email = str(email or "").strip()
        self._my_calls: OrderedDict[str, None] = OrderedDict()
        self.region = region
        self.ring_timeout = ring_timeout
        self.placeholder_timeout = placeholder_timeout
        self._clock = clock
        self._ended: deque[str] = deque(maxlen=2000)
        self._ended_set: set[str] = set()
        self._placeholders: dict[str, tuple[str, float]] = {}  # call id → (E.164/digits, created)
        #: When the last webhook arrived (``clock()``), for a status display.
        self.last_event_at: float | None = None

    # ------------------------------------------------------------------ click-to-call placeholders
    def _number_key(self, number: str) -> str:
        keys = number_keys(number, self.region)
        return keys.e164 or keys.digits

    def add_placeholder(self, call: Call) -> None:
        """A call we asked for (click-to-call) that no webhook has told about yet."""
        self._placeholders[call.call_id] = (self._number_key(call.remote.number), self._clock())
        self.store.apply(CallUpdated(call))

    def _settle_placeholders(self, event: WebhookEvent) -> None:
        if not self._placeholders:
            return
        numbers = {self._number_key(n) for n in (event.caller, event.called) if n}
        for cid, (key, _created) in list(self._placeholders.items()):
            if key and key in numbers:
                del self._placeholders[cid]
                self.store.apply(CallGone(cid))

    # ------------------------------------------------------------------ events
    @property
    def has_identity(self) -> bool:
        """An extension, e-mail address or user id is configured: only that user's events are mine."""
        return bool(self.extension or self.email or self.user_id)

    def whose(self, event: WebhookEvent) -> bool | None:
        """Whether ``event`` is about me: True, False, or None when it cannot tell.

        The event's subject is its ``userExtension`` / ``userEmail`` (or a flat ``user_id``). Without a
        configured identity every event is mine. Only the fields both sides have are compared (an
        e-mail address without regard to case); an event naming its user by a field I have no value
        for, or naming no user at all, cannot tell (None).
        """
        if not self.has_identity:
            return True
        compared = False
        for mine, theirs, fold in ((self.extension, event.extension, False), (self.email, event.user_email, True),
                                   (self.user_id, event.user_id, False)):
            if mine and theirs:
                compared = True
                if (theirs.casefold() == mine.casefold()) if fold else theirs == mine:
                    return True
        return False if compared else None

    def is_mine(self, event: WebhookEvent) -> bool:
        """``event`` is about my call: about me, or — when it cannot tell whose it is — about a call
        I already follow."""
        verdict = self.whose(event)
        if verdict is None:
            return bool(event.call_id) and (self.store.get(event.call_id) is not None or event.call_id in self._my_calls)
        return verdict

    def was_mine(self, call_id: str) -> bool:
        """A real-time event told that call ``call_id`` was mine (the last few thousand calls)."""
        return call_id in self._my_calls

    def _remember_mine(self, call_id: str) -> None:
        self._my_calls[call_id] = None
        self._my_calls.move_to_end(call_id)
        while len(self._my_calls) > 5000:
            self._my_calls.popitem(last=False)

    def _end(self, call_id: str) -> None:
        if call_id in self._ended_set:
            return
        if len(self._ended) == self._ended.maxlen:
            self._ended_set.discard(self._ended[0])
        self._ended.append(call_id)
        self._ended_set.add(call_id)

    def __call__(self, event: WebhookEvent) -> None:
        self.last_event_at = self._clock()
        if not event.is_call_event:
            log.debug("webhook %s ignored (not a real-time call event)", event.event_type)
            return
        if not event.call_id:
            log.warning("webhook %s without a call id ignored", event.event_type)
            return
        if event.call_id in self._ended_set:
            log.debug("webhook %s for an ended call ignored", event.event_type)
            return
        previous = self.store.get(event.call_id)
        if not self.is_mine(event):
            if previous is not None and self._ends_mine(event):
                why = "ANSWERED_ELSEWHERE" if event.event_type == "CALL_ANSWERED" else event.event_type
                self._end(event.call_id)
                self.store.apply(CallUpdated(dataclasses.replace(
                    previous, status=CallStatus.TERMINATED.value, event=why, actions=())))
            else:
                log.debug("webhook %s about another user ignored", event.event_type)
            return
        self._remember_mine(event.call_id)
        self._settle_placeholders(event)
        call = call_from_event(event, previous, my_extension=self.extension, now=self.last_event_at)
        if event.event_type == "CALL_HANGUP":
            self._end(event.call_id)
        if call is not None and call is not previous:
            self.store.apply(CallUpdated(call))

    @staticmethod
    def _ends_mine(event: WebhookEvent) -> bool:
        """Another user's event about a call that rings or runs here ends it here: answered by someone
        other than the caller (a group call taken elsewhere), or hung up by the caller. The caller's
        own ANSWERED of an internal call, or another ringing user's HANGUP, does not."""
        is_caller = bool(event.extension) and event.extension == event.caller
        if event.event_type == "CALL_ANSWERED":
            return not is_caller
        return event.event_type == "CALL_HANGUP" and is_caller

    def expire_stale(self) -> list[str]:
        """End placeholders and ringing calls that outlived their timeouts; returns their ids."""
        now = self._clock()
        expired = []
        for cid, (_key, created) in list(self._placeholders.items()):
            if now - created >= self.placeholder_timeout:
                del self._placeholders[cid]
                self.store.apply(CallGone(cid))
                expired.append(cid)
        for call in self.store.calls():
            if call.call_id in self._placeholders:
                continue
            if call.status in (CallStatus.RINGING, CallStatus.INITIATED) and now - call.received_at >= self.ring_timeout:
                log.info("call %s rang for %.0f s without news from Voxloud; treating it as ended",
                         call.call_id, now - call.received_at)
                self._end(call.call_id)
                self.store.apply(CallUpdated(dataclasses.replace(
                    call, status=CallStatus.TERMINATED.value, event="NO_NEWS", actions=())))
                expired.append(call.call_id)
        return expired
