"""Global shortcuts: every key checked in words, "off" allowed, read from and written to the settings file."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings, strategies as st

from cti_desktop.core.global_keys import DEFAULT_KEYS, GlobalKeyRefused, effective_keys, parse_key, refusals
from cti_desktop.core.settings import SettingsStore
from cti_desktop.core.settings.codec import settings_from_dict, settings_to_dict


@pytest.mark.parametrize("text, portable, pynput", [
    ("Ctrl+Alt+A", "Ctrl+Alt+A", "<ctrl>+<alt>+a"),
    (" alt + ctrl + h ", "Ctrl+Alt+H", "<ctrl>+<alt>+h"),
    ("Meta+Shift+7", "Shift+Meta+7", "<shift>+<cmd>+7"),
    ("Ctrl+F9", "Ctrl+F9", "<ctrl>+<f9>"),
])
def test_keys_that_pass(text, portable, pynput):
    key = parse_key(text)
    assert (key.text, key.pynput) == (portable, pynput)


@pytest.mark.parametrize("text, words", [
    ("A", "two modifiers"),
    ("Ctrl+A", "two modifiers"),  # the applications' own Ctrl+A
    ("Shift+F4", "needs a modifier"),
    ("Ctrl+Alt+Delete", "cannot be a global key"),
    ("Hyper+Alt+A", "not a modifier"),
    ("Ctrl+Ctrl+A", "twice"),
    ("Ctrl++", "not a key"),
    ("Ctrl+Alt+Ä", "not a key"),
    (7, "text such as"),
])
def test_keys_refused_in_words(text, words):
    with pytest.raises(GlobalKeyRefused, match=words):
        parse_key(text)


def test_off_and_nothing_mean_no_key():
    assert parse_key("off") is None and parse_key("OFF") is None and parse_key("") is None


def test_one_key_for_two_actions_is_refused_and_defaults_fill_in():
    assert refusals({}) == {}
    errors = refusals({"answer": "Ctrl+Alt+H", "hangup": "ctrl+alt+h", "dial_selection": "off"})
    assert list(errors) == ["hangup"] and "already the key for: Answer the ringing call" in errors["hangup"]
    assert effective_keys({"answer": "off", "hangup": "nonsense"}) == {
        "answer": "off", "hangup": DEFAULT_KEYS["hangup"], "dial_selection": DEFAULT_KEYS["dial_selection"]}


def test_the_settings_file_keeps_changed_keys_and_drops_refused_ones(tmp_path, caplog):
    caplog.set_level(logging.WARNING, "cti_desktop.core.settings")
    store = SettingsStore(tmp_path / "cfg")
    loaded = store.load()
    assert loaded.global_keys == {} and loaded.autostart is False
    loaded.global_keys = {"answer": "Ctrl+Alt+Q", "hangup": "off"}
    loaded.autostart = True
    store.save(loaded)
    again = SettingsStore(tmp_path / "cfg").load()
    assert again.global_keys == {"answer": "Ctrl+Alt+Q", "hangup": "off"} and again.autostart is True
    read = settings_from_dict({"global_keys": {"answer": "A", "zoom": "Ctrl+Alt+Z", "hangup": "Alt+Ctrl+J"}})
    assert read.global_keys == {"hangup": "Ctrl+Alt+J"}
    assert "global_keys.answer" in caplog.text and "global_keys.zoom" in caplog.text
    assert "global_keys" not in settings_to_dict(settings_from_dict({}))  # nothing changed: nothing written


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.text(alphabet="CtrlAShifMe+F1234 ", max_size=20)))
def test_any_text_is_a_key_none_or_the_refusal(text):
    try:
        key = parse_key(text)
    except GlobalKeyRefused as exc:
        assert str(exc)
        return
    if key is not None:
        assert parse_key(key.text) == key  # the portable text reads back as the same key
