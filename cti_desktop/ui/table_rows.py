"""The rows of a :class:`QTableWidget` that lists things with ids: the id of a row is kept in its first
cell (:data:`ID_ROLE`), so the selection survives refilling the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

#: Where a row's id is kept, in its first cell.
ID_ROLE = Qt.ItemDataRole.UserRole


def selected_row_id(table: QTableWidget) -> str:
    """The id of ``table``'s selected row; ``""`` when no row is selected."""
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    if not rows:
        return ""
    cell = table.item(rows[0].row(), 0)
    return cell.data(ID_ROLE) if cell is not None else ""
