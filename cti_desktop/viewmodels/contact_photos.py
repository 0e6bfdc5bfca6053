"""Contacts' photos for the panels: fetched once per contact, checked, kept in memory only.

:func:`decode_photo` is the check: at most :data:`~cti_desktop.core.contact_photos.MAX_PHOTO_BYTES`,
a raster format Qt reads natively (PNG, JPEG, GIF, BMP, WebP: never SVG or anything with scripts or
external references), at most :data:`~cti_desktop.core.contact_photos.MAX_PHOTO_SIDE` pixels a side
as its header says *before* it is decoded (no decompression bomb), and a picture that really
decodes. Anything else is :class:`~cti_desktop.core.contact_photos.PhotoRefused`, in words.

:class:`ContactPhotoCache` asks for each contact's photo once (a photo that is refused or missing is
remembered too, so a row's repaint never asks again), keeps at most ``max_entries`` of them (least
recently used go first) and never writes one to disk. ``photoChanged(key)`` says a photo (or its
refusal) arrived.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from cti_desktop.core.contact_photos import MAX_PHOTO_BYTES, MAX_PHOTO_SIDE, PhotoRefused
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.tasks import TaskSet
from cti_desktop.i18n import translate

log = logging.getLogger(__name__)

__all__ = ["ALLOWED_FORMATS", "ContactPhotoCache", "PhotoEntry", "decode_photo"]

#: Raster formats accepted (Qt's names, as QImageReader reports them).
ALLOWED_FORMATS = frozenset({b"png", b"jpeg", b"jpg", b"gif", b"bmp", b"webp"})
#: The side photos are kept at (the largest a panel shows them).
KEEP_SIDE = 96


def decode_photo(data: bytes, *, keep_side: int = KEEP_SIDE) -> QImage:
    """``data`` as a QImage no larger than ``keep_side`` a side, or :class:`PhotoRefused`."""
    if not data:
        raise PhotoRefused(translate("ContactPhotos", "The photo is empty"))
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoRefused(translate("ContactPhotos", "The photo is too large to show ({value} KB; at most {value2} KB)").format(value=len(data) // 1024, value2=MAX_PHOTO_BYTES // 1024))
    raw = QByteArray(bytes(data))
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        reader = QImageReader(buffer)
        reader.setDecideFormatFromContent(True)
        fmt = bytes(reader.format().data()).lower()
        if fmt not in ALLOWED_FORMATS:
            raise PhotoRefused(translate("ContactPhotos", "The photo is not an image the app shows (PNG, JPEG, GIF, BMP or WebP)"))
        size = reader.size()
        if not size.isValid() or size.width() <= 0 or size.height() <= 0:
            raise PhotoRefused(translate("ContactPhotos", "The photo could not be read: its size is missing"))
        if size.width() > MAX_PHOTO_SIDE or size.height() > MAX_PHOTO_SIDE:
            raise PhotoRefused(translate("ContactPhotos", "The photo is too large to show ({width}×{height} pixels; at most {MAX_PHOTO_SIDE} a side)").format(width=size.width(), height=size.height(), MAX_PHOTO_SIDE=MAX_PHOTO_SIDE))
        image = reader.read()
        if image.isNull():
            raise PhotoRefused(translate("ContactPhotos", "The photo could not be read: the image is damaged"))
    finally:
        buffer.close()
    if image.width() > keep_side or image.height() > keep_side:
        image = image.scaled(keep_side, keep_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


@dataclass(frozen=True, slots=True)
class PhotoEntry:
    """A contact's photo as far as it is known: ``image`` (None: none), or ``error`` in words."""

    image: QImage | None = None
    error: str = ""


Fetch = Callable[[str], Awaitable["bytes | None"]]


class ContactPhotoCache(QObject):
    """Photos by key (a contact id), fetched with ``fetch(key)`` once each, kept in memory."""

    photoChanged = Signal(str)

    def __init__(self, fetch: Fetch | None, parent: QObject | None = None, *, max_entries: int = 200) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._max = max(1, max_entries)
        self._entries: OrderedDict[str, PhotoEntry] = OrderedDict()
        self._pending: set[str] = set()
        self._tasks = TaskSet("contact photos")

    @property
    def available(self) -> bool:
        return self._fetch is not None

    def entry(self, key: str) -> PhotoEntry | None:
        """What is known of ``key``'s photo (None: not asked yet or on its way)."""
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def image(self, key: str) -> QImage | None:
        found = self.entry(key)
        return found.image if found is not None else None

    def error(self, key: str) -> str:
        found = self.entry(key)
        return found.error if found is not None else ""

    def request(self, key: str) -> None:
        """Fetch ``key``'s photo soon, unless it is known or on its way."""
        if self._fetch is None or not key or key in self._entries or key in self._pending:
            return
        self._pending.add(key)
        self._tasks.spawn(self.load(key), name="contact-photo")

    async def load(self, key: str) -> PhotoEntry:
        """Fetch and check ``key``'s photo now (once: a known one is returned as it is)."""
        known = self._entries.get(key)
        if known is not None or self._fetch is None:
            self._pending.discard(key)
            return known or PhotoEntry()
        self._pending.add(key)
        try:
            data = await self._fetch(key)
            entry = PhotoEntry(decode_photo(data)) if data else PhotoEntry()
        except PhotoRefused as exc:
            log.warning("a contact's photo was refused: %s", exc)
            entry = PhotoEntry(error=str(exc))
        except UserFacingError as exc:
            log.info("a contact's photo could not be read: %s", exc)
            entry = PhotoEntry(error=translate("ContactPhotos", "The photo could not be read: {exc}").format(exc=exc))
        finally:
            self._pending.discard(key)
        self._entries[key] = entry
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)
        self.photoChanged.emit(key)
        return entry

    def forget(self, key: str) -> None:
        """Ask again next time (e.g. after a failure the person wants retried)."""
        self._entries.pop(key, None)

    async def aclose(self) -> None:
        await self._tasks.close()
