"""Property: any bytes with any Content-Type give a webhook event or the documented refusal.

:func:`parse_webhook_body` reads JSON whatever the media type says (the Voxloud reference promises
no Content-Type); what it cannot read is a :class:`WebhookRefused` with a 4xx status — 400
(:class:`WebhookBodyError`) or 415 (:class:`WebhookMediaTypeError`) — and nothing else.
"""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from cti_desktop.providers.voxloud.webhooks import (
    WebhookBodyError,
    WebhookMediaTypeError,
    WebhookRefused,
    parse_webhook_body,
)
from cti_desktop.providers.voxloud.wire import WebhookEvent

media_types = st.sampled_from(["application/json", "text/plain", "text/html", "application/x-www-form-urlencoded",
                               "multipart/form-data; boundary=x", "application/octet-stream", "", "*/*",
                               "application/vnd.voxloud+json"])
charsets = st.sampled_from(["", "; charset=utf-8", "; charset=UTF-16", "; charset=iso-8859-1", "; charset=klingon",
                            "; charset=\"utf-8\"", "; charset=base64", "; charset=rot13", "; charset=",
                            "; charset=idna", "; charset=utf-7", "; charset=cp1252"])
content_types = st.one_of(st.none(), st.builds(lambda m, c: m + c, media_types, charsets), st.text(max_size=80))
events = st.fixed_dictionaries({"event_type": st.sampled_from(["CALL_INCOMING", "PHONE_CALL", "FAX_CALL"]),
                                "callId": st.text(max_size=20)})


def check(body: bytes, content_type: str | None) -> None:
    try:
        event = parse_webhook_body(body, content_type)
    except WebhookRefused as refusal:
        assert isinstance(refusal, (WebhookBodyError, WebhookMediaTypeError))
        assert 400 <= refusal.status < 500 and refusal.reason
    else:
        assert isinstance(event, WebhookEvent) and event.event_type


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=1500), content_types)
def test_any_bytes_and_any_content_type_are_an_event_or_the_refusal(body, content_type):
    check(body, content_type)


@settings(max_examples=200, deadline=None)
@given(events, content_types)
def test_a_json_event_with_any_content_type_is_an_event_or_the_refusal(event, content_type):
    check(json.dumps(event).encode(), content_type)


@settings(max_examples=100, deadline=None)
@given(events, st.sampled_from([None, "", "text/plain", "text/plain; charset=utf-8", "application/json",
                                "application/x-www-form-urlencoded", "text/html; charset=UTF-8"]))
def test_a_json_event_is_read_as_text_plain_or_without_a_content_type(event, content_type):
    assert parse_webhook_body(json.dumps(event).encode(), content_type).event_type == event["event_type"]
