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

Whether the contact is a favourite is asked of the server (``FavouriteCheck``, the buddy list's
verify) for a contact of the account's own directory; ``toggleFavourite`` adds or removes it with
the buddy list's add and remove (through the colleagues' buddy list where there is one, so the
colleagues panel follows), then asks again and shows that answer. Signal ``favouriteSet(contactId)``
after a change the server took (the search list re-reads then).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.contact_details import ContactCard, ContactDetails
from cti_desktop.core.contact_photos import ContactPhotos
from cti_desktop.core.errors import NotSupported, UserFacingError
from cti_desktop.core.favourites import FavouriteCheck
from cti_desktop.core.models import Contact
from cti_desktop.core.optional_methods import BuddyListEditing
from cti_desktop.core.tasks import TaskSet
from cti_desktop.i18n import translate

from .base import ViewModel
from .contact_photos import ContactPhotoCache
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)


def details_of(backend: Any) -> ContactDetails | None:
    directory = backend.directory
    return directory if isinstance(directory, ContactDetails) else None


def photos_of(backend: Any) -> ContactPhotos | None:
    directory = backend.directory
    return directory if isinstance(directory, ContactPhotos) else None


def photo_key(contact: Contact) -> str:
    return f"{contact.source}:{contact.id}"


def favourite_check_of(backend: Any) -> FavouriteCheck | None:
    directory = backend.directory
    return directory if isinstance(directory, FavouriteCheck) else None


def favourite_text(favourite: bool | None) -> str:
    if favourite is None:
        return ""
    return translate("ContactDetails", "★ One of your favourites") if favourite else translate("ContactDetails", "Not one of your favourites")


def line_text(in_call: bool | None) -> str:
    if in_call is None:
        return ""
    return translate("ContactDetails", "In a call now") if in_call else translate("ContactDetails", "Not in a call")


class ContactDetailsViewModel(ViewModel):
    """Properties: ``available``, ``shown`` (a contact is chosen), ``name``, ``company``, ``fields``
    (list of {label, value}), ``lineText``, ``loading``, ``photoImage`` (a QImage or None), ``photoError``,
    ``favouriteSupported``/``favouriteNote`` (why not), ``favourite`` (None until the server said),
    ``favouriteText``, plus ``error``/``busy``."""

    changed = Signal()
    favouriteSet = Signal(str)

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None,
                 *, details: ContactDetails | None = None, photos: ContactPhotos | None = None) -> None:
        super().__init__(parent)
        self._backend = bridge.session.backend
        self._favourites = favourite_check_of(self._backend)
        self._favourite: bool | None = None
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

    favouriteSupported = Property(bool, lambda self: self._favourites is not None, constant=True)
    favourite = Property("QVariant", lambda self: self._favourite, notify=changed)
    favouriteText = Property(str, lambda self: favourite_text(self._favourite), notify=changed)

    def _get_favourite_note(self) -> str:
        if self._favourites is not None:
            return ""
        return self._backend.missing_reason("favourites", what=translate("ContactDetails", "favourites list"))

    #: Why the favourite state is not shown ("" where it is).
    favouriteNote = Property(str, _get_favourite_note, constant=True)

    def _own(self, contact: Contact | None) -> bool:
        """A contact of the account's own directory (the one whose favourites these are)."""
        return contact is not None and bool(contact.id) and contact.source == self._backend.name

    async def _read_favourite(self, contact: Contact, seq: int) -> None:
        if self._favourites is None or not self._own(contact):
            return
        try:
            favourite = await self._favourites.is_buddy(contact.id)
        except UserFacingError as exc:
            log.info("contact details: the favourite state: %s", exc)
            return  # not known: nothing is claimed
        if seq == self._seq:
            self._favourite = favourite
            self.changed.emit()

    async def set_favourite(self, favourite: bool) -> bool:
        """Add the shown contact to the favourites (or remove it), then show what the server says."""
        contact, seq = self._contact, self._seq

        async def change() -> bool:
            if self._favourites is None:
                raise NotSupported(self._get_favourite_note())
            if contact is None or not self._own(contact):
                raise NotSupported(translate("ContactDetails", "This contact is not in this account's directory: it cannot be a favourite here"))
            buddies = self._backend.colleagues or self._favourites
            if not isinstance(buddies, BuddyListEditing):
                raise NotSupported(translate("ContactDetails", "This account cannot change favourites"))
            await (buddies.add_buddy if favourite else buddies.remove_buddy)(contact.id)
            now = await self._favourites.is_buddy(contact.id)
            if seq == self._seq:
                self._favourite = now
                self.changed.emit()
            self.favouriteSet.emit(contact.id)
            if now != favourite:
                state = translate("ContactDetails", "a favourite") if now else translate("ContactDetails", "not a favourite")
                raise UserFacingError(translate("ContactDetails", "The server still shows {display_name} as {state}").format(display_name=contact.display_name, state=state))
            return True

        return bool(await self.guarded(change()))

    @Slot()
    def toggleFavourite(self) -> None:
        if self._favourite is None:
            self.set_error(translate("ContactDetails", "The favourite state is not known yet"))
            return
        self._tasks.spawn(self.set_favourite(not self._favourite), name="contact-details-favourite")

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
        self._contact, self._card, self._favourite = contact, None, None
        self._loading = contact is not None and self._details is not None
        self._ask_photo(contact)
        self.clear_error()
        self.changed.emit()
        if contact is not None:
            self._tasks.spawn(self._read_favourite(contact, seq), name="contact-details-favourite-state")
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


__all__ = ["ContactDetailsViewModel", "details_of", "favourite_check_of", "favourite_text", "line_text", "photo_key",
           "photos_of"]
