"""The company and its contacts (the CRM), and the bodies that create them.

Part of :mod:`cti_desktop.providers.voxloud.wire`, which re-exports it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ....core.errors import InvalidInput
from ....core.links import safe_url
from ....core.models import Contact
from ...wire_common import to_str as _str
from .base import MalformedResponse, _bool, _dict, _strings, normalise_e164


@dataclass(frozen=True, slots=True)
class CompanyInfo:
    """What ``validate-auth`` says about the key's owner."""

    name: str = ""
    email: str = ""


def parse_company(value: Any) -> CompanyInfo:
    d = _dict(value, "validate-auth")
    return CompanyInfo(name=_str(d.get("name")), email=_str(d.get("email")))




def _safe_record_url(value: Any) -> str:
    text = _str(value)
    if not text:
        return ""
    if "://" not in text:
        return ""  # "www.crm.com/…" is not a link we open
    try:
        return safe_url(text)
    except InvalidInput:
        return ""


def parse_contact(value: Any) -> Contact:
    """A Voxloud ``Contact`` as a core contact: every phone in ``numbers``, a safe CRM link only."""
    d = _dict(value, "contact")
    cid = _str(d.get("id"))
    if not cid:
        raise MalformedResponse("contact without an id")
    primary = _str(d.get("primary_phone"))
    numbers: list[str] = [primary] if primary else []
    for n in _strings(d.get("phones")):
        if n not in numbers:
            numbers.append(n)
    email = _str(d.get("primary_email")) or next(iter(_strings(d.get("emails"))), "")
    return Contact(
        id=cid,
        first_name=_str(d.get("first_name")),
        last_name=_str(d.get("last_name")),
        company=_str(d.get("company_name")),
        numbers=tuple(numbers),
        preferred_number=primary or (numbers[0] if numbers else ""),
        email=email,
        kind="CONTACT",
        source="voxloud",
        record_url=_safe_record_url(d.get("crm_contact_url")),
    )


@dataclass(frozen=True, slots=True)
class ContactPage:
    contacts: tuple[Contact, ...]
    has_next: bool = False


def parse_contact_page(value: Any) -> ContactPage:
    """``{data: [Contact], has_next}`` (a bare list is accepted too); unreadable items are skipped."""
    if isinstance(value, list):
        items, has_next = value, False
    else:
        d = _dict(value, "contact search")
        items = d.get("data")
        if items is None:
            items = []
        if not isinstance(items, list):
            raise MalformedResponse("contact search: data is not a list")
        has_next = _bool(d.get("has_next"))
    contacts = []
    for item in items:
        try:
            contacts.append(parse_contact(item))
        except MalformedResponse:
            continue
    return ContactPage(tuple(contacts), has_next)


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """A contact to create or a contact's full new state (Voxloud's update is a PUT of everything).

    :meth:`body` checks it first: ``first_name`` and an E.164 ``primary_phone`` are required, other
    phones must be E.164 too, a CRM link must be a safe http(s) URL. Problems are
    :class:`InvalidInput` in words, before anything is sent.
    """

    first_name: str
    primary_phone: str
    last_name: str = ""
    phones: tuple[str, ...] = ()
    primary_email: str = ""
    emails: tuple[str, ...] = ()
    company_name: str = ""
    job_title: str = ""
    website: str = ""
    crm_name: str = ""
    crm_contact_url: str = ""

    def body(self, region: str = "IT") -> dict[str, Any]:
        first = (self.first_name or "").strip()
        if not first:
            raise InvalidInput("A contact needs a first name")
        if len(first) > 200 or len((self.last_name or "").strip()) > 200:
            raise InvalidInput("A contact's name may be at most 200 characters")
        primary = normalise_e164(self.primary_phone, region, what="The main phone number")
        phones: list[str] = []
        for n in self.phones:
            if not (n or "").strip():
                continue
            e164 = normalise_e164(n, region, what="The other phone number")
            if e164 != primary and e164 not in phones:
                phones.append(e164)
        for email in (self.primary_email, *self.emails):
            text = (email or "").strip()
            if text and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", text):
                raise InvalidInput(f"{text!r} is not an e-mail address")
        body: dict[str, Any] = {"first_name": first, "primary_phone": primary}
        if self.last_name.strip():
            body["last_name"] = self.last_name.strip()
        if phones:
            body["phones"] = phones
        if self.primary_email.strip():
            body["primary_email"] = self.primary_email.strip()
        emails = [e.strip() for e in self.emails if e.strip()]
        if emails:
            body["emails"] = emails
        for key in ("company_name", "job_title", "website", "crm_name"):
            text = (getattr(self, key) or "").strip()
            if text:
                body[key] = text
        if (self.crm_contact_url or "").strip():
            try:
                body["crm_contact_url"] = safe_url(self.crm_contact_url.strip())
            except InvalidInput as exc:
                raise InvalidInput(f"The CRM link cannot be used: {exc.message}") from None
        return body

    @classmethod
    def from_wire(cls, value: Any) -> ContactDraft:
        """The editable state of a contact as the server sent it (for an update form)."""
        d = _dict(value, "contact")
        return cls(
            first_name=_str(d.get("first_name")),
            primary_phone=_str(d.get("primary_phone")),
            last_name=_str(d.get("last_name")),
            phones=_strings(d.get("phones")),
            primary_email=_str(d.get("primary_email")),
            emails=_strings(d.get("emails")),
            company_name=_str(d.get("company_name")),
            job_title=_str(d.get("job_title")),
            website=_str(d.get("website")),
            crm_name=_str(d.get("crm_name")),
            crm_contact_url=_str(d.get("crm_contact_url")),
        )

    def with_changes(self, **changes: Any) -> ContactDraft:
        return replace(self, **changes)
