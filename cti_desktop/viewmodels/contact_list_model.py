"""The contacts panel's list: search results, or the favourites when the search box is empty."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt

from cti_desktop.core.models import Contact
from cti_desktop.i18n import translate

__all__ = ["FAVOURITE", "PLAIN_CONTACT", "ContactListModel"]

FAVOURITE = "FAVORITE"
PLAIN_CONTACT = "CONTACT"


def _label(identifier: str) -> str:
    return identifier.replace("_", " ").replace("-", " ").strip().capitalize() if identifier else ""


class ContactListModel(QAbstractListModel):
    """The contacts shown: search results, or the favourites when the search box is empty."""

    ContactIdRole = Qt.ItemDataRole.UserRole + 1
    DisplayNameRole = Qt.ItemDataRole.UserRole + 2
    CompanyRole = Qt.ItemDataRole.UserRole + 3
    PreferredNumberRole = Qt.ItemDataRole.UserRole + 4
    NumbersRole = Qt.ItemDataRole.UserRole + 5
    ActivityRole = Qt.ItemDataRole.UserRole + 6
    ActivityNameRole = Qt.ItemDataRole.UserRole + 7
    AvailableRole = Qt.ItemDataRole.UserRole + 8
    InCallRole = Qt.ItemDataRole.UserRole + 9
    FavouriteRole = Qt.ItemDataRole.UserRole + 10
    ContactRole = Qt.ItemDataRole.UserRole + 11

    _ROLE_NAMES = {
        ContactIdRole: b"contactId",
        DisplayNameRole: b"displayName",
        CompanyRole: b"company",
        PreferredNumberRole: b"preferredNumber",
        NumbersRole: b"numbers",
        ActivityRole: b"activity",
        ActivityNameRole: b"activityName",
        AvailableRole: b"available",
        InCallRole: b"inCall",
        FavouriteRole: b"favourite",
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contacts: list[Contact] = []
        self._activity_names: dict[str, str] = {}

    # --------------------------------------------------------------------- Python-side access
    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    def contact(self, row: int) -> Contact | None:
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def row_of(self, contact_id: str) -> int:
        for row, c in enumerate(self._contacts):
            if c.id == contact_id:
                return row
        return -1

    def activity_name(self, contact: Contact) -> str:
        if contact.in_call:
            return translate("ContactListModel", "In a call")
        act = contact.presence_activity
        if act:
            return self._activity_names.get(act, _label(act))
        if contact.available is None:
            return ""
        return translate("ContactListModel", "Available") if contact.available else translate("ContactListModel", "Unavailable")

    def set_activity_names(self, names: dict[str, str]) -> None:
        if names != self._activity_names:
            self._activity_names = dict(names)
            if self._contacts:
                self.dataChanged.emit(self.index(0), self.index(len(self._contacts) - 1), [self.ActivityNameRole])

    def set_contacts(self, contacts: list[Contact]) -> None:
        """Replace the rows; when the same contacts come back in the same order only changed rows
        are updated, so the selection and the keyboard position survive a refresh."""
        contacts = list(contacts)
        if [c.id for c in contacts] == [c.id for c in self._contacts]:
            for row, (old, new) in enumerate(zip(self._contacts, contacts)):
                if old != new:
                    self._contacts[row] = new
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._contacts = contacts
        self.endResetModel()

    # ------------------------------------------------------------------------- the Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name) for role, name in self._ROLE_NAMES.items()}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        c = self._contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == self.DisplayNameRole:
            return c.display_name
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [c.display_name]
            if c.company and c.company != c.display_name:
                parts.append(c.company)
            parts.extend(c.numbers or ((c.preferred_number,) if c.preferred_number else ()))
            status = self.activity_name(c)
            if status:
                parts.append(status)
            if c.favourite:
                parts.append(translate("ContactListModel", "Favourite"))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            bits = [c.display_name, c.company, c.preferred_number, self.activity_name(c)]
            if c.favourite:
                bits.append("favourite")
            return ", ".join(b for b in bits if b)
        if role == self.ContactIdRole:
            return c.id
        if role == self.CompanyRole:
            return c.company
        if role == self.PreferredNumberRole:
            return c.preferred_number or (c.numbers[0] if c.numbers else "")
        if role == self.NumbersRole:
            return list(c.numbers)
        if role == self.ActivityRole:
            return c.presence_activity
        if role == self.ActivityNameRole:
            return self.activity_name(c)
        if role == self.AvailableRole:
            return c.available
        if role == self.InCallRole:
            return c.in_call
        if role == self.FavouriteRole:
            return c.favourite
        if role == self.ContactRole:
            return c
        return None
