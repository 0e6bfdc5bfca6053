"""``application/pidf+xml`` (RFC 3863 presence, RFC 4479 persons, RFC 4480 activities): a directory
contact's presence (:func:`parse_pidf`).
"""

from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import Element

from ....core.models import Presence
from ...wire_common import iso_datetime
from .document import XmlDocumentError, _parse, _local, _attr, _children, _child, _text


PIDF_NS = "urn:ietf:params:xml:ns:pidf"

#: Longest activity id and note kept (the reference caps a note at 250 characters; more is cut).
MAX_ACTIVITY_CHARS = 64
MAX_NOTE_CHARS = 500


class PidfDocumentError(XmlDocumentError):
    """A PIDF presence document was refused: not XML, not a ``presence`` document, or unsafe XML."""


def _clean(text: str, limit: int) -> str:
    """Text shown to the person: control characters out, blanks collapsed, at most ``limit``."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:limit]


def _activity(el: Element) -> str:
    """The first activity of an RPID ``activities`` element: its element name (``busy``,
    ``meeting``, …), or for ``other`` its text (the vendor's own activity id, e.g. ``lunch``);
    ``unknown`` and none at all read as ``""``."""
    for child in el:
        if not isinstance(child.tag, str):
            continue
        name = _local(child.tag).strip().lower()
        if name == "note":  # RFC 4480: notes may come before the activities
            continue
        if name == "other":
            name = _text(child).lower()
        elif name == "unknown":
            name = ""
        name = _clean(name, MAX_ACTIVITY_CHARS)
        if name:
            return name
    return ""


def _until(el: Element) -> datetime | None:
    """RPID's ``until`` (an xs:dateTime); junk or none → ``None``."""
    return iso_datetime((_attr(el, "until") or "").strip())


def parse_pidf(document: str | bytes) -> Presence:
    """A PIDF ``presence`` document → :class:`~cti_desktop.core.models.Presence`.

    * ``available``: whether any ``tuple``'s ``status/basic`` is ``open``; with no basic status at all,
      ``True`` (RFC 3863 leaves it unknown; the model's default);
    * ``activity``: the first person's (else tuple's) RPID ``activities`` (:func:`_activity`), and its
      ``until`` time as ``activity_expires``;
    * ``note``: the person's note, else the document's, else a tuple's (first non-empty one);
    * ``role``: RPID ``class`` of the person (the vendor's presence role, e.g. ``business``);
    * ``idle``: RPID ``user-input`` reading ``idle``.

    Raises :class:`PidfDocumentError` (and nothing else) for anything that is not such a document.
    """
    try:
        root = _parse(document, "presence (PIDF)")
    except PidfDocumentError:
        raise
    except XmlDocumentError as exc:
        raise PidfDocumentError(str(exc)) from None
    if not isinstance(root.tag, str) or _local(root.tag) != "presence":
        raise PidfDocumentError("presence (PIDF): the document is not a PIDF presence document")
    tuples = list(_children(root, "tuple"))
    persons = list(_children(root, "person"))
    basics = []
    for t in tuples:
        status = _child(t, "status")
        basic = _child(status, "basic") if status is not None else None
        if basic is not None:
            basics.append(_text(basic).lower())
    available = "open" in basics if basics else True
    activity, expires = "", None
    for holder in persons + tuples:
        for acts in _children(holder, "activities"):
            found = _activity(acts)
            if found:
                activity, expires = found, _until(acts)
                break
        if activity:
            break
    note = ""
    for holder in persons + [root] + tuples:
        for el in _children(holder, "note"):
            note = _clean(_text(el), MAX_NOTE_CHARS)
            if note:
                break
        if note:
            break
    role = ""
    idle = False
    for person in persons:
        cls = _child(person, "class")
        if cls is not None and not role:
            role = _clean(_text(cls), MAX_ACTIVITY_CHARS)
        user_input = _child(person, "user-input")
        if user_input is not None and _text(user_input).lower() == "idle":
            idle = True
    return Presence(activity=activity, activity_expires=expires, available=available, note=note, role=role,
                    idle=idle)
