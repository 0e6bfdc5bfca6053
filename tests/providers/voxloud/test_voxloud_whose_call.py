"""Whose call a webhook is about: ``userExtension`` / ``userEmail``, "the user subject of the event".

Events are the reference's own shapes (the envelope and the incoming-call example of
``data/voxloud_reference_examples.json``, from the Voxloud API reference), changed only in the fields
a case needs, and fed as bytes through the body reader; the last test uses the simulator on loopback.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from voxloud_support import SECRET, sim_post

from cti_desktop.core.calls import CallStore
from cti_desktop.core.models import CallStatus
from cti_desktop.providers.voxloud.webhooks import WebhookCallTracker, WebhookReceiver, parse_webhook_body

EXAMPLES = json.loads((Path(__file__).parent / "data" / "voxloud_reference_examples.json").read_text())["examples"]
ENVELOPE = json.loads(EXAMPLES["webhook_envelope_call_started"]["text"])  # CALL_STARTED by 101 to 102
INCOMING = json.loads(EXAMPLES["phone_call_event_incoming"]["text"])  # INCOMING for 101


def mail(user: str, host: str = "voxloud.example") -> str:
    """An e-mail address (put together, so that no tool rewrites it as an obfuscated link)."""
    return user + "@" + host


def envelope(kind: str, short: str, *, drop: tuple[str, ...] = (), **data) -> bytes:
    body = copy.deepcopy(ENVELOPE)
    body["type"] = kind
    body["data"].update(type=short, **data)
    for key in drop:
        body["data"].pop(key, None)
    return json.dumps(body).encode()


def incoming(**changes) -> bytes:
    return json.dumps({**INCOMING, **changes}).encode()


def feed(tracker: WebhookCallTracker, *bodies: bytes) -> None:
    for body in bodies:
        tracker(parse_webhook_body(body, "application/json"))


@pytest.mark.parametrize("identity, mine", [
    ({"extension": "101"}, True),
    ({"extension": "102"}, False),
    ({"email": INCOMING["userEmail"].upper()}, True),  # the example's own userEmail, compared without case
    ({"email": mail("someone.else")}, False),
    ({"extension": "102", "email": INCOMING["userEmail"]}, True),  # either names me
    ({}, True),  # no identity: every call of the company
])
def test_the_references_incoming_call_is_mine_by_extension_or_email(identity, mine):
    store = CallStore()
    feed(WebhookCallTracker(store, **identity), incoming())
    call = store.get(INCOMING["callId"])
    assert (call is not None) is mine
    if mine:
        assert call.status == CallStatus.RINGING and call.remote.number == "+390687654321"


def test_an_event_naming_no_user_is_not_taken_for_mine():
    # Before, an event without userExtension counted as mine whatever extension was configured.
    store = CallStore()
    tracker = WebhookCallTracker(store, extension="102")
    body = json.loads(incoming())
    del body["userExtension"], body["userEmail"]
    feed(tracker, json.dumps(body).encode())
    assert store.get(INCOMING["callId"]) is None


def test_an_event_naming_no_user_still_follows_a_call_i_have():
    store = CallStore()
    tracker = WebhookCallTracker(store, extension="101")
    feed(tracker, incoming(), envelope("CALL_ANSWERED", "ANSWERED", drop=("userExtension", "userEmail"),
                                       callId=INCOMING["callId"]))
    assert store.get(INCOMING["callId"]).status == CallStatus.ACTIVE


def test_the_callers_own_answered_event_does_not_end_my_ringing_internal_call():
    # 101 calls 102 (the envelope example's call): 102 rings; Voxloud tells 101 (the caller) too.
    store = CallStore()
    tracker = WebhookCallTracker(store, extension="102")
    cid = ENVELOPE["data"]["callId"]
    feed(tracker, envelope("CALL_STARTED", "STARTED"),  # 101's event: not mine
         envelope("CALL_INCOMING", "INCOMING", userExtension=102, userEmail=mail("user2")))
    assert store.get(cid).status == CallStatus.RINGING and store.get(cid).remote.number == "101"
    feed(tracker, envelope("CALL_ANSWERED", "ANSWERED"))  # the caller's: "answered" for 101
    assert store.get(cid).status == CallStatus.RINGING
    feed(tracker, envelope("CALL_ANSWERED", "ANSWERED", userExtension=102, userEmail=mail("user2")))
    assert store.get(cid).status == CallStatus.ACTIVE


def test_answered_by_a_colleague_ends_it_here_and_a_colleagues_hangup_does_not():
    store = CallStore()
    tracker = WebhookCallTracker(store, extension="101")
    cid = INCOMING["callId"]
    feed(tracker, incoming(), incoming(type="HANGUP", userExtension=103, userEmail=mail("user3")))
    assert store.get(cid).status == CallStatus.RINGING  # 103 stopped ringing; it still rings here
    feed(tracker, incoming(type="ANSWERED", userExtension=104, userEmail=mail("user4")))
    assert store.get(cid) is None  # taken by 104: ended here


async def test_email_identity_against_the_simulator(vox, client):
    store = CallStore()
    tracker = WebhookCallTracker(store, email=mail("Anna.Agent", "demo-voxloud.example"))  # the simulator's 101
    async with WebhookReceiver(SECRET, tracker, port=0) as receiver:
        await client.ensure_subscriptions(receiver.callback_url)
        ours = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678", "style": "envelope"})
        other = await sim_post(vox, "/_sim/calls", {"to": "102", "from": "+390212345678", "style": "envelope"})
        assert store.get(ours["call_id"]).status == CallStatus.RINGING
        assert store.get(other["call_id"]) is None
        assert tracker.was_mine(ours["call_id"]) and not tracker.was_mine(other["call_id"])
