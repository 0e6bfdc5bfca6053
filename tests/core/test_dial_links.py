"""Click-to-dial links: the RFCs' own examples, what pages and apps really send, and any text at all
→ a number the dial pad accepts, or a refusal in words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cti_desktop.core.dial_links import (
    MAX_LINK_LENGTH,
    DialLink,
    DialLinkRefused,
    looks_like_dial_link,
    parse_dial_link,
)
from cti_desktop.core.dialing import DialStringRefused, normalise_dial_string
from cti_desktop.core.errors import InvalidInput

GOOD = [
    # (link, kind, dial, extension)
    ("tel:+46701234567", "e164", "+46701234567", ""),
    ("tel:+1-201-555-0123", "e164", "+12015550123", ""),  # RFC 3966 section 6, its first example
    ("tel:+46 70-123 45 67", "e164", "+46701234567", ""),  # the issue's own example, spaces and all
    ("TEL:+46.70.123.45.67", "e164", "+46701234567", ""),
    ("tel:+46-(0)70-123-45-67", "e164", "+46701234567", ""),
    ("tel:%2B46%2070%20123%2045%2067", "e164", "+46701234567", ""),  # percent-encoded + and spaces
    ("tel:0701234567", "national", "+46701234567", ""),  # no phone-context: read as the dial pad does
    # RFC 3966 section 5.1.5: a local number with a +prefix context is a number of that country
    ("tel:070-123 45 67;phone-context=+46", "e164", "+46701234567", ""),
    ("tel:020 7946 0958;phone-context=+44", "e164", "+442079460958", ""),
    # RFC 3966 section 5.1.5: a local number in a domain (an extension of that organisation)
    ("tel:7042;phone-context=example.com", "internal", "7042", ""),
    ("tel:*21%23;phone-context=demo.example", "feature", "*21#", ""),
    # RFC 3966 section 5.1.4: the extension is kept apart, the main number is dialled
    ("tel:+46-8-123-456-78;ext=55", "e164", "+46812345678", "55"),
    ("tel:+46812345678;ext=5-5", "e164", "+46812345678", "55"),
    # RFC 3966 section 5.4: other parameters do not change the number
    ("tel:+46701234567;foo=bar", "e164", "+46701234567", ""),
    ("callto:+46701234567", "e164", "+46701234567", ""),
    ("callto://+46701234567", "e164", "+46701234567", ""),
    ("callto://+46701234567/", "e164", "+46701234567", ""),
    ("callto:+46 70 123 45 67", "e164", "+46701234567", ""),
    # RFC 3261 section 19.1.6: user=phone, the user part is a tel subscriber
    ("sip:+46701234567@pbx.example;user=phone", "e164", "+46701234567", ""),
    ("sip:+46-8-123-456-78;ext=55@pbx.example;user=phone", "e164", "+46812345678", "55"),
    # RFC 3261 section 19.1.3's example "sips:1212@gateway.com": a number user part without user=phone
    ("sips:1212@gateway.com", "internal", "1212", ""),
    ("sip:+46701234567@192.0.2.4:5060;transport=tcp", "e164", "+46701234567", ""),
]


@pytest.mark.parametrize("link,kind,dial,extension", GOOD)
def test_links_dial_the_number_the_dial_pad_would(link, kind, dial, extension):
    result = parse_dial_link(link, "SE")
    assert isinstance(result, DialLink)
    assert (result.target.kind, result.target.dial, result.extension) == (kind, dial, extension)
    # exactly the dial pad's value for that number (the same validation)
    assert normalise_dial_string(dial, "SE").dial == result.target.dial


REFUSED = [
    # (link, words in the message)
    ("http://example.com/", "Only tel:, callto:, sip: and sips:"),
    ("tel:", "no number"),
    ("tel:+46701234567;isub=1411", "ISDN subaddresses"),  # RFC 3966 section 5.1.3
    ("tel:+46701234567;ext=", "no digits"),
    ("tel:+46701234567;ext=1;ext=2", "twice"),
    ("tel:ABC", "Letters"),
    ("tel:%zz", "broken %-escape"),
    ("tel:%ff%fe", "not valid text"),
    ("tel:%0a+46701234567", "control characters"),
    ("tel:+4670x1234567", "only digits"),
    ("tel:7042;phone-context=", "phone-context is empty"),
    ("tel:7042;phone-context=not a domain", "neither a domain"),
    ("tel:123;phone-context=+12a", "not a +number"),
    ("tel:+46701234567;b@d=1", "not well formed"),
    # RFC 3966 section 6's examples are fictional numbers: refused with the dial pad's words
    ("tel:863-1234;phone-context=+1-914-555", "not a valid phone number"),
    ("callto:bob.smith", "a name, not a phone number"),
    ("callto://+46701234567?call", "options"),
    # RFC 3261 section 19.1.3's examples
    ("sip:alice@atlanta.com", "SIP address, not a phone number"),
    ("sip:alice;day=tuesday@atlanta.com", "SIP address, not a phone number"),
    ("sips:alice@atlanta.com?subject=project%20x&priority=urgent", "SIP address, not a phone number"),
    ("sip:+1-212-555-1212:1234@gateway.com;user=phone", "password"),
    ("sip:atlanta.com;method=REGISTER?to=alice%40atlanta.com", "names no user"),
    ("sip:+46701234567@", "not a host name"),
    ("sip://+46701234567@pbx.example", "no //"),
    ("tel:" + "1" * MAX_LINK_LENGTH, "too long"),
]


@pytest.mark.parametrize("link,words", REFUSED)
def test_links_that_cannot_be_dialled_are_refused_in_words(link, words):
    with pytest.raises(DialLinkRefused) as caught:
        parse_dial_link(link, "SE")
    assert words in str(caught.value)
    assert isinstance(caught.value, DialStringRefused) and isinstance(caught.value, InvalidInput)


def test_which_arguments_look_like_links():
    assert looks_like_dial_link("tel:+46701234567") and looks_like_dial_link(" SIPS:1@x")
    assert looks_like_dial_link("callto://x")
    assert not looks_like_dial_link("dial") and not looks_like_dial_link("--demo")
    assert not looks_like_dial_link("telnet:x") and not looks_like_dial_link(None)


_LINKISH = st.builds(
    lambda scheme, body: scheme + body,
    st.sampled_from(["tel:", "TEL:", "callto:", "callto://", "sip:", "sips:", "", "tel:+46", "sip:+46"]),
    st.lists(st.sampled_from(list("0123456789+-.() ;=@:%/?#*abcdefxyzEXT") + ["%2B", "%23", "%ff", "\x00", "é", "٣",
                                                                             "\ud800", ";ext=", ";phone-context=",
                                                                             ";user=phone", ";isub="]),
             max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=600), _LINKISH))
def test_any_text_is_a_number_to_dial_or_a_refusal_in_words(text):
    try:
        result = parse_dial_link(text, "SE")
    except DialLinkRefused as exc:
        assert str(exc).strip()
        return
    # what comes out is always something the dialler itself accepts, unchanged
    assert normalise_dial_string(result.target.dial, "SE").dial == result.target.dial
    assert result.extension == "" or result.extension.isdigit()


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decoded_as_a_caller_could_is_a_value_or_a_refusal(data):
    text = data.decode("utf-8", "surrogateescape")
    try:
        parse_dial_link("tel:" + text)
    except DialLinkRefused:
        pass
