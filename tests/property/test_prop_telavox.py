"""Telavox readers: any value or bytes → the right type, or MalformedResponse; nothing else."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.providers.telavox import errors, wire
from common import ReaderFamily, reader_properties
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


def _check(result) -> None:
    if isinstance(result, wire.Extension):  # what the backend makes of an extension next
        wire.contact_from_extension(result)
        wire.presence_from_profile(result.profile)
        calls = wire.calls_from_extension(result, wire.CallIds(), now=1.0, received_at=1.0)
        assert all(c.call_id.startswith("tvx-") for c in calls)


FAMILY = ReaderFamily(READERS, wire.MalformedResponse, decode=wire.parse_json, check=_check)
test_any_decoded_value, test_any_body = reader_properties(
    FAMILY, values=st.one_of(json_values("telavox"), mutated_examples("telavox")), bodies=json_bytes("telavox"))


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
    assert words is None or isinstance(words.encode("utf-8"), bytes)  # no lone surrogates: the words can be shown and logged
