"""The device-icon reader and the photo/icon checks: any bytes or text → a value or their own refusal."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.device_icons import DEVICE_ICON_VARIANTS, icon_variant
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.user_photo import photo_media_type
from cti_desktop.providers.dstny import wire
from common import dstny_read
from hostile import BOUNDED, hostile_text, json_bytes

# The reference's answer (Dstny Core User API reference, User Device Information, "Retrieve display
# icon name for a certain user device"): "DESKPHONE_TYPE_2".
REFERENCE_ICON = b'"DESKPHONE_TYPE_2"'


def test_the_reference_example_reads():
    assert wire.parse_device_icon(REFERENCE_ICON) == "DESKPHONE_TYPE_2"
    assert icon_variant(wire.parse_device_icon(REFERENCE_ICON), "DESKPHONE") == "TYPE_2"


@BOUNDED
@given(body=st.one_of(json_bytes("dstny"), st.binary(max_size=300), hostile_text))
def test_any_icon_answer(body):
    name = dstny_read(wire.parse_device_icon, body, str)
    assert name is None or name == "" or re.fullmatch(r"[A-Z0-9_]{1,64}", name)


@BOUNDED
@given(name=st.one_of(hostile_text, st.sampled_from(["DEFAULT", "type_1", "DESKPHONE_TYPE_2", "MOBILE_TYPE_1"])),
       kind=st.one_of(st.just(""), st.sampled_from(["DESKPHONE", "MOBILE", "SOFTPHONE"]), hostile_text))
def test_any_icon_choice(name, kind):
    try:
        assert icon_variant(name, kind) in DEVICE_ICON_VARIANTS
    except InvalidInput as exc:
        assert "is not an icon" in str(exc)


@BOUNDED
@given(data=st.binary(max_size=64))
def test_any_photo_bytes(data):
    try:
        assert photo_media_type(data) in ("image/png", "image/jpeg")
    except InvalidInput:
        pass
