"""My call history: the communication log's missed, incoming and outgoing calls.

The server's log is the truth. It is re-read politely by a :class:`PolitePoller` (one request in
flight, backing off on errors) every ``poll_interval`` seconds once :meth:`start` ran — also while
the panel is hidden, because the unseen-missed count feeds the window title and the tray — and
right after one of my calls ends (a missed or finished call lands in the log then).
``unseenMissed`` counts the missed calls the server has not marked seen; "mark seen" and "mark all
seen" tell the server, then re-read.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import qasync
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core.errors import (
    InvalidInput,
    NotFound,
    NotSupported,
    UserFacingError,
)
from cti_desktop.core.models import CommLogItem

from .group_call_log import duration_text, softphone_device_id, time_text
from .polling import PollingViewModel
from .session_bridge import SessionBridge
from .sms import SmsComposeViewModel, compose_for, sms_available

log = logging.getLogger(__name__)

#: Filter tab → communication log item type (``ALL`` shows every call).
FILTERS = {"ALL": "", "MISSED": "MISSED_CALL", "INCOMING": "INCOMING_CALL", "OUTGOING": "OUTGOING_CALL"}
CALL_TYPES = ("MISSED_CALL", "INCOMING_CALL", "OUTGOING_CALL")
TYPE_NAMES = {"MISSED_CALL": "Missed", "INCOMING_CALL": "Incoming", "OUTGOING_CALL": "Outgoing"}


class CallHistoryViewModel(PollingViewModel):
    """The call history panel's state and commands.

    Properties: ``filter`` (ALL, MISSED, INCOMING, OUTGOING), ``items`` (list of dicts, newest
    first: id, type, typeText, name, number, remoteText, time, timeText, duration, durationText,
    seen, missed, unseenMissed, pending), ``unseenMissed`` (int), ``loaded``, ``refreshError``,
    ``notice``, plus ``error``/``busy``.
    """

    filterChanged = Signal()
    itemsChanged = Signal()
    unseenMissedChanged = Signal()
    noticeChanged = Signal()
    callPlaced = Signal(str)

    STALE_WORDS = "Your call history may be out of date"

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QObject | None = None,
        *,
        poll_interval: float = 30.0,
        max_backoff: float = 300.0,
        max_items: int = 100,
        after_call_delay: float = 0.5,
    ) -> None:
        super().__init__(bridge, parent, poll_interval=poll_interval, max_backoff=max_backoff,
                         poll_name="call-history-poll")
        self._session = bridge.session
        self._history = bridge.session.backend.history
        self.max_items = max(1, int(max_items))
        self._filter = "ALL"
        self._log: list[CommLogItem] = []
        self._items: list[dict[str, Any]] = []
        self._unseen = 0
        self._notice = ""
        self._pending: set[str] = set()
        self._started = False
        self._closed = False
        self._after_call = QTimer(self)
        self._after_call.setSingleShot(True)
        self._after_call.setInterval(int(max(0.0, after_call_delay) * 1000))
        self._after_call.timeout.connect(self._poller.poke)
        bridge.callsChanged.connect(self._on_calls)

    # ------------------------------------------------------------------------------ properties
    items = Property("QVariantList", lambda self: [dict(i) for i in self._items], notify=itemsChanged)
    unseenMissed = Property(int, lambda self: self._unseen, notify=unseenMissedChanged)
    notice = Property(str, lambda self: self._notice, notify=noticeChanged)

    def _get_filter(self) -> str:
        return self._filter

    @Slot(str)
    def setFilter(self, name: str) -> None:
        name = (name or "ALL").upper()
        if name not in FILTERS:
            name = "ALL"
        if self._update("_filter", name, self.filterChanged):
            self._rebuild()

    filter = Property(str, _get_filter, setFilter, notify=filterChanged)

    def item(self, item_id: str) -> dict[str, Any] | None:
        entry = self._entry(str(item_id))
        return self._row(entry) if entry else None

    # ------------------------------------------------------------------------------- polling
    def start(self) -> None:
        """Begin reading the log now and on the timer. Call once the loop runs."""
        self._started = True
        self._apply_polling()

    def _wants_polling(self) -> bool:
        return self._started and not self._closed

    def _on_calls(self, changes: list) -> None:
        if any(getattr(c, "kind", "") == "ended" for c in changes):
            self._after_call.start()  # the log entry is written as the call ends; one re-read per burst

    async def _read(self) -> None:
        if self._history is None:
            raise NotSupported("This account has no call history")
        generation = self._generation
        entries = await self._history.history(max_items=self.max_items, types=CALL_TYPES)
        if generation != self._generation:
            return
        self._log = [e for e in entries if e.item_type in CALL_TYPES]
        self._set_refresh_error("")
        self._rebuild()
        self._update("_loaded", True, self.loadedChanged)

    # ----------------------------------------------------------------------------------- rows
    def _entry(self, item_id: str) -> CommLogItem | None:
        return next((e for e in self._log if e.item_id == item_id), None)

    def _row(self, e: CommLogItem) -> dict[str, Any]:
        number = e.remote.number or e.remote.display_number
        name = e.remote.name
        missed = e.item_type == "MISSED_CALL"
        return {
            "id": e.item_id,
            "type": e.item_type,
            "typeText": TYPE_NAMES.get(e.item_type, e.item_type.replace("_", " ").capitalize()),
            "name": name,
            "number": number,
            "remoteText": f"{name} ({number})" if name and number and name != number else (name or number or "Unknown"),
            "time": e.start_time,
            "timeText": time_text(e.start_time),
            "duration": e.duration,
            "durationText": duration_text(e.duration) if not missed else "",
            "seen": e.seen,
            "missed": missed,
            "unseenMissed": missed and not e.seen,
            "pending": e.item_id in self._pending,
            "canCallBack": bool(number),
        }

    def _rebuild(self) -> None:
        want = FILTERS[self._filter]
        rows = [self._row(e) for e in self._log if not want or e.item_type == want]
        if rows != self._items:
            self._items = rows
            self.itemsChanged.emit()
        unseen = sum(1 for e in self._log if e.item_type == "MISSED_CALL" and not e.seen)
        self._update("_unseen", unseen, self.unseenMissedChanged)

    def _say(self, text: str) -> None:
        self._update("_notice", text, self.noticeChanged)

    # ------------------------------------------------------------------------------ commands
    async def refresh_now(self) -> bool:
        self._generation += 1
        return await self._read_or_say("Could not read your call history")

    @qasync.asyncSlot()
    async def refresh(self) -> None:
        await self.refresh_now()

    async def _mark(self, ids: list[str]) -> int:
        if self._history is None:
            raise NotSupported("This account has no call history")
        ids = [i for i in ids if i not in self._pending]
        if not ids:
            return 0
        self._pending.update(ids)
        self._rebuild()
        try:
            results = await asyncio.gather(*(self._history.mark_seen(i) for i in ids), return_exceptions=True)
            failed = [r for r in results if isinstance(r, BaseException)]
            for r in failed:
                if not isinstance(r, UserFacingError):
                    raise r
            if failed:
                done = len(ids) - len(failed)
                if done:
                    raise UserFacingError(f"{done} of {len(ids)} calls were marked seen; the rest could not be: {failed[0]}")
                raise failed[0]
            return len(ids)
        finally:
            self._pending.difference_update(ids)
            await self._reread_after()

    async def mark_seen(self, item_id: str) -> bool:
        """Tell the server I have seen this call. ``False`` (with ``error``) when it failed."""
        self._say("")
        item_id = str(item_id)
        if self._entry(item_id) is None:
            self.set_error("That call is no longer in your history")
            return False
        done = await self.guarded(self._mark([item_id]))
        return done is not None

    async def mark_all_seen(self) -> bool:
        """Mark every unseen missed call seen."""
        self._say("")
        ids = [e.item_id for e in self._log if e.item_type == "MISSED_CALL" and not e.seen]
        if not ids:
            self._say("No unseen missed calls")
            return True
        done = await self.guarded(self._mark(ids))
        if done:
            self._say(f"{done} missed call{'s' if done != 1 else ''} marked as seen")
        return done is not None

    async def _call_back(self, item_id: str) -> str:
        entry = self._entry(item_id)
        if entry is None:
            raise NotFound("That call is no longer in your history")
        number = entry.remote.number or entry.remote.display_number
        if not number:
            raise InvalidInput("This call has no number to call back")
        if self._session.commands is None or self._session.backend.call_control is None:
            raise NotSupported("This account cannot place calls")
        device = await softphone_device_id(self._session.backend.call_control)
        call = await self._session.commands.make_call(number, device_id=device)
        if entry.item_type == "MISSED_CALL" and not entry.seen:
            try:
                await self._history.mark_seen(item_id)  # calling back means I have seen it
            except UserFacingError as exc:
                log.info("could not mark %s seen after calling back: %s", item_id, exc)
            await self._reread_after()
        self._say(f"Calling {entry.remote.name or number}")
        return call.call_id

    async def call_back(self, item_id: str) -> str | None:
        self._say("")
        call_id = await self.guarded(self._call_back(str(item_id)))
        if call_id:
            self.callPlaced.emit(call_id)
        return call_id

    @qasync.asyncSlot(str)
    async def markSeen(self, item_id: str) -> None:
        await self.mark_seen(item_id)

    @qasync.asyncSlot()
    async def markAllSeen(self) -> None:
        await self.mark_all_seen()

    @qasync.asyncSlot(str)
    async def callBack(self, item_id: str) -> None:
        await self.call_back(item_id)

    # ------------------------------------------------------------------------------ SMS
    smsSupported = Property(bool, lambda self: sms_available(self._bridge), constant=True)

    def compose_sms(self, item_id: str) -> SmsComposeViewModel | None:
        """A compose view-model for the other party of a history item; None when the account cannot send SMS."""
        entry = self._entry(item_id)
        number = (entry.remote.number or entry.remote.display_number) if entry is not None else ""
        return compose_for(self._bridge, number, entry.remote.name if entry is not None else "")

    # ------------------------------------------------------------------------------ lifetime
    async def aclose(self) -> None:
        self._closed = True
        self._after_call.stop()
        await self._poller.aclose()
        for signal, slot in ((self._bridge.statusChanged, self._on_status), (self._bridge.callsChanged, self._on_calls)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
