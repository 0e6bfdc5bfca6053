"""My contacts: the signed-in person's own contacts on the phone system — list, add, edit, delete, call.

Shown when the account's directory is also a :class:`~cti_desktop.core.contact_book.ContactBook`.
The server is the truth: after every change the list is read again, and a change that failed leaves
the list as the server has it, with the reason in ``error``. The form is checked here
(:meth:`ContactForm.checked`) so a bad entry is refused in words before anything is sent.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.contact_book import STATUSES, ContactBook, ContactForm
from cti_desktop.core.errors import InvalidInput, NotSupported, UserFacingError
from cti_desktop.core.models import Contact
from cti_desktop.core.tasks import TaskSet
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import ViewModel
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

#: The status words the panel shows.
STATUS_WORDS = TranslatedWords("ContactBook", {"CONTACT": QT_TRANSLATE_NOOP("ContactBook", "Contact"), "FAVORITE": QT_TRANSLATE_NOOP("ContactBook", "Favourite"), "VIP": QT_TRANSLATE_NOOP("ContactBook", "VIP"), "BLOCKED": QT_TRANSLATE_NOOP("ContactBook", "Blocked")})


def book_of(backend: Any) -> ContactBook | None:
    """The account's contact book, or None when its phone system keeps none for the person."""
    directory = backend.directory
    return directory if isinstance(directory, ContactBook) else None


class ContactBookViewModel(ViewModel):
    """The "My contacts" panel's state and commands.

    Properties: ``available`` (the account has a contact book), ``title``, ``contacts`` (list of
    dicts: id, name, firstName, lastName, company, email, number, status, statusText), ``count``,
    ``loaded``, ``notice`` (what the last change did), ``phoneTypes`` (list of {value, name}: the
    phone number types in the person's language, read with the first list), plus ``error``/``busy``.
    """

    contactsChanged = Signal()
    phoneTypesChanged = Signal()
    loadedChanged = Signal()
    noticeChanged = Signal()
    callPlaced = Signal(str)
    #: After each add, edit or delete: whether the server took it.
    changeDone = Signal(bool)

    statuses = STATUSES

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None, *, book: ContactBook | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self._language = language
        self._phone_types: list[tuple[str, str]] | None = None  # None: not read yet
        self._session = bridge.session
        self._book = book if book is not None else book_of(bridge.session.backend)
        self._contacts: list[Contact] = []
        self._loaded = False
        self._notice = ""
        self._read_failed = False
        self._tasks = TaskSet("my contacts")

    # ------------------------------------------------------------------------------ properties
    available = Property(bool, lambda self: self._book is not None, constant=True)
    title = Property(str, lambda self: self._book.contact_book_name if self._book is not None else translate("ContactBook", "My contacts"), constant=True)
    contacts = Property("QVariantList", lambda self: [self._row(c) for c in self._contacts], notify=contactsChanged)
    count = Property(int, lambda self: len(self._contacts), notify=contactsChanged)
    loaded = Property(bool, lambda self: self._loaded, notify=loadedChanged)
    notice = Property(str, lambda self: self._notice, notify=noticeChanged)
    phoneTypes = Property("QVariantList", lambda self: [{"value": v, "name": n} for v, n in self._phone_types or ()],
                          notify=phoneTypesChanged)

    @staticmethod
    def _row(c: Contact) -> dict[str, Any]:
        number = c.preferred_number or (c.numbers[0] if c.numbers else "")
        return {"id": c.id, "name": c.display_name, "firstName": c.first_name, "lastName": c.last_name,
                "company": c.company, "email": c.email, "number": number, "status": c.status or "CONTACT",
                "statusText": STATUS_WORDS.get(c.status or "CONTACT", (c.status or "").title())}

    def contact(self, contact_id: str) -> dict[str, Any] | None:
        found = next((c for c in self._contacts if c.id == contact_id), None)
        return self._row(found) if found is not None else None

    def _set_notice(self, text: str) -> None:
        self._update("_notice", text, self.noticeChanged)

    def _require(self) -> ContactBook:
        if self._book is None:
            raise NotSupported(translate("ContactBook", "This phone system keeps no contacts of your own"))
        return self._book

    # -------------------------------------------------------------------------------- commands
    async def refresh(self) -> bool:
        """Read the list again. ``False`` (with ``error`` set) when it could not be read.

        A successful read clears only a read's error: the reason a change was refused stays in view
        when the list is read after it (or when the first read ends after it).
        """
        try:
            contacts = await self._require().book_contacts()
        except UserFacingError as exc:
            log.info("my contacts: %s", exc)
            self.set_error(str(exc))
            self._read_failed = True
            return False
        if self._read_failed:
            self._read_failed = False
            self.clear_error()
        if self._phone_types is None:
            await self._read_phone_types()
        if contacts != self._contacts:
            self._contacts = list(contacts)
            self.contactsChanged.emit()
        self._update("_loaded", True, self.loadedChanged)
        return True

    async def _read_phone_types(self) -> None:
        """The phone-number types in the person's language, once; without them the form offers none."""
        try:
            types = await self._require().book_phone_types(self._language)
        except UserFacingError as exc:
            log.info("my contacts: no phone number types: %s", exc)
            return
        self._phone_types = list(types)
        self.phoneTypesChanged.emit()

    async def _change(self, work: Callable[[], Awaitable[Any]], notice: Callable[[Any], str]) -> bool:
        self._read_failed = False
        result = await self.guarded(work())
        if result is None:
            await self.refresh()
            self.changeDone.emit(False)
            return False
        self._set_notice(notice(result))
        await self.refresh()
        self.changeDone.emit(True)
        return True

    async def add_contact(self, form: ContactForm) -> bool:
        async def work() -> Contact:
            return await self._require().add_book_contact(form.checked())

        return await self._change(work, lambda c: translate("ContactBook", "Added {display_name}").format(display_name=c.display_name))

    async def edit_contact(self, contact_id: str, form: ContactForm) -> bool:
        async def work() -> Contact:
            if not contact_id:
                raise InvalidInput(translate("ContactBook", "Choose a contact to edit"))
            return await self._require().update_book_contact(contact_id, form.checked())

        return await self._change(work, lambda c: translate("ContactBook", "Saved {display_name}").format(display_name=c.display_name))

    async def delete_contact(self, contact_id: str) -> bool:
        row = self.contact(contact_id)

        async def work() -> bool:
            if row is None:
                raise InvalidInput(translate("ContactBook", "Choose a contact to delete"))
            await self._require().delete_book_contact(contact_id)
            return True

        return await self._change(work, lambda _done: translate("ContactBook", "Deleted {name}").format(name=row["name"] if row else ""))

    async def call_contact(self, contact_id: str) -> str | None:
        row = self.contact(contact_id)

        async def place() -> str:
            if row is None:
                raise InvalidInput(translate("ContactBook", "Choose a contact to call"))
            if not row["number"]:
                raise InvalidInput(translate("ContactBook", "{name} has no phone number to call").format(name=row['name']))
            if self._session.commands is None:
                raise NotSupported(translate("ContactBook", "This account cannot place calls"))
            call = await self._session.commands.make_call(row["number"])
            return call.call_id

        call_id = await self.guarded(place())
        if call_id:
            self.callPlaced.emit(call_id)
        return call_id

    # ------------------------------------------------------------------------------ Qt slots
    @Slot()
    def load(self) -> None:
        if self._book is not None:
            self._tasks.spawn(self.refresh(), name="my-contacts-load")

    # Each command is a task of this view-model's own set: it is awaited (or cancelled) when the panel closes.
    @Slot(str, str, str, str, str, str, str)
    def add(self, first_name: str, last_name: str, company: str, email: str, phone: str,
            status: str = "CONTACT", phone_type: str = "") -> None:
        form = ContactForm(first_name, last_name, company, email, phone, status, phone_type)
        self._tasks.spawn(self.add_contact(form), name="my-contacts-add")

    @Slot(str, str, str, str, str, str, str, str)
    def edit(self, contact_id: str, first_name: str, last_name: str, company: str, email: str, phone: str,
             status: str = "CONTACT", phone_type: str = "") -> None:
        form = ContactForm(first_name, last_name, company, email, phone, status, phone_type)
        self._tasks.spawn(self.edit_contact(contact_id, form), name="my-contacts-edit")

    @Slot(str)
    def remove(self, contact_id: str) -> None:
        self._tasks.spawn(self.delete_contact(contact_id), name="my-contacts-delete")

    @Slot(str)
    def call(self, contact_id: str) -> None:
        self._tasks.spawn(self.call_contact(contact_id), name="my-contacts-call")

    async def aclose(self) -> None:
        await self._tasks.close()


__all__ = ["ContactBookViewModel", "book_of", "STATUS_WORDS"]
