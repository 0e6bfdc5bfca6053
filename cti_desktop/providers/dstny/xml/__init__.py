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

One module per document kind — :mod:`.queue_stats`, :mod:`.dialog_info`, :mod:`.pidf` — on the safe
reading of :mod:`.document`; every name is importable from here.
"""

from __future__ import annotations

# Every public name of the parts, as the one module had them (``__all__`` lists the API).
from .document import DIALOG_INFO_NS, MAX_XML_BYTES, XmlDocumentError
from .queue_stats import iter_queue_statistics_xml, parse_queue_statistics_xml
from .dialog_info import DIALOG_STATES, Dialog, DialogInfo, parse_dialog_info
from .pidf import MAX_ACTIVITY_CHARS, MAX_NOTE_CHARS, PIDF_NS, PidfDocumentError, parse_pidf  # noqa: F401

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
