"""What a call history may let the person do to its items besides marking them: the optional
abilities of a :class:`~cti_desktop.core.capabilities.History`, as protocols (a backend without one
simply lacks its method, and the panel does not offer it).

* :class:`HistoryDelete` — delete one item for good;
* :class:`BulkHistoryDelete` — delete several in one request; answers the ids it did not find;
* :class:`HistoryTrash` — move an item to the trash, and back to the inbox (an undo);
* :class:`HistoryItemRead` — read one item as it is now (:class:`~cti_desktop.core.errors.NotFound`
  when it is no longer in the inbox).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from .models import CommLogItem

__all__ = ["BulkHistoryDelete", "HistoryDelete", "HistoryItemRead", "HistoryTrash"]


@runtime_checkable
class HistoryDelete(Protocol):
    async def delete_history_item(self, item_id: str, *, update_call_item: bool = False) -> None: ...


@runtime_checkable
class BulkHistoryDelete(Protocol):
    async def delete_history_items(self, item_ids: Sequence[str]) -> list[str]: ...


@runtime_checkable
class HistoryTrash(Protocol):
    async def trash_history_item(self, item_id: str, *, trash: bool = True) -> None: ...


@runtime_checkable
class HistoryItemRead(Protocol):
    async def history_item(self, item_id: str) -> CommLogItem: ...
