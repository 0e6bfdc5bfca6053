"""The simulated PBX: calls, their state machine, stateTokens, action lists and change events.

Model
-----
Every user sees their own *leg* of a call (:class:`Leg`, one ``callId`` per leg, as in the vendor's
API where a call id belongs to a user). A leg is linked to its *parties*: either an :class:`External`
(a phone number outside the PBX) or another user's leg (internal calls: both users see their leg).
A conference leg simply has several parties. An inbound call offered to several legs at once (group
call, transfer to a user) keeps the caller linked to every ringing leg until one answers; the others
end then ("Answered elsewhere").

Statuses: ``INITIATED`` → ``RINGING`` → ``ACTIVE`` ⇄ ``HELD`` → ``TERMINATED``. Every change takes the
next value of one global counter as ``stateToken`` (so tokens are unique and increase) and is published
to the :class:`~.streams.Hub` already rendered (CallState JSON plus the RFC 4235 dialog facts).

``actions`` is derived from the state and is what the server enforces: a command whose action is not
offered gets 409 ``action.not.allowed``; a ``stateToken`` (or ``targetStateToken``) in the body that is
not the call's current one gets 409 ``stateToken.mismatch``. A missing token is accepted.

Decisions (not in the contract)
-------------------------------
* ``remoteParty.type`` for numbers outside the PBX is ``EXTERNAL_ID``; colleagues are ``USER_ID``,
  groups ``FUNCTION_NUMBER_ID``, a conference or the park service ``SERVICE_ID``.
* Events besides the documented ones: ``TRANSFERRED``, ``PARKED``, ``ANSWERED_ELSEWHERE``,
  ``PICKED_UP``, ``MERGED`` (a call that became part of a conference), ``REMOTE_HANGUP``.
* An outbound call is ``INITIATED`` in the make-call response and turns ``RINGING`` 50 ms later; an
  external callee answers after ``auto_answer_ms`` (``None`` = only when told via the control API).
* Conference calls offer neither TRANSFER nor PARK (as in the reference's conference example).
* DTMF does not change the state, so it does not change the stateToken.
* Terminated legs stay readable (``GET …/calls/{c}``) for 5 minutes but leave the user's snapshot.

Parts
-----
:class:`Pbx` is put together from :class:`~.legs.CallLegs` (the legs, their parties and state
machine, :mod:`.legs`), :class:`~.call_control.CallControl` (the call-control operations,
:mod:`.call_control`), :class:`~.routing.GroupRouting` (destinations, ringing users and groups,
forwarding and the group log, :mod:`.routing`; a user's own call forwarding is :mod:`.diversions`) and :class:`~.queues.QueueStats` (queue statistics).
"""

from __future__ import annotations

import asyncio
import itertools
import time
from typing import Callable

from .call_control import CallControl
from .diversions import Diversions
from .legs import (  # the PBX's names, importable from here as before
    ACTIVE,
    DTMF_RE,
    HELD,
    INITIATED,
    KEEP_TERMINATED_S,
    REC_NONE,
    REC_ON,
    REC_PAUSED,
    REC_STOPPED,
    RINGING,
    TERMINATED,
    CallError,
    CallLegs,
    External,
    Leg,
    Offer,
    Party,
)
from .org import Organisation
from .queues import QueueStats
from .routing import GroupRouting


class Pbx(CallControl, GroupRouting, CallLegs, QueueStats):
    """All calls of the organisation. Every method runs on the server's event loop."""

    def __init__(self, org: Organisation, publish: Callable[[str, object], None],
                 auto_answer_ms: float | None = 1500.0) -> None:
        self.org = org
        self.publish = publish
        self.auto_answer_ms = auto_answer_ms
        self.legs: dict[str, Leg] = {}
        self.externals: dict[str, External] = {}
        self.parked: dict[str, Party] = {}
        self._tokens = itertools.count(int(time.time()) % 100000 * 1000 + 1)
        self._timers: set[asyncio.TimerHandle] = set()
        self._last_queue: dict[int, dict] = {}
        self.on_terminated: list[Callable[[Leg], None]] = []
        self.diversions = Diversions()  # call forwarding of every user (.diversions)
        for g in org.groups.values():  # baseline: publish only what changes from here on
            self._last_queue[g.gid] = {k: v for k, v in self.queue_stat(g).items() if k != "longestWaiting"}

    # -- infrastructure --------------------------------------------------------------------------

    def later(self, delay_s: float, fn: Callable[[], None]) -> None:
        loop = asyncio.get_running_loop()

        def run() -> None:
            self._timers.discard(handle)
            try:
                fn()
            except CallError:
                pass

        handle = loop.call_later(max(0.0, delay_s), run)
        self._timers.add(handle)

    def shutdown(self) -> None:
        for h in list(self._timers):
            h.cancel()
        self._timers.clear()


__all__ = [
    "ACTIVE", "DTMF_RE", "HELD", "INITIATED", "KEEP_TERMINATED_S", "REC_NONE", "REC_ON", "REC_PAUSED",
    "REC_STOPPED", "RINGING", "TERMINATED", "CallError", "External", "Leg", "Offer", "Party", "Pbx",
]
