"""One plain test per crash the fuzzer and the property tests found, with the concrete input.

Each raised something other than the parser's documented refusal before the fix (the exception it
raised is named in the test).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from cti_desktop.core import dialing, links, screenpop
from cti_desktop.core.errors import InvalidInput
from cti_desktop.providers import wire_common
from cti_desktop.providers.dstny import wire as dstny
from cti_desktop.providers.voxloud.webhooks import WebhookBodyError, parse_webhook_body
from cti_desktop.providers.dstny.xml import XmlDocumentError, parse_dialog_info, parse_queue_statistics_xml
from cti_desktop.providers.telavox import wire as telavox
from cti_desktop.providers.voxloud import wire as voxloud

DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000


# ------------------------------------------------------------------------------- Dstny JSON
def test_available_deeply_nested_is_refused_not_recursion_error():
    with pytest.raises(dstny.MalformedResponse):  # was RecursionError
        dstny.parse_available(DEEP_OBJECT)


def test_activity_end_time_deeply_nested_is_refused_not_recursion_error():
    with pytest.raises(dstny.MalformedResponse):  # was RecursionError
        dstny.parse_activity_end_time(b"[" * 100_000 + b"]" * 100_000)


def test_loose_list_text_nested_deeply_is_kept_as_text():
    deep = "[" * 100_000 + "]" * 100_000
    call = dstny.parse_call_state({"callId": "c1", "deviceIds": deep})  # was RecursionError
    assert call.device_ids == (deep,)


def test_json_nan_infinity_and_huge_integers_are_no_value():
    body = b'{"callId": "c1", "duration": NaN, "recordingDuration": ' + b"9" * 5000 + b', "stateToken": Infinity}'
    call = dstny.parse_call_state(dstny.parse_json(body))  # the 5000 digits made the whole body unreadable
    assert (call.duration, call.recording_duration, call.state_token) == (0, 0, None)


def test_superscript_digit_is_no_number():
    assert dstny.parse_queue_stat({"id": "q", "queueLength": "\u00b2", "availableAgents": "\u0663"}).queue_length == 0
    assert wire_common.to_int("\u0663") == 0  # int() reads Arabic-Indic digits; a server's number is ASCII


# -------------------------------------------------------------------------------- Dstny XML
def test_unknown_declared_encoding_is_refused_not_lookup_error():
    with pytest.raises(XmlDocumentError):  # was LookupError ('rot13' is not a text encoding)
        parse_queue_statistics_xml(b'<?xml version="1.0" encoding="rot13"?><queue id="1"/>')
    with pytest.raises(XmlDocumentError):
        parse_dialog_info(b'<?xml version="1.0" encoding="rot13"?><dialog-info/>')


def test_count_of_thousands_of_digits_reads_as_zero():
    doc = f'<queue id="1"><queueLength>{"9" * 5000}</queueLength><lastWait>4</lastWait></queue>'
    (q,) = parse_queue_statistics_xml(doc)  # was ValueError (int-str conversion limit)
    assert (q.queue_length, q.last_wait) == (0, 4)


def test_text_with_a_lone_surrogate_is_refused_not_unicode_encode_error():
    with pytest.raises(XmlDocumentError):  # was UnicodeEncodeError
        parse_queue_statistics_xml('<queue id="1"><name>\ud800</name></queue>')


def test_dialog_version_and_code_with_superscript_or_huge_digits():
    doc = (
        '<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="\u00b2" state="full" entity="e">'
        '<dialog id="d1"><state code="\u00b3">terminated</state></dialog></dialog-info>'
    )
    info = parse_dialog_info(doc.encode())  # was ValueError: invalid literal for int() with base 10: '²'
    assert info.version == -1 and info.dialogs[0].state_code is None
    huge = doc.replace("\u00b2", "9" * 5000).replace("\u00b3", "1" * 5000)
    info = parse_dialog_info(huge.encode())  # was ValueError (int-str conversion limit)
    assert info.version == -1 and info.dialogs[0].state_code is None


# ---------------------------------------------------------------------------------- Telavox
def test_telavox_time_with_superscript_or_huge_digits_is_none():
    assert telavox.parse_time("\u00b2") is None  # was ValueError
    assert telavox.parse_time("9" * 5000) is None  # was ValueError (int-str conversion limit)
    assert telavox.parse_time(10**400) is None  # was OverflowError (int too large to convert to float)


def test_telavox_history_with_superscript_time():
    body = telavox.parse_json(b'{"incoming": [{"callId": "a", "datetime": "\xc2\xb2"}]}')
    (item,) = telavox.parse_history(body)  # was ValueError
    assert item.start_time is None


def test_telavox_extension_with_a_lone_surrogate_gets_call_ids():
    body = b'{"extension": "\\ud800", "calls": [{"callerid": "\\udfff1", "direction": "in", "linestatus": "ringing"}]}'
    ext = telavox.parse_extension(telavox.parse_json(body))
    (call,) = telavox.calls_from_extension(ext, telavox.CallIds(), now=1.0, received_at=1.0)  # was UnicodeEncodeError
    assert call.call_id.startswith("tvx-") and call.remote.number == "\ufffd1"


# ---------------------------------------------------------------------------------- Voxloud
def test_voxloud_datetime_with_superscript_or_huge_number_is_none():
    assert voxloud.parse_datetime("\u00b2") is None  # was ValueError (could not convert string to float)
    assert voxloud.parse_datetime(10**400) is None  # was OverflowError
    assert voxloud.parse_datetime("1523025126000") == datetime(2018, 4, 6, 14, 32, 6, tzinfo=UTC)


def test_voxloud_webhook_body_with_superscript_timestamp():
    body = b'{"type": "CALL_INCOMING", "callId": "c1", "timestamp": "\xc2\xb2"}'
    event = voxloud.parse_webhook_event(json.loads(body))  # was ValueError (float('²'))
    assert event.call_id == "c1" and event.timestamp is None
    assert parse_webhook_body(body) == event


def test_voxloud_webhook_body_refusals():
    for body in (b"", b"[]", b'{"call_id": "x"}', DEEP_OBJECT, b"\xff"):
        with pytest.raises(WebhookBodyError):
            parse_webhook_body(body)


# ------------------------------------------------------------------------ links and numbers
def test_record_url_with_a_lone_surrogate_in_caller_data():
    url = links.build_record_url("https://crm.example/s?n={name}&p={number}", number="+46\ud800", name="A\udfff")
    assert url == "https://crm.example/s?n=A%EF%BF%BD&p=%2B46%EF%BF%BD"  # was UnicodeEncodeError


def test_link_refusals_are_unsafe_link():
    with pytest.raises(links.UnsafeLink):
        links.safe_url("javascript:alert(1)")
    with pytest.raises(links.UnsafeLink):
        links.build_record_url("file:///etc/passwd?{number}", number="1")
    assert issubclass(links.UnsafeLink, InvalidInput)


def test_long_number_text_is_no_number():
    # A 200-digit "number" used to be matched (and long ones backtracked quadratically in the regex).
    assert screenpop.number_keys("1" * 200).digits == ""
    assert screenpop.number_keys("+46 8 123 45 67").e164 == "+4681234567"


def test_dial_string_that_is_not_text_is_refused():
    with pytest.raises(dialing.DialStringRefused):
        dialing.normalise_dial_string(4670123)  # was TypeError (len() of an int)
    with pytest.raises(dialing.DialStringRefused, match="not 0–9"):
        dialing.normalise_dial_string("070\u00b2")


def test_huge_epoch_is_no_time():
    assert wire_common.datetime_from_epoch(10**5000) is None  # was OverflowError
    assert json.loads("1e999") == float("inf") and wire_common.datetime_from_epoch(float("inf")) is None


def test_webhook_host_header_with_a_port_of_thousands_of_digits_is_refused_not_raised():
    from cti_desktop.providers.voxloud.webhooks import _split_host

    assert _split_host("127.0.0.1:" + "9" * 5000) == ("127.0.0.1", -1)  # was ValueError (int digits limit)
    assert _split_host("127.0.0.1:8080") == ("127.0.0.1", 8080)
