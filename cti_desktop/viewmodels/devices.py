"""My devices: the person's phones and softphones, each one's details, and renaming one.

Shown when the account's call control is also a
:class:`~cti_desktop.core.device_settings.DeviceSettings`. The list and the names are the server's:
after a rename the list is read again (and ``renamed`` tells the panels that show device names);
once shown, a change of the device set made elsewhere is read again at once where the account
announces it (``backend.changes``), with the chosen device's details.
When it is also a :class:`~cti_desktop.core.device_icons.DeviceIcons`, the chosen device's icon is
read with its details, and another of its type's icons (``iconChoices``) may be chosen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core import changes as topics
from cti_desktop.core.device_icons import DEVICE_ICON_VARIANTS, DeviceIcons, icon_full_name, icon_label, icon_variant
from cti_desktop.core.device_settings import DeviceSettings, checked_device_name
from cti_desktop.core.errors import InvalidInput, UserFacingError
from cti_desktop.core.models import Device
from cti_desktop.core.tasks import TaskSet
from cti_desktop.i18n import translate

from .base import ViewModel, command
from .changes import ChangeFollower, Coalesced, changes_of, quietly

if TYPE_CHECKING:
    from .session_bridge import SessionBridge

log = logging.getLogger(__name__)


def device_settings_of(backend: Any) -> DeviceSettings | None:
    control = backend.call_control
    return control if isinstance(control, DeviceSettings) else None


def device_icons_of(backend: Any) -> DeviceIcons | None:
    control = backend.call_control
    return control if isinstance(control, DeviceIcons) else None


class DevicesViewModel(ViewModel):
    """Properties: ``available``, ``devices`` (list of {id, name, type, status, icon}), ``selected``,
    ``details`` (list of {name, value}), ``icons`` (whether icons can be read and set), ``icon``
    (the chosen device's icon variant, "" until read), ``iconName`` (its full name, e.g.
    ``DESKPHONE_TYPE_2``), ``iconChoices`` (list of {variant, name, label} valid for its type),
    ``notice``, ``loaded``, plus ``error``/``busy``."""

    devicesChanged = Signal()
    selectedChanged = Signal()
    noticeChanged = Signal()
    renamed = Signal(str)

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        backend = bridge.session.backend
        self._control = backend.call_control
        self._settings = device_settings_of(backend)
        self._icons = device_icons_of(backend)
        self._icon = ""
        self._devices: list[Device] = []
        self._selected = ""
        self._details: tuple[tuple[str, str], ...] = ()
        self._notice = ""
        self._loaded = False
        self._seq = 0
        self._tasks = TaskSet("my devices")
        self._reload = Coalesced(self._reread, name="my-devices-changed", spawn=self._tasks.spawn)
        self.changes = ChangeFollower(changes_of(backend), (topics.DEVICES,), self._changed, parent=self)

    def _changed(self, _what: frozenset[str]) -> None:
        if self._loaded:  # shown once: keep it current
            self._reload.request()

    async def _reread(self) -> None:
        if await self.refresh(guard=quietly) and self._selected:
            await self.choose(self._selected, guard=quietly)

    @classmethod
    def for_bridge(cls, bridge: SessionBridge, parent: QObject | None = None) -> "DevicesViewModel | None":
        """A view-model for the bridge's session, or None when its phone system offers no device settings."""
        if device_settings_of(bridge.session.backend) is None:
            return None
        return cls(bridge, parent)

    available = Property(bool, lambda self: self._settings is not None, constant=True)
    devices = Property("QVariantList", lambda self: [
        {"id": d.device_id, "name": d.name or d.device_id, "type": d.type_name or d.kind, "status": d.status,
         "icon": d.icon}
        for d in self._devices], notify=devicesChanged)
    selected = Property(str, lambda self: self._selected, notify=selectedChanged)
    details = Property("QVariantList", lambda self: [{"name": k, "value": v} for k, v in self._details],
                       notify=selectedChanged)
    notice = Property(str, lambda self: self._notice, notify=noticeChanged)
    loaded = Property(bool, lambda self: self._loaded, notify=devicesChanged)
    icons = Property(bool, lambda self: self._icons is not None, constant=True)
    icon = Property(str, lambda self: self._icon, notify=selectedChanged)

    def _kind(self) -> str:
        device = self.device(self._selected)
        return device.kind if device is not None else ""

    def _get_icon_name(self) -> str:
        return icon_full_name(self._kind(), self._icon) if self._icon else ""

    iconName = Property(str, _get_icon_name, notify=selectedChanged)

    def _get_icon_choices(self) -> list:
        if not self._selected or self._icons is None:
            return []
        kind = self._kind()
        return [{"variant": v, "name": icon_full_name(kind, v), "label": icon_label(v)} for v in DEVICE_ICON_VARIANTS]

    iconChoices = Property("QVariantList", _get_icon_choices, notify=selectedChanged)

    def device(self, device_id: str) -> Device | None:
        return next((d for d in self._devices if d.device_id == device_id), None)

    async def refresh(self, *, guard: Any = None) -> bool:
        """Read the devices (``guard``: how a failure is told; the ``error`` property by default)."""
        guard = guard or self.guarded
        if self._settings is None or self._control is None:
            return False
        devices = await guard(self._control.devices())
        if devices is None:
            return False
        self._devices, self._loaded = list(devices), True
        self.devicesChanged.emit()
        if self._selected and self.device(self._selected) is None:
            await self.choose(None, guard=guard)
        return True

    async def choose(self, device_id: str | None, *, guard: Any = None) -> bool:
        """Show ``device_id``'s details (None: nothing chosen). The newest choice wins."""
        guard = guard or self.guarded
        self._seq += 1
        seq = self._seq
        if (device_id or "") != self._selected:  # the same device read again keeps showing until the read lands
            self._selected, self._details, self._icon = device_id or "", (), ""
            self.selectedChanged.emit()
        if not device_id or self._settings is None:
            return not device_id
        settings, icons, kind = self._settings, self._icons, self._kind()
        icon_error: list[str] = []

        async def work() -> tuple[tuple[tuple[str, str], ...], str]:
            details = await settings.device_details(device_id)
            icon = ""
            if icons is not None:  # read with the details, shown with them; its refusal is its own
                try:
                    icon = await icons.device_icon(device_id, kind)
                except UserFacingError as exc:
                    log.info("device icon: %s", exc)
                    icon_error.append(translate("Devices", "The device's icon: {exc}").format(exc=exc))
            return details, icon

        read = await guard(work())
        if read is None or seq != self._seq:
            return False
        self._details, self._icon = read
        self.selectedChanged.emit()
        if icon_error:
            self.set_error(icon_error[0])
            return False
        return True

    async def set_icon(self, device_id: str, variant: str) -> bool:
        """Give ``device_id`` the icon ``variant`` (one of its type's); the server's answer is shown."""
        device = self.device(device_id)

        async def work() -> str:
            if self._icons is None:
                raise InvalidInput(translate("Devices", "This phone system has no device icons"))
            if device is None:
                raise InvalidInput(translate("Devices", "Choose a device first"))
            return await self._icons.set_device_icon(device_id, icon_variant(variant, device.kind), device.kind)

        icon = await self.guarded(work())
        if icon is None or device is None:
            return False
        if self._selected == device_id:
            self._icon = icon
            self.selectedChanged.emit()
        await self.refresh()
        self._update("_notice", translate("Devices", "Icon set to {icon_full_name}").format(icon_full_name=icon_full_name(device.kind, icon)), self.noticeChanged)
        return True

    async def rename(self, device_id: str, name: str) -> bool:
        async def work() -> str:
            if self._settings is None or not device_id:
                raise InvalidInput(translate("Devices", "Choose a device first"))
            return await self._settings.rename_device(device_id, checked_device_name(name))

        new_name = await self.guarded(work())
        if new_name is None:
            return False
        await self.refresh()  # the list shows the new name before the notice says so
        self._update("_notice", translate("Devices", "Renamed to {new_name}").format(new_name=new_name), self.noticeChanged)
        self.renamed.emit(device_id)
        return True

    @Slot()
    def load(self) -> None:
        self._tasks.spawn(self.refresh(), name="my-devices-load")

    @Slot(str)
    def select(self, device_id: str) -> None:
        self._tasks.spawn(self.choose(device_id or None), name="my-devices-details")

    @command(str, str)
    async def renameDevice(self, device_id: str, name: str) -> None:
        await self.rename(device_id, name)

    @command(str, str)
    async def setIcon(self, device_id: str, variant: str) -> None:
        await self.set_icon(device_id, variant)

    async def aclose(self) -> None:
        self.changes.detach()
        await self.close_commands()
        await self._reload.aclose()
        await self._tasks.close()


__all__ = ["DevicesViewModel", "device_icons_of", "device_settings_of"]
