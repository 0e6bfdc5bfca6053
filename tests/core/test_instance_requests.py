"""The hand-over line protocol: what a second start sends parses back to the same request, replies
round-trip, and any bytes at all are a request/reply or a refusal in words (bounded in size)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.instance_requests import (
    MAX_LINE_BYTES,
    VERBS,
    InstanceMessageRefused,
    InstanceReply,
    InstanceRequest,
    parse_reply,
    parse_request,
    socket_name,
)


@pytest.mark.parametrize("request_", [
    InstanceRequest("show"), InstanceRequest("answer"), InstanceRequest("hangup"),
    InstanceRequest("link", "tel:+46 70-123 45 67"), InstanceRequest("dial", "070-123 45 67"),
    InstanceRequest("dial", "Anna Öberg ☎"),
])
def test_a_request_round_trips(request_):
    assert parse_request(request_.encode()) == request_


@pytest.mark.parametrize("data,words", [
    (b"cti-desktop/1 show", "not exactly one line"),
    (b"cti-desktop/1 show\nmore\n", "not exactly one line"),
    (b"cti-desktop/2 show\n", "not from a cti-desktop of this version"),
    (b"cti-desktop/1 reboot\n", "Unknown request"),
    (b"cti-desktop/1 dial\n", "needs what to call"),
    (b"cti-desktop/1 answer now\n", "takes nothing after it"),
    (b"cti-desktop/1 dial \xff\n", "not UTF-8"),
    (b"cti-desktop/1 dial 1\x072\n", "control characters"),
    (b"cti-desktop/1 dial " + b"1" * MAX_LINE_BYTES + b"\n", "longer than"),
])
def test_bad_requests_are_refused_in_words(data, words):
    with pytest.raises(InstanceMessageRefused) as caught:
        parse_request(data)
    assert words in str(caught.value) and isinstance(caught.value, InvalidInput)


def test_a_request_that_would_not_parse_is_never_sent():
    with pytest.raises(InstanceMessageRefused):
        InstanceRequest("dial", "1\n2").encode()
    with pytest.raises(InstanceMessageRefused):
        InstanceRequest("dial", "1" * MAX_LINE_BYTES).encode()


def test_replies_round_trip_and_stay_one_bounded_line():
    assert parse_reply(InstanceReply(True, "Calling 070-123 45 67").encode()) == InstanceReply(True, "Calling 070-123 45 67")
    assert parse_reply(InstanceReply(False, "No call\nto answer").encode()) == InstanceReply(False, "No call to answer")
    long = InstanceReply(False, "ö" * 2000).encode()
    assert len(long) <= MAX_LINE_BYTES and parse_reply(long).words.startswith("ö")
    with pytest.raises(InstanceMessageRefused):
        parse_reply(b"maybe\n")


def test_the_socket_name_is_per_user_and_profile():
    a = socket_name("anna", "/home/anna/.config/cti-desktop", "")
    assert a == socket_name("anna", "/home/anna/.config/cti-desktop", "")
    assert a != socket_name("anna", "/home/anna/.config/cti-desktop", "demo:dstny")
    assert a != socket_name("bo", "/home/anna/.config/cti-desktop", "")
    assert "/" not in socket_name("../../etc", "/x", "") and len(a) < 100


_LINES = st.builds(lambda verb, arg, end: f"cti-desktop/1 {verb}{arg}".encode("utf-8", "surrogatepass") + end,
                   st.sampled_from(sorted(VERBS) + ["x", ""]), st.text(max_size=40), st.sampled_from([b"\n", b"", b"\r\n"]))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=1200), _LINES))
def test_any_bytes_are_a_request_or_a_refusal(data):
    for parse in (parse_request, parse_reply):
        try:
            value = parse(data)
        except InstanceMessageRefused as exc:
            assert str(exc)
            continue
        if isinstance(value, InstanceRequest):
            assert value.verb in VERBS and parse_request(value.encode()) == value
        else:
            assert parse_reply(value.encode()) == value
