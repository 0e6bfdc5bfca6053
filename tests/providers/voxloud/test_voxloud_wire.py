"""Pure parsers and the call tracker, fed real payload bytes and events (no I/O)."""

from __future__ import annotations

import json

import pytest

from cti_desktop.core.calls import CallStore
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import CallStatus, Party
from cti_desktop.providers.voxloud import wire
from cti_desktop.providers.voxloud.webhooks import (
    WebhookCallTracker,
    _TokenBuckets,
    call_from_event,
)
from cti_desktop.providers.voxloud.wire import WebhookEvent, parse_webhook_event

# The reference's own examples.
SEED_ENVELOPE = b"""{"timestamp": 1523025126000, "type": "CALL_STARTED", "data": {"timestamp": 1523025126000,
 "destinationNumber": "102", "destinationName": "User2 User2", "originatorNumber": "101",
 "originatorName": "User1 User1", "callId": "9cb33f1b427c4d8983a064f0bd68be95", "type": "STARTED",
 "sipUsername": "sip_138oksfg", "userExtension": 101}, "pbx_id": 117}"""
SEED_INCOMING = b"""{"timestamp": 1512552226000, "callId": "9cb33f1b427c4d8983a064f0bd68be95",
 "destinationNumber": "+3912345678", "destinationName": "Some User", "originatorNumber": "+390687654321",
 "originatorName": "Another User", "type": "INCOMING", "userExtension" : 101, "sipUsername" : "sip_user"}"""


@pytest.mark.parametrize(
    "raw, expected",
    [
        (SEED_ENVELOPE, ("CALL_STARTED", "9cb33f1b427c4d8983a064f0bd68be95", "101", "102", "101")),
        (SEED_INCOMING, ("CALL_INCOMING", "9cb33f1b427c4d8983a064f0bd68be95", "+390687654321", "+3912345678", "101")),
        (b'{"event_type":"CALL_ANSWERED","call_id":"c1","caller":"+39021","called":"+39022","extension":"103"}',
         ("CALL_ANSWERED", "c1", "+39021", "+39022", "103")),
        (b'{"event":"call_hangup","id":"c2","from":"+3902","to":"+3906","user_id":"u-1"}',
         ("CALL_HANGUP", "c2", "+3902", "+3906", "")),
        (b'{"type":"INCOMING","callId":"c3","caller_number":"+3902","callee":"101","extension":101.0}',
         ("CALL_INCOMING", "c3", "+3902", "101", "101")),
        (b'{"type":"PHONE_CALL","callId":"c4","lastEvent":"CALL_TERMINATED"}', ("PHONE_CALL", "c4", "", "", "")),
    ],
)
def test_webhook_payload_shapes(raw, expected):
    event = parse_webhook_event(json.loads(raw))
    assert (event.event_type, event.call_id, event.caller, event.called, event.extension) == expected


def test_webhook_timestamps_and_junk():
    event = parse_webhook_event(json.loads(SEED_INCOMING))
    assert event.timestamp.isoformat() == "2017-12-06T09:23:46+00:00"
    assert parse_webhook_event({"type": "CALL_INCOMING", "created_at": "2018-05-15T15:47:03.000+0000"}).timestamp.year == 2018
    for junk in (None, [], "CALL_INCOMING", {}, {"call_id": "x"}, {"type": {"nested": 1}}):
        assert parse_webhook_event(junk) is None
    long = parse_webhook_event({"type": "CALL_INCOMING", "callId": "x" * 5000, "caller": "1" * 500})
    assert len(long.call_id) == 200 and len(long.caller) == 64


def E(kind, cid="c1", caller="+390212345678", called="+390212121212", ext="101", **kw) -> WebhookEvent:
    return WebhookEvent(kind, cid, caller, kw.pop("caller_name", ""), called, "", ext, **kw)


def test_call_from_event_table():
    ringing = call_from_event(E("CALL_INCOMING"), None, now=1.0)
    assert (ringing.status, ringing.inbound, ringing.remote.number) == (CallStatus.RINGING, True, "+390212345678")
    active = call_from_event(E("CALL_ANSWERED", caller="", called=""), ringing, now=2.0)
    assert (active.status, active.remote.number, active.inbound) == (CallStatus.ACTIVE, "+390212345678", True)
    assert call_from_event(E("CALL_INCOMING"), active) is active  # late INCOMING never steps back
    ended = call_from_event(E("CALL_HANGUP"), active)
    assert ended.status == CallStatus.TERMINATED and ended.remote == active.remote
    assert call_from_event(E("CALL_HANGUP"), None) is None
    started = call_from_event(E("CALL_STARTED", caller="101", called="+393471234567"), None)
    assert (started.status, started.inbound, started.remote) == (CallStatus.INITIATED, False, Party("+393471234567"))
    outbound = call_from_event(E("CALL_ANSWERED", caller="101", called="+393471234567"), None, my_extension="101")
    assert not outbound.inbound and outbound.remote.number == "+393471234567"
    assert call_from_event(E("CALL_INCOMING", cid=""), None) is None
    assert call_from_event(E("PHONE_CALL"), None) is None


def test_tracker_ignores_late_events_of_ended_calls_and_ends_stale_ringing():
    now = [100.0]
    store = CallStore()
    tracker = WebhookCallTracker(store, extension="101", ring_timeout=60, clock=lambda: now[0])
    tracker(E("CALL_INCOMING"))
    tracker(E("CALL_HANGUP"))
    tracker(E("CALL_INCOMING"))  # out of order: arrives after the hang-up
    assert store.calls() == []
    tracker(E("CALL_INCOMING", cid="c2"))
    now[0] += 59
    assert tracker.expire_stale() == [] and store.get("c2") is not None
    now[0] += 2
    assert tracker.expire_stale() == ["c2"] and store.calls() == []
    tracker(E("CALL_ANSWERED", cid="c2"))  # news after we gave up: ignored
    assert store.calls() == []


def test_tracker_placeholder_expires_without_news():
    now = [0.0]
    store = CallStore()
    tracker = WebhookCallTracker(store, extension="101", placeholder_timeout=45, clock=lambda: now[0])
    placeholder = call_from_event(E("CALL_STARTED", cid="click-to-call-1", caller="101", called="+393471234567"), None)
    tracker.add_placeholder(placeholder)
    tracker(E("CALL_INCOMING", cid="other", caller="+390611122233"))  # not that number: kept
    assert store.get("click-to-call-1") is not None
    now[0] = 46
    assert "click-to-call-1" in tracker.expire_stale() and store.get("click-to-call-1") is None


def test_token_bucket():
    now = [0.0]
    buckets = _TokenBuckets(rate=1.0, burst=2, clock=lambda: now[0], max_sources=2)
    assert [buckets.take("a") for _ in range(3)] == [True, True, False]
    assert buckets.take("b")
    now[0] = 1.0
    assert buckets.take("a") and not buckets.take("a")


@pytest.mark.parametrize(
    "text, region, expected",
    [("+39 02 1234 5678", "IT", "+390212345678"), ("02 1234 5678", "IT", "+390212345678"),
     ("0039 347 123 4567", "SE", "+393471234567"), ("(347) 123-4567", "IT", "+393471234567")],
)
def test_normalise_e164(text, region, expected):
    assert wire.normalise_e164(text, region) == expected


@pytest.mark.parametrize("text", ["", "abc", "1-800-FLOWERS", "+39 12", "٠٢١٢٣٤٥٦٧٨", "+390212345678 ext. 5"])
def test_normalise_e164_refuses(text):
    with pytest.raises(InvalidInput):
        wire.normalise_e164(text, "IT")


@pytest.mark.parametrize(
    "url, kept",
    [("https://crm.example/contacts/1", "https://crm.example/contacts/1"), ("javascript:alert(1)", ""),
     ("www.crm.com/contacts/profile/1", ""), ("https://user:pw@crm.example/x", ""),
     ("https://crm.example/a\r\nSet-Cookie: x", ""), ("data:text/html,hi", ""), (None, ""), (42, "")],
)
def test_contact_record_url_only_when_safe(url, kept):
    contact = wire.parse_contact({"id": "1", "first_name": "A", "primary_phone": "+390212345678", "crm_contact_url": url})
    assert contact.record_url == kept


def test_contact_and_page_tolerance():
    page = wire.parse_contact_page({"data": [{"id": "1", "first_name": "A", "primary_phone": "+39021", "phones": None},
                                             {"first_name": "no id"}, "junk"], "has_next": "true"})
    assert [c.id for c in page.contacts] == ["1"] and page.has_next
    assert wire.parse_contact_page({"data": None}).contacts == ()
    with pytest.raises(wire.MalformedResponse):
        wire.parse_contact_page({"data": "x"})
    with pytest.raises(wire.MalformedResponse):
        wire.parse_users({"users": 1})


def test_subscription_parsing_masks_the_secret_and_reads_type_alias():
    sub = wire.parse_webhook_subscription({"id": "s", "type": "call_hangup", "failed_count": "3", "enabled": "false",
                                           "last_error": "HTTP 500", "callback_url": "https://h.example/webhook/S3CR3T"})
    assert (sub.event_type, sub.failed_count, sub.enabled) == ("CALL_HANGUP", 3, False)
    assert "S3CR3T" not in repr(sub) and "S3CR3T" not in sub.describe()
    assert "DISABLED" in sub.describe() and "HTTP 500" in sub.describe()


def test_error_detail():
    assert wire.parse_error_detail(b'{"status":400,"error":"Bad Request","message":"first_name is required"}') == \
        "first_name is required"
    assert wire.parse_error_detail(b"<html>") is None


def test_error_detail_never_carries_our_callback_secret():
    body = b'{"message": "callback_url https://h.example/webhook/S3CR3T-S3CR3T is not reachable"}'
    assert "S3CR3T" not in wire.parse_error_detail(body)
