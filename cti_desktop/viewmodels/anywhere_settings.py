"""The settings dialog's "Answer from anywhere" section: the global shortcuts and start at login.

A draft of ``[global_keys]`` (answer, hang up, call the selected text: a key or "off" each) and of
``autostart``. :meth:`setKey` refuses a key at once, in words (the check of
:mod:`cti_desktop.core.global_keys`: two modifiers, one key per action); :meth:`check` gives every
refusal before anything is saved, and :meth:`apply` writes both into the same settings file through
the :class:`~cti_desktop.core.settings.SettingsStore` (everything else kept as it is), writes or
removes the XDG autostart entry (:mod:`cti_desktop.core.autostart`) and emits
:attr:`globalKeysChanged` so the running listener takes the new keys at once.

:attr:`keysNote` says once why global keys cannot work here (Wayland, no display) and what to do
instead; :attr:`autostartNote` says where start at login is set on Windows and macOS (the
installer's option).
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core import autostart
from cti_desktop.core.global_keys import ACTIONS, DEFAULT_KEYS, OFF, effective_keys, listening_problem, refusals
from cti_desktop.core.settings import Settings, SettingsStore
from cti_desktop.i18n import translate

log = logging.getLogger(__name__)


class AnywhereSettingsViewModel(QObject):
    keyChanged = Signal(str)  # action name
    keyErrorChanged = Signal(str)  # action name
    autostartChanged = Signal()
    messageChanged = Signal()
    #: After a save that changed them: the new ``[global_keys]`` (the changed keys; the rest default).
    globalKeysChanged = Signal(dict)

    def __init__(self, settings: Settings, store: SettingsStore, *, autostart_path: Path | None = None,
                 platform: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        import sys

        self._settings = settings
        self._store = store
        self._platform = platform or sys.platform
        self._autostart_path = autostart_path
        self._keys = effective_keys(settings.global_keys)
        self._errors: dict[str, str] = {}
        self._autostart = bool(settings.autostart)
        self._message = ""

    # ------------------------------------------------------------------------------ keys
    @staticmethod
    def actions() -> list[tuple[str, str, str]]:
        """(name, words, default key) of each global shortcut."""
        return [(name, translate("GlobalKeys", words), DEFAULT_KEYS[name]) for name, words in ACTIONS.items()]

    def key(self, name: str) -> str:
        """The draft key of ``name`` (portable text), "" for off."""
        value = self._keys.get(name, "")
        return "" if value == OFF else value

    def keyError(self, name: str) -> str:  # noqa: N802 - Qt naming
        return self._errors.get(name, "")

    @Slot(str, str, result=bool)
    def setKey(self, name: str, text: str) -> bool:  # noqa: N802 - Qt naming
        """Set the draft key ("" or "off": none); False (and the words in :meth:`keyError`) when refused."""
        if name not in ACTIONS:
            return False
        self._keys[name] = text.strip() or OFF
        self.keyChanged.emit(name)
        self._recheck()
        return name not in self._errors

    @Slot(str)
    def resetKey(self, name: str) -> None:  # noqa: N802 - Qt naming
        if name in ACTIONS:
            self.setKey(name, DEFAULT_KEYS[name])

    def _recheck(self) -> None:
        old, self._errors = self._errors, refusals(self._keys)
        for name in ACTIONS:
            if self._errors.get(name, "") != old.get(name, ""):
                self.keyErrorChanged.emit(name)

    def _get_keys_note(self) -> str:
        return listening_problem(self._platform)

    #: Why global keys cannot be heard here and what to do instead ("" when they can).
    keysNote = Property(str, _get_keys_note, constant=True)

    # ------------------------------------------------------------------------------ autostart
    def _get_autostart(self) -> bool:
        return self._autostart

    def _set_autostart(self, on: bool) -> None:
        if bool(on) != self._autostart:
            self._autostart = bool(on)
            self.autostartChanged.emit()

    autostart = Property(bool, _get_autostart, _set_autostart, notify=autostartChanged)

    def _get_autostart_supported(self) -> bool:
        return autostart.supported(self._platform)

    autostartSupported = Property(bool, _get_autostart_supported, constant=True)

    def _get_autostart_note(self) -> str:
        if autostart.supported(self._platform):
            return ""
        return translate("AnywhereSettings", "On Windows and macOS, start at login is the installer's option "
                                             "(Windows: a Run entry; macOS: a LaunchAgent).")

    autostartNote = Property(str, _get_autostart_note, constant=True)

    # ------------------------------------------------------------------------------ saving
    def _get_message(self) -> str:
        return self._message

    message = Property(str, _get_message, notify=messageChanged)

    def _say(self, text: str) -> None:
        if text != self._message:
            self._message = text
            self.messageChanged.emit()

    def check(self) -> dict[str, str]:
        """Every refusal (action → words); empty when the section can be saved."""
        self._recheck()
        return dict(self._errors)

    def _overrides(self) -> dict[str, str]:
        kept = {k: v for k, v in self._settings.global_keys.items() if k not in ACTIONS}
        return {**kept, **{n: k for n, k in self._keys.items() if k != DEFAULT_KEYS[n]}}

    @Slot(result=str)
    def apply(self) -> str:
        """Save the section: ``"saved"``, ``"invalid"`` (words next to the keys) or ``"failed"``
        (:attr:`message` says why)."""
        if self.check():
            self._say(translate("AnywhereSettings", "Not saved: a global shortcut to change first."))
            return "invalid"
        new_keys = self._overrides()
        before_keys = dict(self._settings.global_keys)
        if autostart.supported(self._platform) and self._autostart != autostart.is_enabled(self._autostart_path):
            try:
                if self._autostart:
                    autostart.enable(path=self._autostart_path)
                else:
                    autostart.disable(self._autostart_path)
            except autostart.AutostartError as exc:
                log.warning("start at login: %s", exc)
                self._say(translate("AnywhereSettings", "Start at login: {reason}").format(reason=exc))
                return "failed"
        changed = new_keys != before_keys or self._autostart != self._settings.autostart
        if changed:
            draft = dataclasses.replace(self._settings, global_keys=new_keys, autostart=self._autostart)
            try:
                self._store.save(draft)
            except (OSError, ValueError) as exc:
                log.warning("settings: could not be saved: %s", exc)
                self._say(translate("AnywhereSettings", "Not saved: {reason}").format(reason=exc))
                return "failed"
            self._settings.global_keys = new_keys
            self._settings.autostart = self._autostart
        self._say("")
        if new_keys != before_keys:
            self.globalKeysChanged.emit(dict(new_keys))
        return "saved"


__all__ = ["AnywhereSettingsViewModel"]
