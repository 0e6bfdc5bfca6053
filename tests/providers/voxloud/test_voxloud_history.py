"""Voxloud call history: the telephony events (CDRs) from the API and the CDR webhooks, mine only.

The reference's own examples (``data/voxloud_reference_examples.json``, copied from the Voxloud API
reference, voxloud-api-reference.txt, with the line each starts at) are fed as bytes to the parsers;
the rest talks to the simulator over loopback.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import until
from voxloud_support import sim_post

from cti_desktop.core.capabilities import CallRecord
from cti_desktop.providers.voxloud.history import item_from_record
from cti_desktop.providers.voxloud.webhooks import parse_webhook_body
from cti_desktop.providers.voxloud.wire import (
    MalformedResponse,
    TelephonyEvent,
    parse_telephony_event,
    parse_telephony_page,
)

EXAMPLES = json.loads((Path(__file__).parent / "data" / "voxloud_reference_examples.json").read_text())["examples"]


def example(name: str) -> bytes:
    return EXAMPLES[name]["text"].encode()


# ------------------------------------------------------------------------ the reference's examples
def test_the_references_phone_call_record_as_a_webhook():
    event = parse_webhook_body(example("telephony_event_phone_call"), "text/plain")
    record = event.record
    assert event.event_type == "PHONE_CALL" and not event.is_call_event and record is not None
    assert (record.kind, record.direction, record.call_id, record.id) == (
        "PHONE_CALL", "INTERNAL", "1734bfbbd5dc4a9c8de1d2e5235e6389", "8395")
    assert record.answerer_number == "102" and record.duration == 4 and record.ring_time == 1
    assert record.recording_url.endswith("call_recording_1734bfbbd5dc4a9c8de1d2e5235e6389.mp3")
    assert record.voicemail and record.voicemail_url.endswith("vm_1734bfbbd5dc4a9c8de1d2e5235e6389.mp3")
    assert record.crm_url == "https://app.hubspot.com/contacts/1111111/contact/1111111"
    # 101 called 102, who answered: outgoing for 101, incoming for 102; the talk time is 4 - 1 s.
    mine = item_from_record(record, "101")
    theirs = item_from_record(record, "102")
    assert (mine.item_type, mine.remote.number, mine.duration) == ("OUTGOING_CALL", "102", 3)
    assert (theirs.item_type, theirs.remote.number, theirs.remote.name) == ("INCOMING_CALL", "101", "User1 User2")
    assert [link.kind for link in mine.links] == ["voicemail", "recording", "crm"]


def test_the_references_fax_and_click_to_call_records():
    fax = parse_webhook_body(example("telephony_event_fax"), None)  # the example carries no type
    assert fax.event_type == "FAX_CALL" and fax.record.kind == "FAX_CALL"
    assert (fax.record.originator_number, fax.record.destination_number, fax.record.fax_pages) == (
        "39123456789", "39987654321", 4)
    item = item_from_record(fax.record)
    assert item.item_type == "OUTGOING_CALL" and item.links[0].label == "Fax document (4 pages)"
    assert item.links[0].url.endswith("fax_2011_5_11_11_32_30.pdf")
    ctc = parse_webhook_body(example("telephony_event_click_to_call"), "application/json")
    assert ctc.record.kind == "CLICK_TO_CALL" and item_from_record(ctc.record).item_type == "OUTGOING_CALL"
    assert [link.kind for link in item_from_record(ctc.record).links] == ["recording", "crm"]


def test_the_references_query_page():
    page = parse_telephony_page(json.loads(example("telephony_events_query_page")))
    assert page.last and page.total == 8 and [e.kind for e in page.events] == ["FAX_CALL", "PHONE_CALL"]
    cancelled = page.events[1]
    assert cancelled.timestamp.isoformat() == "2018-05-07T13:47:49+00:00"
    missed = item_from_record(cancelled)
    assert (missed.item_type, missed.remote.name, missed.seen, missed.duration) == (
        "MISSED_CALL", "Emanuele De Amicis", False, 0)


def test_only_http_links_survive():
    record = parse_telephony_event({"id": 1, "type": "PHONE_CALL", "callId": "c", "recorded": True,
                                    "recordingUrl": "javascript:alert(1)", "voicemail": True,
                                    "voicemail_url": "file:///etc/passwd", "contactCrmUrl": "https://user:pw@crm.example/x"})
    assert (record.recording_url, record.voicemail_url, record.crm_url) == ("", "", "")
    assert item_from_record(record).links == ()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["id", "type", "callId", "direction", "timestamp", "recordingUrl", "voicemail_url",
                         "attachment_url", "contactCrmUrl", "duration", "ringTime", "answererNumber", "lastEvent",
                         "data", "content", "total_pages", "originatorNumber"]) | st.text(max_size=8),
        inner, max_size=8),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_is_a_record_or_malformed_and_links_are_http(value):
    for parse in (parse_telephony_event, parse_telephony_page):
        try:
            result = parse(value)
        except MalformedResponse:
            continue
        records = [result] if isinstance(result, TelephonyEvent) else list(result.events)
        for record in records:
            for link in item_from_record(record, "101").links:
                assert link.url.startswith(("http://", "https://"))


# ------------------------------------------------------------------------------- over loopback
async def test_history_reads_the_telephony_events_api(session):
    items = await session.backend.history.history(max_items=50)
    assert all(isinstance(i, CallRecord) for i in items)
    assert [i.item_type for i in items] == ["MISSED_CALL", "OUTGOING_CALL", "INCOMING_CALL"]  # newest first
    missed, outgoing, incoming = items
    assert missed.remote.name == "Marco Support" and not missed.seen
    assert [(link.kind, link.label) for link in missed.links] == [("voicemail", "Voicemail")]
    assert incoming.remote.name == "Giulia Bianchi" and incoming.duration == 184
    assert [link.kind for link in incoming.links] == ["recording", "crm"]
    assert outgoing.remote.number == "+390612345670" and outgoing.links == ()


async def test_a_missed_call_with_a_voicemail_arrives_by_cdr_webhook(vox, session):
    history = session.backend.history
    call = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390611122233"})
    ended = await sim_post(vox, f"/_sim/calls/{call['call_id']}/hangup", {"voicemail": True})
    assert [d["status"] for d in ended["record_deliveries"]] == [204]
    # The record names the company number, not 101: it is mine because CALL_INCOMING said so.
    received = history._received[f"PHONE_CALL:{ended['record_id']}"]
    assert received.destination_number == "+390212121212" and received.call_id == call["call_id"]
    missed = next(i for i in await history.history() if i.item_id == f"PHONE_CALL:{ended['record_id']}")
    assert missed.item_type == "MISSED_CALL" and missed.remote.number == "+390611122233"
    assert missed.links[0].kind == "voicemail" and missed.links[0].url.startswith("https://")
    await history.mark_seen(missed.item_id)
    assert next(i for i in await history.history() if i.item_id == missed.item_id).seen


async def test_another_users_calls_are_not_in_my_history(vox, session):
    call = await sim_post(vox, "/_sim/calls", {"to": "102", "from": "+390611122233"})
    ended = await sim_post(vox, f"/_sim/calls/{call['call_id']}/hangup", {"voicemail": True})
    assert [d["status"] for d in ended["record_deliveries"]] == [204]  # delivered, and read
    ids = {i.item_id for i in await session.backend.history.history()}
    assert f"PHONE_CALL:{ended['record_id']}" not in ids and len(ids) == 3


async def test_an_answered_recorded_call_in_the_envelope_shape(vox, session):
    call = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678", "style": "envelope"})
    await sim_post(vox, f"/_sim/calls/{call['call_id']}/answer", {"style": "envelope"})
    ended = await sim_post(vox, f"/_sim/calls/{call['call_id']}/hangup", {"recorded": True, "style": "envelope"})
    assert [d["status"] for d in ended["record_deliveries"]] == [204]
    item = (await session.backend.history.history(types=("INCOMING_CALL",)))[0]  # the newest
    assert item.item_id == f"PHONE_CALL:{ended['record_id']}" and item.remote.name == "Giulia Bianchi"
    assert [link.kind for link in item.links] == ["recording", "crm"]


async def test_a_fax_to_my_number_is_in_my_history(vox, session):
    sent = await sim_post(vox, "/_sim/fax", {"to": "101", "from": "+390611122233", "pages": 3})
    assert [d["status"] for d in sent["deliveries"]] == [204]
    fax = next(i for i in await session.backend.history.history() if i.item_id == f"FAX_CALL:{sent['record_id']}")
    assert fax.item_type == "INCOMING_CALL" and fax.links[0].label == "Fax document (3 pages)"
    assert (fax.remote.name, fax.remote.number) == ("Fax", "+390611122233")


async def test_a_click_to_call_is_an_outgoing_call(vox, session):
    call = await session.backend.call_control.make_call("+390612345670")
    assert call.event == "CLICK_TO_CALL"
    await until(lambda: any(c.event == "CALL_STARTED" for c in session.store.calls()), what="the started webhook")
    started = next(c for c in session.store.calls() if c.event == "CALL_STARTED")
    ended = await sim_post(vox, f"/_sim/calls/{started.call_id}/hangup")
    assert [d["status"] for d in ended["record_deliveries"]] == [204]
    item = next(i for i in await session.backend.history.history()
                if i.item_id == f"CLICK_TO_CALL:{ended['record_id']}")
    assert item.item_type == "OUTGOING_CALL" and item.remote.number == "+390612345670"


async def test_a_client_read_of_one_record_and_by_call_id(vox, client):
    page = await client.telephony_events(size=2)
    assert len(page.events) == 2 and not page.last and page.total == 3
    first = page.events[0]
    assert (await client.telephony_event(first.id)).call_id == first.call_id
    assert [r.id for r in await client.telephony_events_for_call(first.call_id)] == [first.id]
