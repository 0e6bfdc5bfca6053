"""The settings dialog's view-model: what a person changes, checked in words, saved to the one file.

The dialog edits a draft of the settings — pops, theme, language, the wallboard's thresholds for
all queues, after-call work and the call actions' keyboard shortcuts — and :meth:`apply` (OK and
Apply) checks every field, then writes the same TOML file through the
:class:`~cti_desktop.core.settings.SettingsStore`: atomically, with everything the dialog does not
show (profiles, window geometry, tables this version does not know) kept as it was.

* Every field is a key of :data:`FIELDS` (``"pops.corner"``, ``"after_call.seconds"``…), read
  with :meth:`value`, set with :meth:`setValue`; a value that cannot be used is refused in words
  next to the field (:meth:`fieldError`) and nothing is written while any field is refused.
* Shortcuts (:meth:`shortcut`, :meth:`setShortcut`, :meth:`resetShortcut`) are refused at once
  when another call action has the key, when the window uses it (``reserved_keys``: dial, search,
  F1…), when it is one of the platform's standard keys (copy, paste, undo…), or when it is a
  plain key that text boxes would take. Only changed keys are stored (``[shortcuts]``).
* A settings file that could not be read is not written over until the person agrees:
  :meth:`apply` then returns ``"confirm"`` and emits :attr:`confirmationNeeded` with the words to
  ask; :meth:`apply` with ``replace_unreadable=True`` moves the old file aside and writes.
* Once saved, the shared :class:`~cti_desktop.core.settings.Settings` object takes the new values
  and the signals tell the app what changed: :attr:`popsChanged` (a ``PopSettings``, applied to
  the running pops), :attr:`shortcutsChanged` (name → key), :attr:`thresholdsChanged` (the
  wallboard's mapping), :attr:`themeChosen` (``"system"``/``"light"``/``"dark"``) and
  :attr:`afterCallChanged` (the ``[after_call]`` table, applied to the running session's wrap-up:
  from the next call, and turned off it ends a wrap-up under way); the language takes effect at the
  next start (:attr:`message` says so, and how after-call work changes apply).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator, Mapping
from typing import Any

from PySide6.QtCore import Property, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence

from cti_desktop.core.after_call_settings import SCOPES, AfterCallSettings, AfterCallSettingsError
from cti_desktop.core.call_operations import SHORTCUT_OPERATIONS
from cti_desktop.core.queue_board import ThresholdConfig, Thresholds
from cti_desktop.core.settings import (
    CORNER_CHOICES,
    LANGUAGES,
    THEMES,
    PopSettings,
    Settings,
    SettingsStore,
)
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import ViewModel

log = logging.getLogger(__name__)

_PORTABLE = QKeySequence.SequenceFormat.PortableText

#: Field key → (kind, choices for "choice" / (lowest, highest) for "int", words for errors).
FIELDS: Mapping[str, tuple[str, Any, str]] = {
    "pops.enabled": ("bool", None, QT_TRANSLATE_NOOP("SettingsDialog", "Pop windows")),
    "pops.corner": ("choice", CORNER_CHOICES, QT_TRANSLATE_NOOP("SettingsDialog", "Corner")),
    "theme": ("choice", THEMES, QT_TRANSLATE_NOOP("SettingsDialog", "Theme")),
    "language": ("choice", LANGUAGES, QT_TRANSLATE_NOOP("SettingsDialog", "Language")),
    "confirm_dial_links": ("bool", None, QT_TRANSLATE_NOOP("SettingsDialog", "Ask before calling a link")),
    "wallboard.waiting_warning": ("int", (0, 999), QT_TRANSLATE_NOOP("SettingsDialog", "Waiting callers, warning")),
    "wallboard.waiting_critical": ("int", (0, 999), QT_TRANSLATE_NOOP("SettingsDialog", "Waiting callers, critical")),
    "wallboard.longest_warning": ("int", (0, 86400), QT_TRANSLATE_NOOP("SettingsDialog", "Longest wait, warning")),
    "wallboard.longest_critical": ("int", (0, 86400), QT_TRANSLATE_NOOP("SettingsDialog", "Longest wait, critical")),
    "after_call.enabled": ("bool", None, QT_TRANSLATE_NOOP("SettingsDialog", "After-call work")),
    "after_call.scope": ("choice", SCOPES, QT_TRANSLATE_NOOP("SettingsDialog", "After which calls")),
    "after_call.seconds": ("int", (1, 3600), QT_TRANSLATE_NOOP("SettingsDialog", "Wrap-up time")),
    "after_call.extend_seconds": ("int", (1, 3600), QT_TRANSLATE_NOOP("SettingsDialog", "Extend by")),
}

#: The words the dialog shows for the choices.
CHOICE_WORDS: Mapping[str, str] = TranslatedWords("SettingsDialog", {
    "auto": QT_TRANSLATE_NOOP("SettingsDialog", "Automatic (away from the main window)"), "top-right": QT_TRANSLATE_NOOP("SettingsDialog", "Top right"), "top-left": QT_TRANSLATE_NOOP("SettingsDialog", "Top left"),
    "bottom-right": QT_TRANSLATE_NOOP("SettingsDialog", "Bottom right"), "bottom-left": QT_TRANSLATE_NOOP("SettingsDialog", "Bottom left"),
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "As the system"), "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"), "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"), "en": QT_TRANSLATE_NOOP("SettingsDialog", "English"),
    "queue": QT_TRANSLATE_NOOP("SettingsDialog", "Queue calls only"), "all": QT_TRANSLATE_NOOP("SettingsDialog", "All calls"),
})

class _CallActions(Mapping[str, tuple[str, str]]):
    """The call actions with a shortcut: name → (words in the agent's language, default key in
    portable text), in the Calls menu's order; the words are read from the operation when asked for."""

    def __init__(self) -> None:
        self._operations = {op.name: op for op in SHORTCUT_OPERATIONS}
        self._keys = {op.name: QKeySequence(op.shortcut).toString(_PORTABLE) for op in SHORTCUT_OPERATIONS}

    def __getitem__(self, name: str) -> tuple[str, str]:
        return self._operations[name].menu.replace("&", "").rstrip("…"), self._keys[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


#: The call actions with a shortcut: name → (words, default key in portable text).
CALL_ACTIONS: Mapping[str, tuple[str, str]] = _CallActions()


def _standard_keys() -> dict[str, str]:
    """Every key the platform binds to a standard action (copy, paste, undo, move by word…) → its name."""
    keys: dict[str, str] = {}
    for member in QKeySequence.StandardKey:
        if member == QKeySequence.StandardKey.UnknownKey:
            continue
        for sequence in QKeySequence.keyBindings(member):
            text = sequence.toString(_PORTABLE)
            if text:
                keys.setdefault(text, member.name)
    return keys


def _words_of(standard: str) -> str:
    """``"SelectAll"`` → ``"select all"``."""
    return "".join(f" {c.lower()}" if c.isupper() else c for c in standard).strip()


def normalise_key(text: str) -> str | None:
    """``text`` as one key in Qt's portable text ("" for no key), or None when it is not one key."""
    text = (text or "").strip()
    if not text:
        return ""
    sequence = QKeySequence.fromString(text, _PORTABLE)
    written = sequence.toString(_PORTABLE)
    if sequence.count() != 1 or not written or "?" in written:
        return None
    return written


def _plain_key(key: str) -> bool:
    """A key without Ctrl, Alt or Meta that is not a function key (text boxes would take it)."""
    sequence = QKeySequence.fromString(key, _PORTABLE)
    combo = sequence[0]
    modifiers = combo.keyboardModifiers()
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier):
        return False
    return not (Qt.Key.Key_F1 <= combo.key() <= Qt.Key.Key_F35)


def effective_shortcuts(overrides: Mapping[str, str]) -> dict[str, str]:
    """The call actions' keys: the operation table's, with the person's ``[shortcuts]`` over them.

    A stored key that is not a key, or that another action already has, is ignored with a warning
    (the default stays, unless that one is taken too: then the action has none).
    """
    keys = {name: default for name, (_words, default) in CALL_ACTIONS.items()}
    for name, raw in overrides.items():
        if name not in keys:
            continue
        key = normalise_key(raw)
        if key is None:
            log.warning("settings: shortcuts.%s = %r is not a key; the default is in use", name, str(raw)[:40])
            continue
        if key and any(k == key for other, k in keys.items() if other != name):
            log.warning("settings: shortcuts.%s = %s is another action's key; ignored", name, key)
            continue
        keys[name] = key
    seen: set[str] = set()
    for name, key in keys.items():
        if key in seen:
            keys[name] = ""
        elif key:
            seen.add(key)
    return keys


def _changed_only(stored: Mapping[str, Any], ours: Mapping[str, Any], default_of) -> dict[str, Any]:
    """``stored`` with the dialog's values over it, adding a key only where it differs from the
    default (a table the person never filled stays as small as it was)."""
    out = dict(stored)
    for name, value in ours.items():
        if name in out or value != default_of(name):
            out[name] = value
    return out


class SettingsDialogViewModel(ViewModel):
    """The draft the settings dialog edits; see the module docstring."""

    valueChanged = Signal(str)  # field key
    fieldErrorChanged = Signal(str)  # field key, or a call action's name for its shortcut
    shortcutChanged = Signal(str)  # call action name
    messageChanged = Signal()
    dirtyChanged = Signal()
    confirmationNeeded = Signal(str)  # the question, in words
    saved = Signal()
    themeChosen = Signal(str)
    popsChanged = Signal(object)  # PopSettings
    shortcutsChanged = Signal(dict)  # call action name → key (portable text, "" for none)
    thresholdsChanged = Signal(dict)  # the wallboard_thresholds mapping
    afterCallChanged = Signal(dict)  # the [after_call] table

    def __init__(self, settings: Settings, store: SettingsStore, *, reserved_keys: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._store = store
        #: Keys the window uses for other things (portable text → words), never a call action's.
        self._reserved = {normalise_key(k) or k: words for k, words in (reserved_keys or {}).items()}
        self._standard = _standard_keys()
        self._errors: dict[str, str] = {}
        self._message = ""
        self._dirty = False
        #: Words about a page whose stored values could not be used (page → words).
        self.notes: dict[str, str] = {}
        self._values: dict[str, Any] = {}
        self._keys: dict[str, str] = {}
        self._load()

    # ------------------------------------------------------------------------------ reading
    def _load(self) -> None:
        s = self._settings
        values: dict[str, Any] = {"pops.enabled": s.pops.enabled, "pops.corner": s.pops.corner,
                                  "theme": s.theme, "language": s.language,
                                  "confirm_dial_links": s.confirm_dial_links}
        try:
            default = ThresholdConfig.from_mapping(s.wallboard_thresholds or None).default
        except (ValueError, TypeError, AttributeError) as exc:
            self.notes["wallboard"] = (translate("SettingsDialog", "The thresholds in the settings file could not be used ({exc}); the built-in ones are shown, and saving replaces them for all queues.").format(exc=exc))
            default = Thresholds()
        for name in ("waiting_warning", "waiting_critical", "longest_warning", "longest_critical"):
            values[f"wallboard.{name}"] = getattr(default, name)
        try:
            after = AfterCallSettings.from_table(s.after_call)
        except AfterCallSettingsError as exc:
            self.notes["after_call"] = (translate("SettingsDialog", "The settings file's after-call work could not be used ({exc}); it is off. Saving replaces it with what is shown here.").format(exc=exc))
            after = AfterCallSettings()
        values.update({"after_call.enabled": after.enabled, "after_call.scope": after.scope,
                       "after_call.seconds": after.seconds, "after_call.extend_seconds": after.extend_seconds})
        self._values = values
        self._saved_values = dict(values)
        self._keys = effective_shortcuts(s.shortcuts)
        self._saved_keys = dict(self._keys)

    # ------------------------------------------------------------------------------ properties
    def _get_message(self) -> str:
        return self._message

    #: Words about the last Apply/OK: saved where, what takes effect when, or why not.
    message = Property(str, _get_message, notify=messageChanged)

    def _get_dirty(self) -> bool:
        return self._dirty

    #: Something differs from what is saved.
    dirty = Property(bool, _get_dirty, notify=dirtyChanged)

    @property
    def path(self) -> str:
        return str(self._store.path)

    def _set_message(self, text: str) -> None:
        self._update("_message", text, self.messageChanged)

    def _refresh_dirty(self) -> None:
        self._update("_dirty", self._values != self._saved_values or self._keys != self._saved_keys, self.dirtyChanged)

    # ------------------------------------------------------------------------------ fields
    def value(self, key: str) -> Any:
        return self._values[key]

    def fieldError(self, key: str) -> str:  # noqa: N802 - Qt naming
        """The words next to a field (or a call action's shortcut) that was refused; "" when none."""
        return self._errors.get(key, "")

    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    def _set_field_error(self, key: str, text: str) -> None:
        if self._errors.get(key, "") != text:
            if text:
                self._errors[key] = text
            else:
                self._errors.pop(key, None)
            self.fieldErrorChanged.emit(key)

    @Slot(str, "QVariant")
    def setValue(self, key: str, value: Any) -> bool:  # noqa: N802 - Qt naming
        """Take ``value`` for ``key`` when it can be used (True); else say why next to the field (False)."""
        kind, rule, words = FIELDS[key]
        words = translate("SettingsDialog", words)
        problem = ""
        if kind == "bool" and not isinstance(value, bool):
            problem = translate("SettingsDialog", "{words}: choose on or off").format(words=words)
        elif kind == "choice" and value not in rule:
            problem = translate("SettingsDialog", "{words}: {value!r} is not one of the choices ({join})").format(words=words, value=value, join=", ".join(CHOICE_WORDS.get(c, c) for c in rule))
        elif kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                problem = translate("SettingsDialog", "{words}: a whole number is needed").format(words=words)
            elif not rule[0] <= value <= rule[1]:
                problem = translate("SettingsDialog", "{words}: from {lowest} to {highest}").format(words=words, lowest=rule[0], highest=rule[1])
        if problem:
            self._set_field_error(key, problem)
            return False
        self._set_field_error(key, "")
        if self._values[key] != value:
            self._values[key] = value
            self.valueChanged.emit(key)
            self._refresh_dirty()
        return True

    # ------------------------------------------------------------------------------ shortcuts
    @staticmethod
    def actions() -> list[tuple[str, str, str]]:
        """The call actions with a shortcut: (name, words, default key), in the Calls menu's order."""
        return [(name, words, default) for name, (words, default) in CALL_ACTIONS.items()]

    def shortcut(self, name: str) -> str:
        """The key of call action ``name`` in the draft (portable text; "" for none)."""
        return self._keys[name]

    def shortcuts(self) -> dict[str, str]:
        return dict(self._keys)

    def _refusal(self, name: str, key: str) -> str:
        if not key:
            return ""
        shown = QKeySequence.fromString(key, _PORTABLE).toString(QKeySequence.SequenceFormat.NativeText)
        for other, taken in self._keys.items():
            if other != name and taken == key:
                return (translate("SettingsDialog", "{shown} is already the key of “{value}”: give that one another key first, or choose another").format(shown=shown, value=CALL_ACTIONS[other][0]))
        if key in self._reserved:
            return translate("SettingsDialog", "{shown} is the window's key for “{value}”; choose another").format(shown=shown, value=self._reserved[key])
        if key in self._standard:
            return translate("SettingsDialog", "{shown} is the standard key for {words_of}; choose another").format(shown=shown, words_of=_words_of(self._standard[key]))
        if _plain_key(key):
            return translate("SettingsDialog", "{shown} alone would be typed into text boxes; use it with Ctrl or Alt, or a function key").format(shown=shown)
        return ""

    @Slot(str, str)
    def setShortcut(self, name: str, text: str) -> bool:  # noqa: N802 - Qt naming
        """Give call action ``name`` the key ``text`` ("" for none); refused in words on a clash (False)."""
        key = normalise_key(text)
        problem = translate("SettingsDialog", "That is not one key; press one key with its modifiers") if key is None else self._refusal(name, key)
        self._set_field_error(name, problem)
        if problem:
            self.shortcutChanged.emit(name)  # the editor shows the key the action keeps
            return False
        if self._keys[name] != key:
            self._keys[name] = key
            self.shortcutChanged.emit(name)
            self._refresh_dirty()
        return True

    @Slot(str)
    def resetShortcut(self, name: str) -> bool:  # noqa: N802 - Qt naming
        """Back to the operation table's key (refused like any other key if another action took it)."""
        return self.setShortcut(name, CALL_ACTIONS[name][1])

    # ------------------------------------------------------------------------------ saving
    def _check_all(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The new values of the Settings fields the dialog edits, and the refusals per field."""
        v = self._values
        errors: dict[str, str] = {}
        for kind in ("waiting", "longest"):
            warn, crit = v[f"wallboard.{kind}_warning"], v[f"wallboard.{kind}_critical"]
            if crit < warn:
                errors[f"wallboard.{kind}_critical"] = translate("SettingsDialog", "Critical must be at least the warning level ({warn})").format(warn=warn)
        thresholds = self._thresholds_mapping()
        if not errors:
            try:
                ThresholdConfig.from_mapping(thresholds or None)
            except ValueError as exc:  # a queue's own levels no longer fit the new defaults
                errors["wallboard.waiting_critical"] = translate("SettingsDialog", "A queue's own levels do not fit these: {exc}").format(exc=exc)
        after = self._after_call_table()
        try:
            AfterCallSettings.from_table(after)
        except AfterCallSettingsError as exc:
            text = str(exc)
            field = next((f"after_call.{n}" for n in ("extend_seconds", "seconds", "scope", "enabled")
                          if f"] {n} " in text), "after_call.seconds")
            errors[field] = text.replace("[after_call] ", "").replace("max_seconds", translate("SettingsDialog", "the longest wrap-up"))
        new = {
            "pops": PopSettings(enabled=v["pops.enabled"], corner=v["pops.corner"]),
            "theme": v["theme"],
            "language": v["language"],
            "confirm_dial_links": v["confirm_dial_links"],
            "wallboard_thresholds": thresholds,
            "after_call": after,
            "shortcuts": self._shortcut_overrides(),
        }
        return new, errors

    def _thresholds_mapping(self) -> dict[str, Any]:
        raw = {} if "wallboard" in self.notes else dict(self._settings.wallboard_thresholds)
        stored = dict(raw.get("default") or {})
        builtin = Thresholds()
        ours = _changed_only(stored, {n: self._values[f"wallboard.{n}"] for n in (
            "waiting_warning", "waiting_critical", "longest_warning", "longest_critical")},
            lambda n: getattr(builtin, n))
        if ours:
            raw["default"] = ours
        else:
            raw.pop("default", None)
        return raw

    def _after_call_table(self) -> dict[str, Any]:
        base = {} if "after_call" in self.notes else dict(self._settings.after_call)
        defaults = AfterCallSettings()
        ours = _changed_only(base, {n: self._values[f"after_call.{n}"] for n in (
            "enabled", "scope", "seconds", "extend_seconds")}, lambda n: getattr(defaults, n))
        return ours

    def _shortcut_overrides(self) -> dict[str, str]:
        kept = {k: v for k, v in self._settings.shortcuts.items() if k not in CALL_ACTIONS}
        ours = {name: key for name, key in self._keys.items() if key != CALL_ACTIONS[name][1]}
        return {**kept, **ours}

    @Slot(result=str)
    def apply(self, replace_unreadable: bool = False) -> str:
        """Check every field and write the file: ``"saved"``, ``"invalid"`` (words next to the
        fields), ``"confirm"`` (the file could not be read: ask, then call again with
        ``replace_unreadable=True``) or ``"failed"`` (:attr:`message` says why). Nothing the
        person typed is lost in any of them."""
        new, errors = self._check_all()
        for key in [k for k in self._errors if k in FIELDS]:
            if key not in errors:
                self._set_field_error(key, "")
        for key, text in errors.items():
            self._set_field_error(key, text)
        if errors:
            self._set_message(translate("SettingsDialog", "Not saved: %n value to change first (see the words next to them).",
                                        None, len(errors)) if len(errors) == 1 else
                              translate("SettingsDialog", "Not saved: %n values to change first (see the words next to them).",
                                        None, len(errors)))
            return "invalid"
        if not self._store.writable and not replace_unreadable:
            question = (translate("SettingsDialog", "The settings file {path} could not be read when the app started, so it has been left alone. Save these settings in its place? The old file is kept as {name}, but what it held that the app could not read (profiles, window layout) is not carried over.").format(path=self._store.path, name=self._store.backup_path.name))
            self._set_message(translate("SettingsDialog", "Not saved yet: the settings file could not be read; say whether to replace it."))
            self.confirmationNeeded.emit(question)
            return "confirm"
        before = {name: getattr(self._settings, name) for name in new}
        draft = dataclasses.replace(self._settings, **new)  # profiles, window, other tables as they are
        try:
            self._store.save(draft, replace_unreadable=replace_unreadable)
        except (OSError, ValueError) as exc:
            log.warning("settings: could not be saved: %s", exc)
            self._set_message(translate("SettingsDialog", "Not saved: {exc}. Your changes are still here; try again.").format(exc=exc))
            return "failed"
        for name, value in new.items():
            setattr(self._settings, name, value)
        self._saved_values = dict(self._values)
        self._saved_keys = dict(self._keys)
        self._refresh_dirty()
        self._set_message(self._saved_words(before, new))
        self._announce(before, new)
        self.saved.emit()
        return "saved"

    def _saved_words(self, before: Mapping[str, Any], new: Mapping[str, Any]) -> str:
        words = [translate("SettingsDialog", "Saved to {path}.").format(path=self._store.path)]
        if before["after_call"] != new["after_call"]:
            words.append(translate("SettingsDialog", "After-call work changes apply from your next call; turned off, a wrap-up under way ends now."))
        if before["language"] != new["language"]:
            words.append(translate("SettingsDialog", "The language takes effect at the next start."))
        return " ".join(words)

    def _announce(self, before: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        if before["pops"] != new["pops"]:
            self.popsChanged.emit(new["pops"])
        if before["theme"] != new["theme"]:
            self.themeChosen.emit(new["theme"])
        if before["wallboard_thresholds"] != new["wallboard_thresholds"]:
            self.thresholdsChanged.emit(new["wallboard_thresholds"])
        if before["after_call"] != new["after_call"]:
            self.afterCallChanged.emit(new["after_call"])
        if before["shortcuts"] != new["shortcuts"]:
            self.shortcutsChanged.emit(dict(self._keys))


__all__ = ["CALL_ACTIONS", "CHOICE_WORDS", "FIELDS", "SettingsDialogViewModel", "effective_shortcuts", "normalise_key"]
