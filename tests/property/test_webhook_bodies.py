"""Property tests for the webhook receiver's parsers: any bytes give a value or the documented refusal."""

from __future__ import annotations

import asyncio
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from cti_desktop.providers.voxloud.webhooks import (
    WebhookBodyError,
    WebhookCallTracker,
    WebhookReceiver,
    WebhookRefused,
    _split_host,
    parse_webhook_body,
)
from cti_desktop.core.calls import CallStore
from cti_desktop.providers.voxloud.wire import WebhookEvent

SECRET = "property-secret-0123456789-abcdef"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
        st.sampled_from(["event_type", "type", "event", "data", "call_id", "callId", "id", "caller", "from",
                         "caller_name", "called", "to", "extension", "user_id", "timestamp", "direction"])
        | st.text(max_size=10), inner, max_size=8),
    max_leaves=30,
)


def _check(body: bytes) -> None:
    try:
        event = parse_webhook_body(body)
    except WebhookBodyError as refusal:
        assert isinstance(refusal, WebhookRefused) and refusal.status == 400 and refusal.reason
    else:
        assert isinstance(event, WebhookEvent) and event.event_type


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_an_event_or_a_body_error(body):
    _check(body)


@settings(max_examples=300, deadline=None)
@given(json_values, st.sampled_from(["utf-8", "utf-16", "utf-32"]))
def test_any_json_is_an_event_or_a_body_error(value, encoding):
    _check(json.dumps(value, ensure_ascii=False).encode(encoding, "surrogatepass"))


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=100_000), st.sampled_from("[{"))
def test_deep_nesting_is_a_body_error(depth, opener):
    _check(opener.encode() * depth)
    _check(b'{"event_type": ' + b"[" * depth + b"]" * depth + b"}")


def test_examples():
    event = parse_webhook_body(b'{"event_type": "CALL_INCOMING", "call_id": "c1", "caller": "+39021"}')
    assert (event.event_type, event.call_id, event.caller) == ("CALL_INCOMING", "c1", "+39021")
    for bad in (b"", b"\xff\xfe\x00", b"[1, 2]", b"{}", b'"CALL_INCOMING"', b"1" * 5000):
        try:
            parse_webhook_body(bad)
        except WebhookBodyError:
            continue
        raise AssertionError(f"{bad[:20]!r} was accepted")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_host_header_splits(value):
    host, port = _split_host(value)
    assert isinstance(host, str) and (port is None or isinstance(port, int))
    assert port is None or port == -1 or port >= 0


async def _exchange(raw: bytes) -> bytes:
    store = CallStore()
    async with WebhookReceiver(SECRET, WebhookCallTracker(store), port=0, header_timeout=0.5, idle_timeout=0.5,
                               request_timeout=1.0) as receiver:
        reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        writer.write(raw.replace(b"{port}", str(receiver.port).encode()))
        writer.write_eof()
        try:
            answer = await asyncio.wait_for(reader.read(), 3.0)
        except ConnectionError:
            answer = b""
        writer.close()
        try:
            await writer.wait_closed()
        except ConnectionError:
            pass
    return answer


requests = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda method, target, headers, body: method + b" " + target + b" HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        + headers + b"\r\n" + body,
        st.sampled_from([b"POST", b"GET", b"PUT", b"\x00"]),
        st.sampled_from([b"/webhook/" + SECRET.encode(), b"/webhook", b"/", b"/webhook/x/y", b"%"]),
        st.binary(max_size=120),
        st.binary(max_size=200),
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests)
def test_any_request_bytes_get_a_status_or_a_close(raw):
    answer = asyncio.run(_exchange(raw))
    if answer:
        status_line = answer.split(b"\r\n", 1)[0]
        assert status_line.startswith(b"HTTP/1.1 ")
        assert int(status_line.split()[1]) in (100, 204, 400, 401, 403, 404, 405, 408, 413, 415, 429, 503)


def test_connection_shares_group_an_ipv6_64():
    from cti_desktop.providers.voxloud.webhooks import _share_of

    assert _share_of("2001:db8:1:2::5") == _share_of("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert _share_of("2001:db8:1:3::5") != _share_of("2001:db8:1:2::5")
    assert _share_of("::ffff:192.0.2.7") == "192.0.2.7" and _share_of("192.0.2.7") == "192.0.2.7"
    assert _share_of("fe80::1%eth0") == "fe80::/64" and _share_of("unknown") == "unknown"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60) | st.ip_addresses().map(str))
def test_any_peer_name_has_a_share(value):
    from cti_desktop.providers.voxloud.webhooks import _share_of

    assert isinstance(_share_of(value), str)
