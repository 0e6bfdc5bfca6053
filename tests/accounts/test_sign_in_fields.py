"""The sign-in fields' meaning, pure, against the installed phone systems' specs (no Qt, no I/O)."""

from __future__ import annotations

import pytest

import cti_desktop.accounts  # noqa: F401 - installs the phone systems
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.sign_in_fields import check_secret_kind, option_fields, option_value, typed_credentials
from cti_desktop.core.vendors import catalog


def test_option_fields_collect_every_systems_options_once():
    fields = option_fields(catalog())
    assert {"api", "webhook_port", "public_url"} <= set(fields)
    assert fields["api"].kind == "choice" and fields["webhook_port"].kind == "port"


@pytest.mark.parametrize(("name", "value", "held"), [
    ("webhook_port", 8080, 8080), ("webhook_port", True, None), ("webhook_port", "8080", None),
    ("api", " CAPI ", "capi"), ("api", "v1", "v1"), ("api", "v9", None), ("api", None, None),
    ("public_url", "  https://example.org/hook ", "https://example.org/hook"), ("public_url", None, ""),
])
def test_option_value(name, value, held):
    assert option_value(option_fields(catalog())[name], value) == held


@pytest.mark.parametrize(("key", "given", "expected"), [
    ("dstny", {"password": "pw"}, {"password": "pw"}),
    ("dstny", {"ticket": " Bearer abc\n def "}, {"ticket": "abcdef"}),
    ("dstny", {"ticket": "bearerXYZ"}, {"ticket": "XYZ"}),
    ("telavox", {"ticket": "tok en"}, {"ticket": "token"}),
    ("voxloud", {"api_key": "  key-1 "}, {"api_key": "key-1"}),
])
def test_typed_credentials(key, given, expected):
    credentials = typed_credentials(catalog().spec(key), catalog(), **given)
    assert credentials.source == "prompt"
    for field, value in expected.items():
        assert getattr(credentials, field) == value


@pytest.mark.parametrize(("key", "given", "words"), [
    ("dstny", {"password": ""}, "Enter your password"),
    ("dstny", {"ticket": " Bearer  "}, "Paste the ticket"),
    ("telavox", {"ticket": ""}, "Paste the token"),
    ("voxloud", {"api_key": "   "}, "Paste the Voxloud API key"),
    ("voxloud", {"password": "pw"}, "Voxloud signs in with the company API key"),
    ("dstny", {"api_key": "k"}, "An API key signs in to Voxloud only; choose Voxloud as the phone system"),
])
def test_typed_credentials_refused_in_words(key, given, words):
    with pytest.raises(InvalidInput, match=words):
        typed_credentials(catalog().spec(key), catalog(), **given)


def test_check_secret_kind():
    check_secret_kind(catalog().spec("voxloud"), catalog(), api_key=True)
    check_secret_kind(catalog().spec("dstny"), catalog(), api_key=False)
    with pytest.raises(InvalidInput):
        check_secret_kind(catalog().spec("telavox"), catalog(), api_key=True)
