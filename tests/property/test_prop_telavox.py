"""Telavox readers: any value or bytes → the right type, or MalformedResponse; nothing else."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.errors import UserFacingError
from cti_desktop.providers.telavox import errors, wire
from hostile import BOUNDED, json_bytes, json_values, mutated_examples

READERS = {
    wire.parse_extension: wire.Extension,
    wire.parse_extensions: list,
    wire.parse_users: list,
    wire.contact_from_user: object,
    wire.parse_pbx: wire.PbxResource,
    wire.parse_history: list,
    wire.parse_recordings: list,
    wire.history_recording_ids: dict,
}
readers = st.sampled_from(sorted(READERS, key=lambda f: f.__name__))


def _read(parse, value):
    try:
        result = parse(value)
    except wire.MalformedResponse:
        return None
    assert isinstance(result, READERS[parse])
    if isinstance(result, wire.Extension):  # what the backend makes of an extension next
        wire.contact_from_extension(result)
        wire.presence_from_profile(result.profile)
        calls = wire.calls_from_extension(result, wire.CallIds(), now=1.0, received_at=1.0)
        assert all(c.call_id.startswith("tvx-") for c in calls)
    return result


@BOUNDED
@given(parse=readers, value=st.one_of(json_values("telavox"), mutated_examples("telavox")))
def test_any_decoded_value(parse, value):
    _read(parse, value)


@BOUNDED
@given(parse=readers, body=json_bytes("telavox"))
def test_any_body(parse, body):
    try:
        value = wire.parse_json(body)
    except wire.MalformedResponse:
        return
    _read(parse, value)


@BOUNDED
@given(value=json_values("telavox"))
def test_times_and_error_words(value):
    assert isinstance(wire.parse_time(value), (datetime, type(None)))
    assert isinstance(errors.parse_error_body(value), (str, type(None)))


@BOUNDED
@given(body=json_bytes("telavox"))
def test_error_bodies(body):
    words = errors.parse_error_body(body)
    assert words is None or (isinstance(words, str) and len(words) <= 300)
    words is None or words.encode("utf-8")
