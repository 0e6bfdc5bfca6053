"""Links, dial strings, number matching and Retry-After: any text → a value or the documented refusal."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core import dialing, http_headers, links, screenpop
from hostile import BOUNDED, hostile_text

templates = st.one_of(
    hostile_text,
    st.sampled_from(["https://crm.example/s?p={number}", "http://[::1]:8080/{e164}#{callId}", "https://b\u00fccher.example/{name}",
                     "javascript:alert({number})", "file:///{number}", "https://u:p@crm.example/{number}", "{number}",
                     "https://crm.example:99999/{number}", "https://crm.example:\u00b2/{number}"]),
    st.tuples(st.sampled_from(["https://", "http://", "HTTPS://", "ftp://", ""]), hostile_text, hostile_text).map("".join),
)


def _is_http(url: str) -> bool:
    return url.startswith(("http://", "https://")) and url.isascii() and not any(c.isspace() for c in url)


@BOUNDED
@given(url=templates)
def test_safe_url(url):
    try:
        result = links.safe_url(url)
    except links.UnsafeLink as exc:
        assert exc.message
        return
    assert _is_http(result)


@BOUNDED
@given(template=templates, number=hostile_text, name=hostile_text, call_id=hostile_text)
def test_record_url(template, number, name, call_id):
    try:
        result = links.build_record_url(template, number=number, name=name, call_id=call_id)
    except links.UnsafeLink as exc:
        assert exc.message
    else:
        assert _is_http(result)
    assert isinstance(links.check_template(template), str)


dial_texts = st.one_of(
    hostile_text,
    st.text(alphabet="0123456789 +-()*#.;/x", max_size=30),
    st.tuples(st.sampled_from(["+46 70", "070", "tel:", "*21*", "00"]), hostile_text).map("".join),
    st.sampled_from(["0" * 10_000, "+46\x00701234567", "\u0660\u0667\u0660", "070\u00b2", "+\ud800"]),
)


@BOUNDED
@given(text=dial_texts, region=st.sampled_from(["SE", "IT", "", "XX", "\u00b2"]))
def test_dial_strings(text, region):
    assert isinstance(dialing.format_for_display(text, region), str)
    try:
        target = dialing.normalise_dial_string(text, region)
    except dialing.DialStringRefused as exc:
        assert exc.message
        return
    assert target.kind in ("e164", "national", "internal", "feature")
    assert target.dial and target.dial.isascii() and set(target.dial) <= set("+0123456789*#")


@BOUNDED
@given(text=dial_texts, region=st.sampled_from(["SE", "IT", "", "XX"]))
def test_number_matching(text, region):
    keys = screenpop.number_keys(text, region)
    assert keys.digits.isascii() and (not keys.digits or keys.digits.isdigit())
    assert isinstance(screenpop.search_query(text, region), str)
    assert screenpop.compare(keys, screenpop.number_keys("+46 8 123 45 67")) in (None, *screenpop.MatchRank)


@BOUNDED
@given(value=st.one_of(hostile_text, st.none(), st.integers(), st.sampled_from(["\u00b2", "9" * 5000, "Fri, 31 Dec 9999 23:59:59 GMT"])),
       now=st.one_of(st.none(), st.floats(min_value=0, max_value=4e9)))
def test_retry_after(value, now):
    seconds = http_headers.retry_after_seconds(value, now=now)
    assert seconds is None or 0.0 <= seconds <= http_headers.MAX_RETRY_AFTER
