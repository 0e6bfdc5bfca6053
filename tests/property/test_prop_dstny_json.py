"""Dstny Core JSON readers: any value or bytes → the right type, or MalformedResponse; nothing else."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

import parser_corpus as corpus
from cti_desktop.core.models import Call, Contact, Group, Presence, QueueStats
from cti_desktop.providers.dstny import wire
from common import ReaderFamily, reader_properties
from hostile import BOUNDED, json_bytes, json_values, mutated_examples

#: Each reader and the type it returns.
READERS = {
    wire.parse_call_state: Call,
    wire.parse_call_snapshot: list,
    wire.parse_group: Group,
    wire.parse_groups: list,
    wire.parse_acd_group: Group,
    wire.parse_acd_groups: list,
    wire.parse_queue_stat: QueueStats,
    wire.parse_queue_stats_json: list,
    wire.parse_group_call_log_item: object,
    wire.parse_group_call_log: list,
    wire.parse_commlog: list,
    wire.parse_contact: Contact,
    wire.parse_contacts: list,
    wire.parse_presence: Presence,
    wire.parse_activities: list,
    wire.parse_roles: list,
    wire.parse_answer_places: list,
    wire.parse_lines: list,
    wire.parse_devices: list,
    wire.parse_presence_shortcut: wire.PresenceShortcut,
    wire.parse_presence_shortcuts: list,
    wire.parse_ticket: wire.TicketInfo,
    wire.parse_party: object,
}
FAMILY = ReaderFamily(READERS, wire.MalformedResponse, decode=wire.parse_json, message=wire.UNREADABLE)
test_any_decoded_value, test_any_body = reader_properties(
    FAMILY, values=st.one_of(json_values("dstny"), mutated_examples("dstny")), bodies=json_bytes("dstny"))


@BOUNDED
@given(body=json_bytes("dstny"))
def test_plain_text_readers(body):
    for parse, kind in ((wire.parse_available, bool), (wire.parse_activity_end_time, (datetime, type(None)))):
        try:
            assert isinstance(parse(body), kind)
        except wire.MalformedResponse:
            pass
    assert isinstance(wire.parse_error_body(body), (str, type(None)))


@BOUNDED
@given(value=json_values("dstny"))
def test_converters_never_raise(value):
    assert isinstance(wire.parse_datetime(value), (datetime, type(None)))
    assert isinstance(wire.number_from_uri(value), str)
    assert isinstance(wire.parse_error_body(value), (str, type(None)))


def test_every_vendor_example_still_reads():
    kinds = {"call": wire.parse_call_state, "snapshot": wire.parse_call_snapshot, "contacts": wire.parse_contacts,
             "queue_stats": wire.parse_queue_stats_json, "presence": wire.parse_presence, "commlog": wire.parse_commlog}
    examples = corpus.dstny_examples_by_kind()
    for kind, parse in kinds.items():
        assert examples[kind]
        for value in examples[kind]:
            parse(value)
