"""Pure parsers: Telavox wire JSON → core models, and the synthetic call ids of polled calls.

Tolerant in the way ``shared/api/telavox.md`` asks for: unknown fields are ignored, any field may be
missing or ``null`` (``profile: null`` is common), numbers may come as strings, times as ISO-8601,
``YYYY-MM-DD HH:MM:SS`` or epoch milliseconds, and a ``linestatus`` we do not know is kept as it
came (upper-cased, the open-enum convention of :mod:`cti_desktop.core.models`). A body of the wrong
*shape* where one is needed (an extension that is not an object) raises :class:`MalformedResponse`, a
:class:`~cti_desktop.core.errors.ServerUnavailable` — never a ``KeyError`` or ``TypeError``.

For any bytes at all, :func:`parse_json` and each ``parse_*`` here return a value or raise
:class:`MalformedResponse` — nothing else (``tests/property`` proves it with hypothesis,
``benchmarks/fuzz_parsers.py`` with a million inputs). Hostile values read as no value: numbers in
other digits than ASCII (``"²"``), integers of thousands of digits, ``NaN``/``Infinity``, times out
of range; a lone surrogate in text becomes U+FFFD (see :mod:`~cti_desktop.providers.wire_common`).

Telavox calls have no id on the wire (``calls: [{callerid, direction, linestatus}]``).
:class:`CallIds` gives each one a stable synthetic id derived from the extension, the caller id, the
direction and the time the call was *first seen*: the same call keeps its id from ringing to answered
for as long as consecutive reads list it, and a later call from the same number gets a new id.

One module per area — :mod:`.extensions` (extensions, calls, contacts, presence), :mod:`.users` (CAPI
users and PBX resources), :mod:`.history` (call history, recordings) — on :mod:`.common` (the refusal
type and the tolerant converters); every name is importable from here.
"""

from __future__ import annotations

# Every public name of the parts, as the one module had them (``__all__`` lists the API).
from .common import UNREADABLE, MalformedResponse, parse_json, parse_time
from .extensions import (
    CallIds,
    Extension,
    Profile,
    WireCall,
    call_status,
    calls_from_extension,
    contact_from_extension,
    parse_extension,
    parse_extensions,
    presence_from_profile,
)
from .users import PbxResource, contact_from_user, parse_pbx, parse_users
from .history import Recording, history_recording_ids, parse_history, parse_recordings  # noqa: F401

__all__ = [
    "CallIds",
    "Extension",
    "MalformedResponse",
    "PbxResource",
    "Profile",
    "Recording",
    "WireCall",
    "call_status",
    "calls_from_extension",
    "contact_from_extension",
    "contact_from_user",
    "parse_extension",
    "parse_extensions",
    "parse_history",
    "parse_json",
    "parse_pbx",
    "parse_recordings",
    "parse_time",
    "parse_users",
    "presence_from_profile",
]
