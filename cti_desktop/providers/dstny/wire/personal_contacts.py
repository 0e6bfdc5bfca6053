"""Personal contacts: the signed-in user's own contacts (the reference's Personal Contacts API).

A list is ``{"personal_contact":[…]}``; one contact is an object with ``cid``, names, address,
``contactStatus``, ``ownerType`` and ``phoneNumbers`` (``[{type, phoneNumber, preferredNumber}]``).
An update sends the whole contact: :func:`personal_contact_body` lays the person's form over the
object the server gave, so fields the app does not edit (department, address, speed dial…) are
sent back unchanged.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. Every ``parse_*`` returns a
value or raises :class:`~.base.MalformedResponse`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ....core.contact_book import ContactForm
from ....core.models import Contact
from ...wire_common import to_str as _str
from .base import MalformedResponse, _dict, _items, _list, _bool
from .contacts import parse_contact

__all__ = ["PhoneLabel", "parse_personal_contact", "parse_personal_contacts", "personal_contact_object",
           "personal_contact_body", "parse_phone_labels"]

#: Where the contacts of this module come from (``Contact.source``).
SOURCE = "dstny-personal"


@dataclass(frozen=True, slots=True)
class PhoneLabel:
    """A phone-number type and its name in the asked-for language (``WORK`` → ``Work``)."""

    value: str
    name: str


def personal_contact_object(value: Any) -> dict[str, Any]:
    """One personal contact as the server sent it (an object with a ``cid``)."""
    d = _dict(value, "personal contact")
    if not _str(d.get("cid")):
        raise MalformedResponse("personal contact: no cid")
    return d


def parse_personal_contact(value: Any) -> Contact:
    d = personal_contact_object(value)
    preferred = ""
    try:
        numbers = _list(d.get("phoneNumbers"), "phoneNumbers")
    except MalformedResponse:
        numbers = []
    for n in numbers:
        if isinstance(n, dict) and _bool(n.get("preferredNumber")) and _str(n.get("phoneNumber")):
            preferred = _str(n.get("phoneNumber"))
            break
    contact = parse_contact({**d, "preferredNumber": preferred} if preferred else d, source=SOURCE)
    # parse_contact prefers contactEntryId/cid in that order; a personal contact is known by its cid

    return replace(contact, id=_str(d.get("cid")), in_list=True,
                   preferred_number=contact.preferred_number or (contact.numbers[0] if contact.numbers else ""))


def parse_personal_contacts(value: Any) -> list[Contact]:
    """``{"personal_contact":[…]}`` (or a bare list) → contacts; entries without a ``cid`` are skipped."""
    out = []
    for item in _items(value, "personal_contact", "personal contacts"):
        if isinstance(item, dict) and _str(item.get("cid")):
            out.append(parse_personal_contact(item))
    return out


def _phone_numbers(base: dict[str, Any], phone: str, phone_type: str = "") -> list[dict[str, Any]]:
    try:
        numbers = [dict(n) for n in _list(base.get("phoneNumbers"), "phoneNumbers") if isinstance(n, dict)]
    except MalformedResponse:
        numbers = []
    index = next((i for i, n in enumerate(numbers) if _bool(n.get("preferredNumber"))), 0 if numbers else None)
    if not phone:
        if index is not None:
            del numbers[index]
        return numbers
    if index is None:
        return [{"type": phone_type or "WORK", "phoneNumber": phone, "preferredNumber": True}]
    for i, n in enumerate(numbers):
        if i != index and n.get("preferredNumber") is not False and "preferredNumber" in n:
            numbers[i] = {**n, "preferredNumber": False}  # one preferred number: the one the form shows
    numbers[index] = {**numbers[index], "phoneNumber": phone, "preferredNumber": True}
    if phone_type:
        numbers[index]["type"] = phone_type
    return numbers


def personal_contact_body(form: ContactForm, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The create (no ``base``) or update body: ``form`` laid over the contact the server sent.

    ``ownerType`` is the server's to set and is not sent back. ``form`` is expected checked
    (:meth:`ContactForm.checked`).
    """
    body = {k: v for k, v in (base or {}).items() if k != "ownerType"}
    body.update(firstname=form.first_name, lastname=form.last_name, company=form.company, email=form.email,
                contactStatus=form.status)
    body["phoneNumbers"] = _phone_numbers(base or {}, form.phone, form.phone_type)
    return body


def parse_phone_labels(value: Any) -> list[PhoneLabel]:
    """``{"phoneLabels":[{labelValue, labelName}]}`` → labels (entries without a value are skipped)."""
    out = []
    for item in _items(value, "phoneLabels", "phone labels"):
        if isinstance(item, dict) and _str(item.get("labelValue")):
            out.append(PhoneLabel(_str(item.get("labelValue")), _str(item.get("labelName")) or _str(item.get("labelValue"))))
    return out
