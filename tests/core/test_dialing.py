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


# ------------------------------------------------------------------------------ destination URIs
# The Dstny reference: a call or transfer target is "A SIP or tel URI" ("tel:+1444344",
# "sip:bob@foo.com"). RFC 3966: a local number needs a phone-context and '#' is escaped %23.

import re  # noqa: E402
from urllib.parse import unquote  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from cti_desktop.core.dialing import MAX_URI_INPUT, DialStringRefused, destination_uri  # noqa: E402

_HOST = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?"
_HOST_OR_IP = rf"(?:{_HOST}|\[[0-9a-f:.]+\]|\d{{1,3}}(?:\.\d{{1,3}}){{3}})"
VALID_URI = re.compile(
    r"^(?:tel:\+[0-9]{1,15}"
    rf"|tel:(?:[0-9*]|%23)+;phone-context=(?:{_HOST}|\+[0-9]{{1,15}})"
    rf"|sips?:(?:[A-Za-z0-9\-_.!~*'()&=+$,/]|%[0-9A-F]{{2}})+@{_HOST_OR_IP}"
    r"(?:;[A-Za-z0-9\-_.!~*'()%]+(?:=[A-Za-z0-9\-_.!~*'()%\[\]/:&+$]+)?)*)$",
    re.IGNORECASE,
)

URIS = [
    ("+46 70-123 45 67", "tel:+46701234567"),
    ("tel:+1444344", "tel:+1444344"),  # the reference's example, as it is
    ("+1 5555", "tel:+15555"),  # the reference's transfer example
    ("7464", "tel:7464;phone-context=example.com"),
    ("*21#", "tel:*21%23;phone-context=example.com"),  # a service code: '#' escaped, reaches the PBX as *21#
    ("#31#", "tel:%2331%23;phone-context=example.com"),
    ("*21*0701234567#", "tel:*21*0701234567%23;phone-context=example.com"),
    ("tel:*21%23;phone-context=example.com", "tel:*21%23;phone-context=example.com"),
    ("tel:7464", "tel:7464;phone-context=example.com"),
    ("bob@foo.com", "sip:bob@foo.com"),  # the reference's sip example
    ("sip:bob@foo.com", "sip:bob@foo.com"),
    ("SIPS:Bob@Foo.COM", "sips:Bob@foo.com"),
    ("sip:bob@foo.com;transport=tls", "sip:bob@foo.com;transport=tls"),
    ("anna.berg", "sip:anna.berg@example.com"),  # a colleague's user id
    ("jöns@example.com", "sip:j%C3%B6ns@example.com"),
]

URI_REFUSALS = [
    ("", "Enter a number"),
    ("1 800 FLOWERS", "Letters"),
    ("+46+70", "+"),
    ("bob@", "host"),
    ("a b@c.com", "spaces"),
    ("sip:bob@foo.com?subject=x", "headers"),
    ("tel:+4670;ext=12", "Extension"),
    ("x" * (MAX_URI_INPUT + 1), "too long"),
    ("bob@exa mple.com", "host"),
    ("12\x0034", "control"),
]


@pytest.mark.parametrize(("text", "uri"), URIS)
def test_destination_uri_follows_rfc_3966_and_3261(text, uri):
    assert destination_uri(text, domain="example.com") == uri
    assert VALID_URI.match(uri)


@pytest.mark.parametrize(("text", "words"), URI_REFUSALS)
def test_destination_uri_refuses_in_words(text, words):
    with pytest.raises(DialStringRefused) as error:
        destination_uri(text, domain="example.com")
    assert words.lower() in str(error.value).lower()


def test_a_local_number_needs_a_domain_for_its_phone_context():
    with pytest.raises(DialStringRefused):
        destination_uri("7464", domain="")
    assert destination_uri("+4670123", domain="") == "tel:+4670123"


_DIAL_CHARS = st.sampled_from(list("0123456789*#+ -.()"))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["example.com", "demo.example", "", "bad domain", "1.2.3.4"]))
def test_any_text_is_a_valid_uri_or_a_documented_refusal(text, domain):
    try:
        uri = destination_uri(text, domain=domain)
    except DialStringRefused as exc:
        assert str(exc)
        return
    assert VALID_URI.match(uri), uri
    assert not any(ch.isspace() or ord(ch) > 0x7E or ch == "#" for ch in uri), uri


@settings(max_examples=300, deadline=None)
@given(st.text(_DIAL_CHARS, min_size=1, max_size=40))
def test_a_dial_string_reaches_the_pbx_as_dialled(text):
    """Unescaping the tel URI gives back exactly the digits, * and # typed (separators dropped)."""
    try:
        uri = destination_uri(text, domain="example.com")
    except DialStringRefused:
        return
    assert VALID_URI.match(uri), uri
    number = unquote(uri.removeprefix("tel:").split(";", 1)[0])
    assert number == re.sub(r"[ .\-()]", "", text)
