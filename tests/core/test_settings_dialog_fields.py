"""The settings the settings dialog edits: theme, language, shortcuts; and what a save keeps."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest
import tomli_w
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.settings import (
    LANGUAGES,
    MAX_FILE_BYTES,
    THEMES,
    Settings,
    SettingsStore,
    check_language,
    check_theme,
    parse_settings_text,
    settings_to_dict,
)
from cti_desktop.core.settings.schema import SECRET_KEY


def test_theme_and_language_default_to_system_and_round_trip(tmp_path):
    store = SettingsStore(tmp_path)
    settings = store.load()
    assert (settings.theme, settings.language) == ("system", "system")
    settings.theme, settings.language = "dark", "en"
    settings.shortcuts = {"hangup": "Ctrl+Alt+H", "park": ""}
    assert store.save(settings)
    again = SettingsStore(tmp_path).load()
    assert (again.theme, again.language, again.shortcuts) == ("dark", "en", {"hangup": "Ctrl+Alt+H", "park": ""})


@pytest.mark.parametrize("text", ['theme = "purple"', "theme = 3", 'language = "tlh"', "language = true"])
def test_an_unknown_theme_or_language_in_the_file_falls_back_to_system(text, caplog):
    settings = parse_settings_text(text)
    assert (settings.theme, settings.language) == ("system", "system")
    assert caplog.records, "the fallback is said in the log"


def test_the_checks_refuse_other_values_in_words():
    assert [check_theme(t) for t in THEMES] == list(THEMES)
    assert [check_language(lang) for lang in LANGUAGES] == list(LANGUAGES)
    with pytest.raises(InvalidInput, match="system, light, dark"):
        check_theme("Dark")
    with pytest.raises(InvalidInput, match="system, en, sv, it"):
        check_language("de")


def test_shortcuts_that_are_not_text_are_dropped():
    settings = parse_settings_text('[shortcuts]\nhangup = "Ctrl+Alt+H"\npark = 5\nswap = "' + "x" * 65 + '"\n')
    assert settings.shortcuts == {"hangup": "Ctrl+Alt+H"}
    assert parse_settings_text('shortcuts = "Ctrl+H"').shortcuts == {}


def test_a_table_this_version_does_not_know_is_written_back(tmp_path):
    (tmp_path / "settings.toml").write_text(
        'version = 1\nfuture_flag = true\n[crm]\nurl = "https://crm.example/"\n[crm.fields]\nnumber = "tel"\n'
        '[pops]\ncorner = "top-left"\n', encoding="utf-8")
    store = SettingsStore(tmp_path)
    settings = store.load()
    settings.theme = "light"
    assert store.save(settings)
    data = tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))
    assert data["crm"] == {"url": "https://crm.example/", "fields": {"number": "tel"}}
    assert data["future_flag"] is True
    assert data["theme"] == "light" and data["pops"]["corner"] == "top-left"


def test_an_unknown_table_that_looks_like_a_secret_is_not_kept(tmp_path):
    (tmp_path / "settings.toml").write_text('[other]\napi_key = "abc"\n[kept]\nx = 1\n', encoding="utf-8")
    store = SettingsStore(tmp_path)
    assert store.save(store.load())
    text = (tmp_path / "settings.toml").read_text(encoding="utf-8")
    assert "abc" not in text and "[kept]" in text


def test_an_unreadable_file_is_replaced_only_when_asked_and_is_moved_aside(tmp_path):
    path = tmp_path / "settings.toml"
    big = b'theme = "dark"\n' + b"#" * (MAX_FILE_BYTES + 10) + b"\n"  # too large: refused unread
    path.write_bytes(big)
    store = SettingsStore(tmp_path)
    settings = store.load()
    assert not store.writable and settings == Settings()
    settings.theme = "light"
    assert store.save(settings) is False
    assert path.read_bytes() == big  # left exactly as it was
    assert store.save(settings, replace_unreadable=True)
    assert store.backup_path.read_bytes() == big
    assert SettingsStore(tmp_path).load().theme == "light"
    assert store.writable


_plain = st.one_of(st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=20),
                   st.floats(allow_nan=False, allow_infinity=False))
_tables = st.dictionaries(st.text(min_size=1, max_size=12), st.one_of(_plain, st.dictionaries(
    st.text(min_size=1, max_size=8), _plain, max_size=4), st.lists(_plain.filter(lambda v: isinstance(v, bool)),
                                                                  max_size=3)), max_size=6)


@hsettings(max_examples=200, deadline=None)
@given(_tables)
def test_any_unknown_top_level_keys_are_written_back_as_they_were(data):
    text = tomli_w.dumps(data)
    settings = parse_settings_text(text)
    written = tomllib.loads(tomli_w.dumps(settings_to_dict(settings)))
    known = {f.name for f in dataclasses.fields(Settings)} | {"version"}
    for key, value in data.items():
        if key in known or SECRET_KEY.search(key) or (isinstance(value, dict) and any(SECRET_KEY.search(k) for k in value)):
            continue
        assert written[key] == value
