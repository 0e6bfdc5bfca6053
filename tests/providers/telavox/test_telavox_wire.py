"""The Telavox parsers, fed real bytes (odd ones included), without any I/O."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from cti_desktop.core.models import CallStatus
from cti_desktop.providers.telavox import wire
from cti_desktop.providers.telavox.errors import parse_error_body, retry_after_seconds
from cti_desktop.providers.telavox.wire import CallIds, MalformedResponse


def ext_bytes(**fields) -> bytes:
    base = {"extension": "+46406281001", "name": "Anna Lindqvist", "email": "a@example.se", "mobile": "+46701",
            "profile": {"available": True, "name": "Available", "until": None, "message": ""},
            "calls": [], "keyWords": ["support"]}
    base.update(fields)
    return json.dumps(base).encode()


@pytest.mark.parametrize(
    "payload, expected",
    [
        (ext_bytes(profile=None), None),
        (ext_bytes(profile="busy"), None),
        (ext_bytes(profile={}), wire.Profile()),
        (ext_bytes(profile={"available": "false", "name": "Lunch", "until": "2025-01-02T13:00:00Z", "message": "x"}),
         wire.Profile(False, "Lunch", datetime(2025, 1, 2, 13, tzinfo=UTC), "x")),
        (ext_bytes(profile={"available": 1, "until": 1735822800000}),
         wire.Profile(True, "", datetime(2025, 1, 2, 13, tzinfo=UTC), "")),
        (ext_bytes(profile={"available": "maybe", "until": "soon"}), wire.Profile(None, "", None, "")),
    ],
)
def test_profiles(payload, expected):
    assert wire.parse_extension(wire.parse_json(payload)).profile == expected


def test_missing_fields_are_empty_not_errors():
    ext = wire.parse_extension({"extension": 4001})
    assert ext == wire.Extension(extension="4001")
    assert wire.parse_extension({}).extension == ""


@pytest.mark.parametrize("body", [b"[1,2]", b'"text"', b"null", b"42"])
def test_extension_of_wrong_shape_is_malformed(body):
    with pytest.raises(MalformedResponse) as info:
        wire.parse_extension(wire.parse_json(body))
    assert "could not read" in str(info.value)


def test_not_json_is_malformed_in_words():
    with pytest.raises(MalformedResponse, match="could not read"):
        wire.parse_json(b"<html>login</html>")


def test_extension_list_skips_junk_and_accepts_a_wrapper():
    body = [{"extension": "1"}, None, "x", {"extension": "2", "calls": None}]
    assert [e.extension for e in wire.parse_extensions(body)] == ["1", "2"]
    assert [e.extension for e in wire.parse_extensions({"extensions": body})] == ["1", "2"]
    assert wire.parse_extensions(None) == []
    with pytest.raises(MalformedResponse):
        wire.parse_extensions("nope")


@pytest.mark.parametrize(
    "linestatus, status",
    [("ringing", "RINGING"), ("RINGING", "RINGING"), ("up", "ACTIVE"), ("down", "TERMINATED"),
     ("parked", "PARKED"), ("", "")],
)
def test_linestatus(linestatus, status):
    assert wire.call_status(linestatus) == status


def test_calls_from_extension_maps_and_drops_ended():
    ext = wire.parse_extension({
        "extension": "+46406281001",
        "calls": [
            {"callerid": "+46705550001", "direction": "in", "linestatus": "ringing"},
            {"callerid": "+46705550002", "direction": "out", "linestatus": "up"},
            {"callerid": "+46705550003", "direction": "in", "linestatus": "down"},
            {"callerid": "+46705550004", "direction": "in", "linestatus": "weird"},
            {"direction": "in"},
            "garbage",
        ],
    })
    calls = wire.calls_from_extension(ext, CallIds(), now=1000.0, received_at=1.0, names={"+46705550002": "Bo"})
    assert [(c.remote.number, c.status, c.inbound) for c in calls] == [
        ("+46705550001", CallStatus.RINGING, True),
        ("+46705550002", CallStatus.ACTIVE, False),
        ("+46705550004", "WEIRD", True),
        ("", "", True),
    ]
    assert calls[1].remote.name == "Bo"
    assert len({c.call_id for c in calls}) == 4


def test_call_ids_are_stable_while_listed_and_new_after():
    ids = CallIds()
    ringing = [wire.WireCall("+4670", "in", "ringing")]
    first = ids.assign("me", ringing, 100.0)
    answered = ids.assign("me", [wire.WireCall("+4670", "in", "up")], 101.0)
    assert first == answered
    # Two calls from the same number keep their own ids; the second is new.
    both = ids.assign("me", [wire.WireCall("+4670", "in", "up"), wire.WireCall("+4670", "in", "ringing")], 102.0)
    assert both[0] == first[0] and both[1] != first[0]
    ids.assign("me", [], 103.0)
    again = ids.assign("me", ringing, 104.0)
    assert again != first
    # The id is derived from extension + caller id + direction + first-seen time.
    assert again == [CallIds.make_id("me", "+4670", "in", 104.0)]


def test_expected_dial_gets_the_same_id_on_the_next_read():
    ids = CallIds()
    expected = ids.expect("+4640", "+46701", "out", 50.0)
    assert ids.assign("+4640", [wire.WireCall("+46701", "out", "ringing")], 51.0) == [expected]


def test_contact_from_extension():
    ext = wire.parse_extension(json.loads(ext_bytes(
        name="Anna Maria  Lindqvist", calls=[{"callerid": "1", "direction": "in", "linestatus": "up"}])))
    c = wire.contact_from_extension(ext)
    assert (c.first_name, c.last_name, c.source, c.kind) == ("Anna Maria", "Lindqvist", "telavox", "COLLEAGUE")
    assert c.numbers == ("+46406281001", "+46701") and c.preferred_number == "+46406281001"
    assert c.available is True and c.presence_activity == "Available" and c.in_call
    bare = wire.contact_from_extension(wire.parse_extension({"extension": "9", "profile": None}))
    assert bare.available is None and bare.display_name == "9"


def test_presence_from_profile():
    assert wire.presence_from_profile(None).available is True
    p = wire.presence_from_profile(wire.Profile(False, "Lunch", None, "back soon"))
    assert (p.activity, p.available, p.note) == ("Lunch", False, "back soon")


def test_v1_history_shape():
    body = {
        "incoming": [{"callId": "a", "number": "+461", "datetimeISO": "2025-03-01T10:00:00+01:00", "duration": "61",
                      "recordingId": "77"}],
        "outgoing": [{"callId": "b", "number": "+462", "datetime": "2025-03-02 09:00:00", "duration": 5}],
        "missed": [{"number": "+463", "datetime": "2025-03-03 08:00:00"}, {"junk": True}, None],
    }
    items = wire.parse_history(body)
    assert [i.item_type for i in items] == ["MISSED_CALL", "OUTGOING_CALL", "INCOMING_CALL"]
    assert items[2].duration == 61 and items[2].remote.number == "+461"
    assert items[0].item_id.startswith("tvx-h-") and not items[0].seen
    assert wire.history_recording_ids(body) == {"a": "77"}


def test_capi_history_list_with_unknown_kind():
    items = wire.parse_history([
        {"callId": "x", "callType": "incoming", "number": "+46", "datetimeISO": "2025-03-01T10:00:00Z"},
        {"callId": "y", "callType": "forwarded", "number": "+47", "datetimeISO": "2025-03-02T10:00:00Z"},
    ])
    assert [(i.item_id, i.item_type) for i in items] == [("y", "FORWARDED"), ("x", "INCOMING_CALL")]
    assert wire.parse_history(None) == [] and wire.parse_history({"calls": []}) == []


def test_users_and_pbx_and_recordings():
    users = wire.parse_users({"users": [{"userId": "u1", "firstName": "Bo", "lastName": "Ek", "extension": "+461"},
                                        {"name": "No Id"}, 3]})
    assert [(u.id, u.display_name) for u in users] == [("u1", "Bo Ek")]
    pbx = wire.parse_pbx({"extension": "+469", "name": "Support", "type": "QUEUE",
                          "members": [{"extension": "+461"}, "+462", None]})
    assert pbx == wire.PbxResource("+469", "Support", "queue", ("+461", "+462"))
    recs = wire.parse_recordings([{"recordingId": "0"}, {"recordingId": 5, "callId": "c"}])
    assert [(r.recording_id, r.call_id) for r in recs] == [("5", "c")]


@pytest.mark.parametrize(
    "body, words",
    [(b'{"message":"Bad credentials"}', "Bad credentials"), (b'{"error":"x"}', "x"), (b"<html>", None),
     (b"[]", None)],
)
def test_error_bodies(body, words):
    assert parse_error_body(body) == words


def test_retry_after():
    assert retry_after_seconds("2") == 2.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("999999") == 3600.0
