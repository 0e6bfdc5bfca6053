"""Property tests of the event-stream decoder against the WHATWG text, on arbitrary bytes.

The reference below is a direct, whole-body transcription of "Interpreting an event stream"
(html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation): decode as
UTF-8 with replacement, drop one leading BOM, split into lines at CRLF/LF/CR, process each line,
discard whatever is pending at the end. The decoder under test is incremental and is fed the same
bytes cut at arbitrary places; it must agree with the reference, and may raise nothing but
``SSELineTooLong``.
"""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from cti_desktop.core.sse import SSEDecoder, SSELineTooLong


def reference(body: bytes) -> tuple[list[tuple[str, str, str]], str, int | None]:
    """(events as (type, data, last event id), the last event id string, the reconnection time)."""
    text = body.decode("utf-8", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    # Only complete lines: an unterminated last line is not a line.
    parts = re.split(r"\r\n|\r|\n", text)
    lines = parts[:-1]
    events: list[tuple[str, str, str]] = []
    data, event_type, id_buffer, last_id, retry = "", "", "", "", None
    for line in lines:
        if line == "":
            last_id = id_buffer
            if data == "":
                event_type = ""
                continue
            if data.endswith("\n"):
                data = data[:-1]
            events.append((event_type or "message", data, last_id))
            data, event_type = "", ""
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            name, _, value = line.partition(":")
            if value.startswith(" "):
                value = value[1:]
        else:
            name, value = line, ""
        if name == "event":
            event_type = value
        elif name == "data":
            data += value + "\n"
        elif name == "id":
            if "\0" not in value:
                id_buffer = value
        elif name == "retry":
            if value and all(c in "0123456789" for c in value):
                retry = int(value) if len(value) < 10 else None  # huge values: compared separately
    return events, last_id, retry


def run_decoder(body: bytes, cuts: list[int]) -> tuple[list[tuple[str, str, str]], SSEDecoder]:
    decoder = SSEDecoder()
    events = []
    start = 0
    for cut in sorted(set(c % (len(body) + 1) for c in cuts)) + [len(body)]:
        events.extend(decoder.feed(body[start:cut]))
        start = cut
    events.extend(decoder.close())
    return [(e.event, e.data, e.id) for e in events], decoder


# Bytes biased towards the stream's own vocabulary, so that fields, line endings and UTF-8 edge
# cases meet often; plus fully arbitrary bytes.
_TOKENS = [b"data", b"data:", b"data: ", b"event:", b"id:", b"id: 7", b"retry:", b"retry: 1500", b":", b" ",
           b"\n", b"\r", b"\r\n", b"\n\n", b"\xef\xbb\xbf", b"\x00", b"\xff", b"\xc3", b"\xa9", b"\xe2\x82", b"x",
           "é€٣²".encode(), b"9" * 30]
stream_bytes = st.one_of(
    st.binary(max_size=300),
    st.lists(st.sampled_from(_TOKENS), max_size=60).map(b"".join),
)


@settings(max_examples=300, deadline=None)
@given(body=stream_bytes, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_decoder_agrees_with_the_spec_however_the_body_is_cut(body: bytes, cuts: list[int]) -> None:
    expected_events, expected_last_id, expected_retry = reference(body)
    events, decoder = run_decoder(body, cuts)
    assert events == expected_events
    assert decoder.last_event_id == expected_last_id
    if expected_retry is not None:
        assert decoder.retry == expected_retry


@settings(max_examples=200, deadline=None)
@given(body=st.binary(max_size=2000), cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=8),
       cap=st.integers(min_value=1, max_value=64))
def test_any_bytes_give_events_or_the_line_cap_refusal(body: bytes, cuts: list[int], cap: int) -> None:
    decoder = SSEDecoder(max_line_length=cap)
    try:
        start = 0
        for cut in sorted(set(c % (len(body) + 1) for c in cuts)) + [len(body)]:
            for event in decoder.feed(body[start:cut]):
                assert isinstance(event.data, str) and isinstance(event.id, str)
                assert "\0" not in event.id
            start = cut
        decoder.close()
    except SSELineTooLong:
        pass


def test_a_retry_of_thousands_of_digits_is_a_long_wait_not_a_crash() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"retry: " + b"7" * 5000 + b"\n\n")
    assert decoder.retry is not None and decoder.retry >= 10**8
