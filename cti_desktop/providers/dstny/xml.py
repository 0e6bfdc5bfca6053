"""Hardened, tolerant parsers for the two XML documents the Dstny streams carry.

* ``application/telepo-queue-statistics+xml`` (queue-statistics stream): the vendor's schema is not
  public, so the shape of ``shared/api/dstny-core.md`` is read tolerantly — a field may be a child
  element or an attribute, names may be camelCase or kebab-case, unknown elements are ignored,
  a document may carry one or many queues, namespaced or not.
* ``application/dialog-info+xml`` (RFC 4235, dialog stream).
* ``application/pidf+xml`` (RFC 3863 presence, with RFC 4479 persons and RFC 4480 activities): a
  directory contact's presence, read once or followed by its stream (:func:`parse_pidf`).

Both go through :mod:`defusedxml` with DTDs, entity declarations and external references forbidden,
after a size cap. Anything refused or unreadable raises :class:`XmlDocumentError` (a ``ValueError``)
and nothing else, whatever the bytes or text: an unknown or odd declared encoding, a lone surrogate
in text, nesting too deep for the parser. Numbers are ASCII digits only (``"²"`` is no count) and
absurdly long ones read as 0 (counts) or no value (a dialog's ``version``/``code``).
"""

from __future__ import annotations

import functools
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import Iterator
from xml.etree.ElementTree import Element, ParseError, XMLParser

import defusedxml
import defusedxml.ElementTree as SafeET

from ...core.models import Presence, QueueStats
from ..wire_common import iso_datetime, whole_number
from .wire import number_from_uri

__all__ = [
    "DIALOG_INFO_NS",
    "MAX_XML_BYTES",
    "PIDF_NS",
    "Dialog",
    "DialogInfo",
    "PidfDocumentError",
    "XmlDocumentError",
    "parse_dialog_info",
    "parse_pidf",
    "parse_queue_statistics_xml",
]

#: Largest document accepted (bytes, after encoding to UTF-8 when given text).
MAX_XML_BYTES = 2 * 1024 * 1024

DIALOG_INFO_NS = "urn:ietf:params:xml:ns:dialog-info"


class XmlDocumentError(ValueError):
    """An XML document was refused: malformed, too large, or using DTDs/entities/external references."""


_UTF8_NAMES = (b"utf-8", b"utf8", b"us-ascii", b"ascii")


def _plain_utf8(data: bytes) -> bool:
    """True when ``data`` may skip defusedxml: no ``<!`` anywhere (no DOCTYPE, hence no entity
    declarations or external references; comments and CDATA go the defused way too), no NUL (so no
    UTF-16/32) and no encoding other than UTF-8 declared (so the bytes scanned are the text parsed).
    Everything else — hostile documents included — goes through defusedxml as before."""
    if b"<!" in data or b"\x00" in data or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return False
    if data.startswith(b"<?xml"):
        end = data.find(b"?>")
        if end == -1:
            return False
        declaration = data[:end].lower()
        at = declaration.find(b"encoding")
        if at != -1:
            value = declaration[at + 8 :].lstrip(b" \t\r\n=").lstrip(b" \t\r\n")[1:]
            return any(value.startswith(name + quote) for name in _UTF8_NAMES for quote in (b'"', b"'"))
    return True


def _parse(document: str | bytes, what: str) -> Element:
    if isinstance(document, str):
        try:
            data = document.encode("utf-8")
        except UnicodeEncodeError:
            raise XmlDocumentError(f"{what}: the text holds a lone surrogate, which no XML document can") from None
        # A str has already been decoded: drop an XML declaration's encoding by parsing bytes of UTF-8.
        if data.startswith(b"<?xml"):
            end = data.find(b"?>")
            if end != -1:
                data = data[end + 2 :]
    elif isinstance(document, (bytes, bytearray, memoryview)):
        data = bytes(document)
    else:
        raise XmlDocumentError(f"{what}: not an XML document")
    if len(data) > MAX_XML_BYTES:
        raise XmlDocumentError(f"{what}: document larger than {MAX_XML_BYTES} bytes")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise XmlDocumentError(f"{what}: empty document")
    if _plain_utf8(data):
        # No markup declaration at all (so no DTD, entity or external reference can exist) and
        # nothing but UTF-8: the C parser builds the tree without a Python call per element.
        parser = XMLParser()
        try:
            parser.feed(data)
            return parser.close()
        except ParseError as exc:
            raise XmlDocumentError(f"{what}: not well-formed XML ({exc.position[0]}:{exc.position[1]})") from None
        except (ValueError, RecursionError, LookupError) as exc:  # LookupError: an unknown encoding
            raise XmlDocumentError(f"{what}: unreadable XML ({type(exc).__name__})") from None
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise XmlDocumentError(f"{what}: refused ({type(exc).__name__})") from None
    except ParseError as exc:
        raise XmlDocumentError(f"{what}: not well-formed XML ({exc.position[0]}:{exc.position[1]})") from None
    except (ValueError, RecursionError, LookupError) as exc:  # LookupError: an unknown encoding
        raise XmlDocumentError(f"{what}: unreadable XML ({type(exc).__name__})") from None


def _local(name: str) -> str:
    """``{urn:…}queue`` → ``queue``."""
    return name.rsplit("}", 1)[-1] if name.startswith("{") else name.split(":")[-1]


@functools.lru_cache(maxsize=4096)
def _norm(name: str) -> str:
    """Tag/attribute names compared without namespace, case, ``-`` or ``_``.

    Cached: a document repeats the same few dozen names (a hostile one with many distinct names only
    evicts older entries)."""
    return _local(name).replace("-", "").replace("_", "").lower()


def _attr(el: Element, name: str) -> str | None:
    want = _norm(name)
    for key, value in el.attrib.items():
        if _norm(key) == want:
            return value
    return None


def _children(el: Element, name: str) -> Iterator[Element]:
    want = _norm(name)
    for child in el:
        if isinstance(child.tag, str) and _norm(child.tag) == want:
            yield child


def _child(el: Element, name: str) -> Element | None:
    return next(_children(el, name), None)


def _text(el: Element) -> str:
    if not len(el):
        return (el.text or "").strip()
    return "".join(el.itertext()).strip()


class _Names:
    """The attributes and child elements of one element, by normalised local name, worked out once.

    The first attribute / child of a name wins, as with :func:`_attr` / :func:`_child`."""

    __slots__ = ("attrs", "kids")

    def __init__(self, el: Element) -> None:
        attrs: dict[str, str] = {}
        for key, value in el.attrib.items():
            attrs.setdefault(_norm(key), value)
        kids: dict[str, list[Element]] = {}
        for child in el:
            tag = child.tag
            if isinstance(tag, str):
                norm = _norm(tag)
                found = kids.get(norm)
                if found is None:
                    kids[norm] = [child]
                else:
                    found.append(child)
        self.attrs = attrs
        self.kids = kids

    def children(self, norm: str) -> list[Element]:
        return self.kids.get(norm, [])

    def field(self, norm: str) -> str:
        """A field given as an attribute or as a child element's text ('' when absent)."""
        value = self.attrs.get(norm)
        if value is not None:
            return value.strip()
        found = self.kids.get(norm)
        return _text(found[0]) if found else ""


def _field(el: Element, name: str) -> str:
    """A field given as an attribute or as a child element's text ('' when absent)."""
    value = _attr(el, name)
    if value is not None:
        return value.strip()
    child = _child(el, name)
    return _text(child) if child is not None else ""


def _count(text: str) -> int:
    """A non-negative whole number; blanks, junk, negatives and absurdly large numbers read as 0."""
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 18:  # the usual case, cheaply
        return int(text)
    number = whole_number(text)
    return 0 if number is None or number > 10**18 else max(0, number)


def _small_int(text: str) -> int | None:
    """ASCII digits only (``"²"`` is none), at most 18 of them; else ``None``."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None


_QUEUE_FIELDS = {
    "queue_length": "queueLength",
    "available_agents": "availableAgents",
    "logged_in_agents": "loggedInAgents",
    "longest_waiting": "longestWaiting",
    "last_wait": "lastWait",
    "average_wait": "averageWait",
    "answered_period": "answeredCallsForPeriod",
    "dropped_period": "droppedCallsForPeriod",
    "total_period": "totalCallsForPeriod",
    "answered_24h": "answeredCallsLast24h",
    "dropped_24h": "droppedCallsLast24h",
    "total_24h": "totalCallsLast24h",
}
#: The same, with the wire names normalised once.
_QUEUE_FIELDS_NORM = tuple((attr, _norm(wire)) for attr, wire in _QUEUE_FIELDS.items())
_N_QUEUE = _norm("queue")
_N_ID, _N_NAME, _N_DOMAIN, _N_NUMBER = _norm("id"), _norm("name"), _norm("domain"), _norm("number")
_N_PRESENCE_BLOCK, _N_PRESENCE, _N_COUNT = _norm("current-agent-presence"), _norm("presence"), _norm("count")


def _values(el: Element) -> tuple[dict[str, str], list[Element]]:
    """One element's fields by normalised name — attributes first, then child elements' texts; the
    first of a name wins, as with :func:`_field` — and its agent-presence blocks, in one pass."""
    values: dict[str, str] = {}
    for key, value in el.attrib.items():
        values.setdefault(_norm(key), value)
    blocks: list[Element] = []
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        norm = _norm(tag)
        if norm == _N_PRESENCE_BLOCK:
            blocks.append(child)
        elif norm not in values:
            values[norm] = child.text or "" if not len(child) else "".join(child.itertext())
    return values, blocks


def _agent_presence(blocks: list[Element]) -> tuple[tuple[str, int], ...]:
    out: list[tuple[str, int]] = []
    for block in blocks:
        names = _Names(block)
        entries = [_Names(entry) for entry in names.children(_N_PRESENCE)]
        if not entries and names.field(_N_NAME):
            entries = [names]
        for entry in entries:
            name = entry.field(_N_NAME)
            if name:
                out.append((name, _count(entry.field(_N_COUNT))))
    return tuple(out)


def _queue(el: Element) -> QueueStats | None:
    values, blocks = _values(el)
    get = values.get
    queue_id = get(_N_ID, "").strip()
    name = get(_N_NAME, "").strip()
    if not queue_id and not name:
        return None
    counts = {attr: _count(get(norm, "")) for attr, norm in _QUEUE_FIELDS_NORM}
    return QueueStats(
        id=queue_id or name,
        domain=get(_N_DOMAIN, "").strip(),
        name=name,
        number=number_from_uri(get(_N_NUMBER, "").strip()),
        agent_presence=_agent_presence(blocks),
        **counts,
    )


def _find_queues(root: Element) -> list[Element]:
    """The ``queue`` elements, breadth first (a queue's own children are not searched)."""
    if isinstance(root.tag, str) and _norm(root.tag) == _N_QUEUE:
        return [root]
    found: list[Element] = []
    todo: deque[Element] = deque(root)
    while todo:
        el = todo.popleft()
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if _norm(tag) == _N_QUEUE:
            found.append(el)
        else:
            todo.extend(el)
    return found


def parse_queue_statistics_xml(document: str | bytes) -> list[QueueStats]:
    """A ``queue-statistics`` document (one ``queue`` or many) → statistics, in document order."""
    return list(iter_queue_statistics_xml(document))


def iter_queue_statistics_xml(document: str | bytes) -> Iterator[QueueStats]:
    """The same, queue by queue: the document is read (or refused) at once, its queues are then
    made as they are asked for, so a caller on a GUI thread can pause between them."""
    root = _parse(document, "queue statistics")
    return (q for q in map(_queue, _find_queues(root)) if q is not None)


# --------------------------------------------------------------------------------------------
# RFC 4235 dialog-info

DIALOG_STATES = ("trying", "proceeding", "early", "confirmed", "terminated")


@dataclass(frozen=True, slots=True)
class Dialog:
    id: str
    call_id: str = ""
    direction: str = ""  # initiator | recipient | '' (open)
    state: str = ""  # trying | proceeding | early | confirmed | terminated; other values kept lowercased
    state_event: str = ""  # why it terminated: cancelled, rejected, replaced, local-bye, …
    state_code: int | None = None
    remote_identity: str = ""  # as sent, e.g. sip:+4670123@example.com or tel:+4670123
    remote_display: str = ""
    local_identity: str = ""
    local_display: str = ""
    #: The SIP dialog's tags, as the notifier (the watched user's side) sees them (RFC 4235
    #: ``local-tag``/``remote-tag``); with ``call_id`` they name the SIP dialog a pickup replaces.
    local_tag: str = ""
    remote_tag: str = ""

    @property
    def remote_number(self) -> str:
        return number_from_uri(self.remote_identity)

    @property
    def terminated(self) -> bool:
        return self.state == "terminated"

    @property
    def ringing(self) -> bool:
        return self.state in ("trying", "proceeding", "early")


@dataclass(frozen=True, slots=True)
class DialogInfo:
    version: int
    state: str  # full | partial (kept lowercased; anything else kept as sent)
    entity: str
    dialogs: tuple[Dialog, ...] = ()

    @property
    def full(self) -> bool:
        return self.state == "full"


def _participant(dialog: Element, which: str) -> tuple[str, str]:
    el = _child(dialog, which)
    if el is None:
        return "", ""
    identity = _child(el, "identity")
    if identity is not None:
        return _text(identity), (_attr(identity, "display") or "").strip()
    target = _child(el, "target")
    if target is not None:
        return (_attr(target, "uri") or "").strip(), ""
    return "", ""


def parse_dialog_info(document: str | bytes) -> DialogInfo:
    """An RFC 4235 ``dialog-info`` document → :class:`DialogInfo`."""
    root = _parse(document, "dialog-info")
    if _local(root.tag) != "dialog-info":
        raise XmlDocumentError("dialog-info: the document is not a dialog-info document")
    version_text = (_attr(root, "version") or "").strip()
    version = _small_int(version_text)
    if version is None:
        version = -1
    dialogs = []
    for el in _children(root, "dialog"):
        state_el = _child(el, "state")
        state = _text(state_el).lower() if state_el is not None else ""
        code_text = (_attr(state_el, "code") or "").strip() if state_el is not None else ""
        remote_identity, remote_display = _participant(el, "remote")
        local_identity, local_display = _participant(el, "local")
        dialogs.append(
            Dialog(
                id=(_attr(el, "id") or "").strip(),
                call_id=(_attr(el, "call-id") or "").strip(),
                direction=(_attr(el, "direction") or "").strip().lower(),
                state=state,
                state_event=((_attr(state_el, "event") or "").strip().lower() if state_el is not None else ""),
                state_code=_small_int(code_text),
                remote_identity=remote_identity,
                remote_display=remote_display,
                local_identity=local_identity,
                local_display=local_display,
                local_tag=(_attr(el, "local-tag") or "").strip(),
                remote_tag=(_attr(el, "remote-tag") or "").strip(),
            )
        )
    return DialogInfo(
        version=version,
        state=(_attr(root, "state") or "").strip().lower(),
        entity=(_attr(root, "entity") or "").strip(),
        dialogs=tuple(dialogs),
    )


# --------------------------------------------------------------------------------------------
# RFC 3863 PIDF, RFC 4479 data model, RFC 4480 RPID

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
