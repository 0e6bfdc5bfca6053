"""Record links: template filling and strict validation of everything that may be opened."""

from __future__ import annotations

import pytest

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.links import build_record_url, check_template, safe_url

TEMPLATE = "https://crm.example/search?phone={number}"


@pytest.mark.parametrize(
    ("template", "kwargs", "expected"),
    [
        (TEMPLATE, {"number": "+46812345678"}, "https://crm.example/search?phone=%2B46812345678"),
        (TEMPLATE, {"number": "+46 8 123&x=1#frag"}, "https://crm.example/search?phone=%2B46%208%20123%26x%3D1%23frag"),
        ("https://crm.example/p?e={e164}", {"number": "08-123 45 67"}, "https://crm.example/p?e=%2B4681234567"),
        ("https://crm.example/p?e={e164}", {"number": "1001"}, "https://crm.example/p?e=1001"),
        (
            "https://crm.example/c/{callId}?n={name}",
            {"number": "1", "name": "Åsa Ö'Brien/../x", "call_id": "c 1"},
            "https://crm.example/c/c%201?n=%C3%85sa%20%C3%96%27Brien%2F..%2Fx",
        ),
        ("  https://crm.example/?p={number}  ", {"number": "1"}, "https://crm.example/?p=1"),
        ("HTTP://CRM.Example:8443/x?p={number}", {"number": "1"}, "http://crm.example:8443/x?p=1"),
        ("https://bücher.example/?p={number}", {"number": "1"}, "https://xn--bcher-kva.example/?p=1"),
        ("https://crm.example/?p={number}", {"number": "1\r\nSet-Cookie: x"}, "https://crm.example/?p=1%0D%0ASet-Cookie%3A%20x"),
    ],
)
def test_build_record_url(template, kwargs, expected):
    assert build_record_url(template, **kwargs) == expected


@pytest.mark.parametrize(
    ("template", "words"),
    [
        ("", "No record link is configured"),
        ("javascript:alert({number})", "Only http and https"),
        ("file:///etc/passwd?{number}", "Only http and https"),
        ("data:text/html,<script>{number}</script>", "Only http and https"),
        ("{number}", "no scheme"),
        ("https://user:pw@crm.example/?p={number}", "user name or password"),
        ("https://crm.example@evil.example/?p={number}", "user name or password"),
        ("https://crm.example/?p={number}\r\nX: y", "carriage return"),
        ("https://crm.example/?p={phone}", "unknown placeholder {phone}"),
        ("https://crm.example/?p={number.__class__}", "unknown placeholder"),
        ("https://crm.example/?p={number", "unmatched"),
        ("https://{name}.crm.example/", "host contains percent-encoding"),
        ("https:crm.example/{number}", "must look like"),
        ("https:///{number}", "no host"),
        ("https://crm.example:99999/{number}", "port"),
    ],
)
def test_build_record_url_rejects(template, words):
    with pytest.raises(InvalidInput) as info:
        build_record_url(template, number="+46812345678", name="Anna Berg")
    assert words in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
        "https://user:pw@x.example/",
        "https://user@x.example/",
        "https://x.example/\r\nSet-Cookie: a=b",
        "https://x.example/a b",
        "https://x.example/\x00",
        "https://x.example/\u202egnp.exe",  # right-to-left override
        "https://x.example\\@evil.example/",
        "https://",
        "https:x.example",
        "//x.example/",
        "https://exa%6dple.com/",
        "https://[::1/",
        "https://[fe80::1%25eth0]/",
        "https://-bad-.example/",
        "https://xn--.example/..\u200b",
        "",
        "https://x.example/" + "a" * 5000,
    ],
)
def test_safe_url_rejects_hostile_links(url):
    with pytest.raises(InvalidInput):
        safe_url(url)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://crm.example/contacts/42", "https://crm.example/contacts/42"),
        ("http://10.0.0.5:8080/x?a=1&b=2#top", "http://10.0.0.5:8080/x?a=1&b=2#top"),
        ("https://[2001:db8::1]/x", "https://[2001:db8::1]/x"),
        ("https://crm.example./x", "https://crm.example/x"),
        ("https://раз.example/путь", "https://xn--80aoz.example/%D0%BF%D1%83%D1%82%D1%8C"),
        ("https://crm.example/%7Euser", "https://crm.example/%7Euser"),
    ],
)
def test_safe_url_accepts_and_normalises(url, expected):
    assert safe_url(url) == expected


def test_check_template_for_settings():
    assert check_template(TEMPLATE) == ""
    assert "Only http and https" in check_template("ftp://crm.example/{number}")
