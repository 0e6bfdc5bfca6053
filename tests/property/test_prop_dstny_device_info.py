"""Device-information readers: any value or body → attributes / a name, or MalformedResponse."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.device_settings import DEVICE_NAME_LIMIT, checked_device_name
from cti_desktop.core.errors import InvalidInput
from cti_desktop.providers.dstny import wire
from common import decode_then, dstny_read
from hostile import BOUNDED, hostile_text, json_bytes, json_values

# The reference's answers (the Dstny Core User API reference page, User Device Information):
# "Retrieve detailed information about a certain user device" and "Retrieve display name".
REFERENCE_ATTRIBUTES = [{"name": "USER_AGENT", "value": "Telepo Softphone/Mac/5.x.x.xxxx"}]
REFERENCE_NAME = b'"My work laptop"'


def test_the_reference_examples_read():
    assert wire.parse_device_attributes(REFERENCE_ATTRIBUTES) == (("USER_AGENT", "Telepo Softphone/Mac/5.x.x.xxxx"),)
    assert wire.parse_device_name(REFERENCE_NAME) == "My work laptop"


@BOUNDED
@given(value=st.one_of(json_values("dstny"), st.lists(json_values("dstny"), max_size=4)))
def test_any_decoded_value(value):
    dstny_read(wire.parse_device_attributes, value, tuple, check=_pairs_are_words)


def _pairs_are_words(pairs: tuple) -> None:
    assert all(isinstance(k, str) and k and isinstance(v, str) and v for k, v in pairs)


@BOUNDED
@given(body=json_bytes("dstny"))
def test_any_body(body):
    dstny_read(wire.parse_device_name, body, str)
    decode_then(wire.parse_json, wire.MalformedResponse, body,
                lambda value: dstny_read(wire.parse_device_attributes, value, tuple, check=_pairs_are_words))


@BOUNDED
@given(name=hostile_text)
def test_a_name_is_checked_or_refused_in_words(name):
    try:
        text = checked_device_name(name)
    except InvalidInput as exc:
        assert str(exc)
        return
    assert 0 < len(text) <= DEVICE_NAME_LIMIT and text == text.strip()
