"""Pure parsers: Dstny Core wire JSON → core models, and core models → request bodies.

Every function here is tolerant in the way ``shared/api/dstny-core.md`` asks for: unknown fields are
ignored, optional fields may be missing, enumerations stay open (unknown values are kept as
strings), numbers may come as strings, and party addresses may be ``tel:``/``sip:`` URIs.

What is *not* tolerated is a body of the wrong shape where a shape is needed (a list where an object
must be, a call without a ``callId``): that raises :class:`MalformedResponse`, a
:class:`~cti_desktop.core.errors.ServerUnavailable`, never a ``KeyError`` or ``TypeError``.

For any bytes at all, :func:`parse_json` and each ``parse_*`` here return a value or raise
:class:`MalformedResponse` — nothing else (``tests/property`` proves it with hypothesis,
``benchmarks/fuzz_parsers.py`` with a million inputs). Hostile values read as no value: numbers in
other digits than ASCII (``"²"``), integers of thousands of digits, ``NaN``/``Infinity``, times out
of range; a lone surrogate in text becomes U+FFFD (see :mod:`~cti_desktop.providers.wire_common`).

The vendor's own examples contain a few oddities that are accepted on purpose: ``deviceIds`` and
``actions`` written as unquoted strings (``"[{action: ANSWER, deviceIds: [+1555555]}]"``),
``recording`` as a boolean, ``acdSupport`` as a number, and communication-log items wrapped in a
single-key object named after their DTO class (``{".CallDTO": {…}}``).

The parsers live by area in this package (``base``, ``calls``, ``groups``, ``presence``,
``devices``, ``contacts``, ``commlog``, ``voicemail``, ``tickets``, ``diversion``,
``queue_details``); import them
from here.
"""

from __future__ import annotations

from .base import UNREADABLE, MalformedResponse, parse_datetime, number_from_uri, parse_json, query_flag
from .calls import parse_party, parse_call_state, parse_call_snapshot
from .groups import (
    parse_group,
    parse_groups,
    parse_acd_group,
    parse_acd_groups,
    parse_queue_stat,
    parse_queue_stats_json,
    parse_group_call_log_item,
    parse_group_call_log,
)
from .presence import (
    parse_presence,
    parse_activities,
    parse_roles,
    AnswerPlace,
    parse_answer_places,
    PresenceShortcut,
    parse_presence_shortcut,
    parse_presence_shortcuts,
    presence_shortcut_body,
    presence_body,
    parse_available,
    parse_activity_end_time,
    parse_user_config_lists,
)
from .devices import parse_devices, parse_line, parse_lines, line_body
from .contacts import parse_contact, parse_contacts
from .commlog import COMMLOG_TYPES, commlog_missing_ids, parse_commlog
from .voicemail import parse_voicemail_settings, voicemail_settings_body
from .diversion import (
    DiversionLine,
    DiversionRule,
    diversion_rule_body,
    parse_activity_diversion,
    parse_activity_diversions,
    parse_diversion_number,
    parse_diversion_rule,
    parse_diversion_rules,
)
from .device_info import parse_device_attributes, parse_device_name
from .config_events import ConfigChange, parse_config_event
from .device_icon import parse_device_icon
from .line_state import line_state_body, parse_line_state_mark
from .contact_info import parse_contact_info, parse_line_state
from .personal_contacts import (
    PhoneLabel,
    parse_personal_contact,
    parse_personal_contacts,
    personal_contact_object,
    personal_contact_body,
    parse_phone_labels,
)
from .tickets import TicketInfo, parse_ticket, parse_error_body, iter_strings
from .supervision import parse_group_agent, parse_supervised_group, parse_supervised_groups
from .mobile_transfer import parse_mobile_transfer, parse_mobile_transfer_started
from .queue_details import parse_queue_agent, parse_queue_details

__all__ = [
    "query_flag",
    "parse_queue_agent",
    "parse_queue_details",
    "ConfigChange",
    "parse_config_event",
    "parse_mobile_transfer",
    "parse_mobile_transfer_started",
    "parse_group_agent",
    "parse_supervised_group",
    "parse_supervised_groups",
    "AnswerPlace",
    "DiversionLine",
    "DiversionRule",
    "diversion_rule_body",
    "parse_activity_diversion",
    "parse_activity_diversions",
    "parse_diversion_number",
    "parse_diversion_rule",
    "parse_diversion_rules",
    "MalformedResponse",
    "PhoneLabel",
    "PresenceShortcut",
    "TicketInfo",
    "parse_acd_group",
    "parse_acd_groups",
    "parse_activities",
    "parse_activity_end_time",
    "parse_answer_places",
    "parse_user_config_lists",
    "parse_available",
    "parse_call_snapshot",
    "parse_call_state",
    "COMMLOG_TYPES",
    "commlog_missing_ids",
    "parse_commlog",
    "parse_voicemail_settings",
    "voicemail_settings_body",
    "parse_contact",
    "parse_contact_info",
    "parse_line_state",
    "parse_contacts",
    "parse_datetime",
    "parse_device_attributes",
    "parse_device_name",
    "parse_device_icon",
    "parse_devices",
    "parse_error_body",
    "parse_group",
    "parse_group_call_log",
    "parse_group_call_log_item",
    "parse_groups",
    "parse_json",
    "parse_line",
    "parse_lines",
    "parse_party",
    "parse_personal_contact",
    "parse_personal_contacts",
    "parse_phone_labels",
    "personal_contact_body",
    "personal_contact_object",
    "parse_presence",
    "parse_presence_shortcut",
    "parse_presence_shortcuts",
    "parse_queue_stat",
    "parse_queue_stats_json",
    "parse_roles",
    "parse_ticket",
    "number_from_uri",
    "line_body",
    "line_state_body",
    "parse_line_state_mark",
    "presence_body",
    "presence_shortcut_body",
    "UNREADABLE",
    "iter_strings",
]
