"""Voxloud readers and webhook bodies: any value or bytes → the right type, or MalformedResponse."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import Contact
from cti_desktop.providers.voxloud import wire
from cti_desktop.providers.voxloud.webhooks import WebhookBodyError, call_from_event, parse_webhook_body
from common import ReaderFamily, reader_properties
from hostile import BOUNDED, hostile_text, json_bytes, json_values, mutated_examples

READERS = {
    wire.parse_company: wire.CompanyInfo,
    wire.parse_contact: Contact,
    wire.parse_contact_page: wire.ContactPage,
    wire.ContactDraft.from_wire: wire.ContactDraft,
    wire.parse_users: list,
    wire.parse_webhook_subscription: wire.WebhookSubscription,
    wire.parse_webhook_subscriptions: list,
    wire.parse_click_to_call: wire.ClickToCall,
    wire.parse_click_to_calls: list,
    wire.parse_webhook_event: (wire.WebhookEvent, type(None)),
    wire.parse_error_detail: (str, type(None)),
}


def _check(result) -> None:
    if isinstance(result, wire.ContactDraft):
        try:
            assert isinstance(result.body("IT"), dict)
        except InvalidInput:
            pass
    if isinstance(result, wire.WebhookEvent):
        call_from_event(result, None, my_extension="101", now=1.0)
    if isinstance(result, Contact) and result.record_url:
        assert result.record_url.startswith(("http://", "https://"))


FAMILY = ReaderFamily(READERS, wire.MalformedResponse, decode=wire.parse_json, check=_check)
test_any_decoded_value, test_any_body = reader_properties(
    FAMILY, values=st.one_of(json_values("voxloud"), mutated_examples("voxloud")), bodies=json_bytes("voxloud"))


@BOUNDED
@given(body=json_bytes("voxloud"))
def test_webhook_bodies(body):
    try:
        event = parse_webhook_body(body)
    except WebhookBodyError:
        return
    assert isinstance(event, wire.WebhookEvent) and event.event_type
    call_from_event(event, None, now=1.0)


@BOUNDED
@given(value=json_values("voxloud"), number=hostile_text)
def test_times_and_numbers(value, number):
    assert isinstance(wire.parse_datetime(value), (datetime, type(None)))
    try:
        e164 = wire.normalise_e164(number)
    except InvalidInput:
        return
    assert e164.startswith("+") and e164[1:].isdigit() and e164.isascii()
