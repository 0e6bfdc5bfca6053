"""Dial strings: what people paste must dial right, and garbage must be refused in words."""

from __future__ import annotations

import pytest

from cti_desktop.core.dialing import (
    MAX_INPUT_LENGTH,
    DialTarget,
    format_for_display,
    normalise_dial_string,
)
from cti_desktop.core.errors import InvalidInput

GOOD = [
    # (input, region, kind, dial, display)
    ("+46 70-123 45 67", "SE", "e164", "+46701234567", "070-123 45 67"),
    ("+46701234567", "SE", "e164", "+46701234567", "070-123 45 67"),
    ("070 123 45 67", "SE", "national", "+46701234567", "070-123 45 67"),
    ("070-1234567", "SE", "national", "+46701234567", "070-123 45 67"),
    ("(070) 123 45 67", "SE", "national", "+46701234567", "070-123 45 67"),
    ("tel:+46701234567", "SE", "e164", "+46701234567", "070-123 45 67"),
    ("TEL:+46-70-123-45-67", "SE", "e164", "+46701234567", "070-123 45 67"),
    ("Tel: +46 70 123 45 67", "SE", "e164", "+46701234567", "070-123 45 67"),
    ("tel:+46701234567;phone-context=example.com", "SE", "e164", "+46701234567", "070-123 45 67"),
    ("00467012345 67", "SE", "e164", "+46701234567", "070-123 45 67"),
    ("+46 (0)70-123 45 67", "SE", "e164", "+46701234567", "070-123 45 67"),
    ("08-123 456 78", "SE", "national", "+46812345678", "08-123 456 78"),
    ("08.123.456.78", "SE", "national", "+46812345678", "08-123 456 78"),
    ("+44 20 7946 0958", "SE", "e164", "+442079460958", "+44 20 7946 0958"),
    ("+1 650-253-2222", "SE", "e164", "+16502532222", "+1 650-253-2222"),
    ("(650) 253-2222", "US", "national", "+16502532222", "(650) 253-2222"),
    ("\u00a0+46\u00a070\u2013123 45 67 ", "SE", "e164", "+46701234567", "070-123 45 67"),  # pasted from a web page
    ("7464", "SE", "internal", "7464", "7464"),
    ("201", "SE", "internal", "201", "201"),
    ("20", "SE", "internal", "20", "20"),
    ("123456", "SE", "internal", "123456", "123456"),
    ("74 64", "SE", "internal", "7464", "7464"),
    ("*21#", "SE", "feature", "*21#", "*21#"),
    ("#31#", "SE", "feature", "#31#", "#31#"),
    ("*21*0701234567#", "SE", "feature", "*21*0701234567#", "*21*0701234567#"),
    ("#21#", "SE", "feature", "#21#", "#21#"),
]

BAD = [
    # (input, words the message must contain)
    ("", "Enter a number"),
    ("   ", "Enter a number"),
    ("1 800 FLOWERS", "Letters"),
    ("call me", "Letters"),
    ("+46 70 123 45 67 ext. 55", "Extensions"),
    ("Tel: +1 650-253-2222 ext. 55", "Extensions"),
    ("070 123 45 67 x12", "Extensions"),
    ("tel:+46701234567;ext=12", "Extensions"),
    ("\u0660\u0667\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667", "not 0–9"),  # Arabic-Indic digits
    ("\uff10\uff17\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17", "not 0–9"),  # full-width digits
    ("+46 70 123 45 6", "not a valid phone number"),
    ("070 123 4", "not a valid phone number in SE"),
    ("+4670123456789012345", "too long"),
    ("1" * (MAX_INPUT_LENGTH + 1), "too long"),
    ("7", "too short"),
    ("46+701234567", "'+' may only stand at the start"),
    ("070_123_45_67", "cannot be dialled"),
    ("070 123 45 67!", "cannot be dialled"),
    ("((070)) 123 45 67", "brackets"),
    ("*", "at least one digit"),
    ("*21*abc#", "Letters"),
    ("tel:", "no number"),
    ("+", "Enter a number"),
    ("070\x00123", "control characters"),
]


@pytest.mark.parametrize(("text", "region", "kind", "dial", "display"), GOOD)
def test_accepts_what_people_paste(text, region, kind, dial, display):
    assert normalise_dial_string(text, region) == DialTarget(kind, dial, display)


@pytest.mark.parametrize(("text", "words"), BAD)
def test_refuses_garbage_in_words(text, words):
    with pytest.raises(InvalidInput) as info:
        normalise_dial_string(text)
    assert words in str(info.value)


def test_none_is_refused():
    with pytest.raises(InvalidInput):
        normalise_dial_string(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("number", "region", "shown"),
    [
        ("+46701234567", "SE", "070-123 45 67"),
        ("tel:+46812345678", "SE", "08-123 456 78"),
        ("+442079460958", "SE", "+44 20 7946 0958"),
        ("+46701234567", "GB", "+46 70 123 45 67"),
        ("7464", "SE", "7464"),
        ("*21#", "SE", "*21#"),
        ("anonymous", "SE", "anonymous"),
        ("+4670", "SE", "+4670"),  # not valid: shown as it came
        ("", "SE", ""),
    ],
)
def test_format_for_display(number, region, shown):
    assert format_for_display(number, region) == shown
