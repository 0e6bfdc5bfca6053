"""The wallboard's tiles as a Qt list model: the visible queues in their order, texts made lazily."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cti_desktop.core.wallboard_words import TileView
from cti_desktop.i18n import translate

__all__ = ["QUEUE_ID_ROLE", "TILE_ROLE", "WallboardTileModel"]

TILE_ROLE = Qt.ItemDataRole.UserRole + 1
QUEUE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class WallboardTileModel(QAbstractListModel):
    """The visible tiles in their order. ``TILE_ROLE`` gives the :class:`TileView`.

    Views are made lazily, when a tile is painted (or asked for): in an event storm hundreds of
    queues change between two flushes while only the few dozen tiles on screen need their texts.
    """

    def __init__(self, make_view: Callable[[str], TileView | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_view = make_view
        self._order: list[str] = []
        self._rows: dict[str, int] = {}
        self._views: dict[str, TileView] = {}
        self._known: set[str] = set()
        self._dirty: set[str] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        qid = self._order[index.row()]
        if role == QUEUE_ID_ROLE:
            return qid
        if role not in (TILE_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        view = self.view(qid)
        if view is None:
            return None
        if role == TILE_ROLE:
            return view
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.summary
        return translate("WallboardTiles", "{name}: {level_label}, {waiting} waiting").format(name=view.name, level_label=view.level_label, waiting=view.waiting)

    # -- used by the view-model -------------------------------------------------------------------
    @property
    def order(self) -> list[str]:
        return list(self._order)

    def known(self, qid: str) -> bool:
        return qid in self._known

    def view(self, qid: str) -> TileView | None:
        """The tile's texts, made now if they changed since they were last made."""
        if qid not in self._known:
            return None
        view = self._views.get(qid)
        if view is None or qid in self._dirty:
            view = self._make_view(qid)
            if view is None:
                return self._views.get(qid)
            self._views[qid] = view
            self._dirty.discard(qid)
        return view

    def mark_changed(self, qids: Iterable[str]) -> list[str]:
        """These tiles' texts changed: repaint their rows. Returns the ids seen for the first time."""
        fresh: list[str] = []
        rows: list[int] = []
        for qid in qids:
            if qid not in self._known:
                self._known.add(qid)
                fresh.append(qid)
            self._dirty.add(qid)
            row = self._rows.get(qid)
            if row is not None:
                rows.append(row)
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)), [TILE_ROLE])
        return fresh

    def forget(self, qids: list[str]) -> None:
        for qid in qids:
            self._views.pop(qid, None)
            self._known.discard(qid)
            self._dirty.discard(qid)

    def set_order(self, order: list[str]) -> bool:
        if order == self._order:
            return False
        if len(order) == len(self._order) and set(order) == set(self._order):
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            ids = [self._order[i.row()] for i in old]
            self._order = order
            self._rows = {qid: row for row, qid in enumerate(order)}
            self.changePersistentIndexList(old, [self.index(self._rows[q]) for q in ids])
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._order = order
            self._rows = {qid: row for row, qid in enumerate(order)}
            self.endResetModel()
        return True

