"""Contact information (V1): one directory contact with its directory fields, and its line state.

"Read information about a contact in an organization" answers a ContactDTO that, with
``includeFields=true``, carries ``"fields": {"fields": [{id, label, value}]}``; "Read the line state
of an accessible contact" answers ``true`` when the contact is in a call.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. Each ``parse_*`` returns a
value or raises :class:`~.base.MalformedResponse`."""

from __future__ import annotations

from typing import Any

from ....core.contact_details import ContactCard
from ...wire_common import to_str as _str
from .base import MalformedResponse, _dict, _list, _opt_dict
from .contacts import parse_contact
from .presence import parse_available

__all__ = ["parse_contact_info", "parse_line_state"]


def _fields(d: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    raw = d.get("fields")
    if isinstance(raw, dict):
        raw = raw.get("fields")
    try:
        items = _list(raw, "fields")
    except MalformedResponse:
        return ()
    out = []
    for f in items:
        f = _opt_dict(f)
        label, value = _str(f.get("label")) or _str(f.get("id")), _str(f.get("value"))
        if label and value:
            out.append((label, value))
    return tuple(out)


def parse_contact_info(value: Any, *, in_call: bool | None = None) -> ContactCard:
    """A ContactDTO with its directory fields → :class:`ContactCard`."""
    d = _dict(value, "contact information")
    return ContactCard(contact=parse_contact(d), fields=_fields(d), in_call=in_call)


def parse_line_state(content: bytes | str) -> bool:
    """``true`` (in a call) or ``false``, as plain text or JSON."""
    try:
        return parse_available(content)
    except MalformedResponse:
        raise MalformedResponse("line state is not true/false") from None
