"""The icon a device is shown with (in the phone system's own apps and in "My devices").

A vendor's reference: "Set or Update the display icon name for a certain user device. The icon
name must correspond to the type of the device", with the name's ``Enum: "DEFAULT" "TYPE_1" "TYPE_2"``;
the read answers the full name, e.g. ``"DESKPHONE_TYPE_2"`` (the device type, then the variant),
and the device list shows the variant (``"deviceIcon": "TYPE_2"``). So every device type has the
same three variants, and a full name is valid only for a device of its own type.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .errors import InvalidInput

__all__ = ["DEVICE_ICON_VARIANTS", "DeviceIcons", "icon_full_name", "icon_label", "icon_variant"]

#: The variants the reference allows for every device type, in its order.
DEVICE_ICON_VARIANTS: tuple[str, ...] = ("DEFAULT", "TYPE_1", "TYPE_2")

_LABELS = TranslatedWords("Devices", {"DEFAULT": QT_TRANSLATE_NOOP("Devices", "Default"), "TYPE_1": QT_TRANSLATE_NOOP("Devices", "Type 1"), "TYPE_2": QT_TRANSLATE_NOOP("Devices", "Type 2")})


def icon_variant(name: str, kind: str = "") -> str:
    """``"DESKPHONE_TYPE_2"`` (for a DESKPHONE) or ``"type_2"`` → ``"TYPE_2"``.

    :class:`InvalidInput` for a name that is not one of :data:`DEVICE_ICON_VARIANTS`, alone or after
    this device type's own prefix (``"MOBILE_TYPE_1"`` is not an icon of a desk phone).
    """
    text = (name or "").strip().upper()
    prefix = f"{(kind or '').strip().upper()}_"
    if kind and text.startswith(prefix) and text[len(prefix):] in DEVICE_ICON_VARIANTS:
        return text[len(prefix):]
    if text in DEVICE_ICON_VARIANTS:
        return text
    kind_words = translate("DeviceIcons", " of a {upper} device").format(upper=kind.strip().upper()) if kind and kind.strip() else ""
    shown = (name or "").strip()[:40] or "(empty)"
    raise InvalidInput(translate("DeviceIcons", "“{shown}” is not an icon{kind_words}; choose one of ").format(shown=shown, kind_words=kind_words)
                       + ", ".join(_LABELS[v] for v in DEVICE_ICON_VARIANTS))


def icon_full_name(kind: str, variant: str) -> str:
    """``("DESKPHONE", "TYPE_2")`` → ``"DESKPHONE_TYPE_2"`` (the reference's read answer)."""
    return f"{kind.strip().upper()}_{variant}" if kind and kind.strip() else variant


def icon_label(variant: str) -> str:
    return _LABELS.get(variant, variant.replace("_", " ").capitalize())


@runtime_checkable
class DeviceIcons(Protocol):
    async def device_icon(self, device_id: str, kind: str = "") -> str:
        """The device's icon variant (one of :data:`DEVICE_ICON_VARIANTS`, or a newer one the
        server knows); the type's default when none was chosen."""
        ...

    async def set_device_icon(self, device_id: str, variant: str, kind: str = "") -> str:
        """Give the device the icon ``variant``; the variant it has now."""
        ...
