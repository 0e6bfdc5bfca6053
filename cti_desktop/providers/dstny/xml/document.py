"""One XML document read safely (size cap, defusedxml, no DTD/entities/external references) into an
Element, or :class:`XmlDocumentError`; and the tolerant helpers that read its names, fields and numbers.
"""

from __future__ import annotations

import functools
from typing import Iterator
from xml.etree.ElementTree import Element, ParseError, XMLParser
import defusedxml
import defusedxml.ElementTree as SafeET

from ...wire_common import whole_number


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
