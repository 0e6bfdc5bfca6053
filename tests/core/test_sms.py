"""The SMS length counter (GSM-7 vs UCS-2 parts, 3GPP TS 23.038/23.040) and the recipient check."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cti_desktop.core.sms import (
    GSM7,
    UCS2,
    RecipientRefused,
    normalise_sms_recipient,
    sms_length,
    sms_number,
)

#: The GSM 7-bit default alphabet (3GPP TS 23.038 6.2.1), without ESC: one septet each.
BASIC = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
#: Its extension table (6.2.1.1): two septets each (ESC + code).
EXTENSION = "\f^{}\\[~]|€"

#: The Dstny Core API reference's SMS request example (dstny-core-api-reference.txt, the SMS API),
#: exactly as the dump prints it: its curly apostrophe came out as "â", which GSM-7 cannot carry.
REFERENCE_TEXT = "Everythingâs going to be amazing"


@pytest.mark.parametrize(("text", "encoding", "units", "parts", "remaining"), [
    ("", GSM7, 0, 0, 160),
    ("Hello", GSM7, 5, 1, 155),
    ("a" * 160, GSM7, 160, 1, 0),
    ("a" * 161, GSM7, 161, 2, 153 * 2 - 161),
    ("a" * 306, GSM7, 306, 2, 0),
    ("a" * 307, GSM7, 307, 3, 152),
    ("€" * 80, GSM7, 160, 1, 0),           # extension characters cost two septets
    ("€" * 81, GSM7, 162, 2, 153 - 10),    # 76 a part: a 2-septet character is never split
    ("a" * 152 + "€" * 5, GSM7, 162, 2, 143),  # the first € does not fit the 153rd septet
    ("{}[]", GSM7, 8, 1, 152),
    ("ç", UCS2, 1, 1, 69),                 # small c-cedilla is not GSM (capital Ç is)
    ("ж" * 70, UCS2, 70, 1, 0),
    ("ж" * 71, UCS2, 71, 2, 67 * 2 - 71),
    ("ж" * 134, UCS2, 134, 2, 0),
    ("ж" * 135, UCS2, 135, 3, 66),
    ("😀" * 35, UCS2, 70, 1, 0),            # outside the BMP: a surrogate pair, two units
    ("😀" * 36, UCS2, 72, 2, 67 - 6),       # 33 a part (66 units), 3 left: a pair is never split
    ("a" * 159 + "’", UCS2, 160, 3, 67 * 3 - 160),  # one curly quote makes the whole text UCS-2
    ("\x1b", UCS2, 1, 1, 69),              # the escape code itself is no character to send
    (REFERENCE_TEXT, UCS2, 32, 1, 38),
])
def test_length_table(text, encoding, units, parts, remaining):
    got = sms_length(text)
    assert (got.encoding, got.units, got.parts, got.remaining) == (encoding, units, parts, remaining)
    assert got.per_part == ((160 if encoding == GSM7 else 70) if parts <= 1 else (153 if encoding == GSM7 else 67))


def test_first_non_gsm_character_is_named():
    assert sms_length("Hi ’there").first_non_gsm == "’"
    assert sms_length("Hi there").first_non_gsm == ""


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=BASIC, max_size=700))
def test_basic_gsm_text_costs_one_septet_a_character(text):
    got = sms_length(text)
    assert got.encoding == GSM7 and got.units == len(text)
    expected = 0 if not text else 1 if len(text) <= 160 else math.ceil(len(text) / 153)
    assert got.parts == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=BASIC + EXTENSION, max_size=500))
def test_gsm_text_units_count_extension_characters_twice(text):
    got = sms_length(text)
    assert got.encoding == GSM7
    assert got.units == len(text) + sum(ch in EXTENSION for ch in text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x400, max_codepoint=0x4FF), min_size=1, max_size=400))
def test_ucs2_bmp_text_costs_one_unit_a_character(text):
    got = sms_length(text)
    assert got.encoding == UCS2 and got.units == len(text)
    assert got.parts == (1 if len(text) <= 70 else math.ceil(len(text) / 67))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600))
def test_any_text_gets_consistent_parts(text):
    got = sms_length(text)
    assert (got.parts == 0) == (text == "")
    if got.parts:
        # Enough room for every unit, and no more parts than splitting only between characters needs.
        assert got.parts * got.per_part - got.remaining == _greedy_units(text, got)
        assert 0 <= got.remaining < got.per_part or got.remaining == got.per_part - got.units
        assert math.ceil(got.units / got.per_part) <= got.parts <= math.ceil(got.units / (got.per_part - 1))
    try:
        gsm = "\x1b" not in text and text.encode("gsm03.38") is not None
    except UnicodeError:
        gsm = False
    assert (got.encoding == GSM7) == gsm


def _greedy_units(text, got):
    """Units the parts hold, counting the room a character could not use at a part's end as spent."""
    costs = [len(ch.encode("gsm03.38")) for ch in text] if got.encoding == GSM7 else [
        2 if ord(ch) > 0xFFFF else 1 for ch in text]
    if got.parts == 1:
        return sum(costs)
    spent, used = 0, 0
    for cost in costs:
        if used + cost > got.per_part:
            spent, used = spent + got.per_part, 0
        used += cost
    return spent + used


# -- recipients ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "to"), [
    ("070-123 45 67", "national", "+46701234567"),
    ("+46 70 123 45 67", "e164", "+46701234567"),
    ("tel:+46701234567", "e164", "+46701234567"),
    ("7464", "internal", "7464"),
    # The reference: "if the user's organization has a number plan conversion of 08 -> +468, the user
    # can send to 0890510": a local number the server expands, sent as typed.
    ("0890510", "local", "0890510"),
    ("08-905 10", "local", "0890510"),
])
def test_recipients_accepted(text, kind, to):
    got = normalise_sms_recipient(text)
    assert (got.kind, got.to) == (kind, to)


@pytest.mark.parametrize(("text", "words"), [
    ("", "Enter the number"),
    ("   ", "Enter the number"),
    ("*21#", "feature code"),
    ("1 800 FLOWERS", "Letters"),
    ("+46890510", "not a valid phone number"),
    ("070 123 ext. 55", "Extensions"),
    ("٠٧٠١٢٣٤٥٦٧", "not 0–9"),
    ("1", "too short"),
    ("0" * 18, "too long"),
    ("07\x0012", "control characters"),
])
def test_recipients_refused_in_words(text, words):
    with pytest.raises(RecipientRefused) as info:
        normalise_sms_recipient(text)
    assert words in str(info.value)
    assert "dial" not in str(info.value)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.text(alphabet="0123456789+ -()*#./tel:x", max_size=30)))
def test_recipient_check_returns_or_refuses_for_any_text(text):
    try:
        got = normalise_sms_recipient(text)
    except RecipientRefused:
        return
    assert got.to and got.kind in ("e164", "national", "internal", "local")
    assert all(ch in "+0123456789" for ch in got.to)


@pytest.mark.parametrize(("numbers", "preferred", "expected"), [
    (("+468500101", "+46701234567"), "+468500101", "+46701234567"),  # the mobile, not the office line
    (("+46701111111", "+46702222222"), "+46702222222", "+46702222222"),  # the preferred mobile first
    (("+468500101",), "", "+468500101"),  # no mobile: the first
    ((), "1001", "1001"),
    ((), "", ""),
    (("  ", "x" * 200), "", "x" * 200),
])
def test_sms_number_prefers_a_mobile(numbers, preferred, expected):
    assert sms_number(numbers, preferred) == expected
