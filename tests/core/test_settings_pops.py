"""The ``[pops]`` settings section: parsing, defaults in words, round trip, the dialog's check."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.settings import (
    CORNER_CHOICES,
    PopSettings,
    Settings,
    SettingsError,
    SettingsStore,
    parse_settings_text,
)


@pytest.mark.parametrize(
    ("toml", "enabled", "corner"),
    [
        ("", True, "auto"),
        ("[pops]\n", True, "auto"),
        ("[pops]\nenabled = false\n", False, "auto"),
        ('[pops]\ncorner = "bottom-left"\n', True, "bottom-left"),
        ('[pops]\nenabled = true\ncorner = "top-left"\n', True, "top-left"),
        ('[pops]\ncorner = " Bottom-Right "\n', True, "bottom-right"),
        ('[pops]\ncorner = "auto"\n', True, "auto"),
    ],
)
def test_pops_section_is_read(toml, enabled, corner):
    pops = parse_settings_text(toml).pops
    assert (pops.enabled, pops.corner) == (enabled, corner)


@pytest.mark.parametrize(
    ("toml", "words", "enabled", "corner"),
    [
        ('[pops]\nenabled = "no"\n', "pops.enabled must be true or false (it is str); pops stay on", True, "auto"),
        ("[pops]\nenabled = 0\n", "pops.enabled must be true or false (it is int)", True, "auto"),
        ('[pops]\ncorner = "middle"\n', "pops.corner is 'middle', not one of auto, top-right", True, "auto"),
        ("[pops]\ncorner = 3\nenabled = false\n", "pops.corner is a int, not one of", False, "auto"),
        ('pops = "off"\n', "pops is not a table; pops use their defaults", True, "auto"),
        ("[pops]\nenable = false\n", "pops.enable is not a pops setting; ignored", True, "auto"),
    ],
)
def test_unusable_values_fall_back_with_a_warning_in_words(caplog, toml, words, enabled, corner):
    with caplog.at_level(logging.WARNING, logger="cti_desktop.core.settings"):
        pops = parse_settings_text(toml).pops
    assert (pops.enabled, pops.corner) == (enabled, corner)
    assert any(words in r.getMessage() for r in caplog.records), [r.getMessage() for r in caplog.records]


def test_round_trip_through_the_file():
    store = SettingsStore()
    settings = Settings()
    settings.pops = PopSettings(enabled=False, corner="bottom-left")
    store.save(settings)
    text = store.path.read_text(encoding="utf-8")
    assert "[pops]" in text and 'corner = "bottom-left"' in text and "enabled = false" in text
    assert SettingsStore().load().pops == PopSettings(enabled=False, corner="bottom-left")


@pytest.mark.parametrize("corner", CORNER_CHOICES)
def test_validate_accepts_every_choice(corner):
    PopSettings(True, corner).validate()


@pytest.mark.parametrize(
    ("pops", "words"),
    [
        (PopSettings(True, "centre"), "the corner 'centre' is not one of auto, top-right"),
        (PopSettings("yes", "auto"), "“enabled” must be true or false"),
    ],
)
def test_validate_refuses_in_words(pops, words):
    with pytest.raises(InvalidInput, match=words):
        pops.validate()


@hsettings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["enabled", "corner", "x"]),
                       st.one_of(st.booleans(), st.integers(), st.text(max_size=20), st.none().map(lambda _: 1.5))))
def test_any_pops_table_gives_valid_settings(table):
    import tomli_w

    try:
        settings = parse_settings_text(tomli_w.dumps({"pops": table}))
    except SettingsError:
        return
    settings.pops.validate()  # whatever was in the file, what the app uses is valid
