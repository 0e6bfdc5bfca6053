"""Call commands that are safe against stale state.

A command carries the ``stateToken`` of the state the person saw. When the server says that state
is stale (409), the call is re-read into the store and :class:`StaleState` is raised: the command is
never sent again on its own — the person sees the fresh state and decides. A command that timed out
may have executed, so it is not resent either; the call is re-read instead (PITFALLS 10).
"""

from __future__ import annotations

import logging
from typing import Any

from .call_operations import CallOperation, UnknownOperation, operation
from .calls import CallGone, CallStore, CallUpdated
from .capabilities import CallControl
from .errors import ServerUnavailable, StaleState, UserFacingError
from .models import Call

log = logging.getLogger(__name__)


class CallCommands:
    """Runs call-control commands against a backend and feeds the answers into the store."""

    def __init__(self, control: CallControl, store: CallStore) -> None:
        self._control = control
        self._store = store

    @property
    def control(self) -> CallControl:
        return self._control

    async def run(self, op: str | CallOperation, call: Call, *args: Any) -> Call | None:
        """Run ``op`` (an operation of :mod:`~cti_desktop.core.call_operations`, or its name) on
        ``call`` as the person saw it. :class:`UnknownOperation` for a name not in the table or an
        operation that does not act on a call."""
        oper = op if isinstance(op, CallOperation) else operation(op)
        if not oper.on_call:
            raise UnknownOperation(f"{oper.name} does not act on a call")
        since = self._store.mark()
        try:
            result = await oper.send(self._control, call, *args)
        except StaleState:
            log.info("%s on call %s refused as stale; refreshing", oper.name, call.call_id)
            await self.refresh(call.call_id)
            raise
        except ServerUnavailable:
            # It may or may not have happened: show the truth rather than guessing.
            await self._refresh_quietly(call.call_id)
            raise
        if isinstance(result, Call):
            self._store.apply(CallUpdated(result, since=since))
        return result

    async def make_call(self, destination: str, **kwargs: Any) -> Call:
        since = self._store.mark()
        call = await self._control.make_call(destination, **kwargs)
        self._store.apply(CallUpdated(call, since=since))
        return call

    async def pickup(self, call_id: str, device_id: str) -> Call:
        since = self._store.mark()
        call = await self._control.pickup(call_id, device_id)
        self._store.apply(CallUpdated(call, since=since))
        return call

    async def refresh(self, call_id: str) -> Call | None:
        since = self._store.mark()
        fresh = await self._control.get_call(call_id)
        if fresh is None:
            self._store.apply(CallGone(call_id, since=since))
        else:
            self._store.apply(CallUpdated(fresh, since=since))
        return fresh

    async def _refresh_quietly(self, call_id: str) -> None:
        try:
            await self.refresh(call_id)
        except UserFacingError as exc:
            log.info("could not re-read call %s: %s", call_id, exc)
