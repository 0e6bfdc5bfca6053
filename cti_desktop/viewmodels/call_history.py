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
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Sequence
from typing import Any

import qasync
from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core.errors import (
    InvalidInput,
    NotFound,
    NotSupported,
    UserFacingError,
)
from cti_desktop.core.history_actions import BulkHistoryDelete, HistoryDelete, HistoryItemRead, HistoryTrash
from cti_desktop.core.links import UnsafeLink, safe_url
from cti_desktop.core.models import CommLogItem
from cti_desktop.core.voicemail import BulkSeenMarks, GroupInbox, PlayedMarks

from .group_call_log import duration_text, softphone_device_id, time_text
from .polling import PollingViewModel
from .session_bridge import SessionBridge
from .sms import SmsComposeViewModel, compose_for, sms_available

log = logging.getLogger(__name__)

CALL_TYPES = ("MISSED_CALL", "INCOMING_CALL", "OUTGOING_CALL")
MESSAGE_TYPES = ("VOICEMAIL", "RECORDING")
#: What the history reads and shows.
ITEM_TYPES = CALL_TYPES + MESSAGE_TYPES
#: Filter tab → the item types it shows (``ALL`` shows every item).
FILTERS: dict[str, tuple[str, ...]] = {
    "ALL": (), "MISSED": ("MISSED_CALL",), "INCOMING": ("INCOMING_CALL",), "OUTGOING": ("OUTGOING_CALL",),
    "MESSAGES": MESSAGE_TYPES,
}
TYPE_NAMES = {"MISSED_CALL": "Missed", "INCOMING_CALL": "Incoming", "OUTGOING_CALL": "Outgoing",
              "VOICEMAIL": "Voicemail", "RECORDING": "Recording"}
#: The item types a Delete moves to the trash (where the backend keeps one) instead of deleting.
TRASHED_TYPES = ("VOICEMAIL",)


class CallHistoryViewModel(PollingViewModel):
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
        if any(getattr(c, "kind", "") == "ended" for c in changes):
            self._after_call.start()  # the log entry is written as the call ends; one re-read per burst

    async def _read(self) -> None:
        if self._history is None:
            raise NotSupported("This account has no call history")
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
        self._log = sorted(mine + shared, key=_newest_first)
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
            self._set_refresh_error(self._stale_words("the app could not read it (an internal error, written to the log)"))
            raise

    def _stale_words(self, reason: str) -> str:
        words = f"{self.STALE_WORDS}: {reason}"
        if self._failed_polls > 1:
            words += f" ({self._failed_polls} attempts in a row failed"
            if self._last_good is not None:
                words += ", list read at " + time.strftime("%H:%M:%S", time.localtime(self._last_good))
            words += "; still trying)"
        elif self._last_good is not None:
            words += " (showing the list read at " + time.strftime("%H:%M:%S", time.localtime(self._last_good)) + ")"
        return words

    # ----------------------------------------------------------------------------------- rows
    def _entry(self, item_id: str) -> CommLogItem | None:
        return next((e for e in self._log if e.item_id == item_id), None)

    def _row(self, e: CommLogItem) -> dict[str, Any]:
        number = e.remote.number or e.remote.display_number
        name = e.remote.name
        missed = e.item_type == "MISSED_CALL"
        message = e.item_type in MESSAGE_TYPES
        type_text = TYPE_NAMES.get(e.item_type, e.item_type.replace("_", " ").capitalize())
        if e.inbox_name:
            type_text += f" ({e.inbox_name})"
        return {
            "id": e.item_id,
            "type": e.item_type,
            "typeText": type_text,
            "name": name,
            "number": number,
            "remoteText": f"{name} ({number})" if name and number and name != number else (name or number or "Unknown"),
            "time": e.start_time,
            "timeText": time_text(e.start_time),
            "duration": e.duration,
            "durationText": duration_text(e.duration) if not missed and (e.duration or not message) else "",
            "seen": e.seen,
            "missed": missed,
            "unseenMissed": missed and not e.seen,
            "message": message,
            "played": message and e.played,
            "unplayed": message and not e.played,
            "inboxName": e.inbox_name,
            "canOpen": message and _checked_link(e.link) is not None,
            "canMarkPlayed": message and not e.played and isinstance(self._history, PlayedMarks),
            "pending": e.item_id in self._pending,
            "canCallBack": bool(number),
            "canDelete": isinstance(self._history, HistoryDelete),
            "toTrash": self._to_trash(e),
            "links": self._links(e),
        }

    @staticmethod
    def _links(e: CommLogItem) -> list[dict[str, str]]:
        """The entry's links (voicemail, recording…) that are safe http(s) URLs."""
        links = []
        for link in getattr(e, "links", ()):
            try:
                links.append({"kind": link.kind, "label": link.label, "url": safe_url(link.url)})
            except InvalidInput:
                log.info("history link of %s not offered: not a safe http(s) URL", e.item_id)
        return links

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
            if len(ids) > 1 and isinstance(self._history, BulkSeenMarks):
                kinds = sorted({e.item_type for e in self._log if e.item_id in ids})
                try:
                    missing = await self._history.mark_many_seen(ids, types=kinds)  # one request
                except NotFound as exc:  # no such route here (unknown ids are answered, not refused)
                    log.info("marking many items seen at once is not offered (%s); marking them one by one", exc)
                else:
                    if missing:
                        log.info("mark seen: %d of %d items were no longer on the server", len(missing), len(ids))
                    return len(ids) - len(set(missing) & set(ids))
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

    async def _mark_played(self, item_id: str) -> bool:
        entry = self._entry(item_id)
        if entry is None:
            raise NotFound("That message is no longer in your history")
        if entry.item_type not in MESSAGE_TYPES:
            raise InvalidInput("Only voicemails and recordings are played")
        if not isinstance(self._history, PlayedMarks):
            raise NotSupported("This account keeps no played mark on messages")
        if entry.played or item_id in self._pending:
            return True
        self._pending.add(item_id)
        self._rebuild()
        try:
            # a voicemail left after a missed call: hearing it deals with that call too
            await self._history.mark_played(item_id, update_call_item=bool(entry.call_item_id))
        finally:
            self._pending.discard(item_id)
            touched = [item_id]
            if entry.call_item_id and self._entry(entry.call_item_id) is not None:
                touched.append(entry.call_item_id)  # its missed call was marked seen too
            await self._read_back(touched)
        return True

    async def mark_played(self, item_id: str) -> bool:
        """Tell the server I have listened to this voicemail or recording."""
        self._say("")
        return bool(await self.guarded(self._mark_played(str(item_id))))

    async def open_message(self, item_id: str) -> bool:
        """Open the message's link in the browser (http/https only), then mark it played."""
        self._say("")
        entry = self._entry(str(item_id))
        if entry is None or entry.item_type not in MESSAGE_TYPES:
            self.set_error("That message is no longer in your history")
            return False
        if not entry.link:
            self.set_error("The server gave no link to listen to this message")
            return False
        try:
            url = safe_url(entry.link)
        except UnsafeLink as exc:
            log.warning("history item %s: its link was not opened: %s", entry.item_id, exc)
            self.set_error(f"This message's link was not opened: {exc}")
            return False
        self.clear_error()
        self.openUrlRequested.emit(url)
        if not entry.played and isinstance(self._history, PlayedMarks):
            await self.mark_played(entry.item_id)
        return True

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
        ids = [e.item_id for e in self._log if e.item_type == "MISSED_CALL" and not e.seen and not e.inbox_name]
        if not ids:
            self._say("No unseen missed calls")
            return True
        done = await self.guarded(self._mark(ids))
        if done:
            self._say(f"{done} missed call{'s' if done != 1 else ''} marked as seen")
        return done is not None

    # ------------------------------------------------------------------------------ delete, trash, undo
    def _to_trash(self, e: CommLogItem) -> bool:
        return e.item_type in TRASHED_TYPES and isinstance(self._history, HistoryTrash)

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
        self._log = sorted([e for e in self._log if e.item_id not in ids] + list(by_id.values()), key=_newest_first)
        self._rebuild()

    def _forget(self, ids: Sequence[str]) -> None:
        """The server said these are no longer in the inbox: take them out of the list."""
        gone = set(ids)
        if gone:
            self._generation += 1  # a list read begun before the delete would bring them back
            self._log = [e for e in self._log if e.item_id not in gone]
        self._rebuild()

    def _drop_undo(self) -> None:
        self._undo_timer.stop()
        if self._undo_ids or self._undo_text:
            self._undo_ids, self._undo_text = [], ""
            self.undoChanged.emit()

    def _offer_undo(self, entries: list[CommLogItem]) -> None:
        self._undo_ids = [e.item_id for e in entries]
        if len(entries) == 1:
            self._undo_text = f"Moved {_describe(entries[0])} to the trash"
        else:
            self._undo_text = f"Moved {len(entries)} voicemails to the trash"
        self.undoChanged.emit()
        self._undo_timer.start()

    async def _delete(self, ids: list[str]) -> str:
        if not isinstance(self._history, HistoryDelete):
            raise NotSupported("This account cannot delete items from its call history")
        entries = [e for e in (self._entry(i) for i in dict.fromkeys(ids)) if e is not None]
        entries = [e for e in entries if e.item_id not in self._pending]
        if not entries:
            raise NotFound("That item is no longer in your history")
        to_trash = [e for e in entries if self._to_trash(e)]
        to_delete = [e for e in entries if not self._to_trash(e)]
        self._pending.update(e.item_id for e in entries)
        self._rebuild()
        trashed: list[CommLogItem] = []
        deleted: list[CommLogItem] = []
        gone: list[CommLogItem] = []
        failed: list[UserFacingError] = []

        def sort(pairs, done: list[CommLogItem]) -> None:
            for e, r in pairs:
                if isinstance(r, NotFound):  # already gone from the server
                    gone.append(e)
                elif isinstance(r, UserFacingError):
                    failed.append(r)
                elif isinstance(r, BaseException):
                    raise r
                else:
                    done.append(e)

        try:
            if to_trash:
                results = await asyncio.gather(*(self._history.trash_history_item(e.item_id) for e in to_trash),
                                               return_exceptions=True)
                sort(zip(to_trash, results), trashed)
            if len(to_delete) > 1 and isinstance(self._history, BulkHistoryDelete):
                try:
                    missing = set(await self._history.delete_history_items([e.item_id for e in to_delete]))
                except UserFacingError as exc:
                    failed.append(exc)
                else:
                    gone += [e for e in to_delete if e.item_id in missing]
                    deleted += [e for e in to_delete if e.item_id not in missing]
            elif to_delete:
                results = await asyncio.gather(*(self._history.delete_history_item(e.item_id) for e in to_delete),
                                               return_exceptions=True)
                sort(zip(to_delete, results), deleted)
        finally:
            self._pending.difference_update(e.item_id for e in entries)
            self._forget([e.item_id for e in trashed + deleted + gone])
        if trashed:
            self._offer_undo(trashed)
        if gone:
            log.info("delete: %d of %d history items were no longer on the server", len(gone), len(entries))
        words = _delete_words(trashed, deleted, gone)
        if failed:
            if words:
                self._say(words)
                raise UserFacingError(f"{len(entries) - len(trashed) - len(deleted) - len(gone)} of {len(entries)} "
                                      f"items could not be deleted: {failed[0]}")
            raise failed[0]
        return words

    async def delete_items(self, item_ids: Sequence[str]) -> bool:
        """Delete these items (voicemails go to the trash where the backend keeps one); the notice
        says what was done, and which items the server no longer had."""
        self._say("")
        words = await self.guarded(self._delete([str(i) for i in item_ids]))
        if words is None:
            return False
        self._say(words)
        return True

    async def _undo(self) -> str:
        ids, self._undo_ids = list(self._undo_ids), []
        self._undo_timer.stop()
        self.undoChanged.emit()
        if not ids:
            raise InvalidInput("There is nothing to undo")
        results = await asyncio.gather(*(self._history.trash_history_item(i, trash=False) for i in ids),
                                       return_exceptions=True)
        for r in results:
            if isinstance(r, BaseException) and not isinstance(r, UserFacingError):
                raise r
        back = [i for i, r in zip(ids, results) if not isinstance(r, BaseException)]
        failed = [r for r in results if isinstance(r, BaseException)]
        await self._read_back(back)
        if failed and not back:
            self._undo_ids = ids  # still in the trash: the person may try again while it is offered
            self._undo_timer.start()
            self.undoChanged.emit()
            raise failed[0]
        self._undo_text = ""
        self.undoChanged.emit()
        words = (f"Moved {_describe(self._entry(back[0]))} back to the inbox" if len(back) == 1 and self._entry(back[0])
                 else f"Moved {len(back)} voicemail{'s' if len(back) != 1 else ''} back to the inbox")
        if failed:
            self._say(words)
            raise UserFacingError(f"{len(failed)} of {len(ids)} voicemails stayed in the trash: {failed[0]}")
        return words

    async def undo_delete(self) -> bool:
        """Move the voicemails the last delete put in the trash back to the inbox."""
        self._say("")
        words = await self.guarded(self._undo())
        if words is None:
            return False
        self._say(words)
        return True

    @qasync.asyncSlot(list)
    async def deleteItems(self, item_ids: list) -> None:
        await self.delete_items(item_ids)

    @qasync.asyncSlot()
    async def undoDelete(self) -> None:
        await self.undo_delete()

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

    @Slot(str, int)
    def openLink(self, item_id: str, index: int) -> None:
        """Open the entry's ``index``-th link (its voicemail, its recording…) in the browser."""
        entry = self._entry(str(item_id))
        links = self._links(entry) if entry is not None else []
        if not 0 <= index < len(links):
            self.set_error("That link is no longer in your history")
            return
        self.clear_error()
        self.openUrlRequested.emit(links[index]["url"])

    @qasync.asyncSlot(str)
    async def markSeen(self, item_id: str) -> None:
        await self.mark_seen(item_id)

    @qasync.asyncSlot()
    async def markAllSeen(self) -> None:
        await self.mark_all_seen()

    @qasync.asyncSlot(str)
    async def callBack(self, item_id: str) -> None:
        await self.call_back(item_id)

    @qasync.asyncSlot(str)
    async def markPlayed(self, item_id: str) -> None:
        await self.mark_played(item_id)

    @qasync.asyncSlot(str)
    async def openMessage(self, item_id: str) -> None:
        await self.open_message(item_id)

    @property
    def history(self) -> Any:
        """What the history reads from (the voicemail settings panel asks it too)."""
        return self._history

    # ------------------------------------------------------------------------------ SMS
    smsSupported = Property(bool, lambda self: sms_available(self._bridge), constant=True)

    def compose_sms(self, item_id: str) -> SmsComposeViewModel | None:
        """A compose view-model for the other party of a history item; None when the account cannot send SMS."""
        entry = self._entry(item_id)
        number = (entry.remote.number or entry.remote.display_number) if entry is not None else ""
        return compose_for(self._bridge, number, entry.remote.name if entry is not None else "",
                           default_region=self._region)

    # ------------------------------------------------------------------------------ lifetime
    async def aclose(self) -> None:
        self._closed = True
        self._after_call.stop()
        self._undo_timer.stop()
        await self._poller.aclose()
        for signal, slot in ((self._bridge.statusChanged, self._on_status), (self._bridge.callsChanged, self._on_calls)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass


def _newest_first(e: CommLogItem) -> tuple[float, int, str]:
    """Newest first; items of the same second by id, the later (larger) first."""
    number = int(e.item_id) if e.item_id.isdigit() and len(e.item_id) < 19 else 0
    if e.start_time is None:
        return (float("inf"), -number, e.item_id)
    when = e.start_time if e.start_time.tzinfo else e.start_time.astimezone()
    return (-when.timestamp(), -number, e.item_id)


_FROM_TYPES = ("MISSED_CALL", "INCOMING_CALL", "VOICEMAIL")


def _describe(e: CommLogItem | None) -> str:
    """"the voicemail from Jane Doe (10:02)": an item in words, for a notice."""
    if e is None:
        return "the item"
    kind = TYPE_NAMES.get(e.item_type, e.item_type.replace("_", " ").capitalize()).lower()
    kind = kind if e.item_type in MESSAGE_TYPES else f"{kind} call"
    who = e.remote.name or e.remote.number or e.remote.display_number or "an unknown number"
    when = time_text(e.start_time)
    return f"the {kind} {'from' if e.item_type in _FROM_TYPES else 'with'} {who}" + (f" ({when})" if when else "")


def _delete_words(trashed: list[CommLogItem], deleted: list[CommLogItem], gone: list[CommLogItem]) -> str:
    parts = []
    if deleted:
        parts.append(f"Deleted {_describe(deleted[0])}" if len(deleted) == 1 else f"Deleted {len(deleted)} items")
    if trashed:
        parts.append(f"moved {_describe(trashed[0])} to the trash" if len(trashed) == 1
                     else f"moved {len(trashed)} voicemails to the trash")
    if gone:
        if len(gone) <= 3:
            names = ", ".join(_describe(e) for e in gone)
            parts.append(f"{names} {'was' if len(gone) == 1 else 'were'} no longer on the server")
        else:
            parts.append(f"{len(gone)} items were no longer on the server")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def _checked_link(link: str) -> str | None:
    if not link:
        return None
    try:
        return safe_url(link)
    except UnsafeLink:
        return None
