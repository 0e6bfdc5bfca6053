"""Contacts.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

from typing import Any, Mapping

from ....core.models import Contact
from ...wire_common import to_str as _str
from .base import (
    MalformedResponse,
    _dict,
    _opt_dict,
    _list,
    _items,
    _bool,
    _opt_bool,
    _first,
    number_from_uri,
)


#: Single-number fields a contact may carry besides ``preferredNumber`` and ``phonenumbers``. The
#: reference's ContactDTO also shows ``faxNumber``: left out on purpose, a fax is not a number to
#: offer for a call (and ``numbers`` is what the app dials).
_CONTACT_NUMBER_FIELDS = ("mobileNumber", "businessNumber", "workNumber", "officeNumber", "homeNumber",
                          "privateNumber", "phoneNumber", "telephoneNumber")


def _contact_numbers(d: Mapping[str, Any], preferred: str) -> tuple[str, ...]:
    """Every number of a ContactDTO, the preferred one first, each once.

    ``phonenumbers`` (the reference: ``[{number, type}]``), ``phoneNumbers`` (personal contacts:
    ``[{type, phoneNumber, preferredNumber}]``) and ``numbers`` lists, then the single-number fields.
    """
    numbers: list[str] = []

    def add(raw: Any) -> None:
        number = number_from_uri(raw)
        if number and number not in numbers:
            numbers.append(number)

    add(preferred)
    for key in ("phonenumbers", "phoneNumbers", "numbers"):
        raw_list = d.get(key)
        if isinstance(raw_list, dict):
            raw_list = [raw_list]
        try:
            items = _list(raw_list, key)
        except MalformedResponse:
            continue
        for n in items:
            add(_first(n, "number", "phoneNumber", "telUri", "uri") if isinstance(n, dict) else n)
    for key in _CONTACT_NUMBER_FIELDS:
        if not isinstance(d.get(key), (dict, list, bool)):
            add(d.get(key))
    return tuple(numbers)


def parse_contact(value: Any, *, source: str = "dstny") -> Contact:
    """A ``ContactDTO`` → :class:`Contact` (``source`` ``"dstny"``)."""
    d = _dict(value, "ContactDTO")
    preferred = number_from_uri(d.get("preferredNumber"))
    numbers = _contact_numbers(d, preferred)
    presence = _opt_dict(d.get("presence"))
    activity = presence.get("activity")
    activity_id = _str(_first(activity, "id", "name")) if isinstance(activity, dict) else _str(activity)
    email = d.get("email")
    if isinstance(email, list):
        email = email[0] if email else ""
    cid = _str(_first(d, "contactEntryId", "cid", "id", "contactId"))
    if not cid:
        # Search results may carry no id at all: derive a stable one from what is there.
        vcard = _str(d.get("vcard"))
        cid = f"vcard:{vcard}" if vcard else (preferred or _str(email) or f"{_str(d.get('firstname'))} {_str(d.get('lastname'))}".strip())
    return Contact(
        id=cid,
        first_name=_str(_first(d, "firstname", "firstName")),
        last_name=_str(_first(d, "lastname", "lastName")),
        company=_str(d.get("company")),
        numbers=numbers,
        preferred_number=preferred,
        email=_str(email),
        status=_str(d.get("contactStatus")).upper(),
        in_list=_bool(d.get("inlist")),
        in_call=_bool(d.get("incall")),
        kind=_str(d.get("type")),
        presence_activity=activity_id,
        available=_opt_bool(presence.get("available")),
        source=source,
    )


def parse_contacts(value: Any) -> list[Contact]:
    """``{"query","contact":[ContactDTO]}`` or ``{"contact":[…]}`` → contacts."""
    return [parse_contact(c) for c in _items(value, "contact", "contacts") if isinstance(c, dict)]
