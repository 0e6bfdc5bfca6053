"""My voicemail settings: read them, change them, say in words what went wrong.

Available when the account's history provides
:class:`~cti_desktop.core.voicemail.VoicemailSettingsStore`. ``values`` maps each setting the server
stated to its value (booleans, and the text of ``human_assistance_number``); :meth:`save` sends the
changes on top of what was read and shows what the server answered. Once read, a change made
elsewhere is read again at once where the account announces it (``changes``, the backend's
:class:`~cti_desktop.core.capabilities.Changes`).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core import changes as topics
from cti_desktop.core.errors import InvalidInput, NotSupported
from cti_desktop.core.tasks import TaskSet
from cti_desktop.core.voicemail import SETTING_WORDS, VoicemailSettings, VoicemailSettingsStore
from cti_desktop.i18n import translate

from .base import ViewModel
from .changes import ChangeFollower, Coalesced, quietly

log = logging.getLogger(__name__)

_TEXT = ("human_assistance_number",)


class VoicemailSettingsViewModel(ViewModel):
    """Properties: ``available``, ``loaded``, ``values`` (dict), ``notice``, plus ``error``/``busy``."""

    valuesChanged = Signal()
    loadedChanged = Signal()
    noticeChanged = Signal()

    def __init__(self, store: Any, parent: QObject | None = None, *, changes: Any = None) -> None:
        super().__init__(parent)
        self._store = store if isinstance(store, VoicemailSettingsStore) else None
        self._settings = VoicemailSettings()
        self._loaded = False
        self._notice = ""
        self._reload = Coalesced(self._reread, name="voicemail-settings-changed")
        self._tasks = TaskSet("voicemail settings")
        self.changes = ChangeFollower(changes if self._store is not None else None, (topics.VOICEMAIL,),
                                      self._changed, parent=self)

    def _changed(self, _what: frozenset[str]) -> None:
        if self._loaded:  # shown once: keep it current
            self._reload.request()

    async def _reread(self) -> None:
        settings = await quietly(self._load())
        if settings is not None:
            self._show(settings)

    available = Property(bool, lambda self: self._store is not None, constant=True)
    loaded = Property(bool, lambda self: self._loaded, notify=loadedChanged)
    notice = Property(str, lambda self: self._notice, notify=noticeChanged)
    values = Property("QVariantMap", lambda self: dict(self._settings.known()), notify=valuesChanged)

    @staticmethod
    def words(name: str) -> str:
        return SETTING_WORDS.get(name, name.replace("_", " ").capitalize())

    def _show(self, settings: VoicemailSettings) -> None:
        if settings != self._settings:
            self._settings = settings
            self.valuesChanged.emit()
        self._update("_loaded", True, self.loadedChanged)

    async def _load(self) -> VoicemailSettings:
        if self._store is None:
            raise NotSupported(translate("VoicemailSettings", "This account has no voicemail settings"))
        return await self._store.voicemail_settings()

    async def load(self) -> bool:
        self._update("_notice", "", self.noticeChanged)
        settings = await self.guarded(self._load())
        if settings is None:
            return False
        self._show(settings)
        return True

    async def _save(self, changes: dict[str, Any]) -> VoicemailSettings:
        if self._store is None:
            raise NotSupported(translate("VoicemailSettings", "This account has no voicemail settings"))
        known = set(SETTING_WORDS)
        values: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in known:
                raise InvalidInput(translate("VoicemailSettings", "Voicemail settings: there is no setting {name!r}").format(name=name))
            if name in _TEXT:
                value = str(value or "").strip()
                if getattr(self._settings, name) in (None, "") and not value:
                    continue
            else:
                value = bool(value)
            if getattr(self._settings, name) != value:
                values[name] = value
        if not values:
            raise InvalidInput(translate("VoicemailSettings", "Nothing was changed"))
        return await self._store.update_voicemail_settings(self._settings.changed(**values))

    async def save(self, changes: dict[str, Any]) -> bool:
        """Send ``changes`` (setting → value); ``False`` with ``error`` in words when refused."""
        self._update("_notice", "", self.noticeChanged)
        settings = await self.guarded(self._save(dict(changes)))
        if settings is None:
            return False
        self._show(settings)
        self._update("_notice", translate("VoicemailSettings", "Voicemail settings saved"), self.noticeChanged)
        return True

    @Slot()
    def refresh(self) -> None:
        self._tasks.spawn(self.load(), name="voicemail-settings-load")

    @Slot("QVariantMap")
    def saveChanges(self, changes: dict) -> None:
        self._tasks.spawn(self.save(changes), name="voicemail-settings-save")

    async def aclose(self) -> None:
        """Stop following changes and let the reads and saves still running end (or cancel them)."""
        self.changes.detach()
        await self._tasks.close()
        await self._reload.aclose()
