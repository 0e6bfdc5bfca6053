"""Light or dark: which scheme applies, the palettes, and the few colours that mean something.

The setting ``theme`` (``"system"``, ``"light"`` or ``"dark"``, see
:data:`cti_desktop.core.settings.schema.THEMES`) picks the scheme; ``"system"`` follows
``QStyleHints.colorScheme()`` and its ``colorSchemeChanged`` signal, and where the platform does not
say (``Unknown``: offscreen, bare X without a desktop theme) the platform palette's own lightness.
When the platform's style and palette do not already match the scheme, the app uses the Fusion style
with :func:`dark_palette` or :func:`light_palette`, so dark really is dark everywhere.

Widgets never hard-code a colour: they use palette roles in their style sheets
(``palette(window-text)``, ``palette(base)``…) or the semantic colours of :class:`Colours`
(``$critical``, ``$secondary``…) through :func:`set_style`, which remembers the template and fills it
again whenever the scheme changes. Painted colours (presence dots, wallboard tiles) ask
:func:`colours` at paint time. Every text colour here reaches at least 4.5:1 on the backgrounds it is
used on, in both schemes (``tests/ui/test_theme_contrast.py`` measures the rendered windows).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import weakref
from string import Template

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.settings.schema import THEMES, check_theme

__all__ = ["DARK", "LIGHT", "Colours", "ThemeController", "colours", "dark_palette", "is_dark", "light_palette",
           "set_style", "style_text"]

log = logging.getLogger(__name__)

#: The widget property that holds a :func:`set_style` template.
_TEMPLATE_PROPERTY = "ctiStyleTemplate"


@dataclasses.dataclass(frozen=True, slots=True)
class Colours:
    """The semantic colours of one scheme, as ``#rrggbb`` (names are the ``$name`` of templates)."""

    #: Secondary ("muted") text on the window, base and section backgrounds.
    secondary: str
    #: Error text; success ("sent"); warning text ("may be old"); accent text and lines.
    critical: str
    success: str
    warning: str
    accent: str
    #: Thin borders of sections, header and round buttons.
    border: str
    #: Banners: background, border and text for information, warnings, errors and "all well".
    info_bg: str
    info_border: str
    info_text: str
    warning_bg: str
    warning_border: str
    warning_text: str
    critical_bg: str
    critical_border: str
    critical_text: str
    ok_bg: str
    ok_border: str
    ok_text: str
    #: A small label on an accent tint (the pop's "via Customer Service").
    tag_bg: str
    tag_text: str
    #: Solid buttons and badges with white text (answer, reject, waiting, night service).
    go_bg: str
    go_border: str
    stop_bg: str
    stop_border: str
    badge_alert_bg: str
    badge_night_bg: str
    on_solid: str
    #: Presence lamps: available, away/ringing, busy/in a call, unknown.
    presence_available: str
    presence_away: str
    presence_busy: str
    presence_unknown: str
    #: A favourite's star.
    star: str
    #: Initials' disc when a contact has no photo (white initials on it).
    photo_placeholder: str
    #: Wallboard tiles: (background, text) per level, and the pens of calm and alarming borders.
    tile_normal_bg: str
    tile_normal_text: str
    tile_warning_bg: str
    tile_warning_text: str
    tile_critical_bg: str
    tile_critical_text: str
    tile_calm_pen: str
    tile_alarm_pen: str

    def mapping(self) -> dict[str, str]:
        return dataclasses.asdict(self)


#: Every semantic colour in both schemes, ``name: (light, dark)``: the two side by side, so that a
#: colour changed in one scheme is seen beside its counterpart.
_SCHEMES: dict[str, tuple[str, str]] = {
    "secondary": ("#4f5b67", "#bac3cd"),
    "critical": ("#b00020", "#ff8a80"),
    "success": ("#1b5e20", "#81c995"),
    "warning": ("#8a4b00", "#fdd663"),
    "accent": ("#1a56c4", "#8ab4f8"),
    "border": ("#c9d1dc", "#444a52"),
    "info_bg": ("#e8f1fb", "#17324f"),
    "info_border": ("#2a6fc4", "#5b9be6"),
    "info_text": ("#17426f", "#d2e3fc"),
    "warning_bg": ("#fff6e0", "#3d2f00"),
    "warning_border": ("#d99a00", "#d99a00"),
    "warning_text": ("#5c4300", "#fde293"),
    "critical_bg": ("#fdecec", "#4a1c1c"),
    "critical_border": ("#d64545", "#e06666"),
    "critical_text": ("#6b1a1a", "#f8c9c9"),
    "ok_bg": ("#e7f6ee", "#143d27"),
    "ok_border": ("#1e9e5a", "#34a853"),
    "ok_text": ("#145c36", "#c6ecd4"),
    "tag_bg": ("#e8f0fe", "#1f3354"),
    "tag_text": ("#1a4fa8", "#c6dafc"),
    "go_bg": ("#137333", "#137333"),
    "go_border": ("#0d5c28", "#5bb974"),
    "stop_bg": ("#c5221f", "#c5221f"),
    "stop_border": ("#a11b19", "#f28b82"),
    "badge_alert_bg": ("#c62828", "#c62828"),
    "badge_night_bg": ("#283593", "#3949ab"),
    "on_solid": ("#ffffff", "#ffffff"),
    "presence_available": ("#2e7d32", "#5bb974"),
    "presence_away": ("#ef8f00", "#fbbc04"),
    "presence_busy": ("#c62828", "#f26b60"),
    "presence_unknown": ("#9e9e9e", "#9aa0a6"),
    "star": ("#c88a00", "#fbbc04"),
    "photo_placeholder": ("#546e7a", "#546e7a"),
    "tile_normal_bg": ("#E8F5E9", "#1E3A24"),
    "tile_normal_text": ("#1B3A1F", "#D7F0DB"),
    "tile_warning_bg": ("#FFD54F", "#FFD54F"),
    "tile_warning_text": ("#3E2A00", "#3E2A00"),
    "tile_critical_bg": ("#C62828", "#C62828"),
    "tile_critical_text": ("#FFFFFF", "#FFFFFF"),
    "tile_calm_pen": ("#7A9A7E", "#6E9A74"),
    "tile_alarm_pen": ("#000000", "#FFFFFF"),
}

LIGHT = Colours(**{name: light for name, (light, _dark) in _SCHEMES.items()})
DARK = Colours(**{name: dark for name, (_light, dark) in _SCHEMES.items()})


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) has light text on a dark window."""
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def colours(palette: QPalette | None = None) -> Colours:
    """The semantic colours that fit ``palette`` (default: the application's current one)."""
    return DARK if is_dark(palette) else LIGHT


def style_text(template: str, palette: QPalette | None = None) -> str:
    """``template`` with its ``$name`` colours filled for ``palette``'s scheme."""
    return _filled(template, colours(palette) is DARK)


@functools.lru_cache(maxsize=256)
def _filled(template: str, dark: bool) -> str:
    # the templates are the app's own few; a call card fills five of them every time a call rings
    return Template(template).substitute((DARK if dark else LIGHT).mapping())


def set_style(widget: QWidget, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` (``$critical``, ``$secondary``… and ``palette(…)``),
    filled now and again whenever the scheme changes (:meth:`ThemeController.apply`)."""
    widget.setProperty(_TEMPLATE_PROPERTY, template)
    widget.setStyleSheet(style_text(template) if template else "")


def restyle_all() -> None:
    """Fill every :func:`set_style` template again and repaint (after the palette changed)."""
    for widget in QApplication.allWidgets():
        template = widget.property(_TEMPLATE_PROPERTY)
        if isinstance(template, str):
            widget.setStyleSheet(style_text(template) if template else "")
        widget.update()


def dark_palette() -> QPalette:
    """A complete dark palette for the Fusion style (WCAG AA text on every background role)."""
    p = QPalette()
    roles = QPalette.ColorRole
    normal = {
        roles.Window: "#202326", roles.WindowText: "#e8eaed", roles.Base: "#2a2e33", roles.AlternateBase: "#30353b",
        roles.ToolTipBase: "#30353b", roles.ToolTipText: "#e8eaed", roles.PlaceholderText: "#a6aeb8",
        roles.Text: "#e8eaed", roles.Button: "#33383e", roles.ButtonText: "#e8eaed", roles.BrightText: "#ffffff",
        roles.Light: "#4a5058", roles.Midlight: "#3c4148", roles.Mid: "#5c636c", roles.Dark: "#16181b",
        roles.Shadow: "#000000", roles.Highlight: "#3d6fc2", roles.HighlightedText: "#ffffff",
        roles.Link: "#8ab4f8", roles.LinkVisited: "#c58af9", roles.Accent: "#3d6fc2",
    }
    for role, colour in normal.items():
        p.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role, colour in {roles.WindowText: "#7d848c", roles.Text: "#7d848c", roles.ButtonText: "#7d848c",
                         roles.Highlight: "#3a3f46", roles.HighlightedText: "#9aa0a6"}.items():
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return p


def light_palette() -> QPalette:
    """Fusion's own light palette, with placeholder text dark enough to read (4.5:1 on white)."""
    style = QStyleFactory.create("Fusion")
    p = QPalette(style.standardPalette()) if style is not None else QPalette()
    p.setColor(QPalette.ColorGroup.All, QPalette.ColorRole.PlaceholderText, QColor("#5f6670"))
    return p


def _scheme_of(value: Qt.ColorScheme) -> str:
    if value == Qt.ColorScheme.Dark:
        return "dark"
    if value == Qt.ColorScheme.Light:
        return "light"
    return ""


class ThemeController(QObject):
    """Applies the ``theme`` setting to the application, at start and whenever it or the system's
    scheme changes. ``scheme`` says which one is in force (``"light"`` or ``"dark"``). The palette is
    the application's, so one controller is in force: the one made last (until it is closed)."""

    _current: weakref.ref[ThemeController] | None = None

    def __init__(self, app: QApplication, choice: str = "system", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.choice = "system"
        self.scheme = ""
        self._platform_style = app.style().name()
        self._platform_palette = QPalette(app.palette())
        self._applying = False
        self._hints = app.styleHints()
        self._hints.colorSchemeChanged.connect(self._system_changed)
        ThemeController._current = weakref.ref(self)
        self.apply(choice)

    def system_scheme(self) -> str:
        """What the system asks for: its colour scheme, else the platform palette's lightness."""
        return _scheme_of(self.app.styleHints().colorScheme()) or (
            "dark" if is_dark(self._platform_palette) else "light")

    def apply(self, choice: str) -> str:
        """Use ``choice`` (one of :data:`THEMES`; anything else counts as ``"system"``, with a warning)
        and return the scheme now in force."""
        try:
            self.choice = check_theme(choice)
        except InvalidInput as refused:
            log.warning("theme: %s; following the system", refused)
            self.choice = "system"
        self._applying = True
        try:
            hints = self.app.styleHints()
            wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(self.choice,
                                                                                     Qt.ColorScheme.Unknown)
            if hints.colorScheme() != wanted and self.choice != "system":
                hints.setColorScheme(wanted)  # lets native platform themes follow, where they can
            scheme = self.system_scheme() if self.choice == "system" else self.choice
            self._use(scheme)
        finally:
            self._applying = False
        return self.scheme

    def _use(self, scheme: str) -> None:
        platform_fits = (scheme == "dark") == is_dark(self._platform_palette)
        if platform_fits and self._platform_style.lower() != "fusion":
            self.app.setStyle(self._platform_style)
            self.app.setPalette(self._platform_palette)
        else:
            if self.app.style().name().lower() != "fusion":
                self.app.setStyle("Fusion")
            self.app.setPalette(dark_palette() if scheme == "dark" else light_palette())
        changed = scheme != self.scheme
        self.scheme = scheme
        restyle_all()
        if changed:
            log.info("theme: %s (setting %r)", scheme, self.choice)

    def close(self) -> None:
        """Stop following the system's scheme (the palette in force stays)."""
        if ThemeController._current is not None and ThemeController._current() is self:
            ThemeController._current = None
        try:
            self._hints.colorSchemeChanged.disconnect(self._system_changed)
        except (RuntimeError, TypeError):
            pass  # already disconnected

    def _system_changed(self, value: Qt.ColorScheme) -> None:
        current = ThemeController._current() if ThemeController._current is not None else None
        if self._applying or self.choice != "system" or current is not self:
            return
        self._use(_scheme_of(value) or ("dark" if is_dark(self._platform_palette) else "light"))


#: Re-exported for callers that offer the choice (a settings dialog).
CHOICES = THEMES
