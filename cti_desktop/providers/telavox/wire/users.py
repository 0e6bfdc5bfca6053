"""CAPI users, colleagues and PBX resources."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ....core.models import Contact
from ...wire_common import to_str as _str
from .common import _dict, _first, _items
from .extensions import _profile, _split_name


def contact_from_user(value: Any) -> Contact:
    """A CAPI user or colleague object. Field names vary; the common spellings are all read."""
    d = _dict(value, "user")
    name = _str(_first(d, "name", "displayName", "fullName"))
    first = _str(_first(d, "firstName", "firstname"))
    last = _str(_first(d, "lastName", "lastname"))
    if not (first or last):
        first, last = _split_name(name)
    extension = _str(_first(d, "extension", "number", "phoneNumber", "directNumber"))
    mobile = _str(_first(d, "mobile", "mobileNumber"))
    numbers = tuple(dict.fromkeys(n for n in (extension, mobile) if n))
    profile = _profile(d.get("profile"))
    return Contact(
        id=_str(_first(d, "userId", "id", "username", "extension")) or extension,
        first_name=first,
        last_name=last,
        company=_str(_first(d, "company", "organisation", "organization")),
        numbers=numbers,
        preferred_number=extension or mobile,
        email=_str(d.get("email")),
        status="CONTACT",
        kind="COLLEAGUE",
        presence_activity=profile.name if profile else "",
        available=profile.available if profile else None,
        source="telavox",
    )


def parse_users(value: Any) -> list[Contact]:
    """``[User]`` (or ``{"users"|"items"|"content": […]}``) → contacts; entries without an id are skipped."""
    out = []
    for item in _items(value, ("users", "items", "content", "data"), "users"):
        if not isinstance(item, dict):
            continue
        contact = contact_from_user(item)
        if contact.id:
            out.append(contact)
    return out


@dataclass(frozen=True, slots=True)
class PbxResource:
    """A PBX resource (a queue, an IVR) behind an extension number."""

    extension: str
    name: str = ""
    kind: str = ""  # "queue", "ivr", … (open)
    members: tuple[str, ...] = ()


def parse_pbx(value: Any) -> PbxResource:
    d = _dict(value, "PBX resource")
    members = d.get("members")
    return PbxResource(
        extension=_str(_first(d, "extension", "number")),
        name=_str(d.get("name")),
        kind=_str(_first(d, "type", "kind")).lower(),
        members=tuple(s for s in (_str(m.get("extension") if isinstance(m, dict) else m) for m in members) if s)
        if isinstance(members, list)
        else (),
    )
