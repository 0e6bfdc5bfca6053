"""Line-state reader: any value or body → an aware time, None, or MalformedResponse; the body round-trips."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.providers.dstny import wire
from common import dstny_read, value_properties
from hostile import BOUNDED, json_values

# The reference's Line State sample (the Dstny Core User API reference page, Line State section).
REFERENCE = {"expiresOn": "2020-03-10T11:05:00+01"}


def test_the_reference_example_reads():
    assert wire.parse_line_state_mark(REFERENCE) == datetime(2020, 3, 10, 10, 5, tzinfo=timezone.utc)


def _check(value):
    result = dstny_read(wire.parse_line_state_mark, value, (datetime, type(None)))
    assert result is None or result.tzinfo is not None


test_any_decoded_value, test_any_body = value_properties(
    _check, st.one_of(json_values("dstny"), json_values("dstny").map(lambda v: {"expiresOn": v})))


@BOUNDED
@given(when=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2200, 1, 1),
                         timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=1)),
                                                    timezone(timedelta(hours=-9, minutes=-30))])))
def test_the_body_reads_back_as_the_same_instant(when):
    assert wire.parse_line_state_mark(wire.line_state_body(when)) == when.replace(microsecond=0)
