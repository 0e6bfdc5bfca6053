"""My call history: the communication log's calls, voicemails and recordings, and my groups' inboxes.

The server's log is the truth. It is re-read politely by a :class:`PolitePoller` (one request in
flight, backing off on errors) every ``poll_interval`` seconds once :meth:`start` ran — also while
the panel is hidden, because the unseen-missed count feeds the window title and the tray — and
right after one of my calls ends (a missed or finished call lands in the log then).
``unseenMissed`` counts the missed calls the server has not marked seen; "mark seen" and "mark all
seen" tell the server (all in one request where the backend can), then re-read.

Voicemails and recordings (and, where the backend has them, the voicemails of my groups' inboxes)
are listed with whether they were played; ``unplayedMessages`` counts those not yet played. "Mark
played" tells the server; "open" hands the message's link to the browser only when
:func:`cti_desktop.core.links.safe_url` accepts it (http or https, nothing else), then marks it
played. "Call back" works from any item with a number, through the same dialling path as the rest
of the app.

A refresh that keeps failing says so in ``refreshError`` (with how many attempts failed and when the
list was last read) and the last good list stays; a refresh that fails on a bug says so in words too
(the traceback goes to the log), so the panel never waits for ever.

Delete: one item is deleted with one request, several with one bulk request where the backend has
it; the ids the server no longer had are said in words. A voicemail is not deleted outright where
the backend keeps a trash: it moves there, and ``undoText``/``canUndo`` offer, for ``undo_seconds``,
to move it back to the inbox. After marking a message played and after an undo, the items touched
are read back one by one where the backend can read one item (``HistoryItemRead``), rather than the
whole list; a failure of that read falls back to re-reading the list.

An entry may also carry links of its own (a voicemail, a recording, a fax document of a core
``CallRecord``); ``openLink`` hands one to the UI only as a checked http(s) URL.

This module keeps the list (reading, polling, filtering, reading items back); the item actions are
:mod:`cti_desktop.viewmodels.call_history_marks` (seen, played, open, call back) and
:mod:`cti_desktop.viewmodels.call_history_delete` (delete, trash, undo), the rows and words
:mod:`cti_desktop.viewmodels.call_history_rows` (its constants are importable from here too).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core.errors import NotSupported, UserFacingError
from cti_desktop.core.history_actions import HistoryDelete, HistoryItemRead
from cti_desktop.core.models import CommLogItem
from cti_desktop.core.voicemail import GroupInbox
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .call_history_delete import HistoryDeleteActions
from .call_history_marks import HistoryItemActions
from .call_history_rows import (
    CALL_TYPES,
    FILTERS,
    ITEM_TYPES,
    MESSAGE_TYPES,
    TRASHED_TYPES,
    TYPE_NAMES,
    history_row,
    newest_first,
    to_trash,
)
from .polling import PollingViewModel
from .session_bridge import SessionBridge
from .sms import SmsComposeViewModel, compose_for, sms_available
from .base import command

log = logging.getLogger(__name__)

__all__ = ["CALL_TYPES", "FILTERS", "ITEM_TYPES", "MESSAGE_TYPES", "TRASHED_TYPES", "TYPE_NAMES",
           "CallHistoryViewModel"]


class CallHistoryViewModel(HistoryItemActions, HistoryDeleteActions, PollingViewModel):
    """The call history panel's state and commands.

    Properties: ``filter`` (ALL, MISSED, INCOMING, OUTGOING, MESSAGES), ``items`` (list of dicts,
    newest first: id, type, typeText, name, number, remoteText, time, timeText, duration,
    durationText, seen, missed, unseenMissed, message, played, unplayed, inboxName, canOpen,
    canMarkPlayed, canCallBack, canDelete, toTrash, pending), ``unseenMissed`` and
    ``unplayedMessages`` (ints), ``loaded``, ``refreshError``, ``notice``, ``undoText`` and
    ``canUndo`` (the last delete that moved voicemails to the trash, for ``undo_seconds``), plus
    ``error``/``busy``. ``openUrlRequested(url)``
    carries a checked http(s) link for the widget to open.
    """

    filterChanged = Signal()
    itemsChanged = Signal()
    unseenMissedChanged = Signal()
    unplayedMessagesChanged = Signal()
    noticeChanged = Signal()
    undoChanged = Signal()
    callPlaced = Signal(str)
    openUrlRequested = Signal(str)  # a checked http(s) URL for the UI to open

    STALE_WORDS = QT_TRANSLATE_NOOP("StaleWords", "Your call history may be out of date")

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QObject | None = None,
        *,
        poll_interval: float = 30.0,
        max_backoff: float = 300.0,
        max_items: int = 100,
        after_call_delay: float = 0.5,
        region: str = "SE",
        undo_seconds: float = 10.0,
    ) -> None:
        super().__init__(bridge, parent, poll_interval=poll_interval, max_backoff=max_backoff,
                         poll_name="call-history-poll")
        self._session = bridge.session
        self._history = bridge.session.backend.history
        self._region = region or "SE"  # how a number without a country code is read (SMS)
        self.max_items = max(1, int(max_items))
        self._filter = "ALL"
        self._log: list[CommLogItem] = []
        self._items: list[dict[str, Any]] = []
        self._unseen = 0
        self._unplayed = 0
        self._failed_polls = 0
        self._last_good: float | None = None
        self._notice = ""
        self._pending: set[str] = set()
        self._started = False
        self._closed = False
        self._after_call = QTimer(self)
        self._after_call.setSingleShot(True)
        self._after_call.setInterval(int(max(0.0, after_call_delay) * 1000))
        self._after_call.timeout.connect(self._poller.poke)
        self._undo_ids: list[str] = []
        self._undo_text = ""
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(int(max(0.0, undo_seconds) * 1000))
        self._undo_timer.timeout.connect(self._drop_undo)
        bridge.callsChanged.connect(self._on_calls)

    # ------------------------------------------------------------------------------ properties
    items = Property("QVariantList", lambda self: [dict(i) for i in self._items], notify=itemsChanged)
    unseenMissed = Property(int, lambda self: self._unseen, notify=unseenMissedChanged)
    unplayedMessages = Property(int, lambda self: self._unplayed, notify=unplayedMessagesChanged)
    notice = Property(str, lambda self: self._notice, notify=noticeChanged)
    undoText = Property(str, lambda self: self._undo_text, notify=undoChanged)
    canUndo = Property(bool, lambda self: bool(self._undo_ids), notify=undoChanged)
    canDelete = Property(bool, lambda self: isinstance(self._history, HistoryDelete), constant=True)

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
        if any(c.kind == "ended" for c in changes):
            self._after_call.start()  # the log entry is written as the call ends; one re-read per burst

    async def _read(self) -> None:
        if self._history is None:
            raise NotSupported(translate("CallHistory", "This account has no call history"))
        generation = self._generation
        entries = await self._history.history(max_items=self.max_items, types=ITEM_TYPES)
        inbox: list[CommLogItem] = []
        if isinstance(self._history, GroupInbox):
            try:
                inbox = await self._history.group_inbox()
            except NotSupported:
                raise
            except UserFacingError as exc:  # my own history still counts; the inbox is read next time
                log.info("group inbox not read: %s", exc)
                inbox = [e for e in self._log if e.inbox_name]
        if generation != self._generation:
            return
        mine = [e for e in entries if e.item_type in ITEM_TYPES]
        ids = {e.item_id for e in mine}
        shared = [e for e in inbox if e.item_type in MESSAGE_TYPES and e.item_id not in ids]
        self._log = sorted(mine + shared, key=newest_first)
        self._failed_polls = 0
        self._last_good = time.time()
        self._set_refresh_error("")
        self._rebuild()
        self._update("_loaded", True, self.loadedChanged)

    async def _poll(self) -> None:
        """One poll; a failure of any kind is said in words (a bug's traceback goes to the log)."""
        try:
            await self._poll_read()
        except asyncio.CancelledError:
            raise
        except UserFacingError as exc:
            self._failed_polls += 1
            self._set_refresh_error(self._stale_words(str(exc)))
            raise
        except Exception:
            self._failed_polls += 1
            self._set_refresh_error(self._stale_words(translate("CallHistory", "the app could not read it (an internal error, written to the log)")))
            raise

    def _stale_words(self, reason: str) -> str:
        words = f"{translate('StaleWords', self.STALE_WORDS)}: {reason}"
        if self._failed_polls > 1:
            words += translate("CallHistory", " ({failed_polls} attempts in a row failed").format(failed_polls=self._failed_polls)
            if self._last_good is not None:
                words += translate("CallHistory", ", list read at ") + time.strftime("%H:%M:%S", time.localtime(self._last_good))
            words += translate("CallHistory", "; still trying)")
        elif self._last_good is not None:
            words += translate("CallHistory", " (showing the list read at ") + time.strftime("%H:%M:%S", time.localtime(self._last_good)) + ")"
        return words

    # ----------------------------------------------------------------------------------- rows
    def _entry(self, item_id: str) -> CommLogItem | None:
        return next((e for e in self._log if e.item_id == item_id), None)

    def _row(self, e: CommLogItem) -> dict[str, Any]:
        return history_row(e, self._history, e.item_id in self._pending)

    def _rebuild(self) -> None:
        want = FILTERS[self._filter]
        rows = [self._row(e) for e in self._log if not want or e.item_type in want]
        if rows != self._items:
            self._items = rows
            self.itemsChanged.emit()
        unseen = sum(1 for e in self._log if e.item_type == "MISSED_CALL" and not e.seen)
        self._update("_unseen", unseen, self.unseenMissedChanged)
        unplayed = sum(1 for e in self._log if e.item_type in MESSAGE_TYPES and not e.played)
        self._update("_unplayed", unplayed, self.unplayedMessagesChanged)

    def _say(self, text: str) -> None:
        self._update("_notice", text, self.noticeChanged)

    # ------------------------------------------------------------------------------ commands
    async def refresh_now(self) -> bool:
        self._generation += 1
        return await self._read_or_say(translate("CallHistory", "Could not read your call history"))

    @command()
    async def refresh(self) -> None:
        await self.refresh_now()

    # ------------------------------------------------------------------------------ reading items back
    def _to_trash(self, e: CommLogItem) -> bool:
        return to_trash(e, self._history)

    async def _read_back(self, ids: Sequence[str]) -> None:
        """Read these items as they are now, one request each, and put them in the list; where the
        backend cannot, or a read fails, re-read the whole list instead."""
        ids = list(dict.fromkeys(i for i in ids if i))
        if not ids:
            return
        if not isinstance(self._history, HistoryItemRead):
            await self._reread_after()
            return
        self._generation += 1  # a list read begun before is older than these answers
        results = await asyncio.gather(*(self._history.history_item(i) for i in ids), return_exceptions=True)
        for r in results:
            if isinstance(r, BaseException) and not isinstance(r, UserFacingError):
                raise r
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            log.info("history: %d item(s) not read back (%s); reading the whole list", len(failed), failed[0])
            await self._reread_after()
            return
        old = {e.item_id: e for e in self._log}
        fresh = []
        for e in results:
            before = old.get(e.item_id)
            if before is not None and before.inbox_name and not e.inbox_name:
                e = dataclasses.replace(e, inbox_name=before.inbox_name)  # a group inbox item stays one
            fresh.append(e)
        by_id = {e.item_id: e for e in fresh if e.item_type in ITEM_TYPES}
        self._log = sorted([e for e in self._log if e.item_id not in ids] + list(by_id.values()), key=newest_first)
        self._rebuild()

    def _forget(self, ids: Sequence[str]) -> None:
        """The server said these are no longer in the inbox: take them out of the list."""
        gone = set(ids)
        if gone:
            self._generation += 1  # a list read begun before the delete would bring them back
            self._log = [e for e in self._log if e.item_id not in gone]
        self._rebuild()

    @property
    def history(self) -> Any:
        """What the history reads from (the voicemail settings panel asks it too)."""
        return self._history

    # ------------------------------------------------------------------------------ SMS
    smsSupported = Property(bool, lambda self: sms_available(self._bridge), constant=True)

    @property
    def bridge(self) -> SessionBridge:
        """The session this history is of (what the panel's other parts are made for)."""
        return self._bridge

    def compose_sms(self, item_id: str) -> SmsComposeViewModel | None:
        """A compose view-model for the other party of a history item; None when the account cannot send SMS."""
        entry = self._entry(item_id)
        number = (entry.remote.number or entry.remote.display_number) if entry is not None else ""
        return compose_for(self._bridge, number, entry.remote.name if entry is not None else "",
                           default_region=self._region)

    # ------------------------------------------------------------------------------ lifetime
    async def aclose(self) -> None:
        self._closed = True
        await self.close_commands()
        self._after_call.stop()
        self._undo_timer.stop()
        await self._poller.aclose()
        for signal, slot in ((self._bridge.statusChanged, self._on_status), (self._bridge.callsChanged, self._on_calls)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
