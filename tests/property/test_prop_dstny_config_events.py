"""Change-stream event readers: any bytes → a ConfigChange or MalformedResponse, nothing else."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.providers.dstny import wire
from common import byte_properties, dstny_read
from hostile import BOUNDED, hostile_text, json_values

# The reference's one event body (the Dstny Core User API reference page, User Device Information:
# "Register a webhook where notifications when there are any changes in the user's device set").
REFERENCE_EVENT = b'{"timeStamp": "2025-03-10 20:28:32.213", "changedField": "DEVICE_INFO"}'
SEEDS = (REFERENCE_EVENT, b'{"timeStamp":"2026-01-01 00:00:00.000","changedField":"PRESENCE_SHORTCUTS"}',
         b'{"changedField":["DIVERSION","voicemail"]}')


def _check(data) -> None:
    change = dstny_read(wire.parse_config_event, data, wire.ConfigChange)
    if change is None:
        return
    assert change.fields and all(isinstance(f, str) and f == f.upper() and f.strip() == f and f
                                 for f in change.fields)
    assert len(set(change.fields)) == len(change.fields)
    assert change.time_stamp is None or change.time_stamp.tzinfo is not None


test_any_bytes, test_any_json_body, test_mutated_reference_samples = byte_properties(_check, SEEDS)


@BOUNDED
@given(field=st.one_of(json_values("dstny"), hostile_text), stamp=st.one_of(json_values("dstny"), hostile_text))
def test_any_field_and_time_stamp(field, stamp):
    _check(json.dumps({"changedField": field, "timeStamp": stamp}, allow_nan=True))


@BOUNDED
@given(text=hostile_text)
def test_any_text(text):
    _check(text)


def test_an_iso_time_without_offset_is_read_as_utc():
    """Found by the mutated samples: ``0001-01-01 00,0`` (ISO, comma fraction, no offset) came back naive."""
    _check(b'{"timeStamp":"0001-01-01 00,0","changedField":"A"}')
    change = wire.parse_config_event(b'{"timeStamp":"2026-01-01T10:00:00","changedField":"A"}')
    assert change.time_stamp is not None and change.time_stamp.utcoffset().total_seconds() == 0
