"""The global shortcuts (keys that work in any application): what they are called, their defaults,
and the check every key passes before it is kept. No Qt, no keyboard library: text in, text out.

A key is written as in the settings file and the settings dialog, in Qt's portable text —
``"Ctrl+Alt+A"``: modifiers (``Ctrl``, ``Alt``, ``Shift``, ``Meta``) and one key (a letter, a digit
or ``F1``–``F24``) — or ``"off"`` for none. :func:`parse_key` returns the :class:`GlobalKey` or raises
:class:`GlobalKeyRefused` (a :class:`~cti_desktop.core.errors.InvalidInput`) saying why, for any
text at all. Letters and digits need two modifiers (one would fire while typing or clash with the
applications' own Ctrl+ keys, as Ctrl+Shift+A does in a terminal); function keys need one.
:meth:`GlobalKey.pynput` is the key in the hot-key syntax of pynput (``"<ctrl>+<alt>+a"``).

The defaults are Ctrl+Alt+A (answer), Ctrl+Alt+H (hang up) and Ctrl+Alt+C (call the selected
text). None is a default of GNOME, KDE Plasma 6, Xfce, Cinnamon or Windows as far as their
published default key lists go; Ctrl+Alt+D is not used because Xfce and Ubuntu's Unity show the
desktop with it, and Ctrl+Alt+T/L/Del and the arrows are the desktops' own (terminal, lock, log out,
workspaces).
"""

from __future__ import annotations

import re
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .errors import InvalidInput

__all__ = ["ACTIONS", "DEFAULT_KEYS", "GlobalKey", "GlobalKeyRefused", "OFF", "effective_keys", "listening_problem",
           "parse_key", "refusals"]

OFF = "off"
#: Action name → its words (translated where shown, context "GlobalKeys").
ACTIONS: Mapping[str, str] = {
    "answer": QT_TRANSLATE_NOOP("GlobalKeys", "Answer the ringing call"),
    "hangup": QT_TRANSLATE_NOOP("GlobalKeys", "Hang up the active call"),
    "dial_selection": QT_TRANSLATE_NOOP("GlobalKeys", "Call the selected number"),
}
DEFAULT_KEYS: Mapping[str, str] = {"answer": "Ctrl+Alt+A", "hangup": "Ctrl+Alt+H", "dial_selection": "Ctrl+Alt+C"}

_MODIFIERS = {"ctrl": "Ctrl", "control": "Ctrl", "alt": "Alt", "shift": "Shift", "meta": "Meta", "super": "Meta"}
_ORDER = ("Ctrl", "Alt", "Shift", "Meta")
_PYNPUT = {"Ctrl": "<ctrl>", "Alt": "<alt>", "Shift": "<shift>", "Meta": "<cmd>"}
_FUNCTION = re.compile(r"^F([1-9]|1[0-9]|2[0-4])$")
MAX_TEXT = 64


class GlobalKeyRefused(InvalidInput):
    """The text is not a key a global shortcut may use; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class GlobalKey:
    modifiers: tuple[str, ...]  # in the order of _ORDER
    key: str  # "A", "7", "F9"

    @property
    def text(self) -> str:
        """Qt's portable text: ``"Ctrl+Alt+A"``."""
        return "+".join((*self.modifiers, self.key))

    @property
    def pynput(self) -> str:
        """pynput's ``GlobalHotKeys`` syntax: ``"<ctrl>+<alt>+a"``."""
        key = self.key.lower() if len(self.key) == 1 else f"<{self.key.lower()}>"
        return "+".join((*(_PYNPUT[m] for m in self.modifiers), key))


def parse_key(text: object) -> GlobalKey | None:
    """The key ``text`` names (None for ``"off"`` or nothing), else :class:`GlobalKeyRefused`."""
    if not isinstance(text, str):
        raise GlobalKeyRefused(translate("GlobalKeys", "A key is text such as Ctrl+Alt+A, or off"))
    raw = text.strip()
    if not raw or raw.lower() == OFF:
        return None
    if len(raw) > MAX_TEXT or not raw.isascii() or not raw.isprintable():
        raise GlobalKeyRefused(translate("GlobalKeys", "{text} is not a key; write it as Ctrl+Alt+A, or off").format(
            text=raw[:MAX_TEXT].encode("ascii", "replace").decode()))
    parts = [p.strip() for p in raw.split("+")]
    if any(not p for p in parts):
        raise GlobalKeyRefused(translate("GlobalKeys", "{text} is not a key; write it as Ctrl+Alt+A, or off")
                               .format(text=raw))
    *mods, key = parts
    modifiers: set[str] = set()
    for mod in mods:
        name = _MODIFIERS.get(mod.lower())
        if name is None:
            raise GlobalKeyRefused(translate("GlobalKeys", "{part} is not a modifier; use Ctrl, Alt, Shift or Meta")
                                   .format(part=mod))
        if name in modifiers:
            raise GlobalKeyRefused(translate("GlobalKeys", "{part} is there twice").format(part=name))
        modifiers.add(name)
    upper = key.upper()
    if len(upper) == 1 and (upper.isalpha() or upper.isdigit()):
        needed = 2
    elif _FUNCTION.match(upper):
        needed = 1
    else:
        raise GlobalKeyRefused(translate("GlobalKeys", "{part} cannot be a global key; use a letter, a digit or F1–F24")
                               .format(part=key))
    if len(modifiers) < needed or modifiers == {"Shift"}:
        if needed == 2:
            raise GlobalKeyRefused(translate("GlobalKeys", "{text} would fire while typing or clash with programs' own "
                                                           "keys; use two modifiers, e.g. Ctrl+Alt+{key}")
                                   .format(text=raw, key=upper))
        raise GlobalKeyRefused(translate("GlobalKeys", "{text} needs a modifier, e.g. Ctrl+{key}").format(text=raw, key=upper))
    return GlobalKey(tuple(m for m in _ORDER if m in modifiers), upper)


def effective_keys(overrides: Mapping[str, object]) -> dict[str, str]:
    """Every action's key as the app uses it: the person's (when it passes) or the default; ``"off"``
    for none. Keys that do not pass are left at the default (the dialog says why)."""
    keys = dict(DEFAULT_KEYS)
    for name in ACTIONS:
        if name in overrides:
            try:
                parsed = parse_key(overrides[name])
            except GlobalKeyRefused:
                continue
            keys[name] = parsed.text if parsed is not None else OFF
    return keys


def refusals(keys: Mapping[str, object]) -> dict[str, str]:
    """Action name → why its key cannot be kept (each checked, and no key for two actions)."""
    errors: dict[str, str] = {}
    seen: dict[str, str] = {}
    for name in ACTIONS:
        try:
            parsed = parse_key(keys.get(name, DEFAULT_KEYS[name]))
        except GlobalKeyRefused as exc:
            errors[name] = str(exc)
            continue
        if parsed is None:
            continue
        if parsed.text in seen:
            errors[name] = translate("GlobalKeys", "{key} is already the key for: {action}").format(
                key=parsed.text, action=translate("GlobalKeys", ACTIONS[seen[parsed.text]]))
        else:
            seen[parsed.text] = name
    return errors


def listening_problem(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> str:
    """Why global keys cannot be heard here, in words ("" when they can: X11, Windows, macOS).

    On Wayland no program may listen to the keyboard of the others (XWayland shows pynput only the
    keys typed into X programs): the desktop's own shortcut settings bind ``cti-desktop answer``,
    ``cti-desktop hangup`` or ``cti-desktop dial --selection`` instead."""
    if platform.startswith("win") or platform == "darwin":
        return ""
    if environ.get("XDG_SESSION_TYPE", "").lower() == "wayland" or (environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY")):
        return translate("GlobalKeys", "On Wayland the app cannot hear keys pressed in other programs. Bind the "
                                       "commands cti-desktop answer, cti-desktop hangup and cti-desktop dial "
                                       "--selection to keys in your desktop's keyboard settings instead.")
    if not environ.get("DISPLAY"):
        return translate("GlobalKeys", "There is no X display, so keys pressed in other programs cannot be heard.")
    return ""
