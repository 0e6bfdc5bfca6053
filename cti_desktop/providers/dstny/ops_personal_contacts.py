"""Personal contacts: the signed-in user's own contacts, kept on the server (``pc.*`` routes).

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient`; it is also the core
:class:`~cti_desktop.core.contact_book.ContactBook` the "My contacts" panel uses.

An edit reads the contact first (``pc.get``) and sends it back whole with the person's changes
(``pc.update``): the reference's update takes the full contact, and fields the app does not show
(department, address, speed dial…) must not be lost.
"""

from __future__ import annotations

from typing import Any, Mapping

from ...core.contact_book import ContactForm
from ...core.errors import InvalidInput
from ...core.models import Contact
from . import wire
from .wire import PhoneLabel

__all__ = ["PERSONAL_CONTACT_FEATURES", "PersonalContactsOps"]

PERSONAL_CONTACT_FEATURES: Mapping[str, str] = {
    "pc.list": "My contacts",
    "pc.create": "Add contact",
    "pc.get": "Contact details",
    "pc.update": "Edit contact",
    "pc.delete": "Delete contact",
    "pc.labels": "Phone number types",
}


def _cid(contact_id: str) -> str:
    cid = (contact_id or "").strip()
    if not cid:
        raise InvalidInput("Choose a contact first")
    return cid


class PersonalContactsOps:
    """The user's own contacts. Needs the client's ``_json``/``_send``."""

    _json: Any
    _send: Any

    contact_book_name = "My contacts"

    async def personal_contacts(self) -> list[Contact]:
        return wire.parse_personal_contacts(await self._json("pc.list"))

    async def personal_contact_object(self, contact_id: str) -> dict[str, Any]:
        """One contact exactly as the server keeps it (for an update that keeps every field)."""
        return wire.personal_contact_object(await self._json("pc.get", fields={"cid": _cid(contact_id)}))

    async def personal_contact(self, contact_id: str) -> Contact:
        return wire.parse_personal_contact(await self.personal_contact_object(contact_id))

    async def create_personal_contact(self, form: ContactForm) -> Contact:
        body = wire.personal_contact_body(form.checked())
        data = await self._json("pc.create", body=body, command=True)
        if isinstance(data, dict) and data.get("cid"):
            return wire.parse_personal_contact(data)
        # No contact in the answer: the list tells what the server made of it.
        for contact in await self.personal_contacts():
            if (contact.first_name, contact.last_name, contact.company) == (form.first_name.strip(),
                                                                             form.last_name.strip(),
                                                                             form.company.strip()):
                return contact
        raise wire.MalformedResponse("the new contact is neither in the answer nor in the list")

    async def update_personal_contact(self, contact_id: str, form: ContactForm) -> Contact:
        checked = form.checked()
        cid = _cid(contact_id)
        base = await self.personal_contact_object(cid)
        body = wire.personal_contact_body(checked, base) | {"cid": base.get("cid", cid)}
        data = await self._json("pc.update", fields={"cid": cid}, body=body, command=True)
        if isinstance(data, dict) and data.get("cid"):
            return wire.parse_personal_contact(data)
        return await self.personal_contact(cid)

    async def delete_personal_contact(self, contact_id: str) -> None:
        await self._send("pc.delete", fields={"cid": _cid(contact_id)}, command=True)

    async def phone_labels(self, locale: str = "en") -> list[PhoneLabel]:
        locale = (locale or "en").strip() or "en"
        if not locale.replace("_", "").replace("-", "").isalnum() or len(locale) > 16:
            raise InvalidInput(f"{locale!r} is not a language code")
        return wire.parse_phone_labels(await self._json("pc.labels", fields={"locale": locale}))

    # -- the core ContactBook
    async def book_contacts(self) -> list[Contact]:
        contacts = await self.personal_contacts()
        return sorted(contacts, key=lambda c: (c.display_name.casefold(), c.id))

    async def add_book_contact(self, form: ContactForm) -> Contact:
        return await self.create_personal_contact(form)

    async def update_book_contact(self, contact_id: str, form: ContactForm) -> Contact:
        return await self.update_personal_contact(contact_id, form)

    async def delete_book_contact(self, contact_id: str) -> None:
        await self.delete_personal_contact(contact_id)

    async def book_phone_types(self, language: str = "en") -> list[tuple[str, str]]:
        return [(label.value, label.name) for label in await self.phone_labels(language)]
