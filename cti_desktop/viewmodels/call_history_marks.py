"""My call history's item actions: mark seen, mark played, open a message, open a link, call back.

Each tells the server, then shows what the server says: "mark seen" and "mark all seen" (all in one
request where the backend can), then the list is re-read; "mark played" (a voicemail left after a
missed call deals with that call too), then the items touched are read back. "Open" hands the
message's link to the browser only when :func:`cti_desktop.core.links.safe_url` accepts it (http or
https, nothing else), then marks it played. "Call back" works from any item with a number, through
the same dialling path as the rest of the app.

:class:`HistoryItemActions` is a mixin of
:class:`~cti_desktop.viewmodels.call_history.CallHistoryViewModel` (its log, pending ids, notices).
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Slot

from cti_desktop.core.errors import InvalidInput, NotFound, NotSupported, UserFacingError
from cti_desktop.core.links import UnsafeLink, safe_url
from cti_desktop.core.voicemail import BulkSeenMarks, PlayedMarks
from cti_desktop.i18n import translate

from .base import command
from .call_history_rows import MESSAGE_TYPES, safe_links
from .group_call_log import softphone_device_id

log = logging.getLogger(__name__)


class HistoryItemActions:
    """Marks, opening and calling back (a mixin of the call history's view-model)."""

    async def _mark(self, ids: list[str]) -> int:
        if self._history is None:
            raise NotSupported(translate("CallHistoryMarks", "This account has no call history"))
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
                    raise UserFacingError(translate("CallHistoryMarks", "{done} of {count} calls were marked seen; the rest could not be: {value}").format(done=done, count=len(ids), value=failed[0]))
                raise failed[0]
            return len(ids)
        finally:
            self._pending.difference_update(ids)
            await self._reread_after()

    async def _mark_played(self, item_id: str) -> bool:
        entry = self._entry(item_id)
        if entry is None:
            raise NotFound(translate("CallHistoryMarks", "That message is no longer in your history"))
        if entry.item_type not in MESSAGE_TYPES:
            raise InvalidInput(translate("CallHistoryMarks", "Only voicemails and recordings are played"))
        if not isinstance(self._history, PlayedMarks):
            raise NotSupported(translate("CallHistoryMarks", "This account keeps no played mark on messages"))
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
            self.set_error(translate("CallHistoryMarks", "That message is no longer in your history"))
            return False
        if not entry.link:
            self.set_error(translate("CallHistoryMarks", "The server gave no link to listen to this message"))
            return False
        try:
            url = safe_url(entry.link)
        except UnsafeLink as exc:
            log.warning("history item %s: its link was not opened: %s", entry.item_id, exc)
            self.set_error(translate("CallHistoryMarks", "This message's link was not opened: {exc}").format(exc=exc))
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
            self.set_error(translate("CallHistoryMarks", "That call is no longer in your history"))
            return False
        done = await self.guarded(self._mark([item_id]))
        return done is not None

    async def mark_all_seen(self) -> bool:
        """Mark every unseen missed call seen."""
        self._say("")
        ids = [e.item_id for e in self._log if e.item_type == "MISSED_CALL" and not e.seen and not e.inbox_name]
        if not ids:
            self._say(translate("CallHistoryMarks", "No unseen missed calls"))
            return True
        done = await self.guarded(self._mark(ids))
        if done:
            self._say(translate("CallHistoryMarks", "%n missed call marked as seen", None, done) if done == 1
                      else translate("CallHistoryMarks", "%n missed calls marked as seen", None, done))
        return done is not None


    async def _call_back(self, item_id: str) -> str:
        entry = self._entry(item_id)
        if entry is None:
            raise NotFound(translate("CallHistoryMarks", "That call is no longer in your history"))
        number = entry.remote.number or entry.remote.display_number
        if not number:
            raise InvalidInput(translate("CallHistoryMarks", "This call has no number to call back"))
        if self._session.commands is None or self._session.backend.call_control is None:
            raise NotSupported(translate("CallHistoryMarks", "This account cannot place calls"))
        device = await softphone_device_id(self._session.backend.call_control)
        call = await self._session.commands.make_call(number, device_id=device)
        if entry.item_type == "MISSED_CALL" and not entry.seen:
            try:
                await self._history.mark_seen(item_id)  # calling back means I have seen it
            except UserFacingError as exc:
                log.info("could not mark %s seen after calling back: %s", item_id, exc)
            await self._reread_after()
        self._say(translate("CallHistoryMarks", "Calling {value}").format(value=entry.remote.name or number))
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
        links = safe_links(entry) if entry is not None else []
        if not 0 <= index < len(links):
            self.set_error(translate("CallHistoryMarks", "That link is no longer in your history"))
            return
        self.clear_error()
        self.openUrlRequested.emit(links[index]["url"])

    @command(str)
    async def markSeen(self, item_id: str) -> None:
        await self.mark_seen(item_id)

    @command()
    async def markAllSeen(self) -> None:
        await self.mark_all_seen()

    @command(str)
    async def callBack(self, item_id: str) -> None:
        await self.call_back(item_id)

    @command(str)
    async def markPlayed(self, item_id: str) -> None:
        await self.mark_played(item_id)

    @command(str)
    async def openMessage(self, item_id: str) -> None:
        await self.open_message(item_id)

