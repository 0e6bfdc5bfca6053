"""My call history's delete: one request for one item, one bulk request for several where the
backend has it, voicemails moved to the trash where the backend keeps one, and undo.

The ids the server no longer had are said in words. A voicemail moved to the trash is offered back
(``undoText``/``canUndo``) for ``undo_seconds``; an undo moves it back to the inbox and reads the
items touched back one by one.

:class:`HistoryDeleteActions` is a mixin of
:class:`~cti_desktop.viewmodels.call_history.CallHistoryViewModel` (its log, pending ids, notices,
undo timer and ``undoChanged``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence


from cti_desktop.core.errors import InvalidInput, NotFound, NotSupported, UserFacingError
from cti_desktop.core.history_actions import BulkHistoryDelete, HistoryDelete
from cti_desktop.core.models import CommLogItem
from cti_desktop.i18n import translate

from .base import command
from .call_history_rows import delete_words, describe_item

log = logging.getLogger(__name__)


class HistoryDeleteActions:
    """Delete, trash and undo (a mixin of the call history's view-model)."""

    def _drop_undo(self) -> None:
        self._undo_timer.stop()
        if self._undo_ids or self._undo_text:
            self._undo_ids, self._undo_text = [], ""
            self.undoChanged.emit()

    def _offer_undo(self, entries: list[CommLogItem]) -> None:
        self._undo_ids = [e.item_id for e in entries]
        if len(entries) == 1:
            self._undo_text = translate("CallHistoryDelete", "Moved {describe_item} to the trash").format(describe_item=describe_item(entries[0]))
        else:
            self._undo_text = translate("CallHistoryDelete", "Moved {count} voicemails to the trash").format(count=len(entries))
        self.undoChanged.emit()
        self._undo_timer.start()

    async def _delete(self, ids: list[str]) -> str:
        if not isinstance(self._history, HistoryDelete):
            raise NotSupported(translate("CallHistoryDelete", "This account cannot delete items from its call history"))
        entries = [e for e in (self._entry(i) for i in dict.fromkeys(ids)) if e is not None]
        entries = [e for e in entries if e.item_id not in self._pending]
        if not entries:
            raise NotFound(translate("CallHistoryDelete", "That item is no longer in your history"))
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
        words = delete_words(trashed, deleted, gone)
        if failed:
            if words:
                self._say(words)
                raise UserFacingError(translate("CallHistoryDelete", "{value} of {count} items could not be deleted: {value2}").format(value=len(entries) - len(trashed) - len(deleted) - len(gone), count=len(entries), value2=failed[0]))
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
            raise InvalidInput(translate("CallHistoryDelete", "There is nothing to undo"))
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
        words = (translate("CallHistoryDelete", "Moved {describe_item} back to the inbox").format(describe_item=describe_item(self._entry(back[0]))) if len(back) == 1 and self._entry(back[0])
                 else translate("CallHistoryDelete", "Moved %n voicemail back to the inbox", None, len(back)) if len(back) == 1
                 else translate("CallHistoryDelete", "Moved %n voicemails back to the inbox", None, len(back)))
        if failed:
            self._say(words)
            raise UserFacingError(translate("CallHistoryDelete", "{count} of {count2} voicemails stayed in the trash: {value}").format(count=len(failed), count2=len(ids), value=failed[0]))
        return words

    async def undo_delete(self) -> bool:
        """Move the voicemails the last delete put in the trash back to the inbox."""
        self._say("")
        words = await self.guarded(self._undo())
        if words is None:
            return False
        self._say(words)
        return True

    @command(list)
    async def deleteItems(self, item_ids: list) -> None:
        await self.delete_items(item_ids)

    @command()
    async def undoDelete(self) -> None:
        await self.undo_delete()

