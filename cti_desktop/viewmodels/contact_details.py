"""Contact details: the directory's fields of the contact chosen in the search, whether it is in a
call, and its photo.

Shown when the account's directory is also a
:class:`~cti_desktop.core.contact_details.ContactDetails`. Choosing another contact while one is
loading drops the older answer (only the newest choice is shown). A failure is said in ``error``
and the name from the search result stays.

The photo comes from the directory when it is also a
:class:`~cti_desktop.core.contact_photos.ContactPhotos`, through a
:class:`~cti_desktop.viewmodels.contact_photos.ContactPhotoCache` (asked once per contact, checked,
kept in memory only); a refused one is said in ``photoError``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.contact_details import ContactCard, ContactDetails
from cti_desktop.core.contact_photos import ContactPhotos
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.models import Contact
from cti_desktop.core.tasks import TaskSet

from .base import ViewModel
from .contact_photos import ContactPhotoCache
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)


def details_of(backend: Any) -> ContactDetails | None:
    directory = getattr(backend, "directory", None)
    return directory if isinstance(directory, ContactDetails) else None


def photos_of(backend: Any) -> ContactPhotos | None:
    directory = getattr(backend, "directory", None)
    return directory if isinstance(directory, ContactPhotos) else None


def photo_key(contact: Contact) -> str:
    return f"{contact.source}:{contact.id}"


def line_text(in_call: bool | None) -> str:
    if in_call is None:
        return ""
    return "In a call now" if in_call else "Not in a call"


class ContactDetailsViewModel(ViewModel):
    """Properties: ``available``, ``shown`` (a contact is chosen), ``name``, ``company``, ``fields``
    (list of {label, value}), ``lineText``, ``loading``, ``photoImage`` (a QImage or None), ``photoError``,
    plus ``error``/``busy``."""

    changed = Signal()

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None,
                 *, details: ContactDetails | None = None, photos: ContactPhotos | None = None) -> None:
        super().__init__(parent)
        self._details = details if details is not None else details_of(bridge.session.backend)
        source = photos if photos is not None else photos_of(bridge.session.backend)
        self._photo_contacts: dict[str, Contact] = {}

        async def fetch(key: str) -> bytes | None:
            contact = self._photo_contacts.get(key)
            return await source.contact_photo(contact) if source is not None and contact is not None else None

        self._photos = ContactPhotoCache(fetch if source is not None else None, self)
        self._photos.photoChanged.connect(self._photo_arrived)
        self._contact: Contact | None = None
        self._card: ContactCard | None = None
        self._loading = False
        self._seq = 0
        self._tasks = TaskSet("contact details")

    available = Property(bool, lambda self: self._details is not None, constant=True)
    shown = Property(bool, lambda self: self._contact is not None, notify=changed)
    name = Property(str, lambda self: self._contact.display_name if self._contact else "", notify=changed)
    company = Property(str, lambda self: (self._card.contact.company if self._card else
                                          self._contact.company if self._contact else ""), notify=changed)
    fields = Property("QVariantList", lambda self: [{"label": k, "value": v} for k, v in
                                                    (self._card.fields if self._card else ())], notify=changed)
    lineText = Property(str, lambda self: line_text(self._card.in_call) if self._card else "", notify=changed)
    loading = Property(bool, lambda self: self._loading, notify=changed)

    def _photo_entry(self):
        return self._photos.entry(photo_key(self._contact)) if self._contact is not None else None

    photoImage = Property("QVariant", lambda self: (e.image if (e := self._photo_entry()) else None), notify=changed)
    photoError = Property(str, lambda self: (e.error if (e := self._photo_entry()) else ""), notify=changed)

    @property
    def photos(self) -> ContactPhotoCache:
        return self._photos

    def _photo_arrived(self, key: str) -> None:
        if self._contact is not None and photo_key(self._contact) == key:
            self.changed.emit()

    def _ask_photo(self, contact: Contact | None) -> None:
        if contact is None or not contact.id:
            return
        key = photo_key(contact)
        self._photo_contacts[key] = contact
        self._photos.request(key)

    async def show_contact(self, contact: Contact | None) -> bool:
        """Show ``contact`` (None: nothing). ``False`` when its details could not be read or a newer
        choice came first."""
        self._seq += 1
        seq = self._seq
        self._contact, self._card = contact, None
        self._loading = contact is not None and self._details is not None
        self._ask_photo(contact)
        self.clear_error()
        self.changed.emit()
        if not self._loading:
            return contact is None
        try:
            card = await self._details.contact_card(contact)
        except UserFacingError as exc:
            if seq == self._seq:
                log.info("contact details: %s", exc)
                self._loading = False
                self.set_error(str(exc))
                self.changed.emit()
            return False
        if seq != self._seq:
            return False
        self._card, self._loading = card, False
        self.changed.emit()
        return True

    @Slot(object)
    def showContact(self, contact: Contact | None) -> None:
        if contact is not None and not isinstance(contact, Contact):
            contact = None
        self._tasks.spawn(self.show_contact(contact), name="contact-details")

    async def aclose(self) -> None:
        await self._tasks.close()
        await self._photos.aclose()


__all__ = ["ContactDetailsViewModel", "details_of", "line_text", "photo_key", "photos_of"]
