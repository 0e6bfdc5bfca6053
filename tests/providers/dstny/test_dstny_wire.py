"""Tolerance of the wire parsers: odd but harmless input is read, wrong shapes are a clear error."""

from __future__ import annotations

import pytest

from cti_desktop.core.errors import ServerUnavailable
from cti_desktop.providers.dstny import wire
from cti_desktop.providers.dstny.wire import MalformedResponse


def test_numbers_as_strings_unknown_enums_and_unknown_fields():
    call = wire.parse_call_state(
        {
            "callId": 17,
            "stateToken": "42",
            "status": "queued_somewhere",
            "event": "TELEPORTED",
            "duration": "12",
            "muted": "true",
            "inbound": 1,
            "remoteParty": {"telUri": "sip:+4612345@pbx.example;user=phone", "type": "NEW_KIND"},
            "actions": ["hold", {"action": "FLY", "deviceIds": ["d1"]}, {"noAction": 1}, None],
            "somethingNew": {"nested": [1, 2]},
        },
        received_at=5.0,
    )
    assert call.call_id == "17" and call.state_token == 42 and call.received_at == 5.0
    assert call.status == "queued_somewhere" and call.event == "TELEPORTED"
    assert call.duration == 12 and call.muted and call.inbound
    assert call.remote.number == "+4612345" and call.remote.kind == "NEW_KIND"
    assert call.action_names == ("HOLD", "FLY") and call.devices_for("FLY") == ("d1",)


def test_missing_optional_fields():
    call = wire.parse_call_state({"callId": "c1"})
    assert call.state_token is None and call.status == "" and call.remote.label == "Unknown"
    assert call.participants == () and call.history is None and call.actions == ()
    assert wire.parse_call_state({"callId": "c", "stateToken": "abc"}).state_token == "abc"


@pytest.mark.parametrize(
    ("parser", "body"),
    [
        (wire.parse_call_state, []),
        (wire.parse_call_state, "text"),
        (wire.parse_call_state, {"stateToken": 1}),
        (wire.parse_call_state, {"callId": "c", "participants": 5}),
        (wire.parse_call_snapshot, {"calls": {"callId": "c"}}),
        (wire.parse_call_snapshot, {"calls": [1]}),
        (wire.parse_groups, "groups"),
        (wire.parse_queue_stats_json, 7),
        (wire.parse_presence, ["x"]),
        (wire.parse_contacts, {"contact": 3}),
        (wire.parse_commlog, {"historyItems": True}),
        (wire.parse_ticket, {"name": "x"}),
        (wire.parse_devices, {"device": 1.5}),
    ],
)
def test_wrong_shapes_are_malformed_responses(parser, body):
    with pytest.raises(MalformedResponse) as info:
        parser(body)
    assert isinstance(info.value, ServerUnavailable)
    assert str(info.value) == "The server sent a response the app could not read"


def test_parse_json_refuses_garbage():
    with pytest.raises(MalformedResponse):
        wire.parse_json(b"<html>")
    assert wire.parse_json(b'{"a": 1}') == {"a": 1}


@pytest.mark.parametrize(
    ("uri", "number"),
    [("tel:+46277464", "+46277464"), ("TEL:+1;ext=2", "+1"), ("sip:1001@demo.example", "1001"),
     ("sips:+46@x", "+46"), ("+4670", "+4670"), ("", ""), (None, "")],
)
def test_number_from_uri(uri, number):
    assert wire.number_from_uri(uri) == number


def test_presence_body_and_parsers_of_plain_text():
    # The reference's update: role, note, activity{id, expiration, available}; no top-level "available".
    assert wire.presence_body(activity="lunch", available=False) == {"activity": {"id": "lunch", "available": False}}
    assert wire.presence_body(note="x", role="business") == {"role": "business", "note": "x"}
    with pytest.raises(ValueError):
        wire.presence_body(note="x", available=True)  # an availability without its activity
    assert wire.parse_available(b"true") is True and wire.parse_available(b'{"available": "false"}') is False
    with pytest.raises(MalformedResponse):
        wire.parse_available(b"maybe")
    assert wire.parse_activity_end_time(b"never") is None
    assert wire.parse_activity_end_time(b"2020-01-31T20:00:00Z").hour == 20
    assert wire.parse_activity_end_time(b'"2020-01-31T20:00:00Z"').year == 2020
    with pytest.raises(MalformedResponse):
        wire.parse_activity_end_time(b"tomorrow")


def test_contacts_without_ids_get_a_stable_one_and_commlog_unwrapped_items():
    (c,) = wire.parse_contacts({"contact": [{"firstname": "A", "vcard": 9}]})
    assert c.id == "vcard:9" and c.available is None
    (item,) = wire.parse_commlog([{"itemId": "3", "itemType": "missed_call", "seen": "true"}, {"noId": 1}, 5])
    assert item.item_type == "MISSED_CALL" and item.seen


def test_line_body():
    from cti_desktop.core.models import Line

    assert wire.line_body(Line(type="OFFICE_FIXED", group_id="0")) == {"type": "OFFICE_FIXED", "groupId": 0}
    assert wire.line_body(Line(type="GROUP", group_id="101")) == {"type": "GROUP", "groupId": 101}
    assert wire.line_body(Line(type="X")) == {"type": "X", "groupId": 0}
