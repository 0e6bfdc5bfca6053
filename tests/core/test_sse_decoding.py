"""Table tests of the event-stream decoder on real bytes."""

from __future__ import annotations

import pytest

from cti_desktop.core.sse import SSEDecoder, SSELineTooLong


def decode(chunks: list[bytes], **kwargs) -> tuple[list[tuple[str, str, str, int | None]], SSEDecoder]:
    decoder = SSEDecoder(**kwargs)
    events = []
    for c in chunks:
        events.extend(decoder.feed(c))
    events.extend(decoder.close())
    return [(e.event, e.data, e.id, e.retry) for e in events], decoder


def split_every_byte(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


CASES = [
    ("lf", b"data: a\n\n", [("message", "a", "", None)]),
    ("crlf", b"data: a\r\n\r\n", [("message", "a", "", None)]),
    ("cr", b"data: a\r\rdata: b\r\r", [("message", "a", "", None), ("message", "b", "", None)]),
    ("mixed endings", b"data: a\r\ndata: b\rdata: c\n\n", [("message", "a\nb\nc", "", None)]),
    ("bom stripped", b"\xef\xbb\xbfdata: a\n\n", [("message", "a", "", None)]),
    ("bom then field name", b"\xef\xbb\xbfevent: x\ndata: a\n\n", [("x", "a", "", None)]),
    ("only first bom", b"\xef\xbb\xbfdata: \xef\xbb\xbfa\n\n", [("message", "\ufeffa", "", None)]),
    ("event type and id", b"event: call\nid: 7\ndata: {}\n\n", [("call", "{}", "7", None)]),
    ("no space after colon", b"data:a\n\n", [("message", "a", "", None)]),
    ("only one space stripped", b"data:  a\n\n", [("message", " a", "", None)]),
    ("field without colon", b"data\ndata: b\n\n", [("message", "\nb", "", None)]),
    ("comments ignored", b": hb\ndata: a\n: hb\n\n", [("message", "a", "", None)]),
    ("empty data not delivered", b"id: 1\n\n: hb\n\n", []),
    ("single empty data line is an event with empty data", b"data:\n\n", [("message", "", "", None)]),
    ("bare data field is an event with empty data", b"data\n\n", [("message", "", "", None)]),
    ("unterminated last line is not a line", b"data: a\n\nretry: 5000", [("message", "a", "", None)]),
    ("two empty data lines kept", b"data\ndata\n\n", [("message", "\n", "", None)]),
    ("event without data dropped", b"event: x\n\n", []),
    ("unknown field ignored", b"foo: bar\ndata: a\n\n", [("message", "a", "", None)]),
    ("retry digits", b"retry: 700\ndata: a\n\n", [("message", "a", "", 700)]),
    ("retry negative ignored", b"retry: -5\ndata: a\n\n", [("message", "a", "", None)]),
    ("retry underscore ignored", b"retry: 1_000\ndata: a\n\n", [("message", "a", "", None)]),
    ("retry letters ignored", b"retry: abc\ndata: a\n\n", [("message", "a", "", None)]),
    ("retry non-ascii digits ignored", "retry: ٣\ndata: a\n\n".encode(), [("message", "a", "", None)]),
    ("retry plus sign ignored", b"retry: +5\ndata: a\n\n", [("message", "a", "", None)]),
    ("id with nul ignored", b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n", [("message", "a", "1", None), ("message", "b", "1", None)]),
    ("id persists", b"id: 5\ndata: a\n\ndata: b\n\n", [("message", "a", "5", None), ("message", "b", "5", None)]),
    ("empty id resets", b"id: 5\ndata: a\n\nid\ndata: b\n\n", [("message", "a", "5", None), ("message", "b", "", None)]),
    ("unterminated event discarded", b"data: a\n\ndata: b\n", [("message", "a", "", None)]),
    ("unterminated line discarded", b"data: a\n\ndata: b", [("message", "a", "", None)]),
    ("charset ignored, utf-8 always", "data: é€\n\n".encode(), [("message", "é€", "", None)]),
    ("invalid utf-8 replaced", b"data: \xff\n\n", [("message", "\ufffd", "", None)]),
    ("multiline json", b'data: {"a":\ndata: 1}\n\n', [("message", '{"a":\n1}', "", None)]),
]


@pytest.mark.parametrize("raw,expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_whole(raw: bytes, expected) -> None:
    events, _ = decode([raw])
    assert events == expected


@pytest.mark.parametrize("raw,expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_byte_by_byte(raw: bytes, expected) -> None:
    """Splitting anywhere (inside CRLF, the BOM, a UTF-8 sequence) changes nothing."""
    events, _ = decode(split_every_byte(raw))
    assert events == expected


def test_crlf_split_across_chunks_is_one_line_ending() -> None:
    # If the CR and LF were two endings, the LF would be an empty line and dispatch "a" early.
    events, _ = decode([b"data: a\r", b"\ndata: b\r\n\r\n"])
    assert events == [("message", "a\nb", "", None)]


def test_empty_event_keeps_id_and_retry() -> None:
    events, decoder = decode([b"data: a\nid: 1\n\nid: 2\nretry: 900\n\n:hb\n\n"])
    assert events == [("message", "a", "1", None)]
    assert decoder.last_event_id == "2"
    assert decoder.retry == 900


def test_bad_retry_keeps_previous_good_value() -> None:
    _, decoder = decode([b"retry: 700\n\nretry: -5\n\nretry: 1_000\n\nretry: abc\n\n"])
    assert decoder.retry == 700


def test_comments_count_as_lines() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b": hb\n") == []
    assert decoder.lines_seen == 1
    decoder.feed(b":\r\n")
    assert decoder.lines_seen == 2


def test_line_cap() -> None:
    decoder = SSEDecoder(max_line_length=100)
    decoder.feed(b"data: " + b"x" * 90 + b"\n\n")  # under the cap: fine
    with pytest.raises(SSELineTooLong):
        for _ in range(20):
            decoder.feed(b"data: " + b"y" * 10)  # no newline ever


def test_line_cap_in_one_chunk() -> None:
    decoder = SSEDecoder(max_line_length=100)
    with pytest.raises(SSELineTooLong):
        decoder.feed(b"data: " + b"x" * 200 + b"\n\n")


def test_default_cap_is_one_mebibyte() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b"data: " + b"x" * 1_000_000 + b"\n\n")
    assert len(events[0].data) == 1_000_000
    with pytest.raises(SSELineTooLong):
        decoder.feed(b"data: " + b"x" * (1 << 20))


def test_resumed_id_is_kept_until_the_server_sends_another() -> None:
    decoder = SSEDecoder(last_event_id="41")
    (a,) = decoder.feed(b"data: a\n\n")
    assert a.id == "41"
    (b,) = decoder.feed(b"id: 42\ndata: b\n\n")
    assert b.id == "42" and decoder.last_event_id == "42"
