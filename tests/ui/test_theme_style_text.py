"""A style template is filled with the colours of the scheme asked for, however often and in whatever
order the schemes are asked (the filled text is kept per scheme)."""

from __future__ import annotations

import pytest

from cti_desktop.ui.theme import DARK, LIGHT, dark_palette, light_palette, style_text


def test_the_same_template_follows_the_scheme(qapp):
    template = "color: $critical; background: $warning_bg;"
    for _round in range(3):
        assert style_text(template, light_palette()) == f"color: {LIGHT.critical}; background: {LIGHT.warning_bg};"
        assert style_text(template, dark_palette()) == f"color: {DARK.critical}; background: {DARK.warning_bg};"


def test_an_unknown_colour_is_refused_every_time(qapp):
    for _round in range(2):
        with pytest.raises(KeyError):
            style_text("color: $no_such_colour;", light_palette())
