"""The person's own contact book on the phone system: contacts only they see, kept on the server.

A backend whose directory also implements :class:`ContactBook` gets the "My contacts" panel: list,
add, edit and delete. The server's answer is the truth: after every change the panel re-reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable
from cti_desktop.i18n import translate

from .errors import InvalidInput
from .models import Contact

__all__ = ["ContactBook", "ContactForm", "FIELD_LIMIT", "STATUSES"]

#: The longest text the phone system keeps in one field.
FIELD_LIMIT = 64
#: The statuses a contact may have (the first is the default).
STATUSES = ("CONTACT", "FAVORITE", "VIP", "BLOCKED")


@dataclass(frozen=True, slots=True)
class ContactForm:
    """What the person fills in to add or edit a contact."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    status: str = "CONTACT"
    #: The phone number's type (``WORK``, ``MOBILE``…, from :meth:`ContactBook.book_phone_types`);
    #: "" keeps the type it has (a new number: the phone system's default).
    phone_type: str = ""

    def checked(self) -> "ContactForm":
        """The form with its text trimmed; :class:`InvalidInput` in words when it cannot be sent."""
        values = {name: " ".join(str(getattr(self, name) or "").split())
                  for name in ("first_name", "last_name", "company", "email", "phone")}
        if not (values["first_name"] or values["last_name"] or values["company"]):
            raise InvalidInput(translate("ContactBook", "Give the contact a name or a company"))
        for name, value in values.items():
            if len(value) > FIELD_LIMIT:
                raise InvalidInput(translate("ContactBook", "The {replace} is longer than {FIELD_LIMIT} characters").format(replace=name.replace('_', ' '), FIELD_LIMIT=FIELD_LIMIT))
        if values["email"] and ("@" not in values["email"] or " " in values["email"]):
            raise InvalidInput(translate("ContactBook", "{email!r} is not an e-mail address").format(email=values['email']))
        status = (self.status or "CONTACT").strip().upper()
        if status not in STATUSES:
            raise InvalidInput(translate("ContactBook", "Unknown contact status {status!r}").format(status=self.status))
        phone_type = (self.phone_type or "").strip().upper()
        if phone_type and not (len(phone_type) <= FIELD_LIMIT and phone_type.replace("_", "").isalnum()
                               and phone_type.isascii()):
            raise InvalidInput(translate("ContactBook", "Unknown phone number type {phone_type!r}").format(phone_type=self.phone_type))
        return ContactForm(status=status, phone_type=phone_type, **values)


@runtime_checkable
class ContactBook(Protocol):
    """The signed-in person's own contacts on the phone system."""

    #: How the book is called in the panel ("My contacts").
    contact_book_name: str

    async def book_contacts(self) -> list[Contact]: ...
    async def add_book_contact(self, form: ContactForm) -> Contact: ...
    async def update_book_contact(self, contact_id: str, form: ContactForm) -> Contact: ...
    async def delete_book_contact(self, contact_id: str) -> None: ...
    async def book_phone_types(self, language: str = "en") -> list[tuple[str, str]]:
        """(type, its name in ``language``) for the phone number's type, in the phone system's order."""
        ...
