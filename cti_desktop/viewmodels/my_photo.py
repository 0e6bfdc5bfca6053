"""My photo: the picture colleagues see next to my name, shown and changed from the presence panel.

Shown when the account's presence service is also a :class:`~cti_desktop.core.user_photo.UserPhoto`.
The photo shown is always the server's answer: after an upload it is read again. Choosing a file
checks it (:mod:`.photo_image`: a PNG or JPEG, at most 20 MB and 40 megapixels, scaled down to at
most 512 pixels a side) before anything is sent; every refusal is in words (``error``). The photo
is held in memory only.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtGui import QImage

from cti_desktop.core.errors import InvalidInput, NotFound, UserFacingError
from cti_desktop.core.tasks import TaskSet
from cti_desktop.core.user_photo import PHOTO_RECEIVE_LIMIT, UserPhoto
from cti_desktop.i18n import translate

from .base import ViewModel, command
from .photo_image import decode_photo, prepare_photo, read_photo_file
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

#: The side of the photo shown in the panel (pixels); the server is asked for twice that (sharp on
#: high-DPI screens).
PHOTO_SHOWN_SIDE = 96


def user_photo_of(backend: Any) -> UserPhoto | None:
    service = backend.presence
    return service if isinstance(service, UserPhoto) else None


class MyPhotoViewModel(ViewModel):
    """Properties: ``available``, ``hasPhoto``, ``loaded``, ``notice``, plus ``error``/``busy``;
    :meth:`image` is the photo (a null image when there is none)."""

    photoChanged = Signal()
    noticeChanged = Signal()

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = user_photo_of(bridge.session.backend)
        self._image = QImage()
        self._loaded = False
        self._notice = ""
        self._seq = 0
        self._tasks = TaskSet("my photo")

    @classmethod
    def for_bridge(cls, bridge: SessionBridge, parent: QObject | None = None) -> "MyPhotoViewModel | None":
        """A view-model for the bridge's session, or None when its phone system keeps no photo."""
        if user_photo_of(bridge.session.backend) is None:
            return None
        return cls(bridge, parent)

    available = Property(bool, lambda self: self._service is not None, constant=True)
    hasPhoto = Property(bool, lambda self: not self._image.isNull(), notify=photoChanged)
    loaded = Property(bool, lambda self: self._loaded, notify=photoChanged)
    notice = Property(str, lambda self: self._notice, notify=noticeChanged)

    def image(self) -> QImage:
        return QImage(self._image)

    def _show(self, image: QImage) -> None:
        self._image, self._loaded = image, True
        self.photoChanged.emit()

    async def refresh(self) -> bool:
        """Read my photo now; ``True`` when one is shown. The newest read wins."""
        if self._service is None:
            return False
        self._seq += 1
        seq = self._seq

        async def work() -> QImage:
            assert self._service is not None
            try:
                data = await self._service.photo(PHOTO_SHOWN_SIDE * 2, PHOTO_SHOWN_SIDE * 2)
            except NotFound:
                return QImage()
            if len(data) > PHOTO_RECEIVE_LIMIT:
                raise InvalidInput(translate("MyPhoto", "The photo the phone system sent is too large to show"))
            # a refusal is logged once, at INFO, by guarded()
            return decode_photo(data, fit=PHOTO_SHOWN_SIDE * 2, what=translate("MyPhoto", "The photo the phone system sent"))

        image = await self.guarded(work())
        if seq != self._seq:
            return False
        if image is None:
            if not self._loaded:
                self._loaded = True
                self.photoChanged.emit()
            return False
        self._show(image)
        self._update("_notice", "" if not image.isNull() else translate("MyPhoto", "No photo yet"), self.noticeChanged)
        return not image.isNull()

    async def upload_file(self, path: str) -> bool:
        """Check the chosen file, scale it down, upload it, and show the server's photo."""
        async def work() -> int:
            if self._service is None:
                raise UserFacingError(translate("MyPhoto", "This phone system keeps no photo"))
            if not path:
                raise InvalidInput(translate("MyPhoto", "Choose an image file"))
            # Reading and decoding a large file takes a moment: off the GUI thread.
            data = await asyncio.to_thread(read_photo_file, path)
            photo = await asyncio.to_thread(prepare_photo, data)
            await self._service.upload_photo(photo)
            return len(photo)

        self._update("_notice", "", self.noticeChanged)
        sent = await self.guarded(work())
        if sent is None:
            return False
        log.info("my photo: uploaded %d bytes", sent)
        shown = await self.refresh()
        if shown:
            self._update("_notice", translate("MyPhoto", "Photo changed"), self.noticeChanged)
        return True

    @Slot()
    def load(self) -> None:
        self._tasks.spawn(self.refresh(), name="my-photo-load")

    @command(str)
    async def changePhoto(self, path: str) -> None:
        await self.upload_file(path)

    async def aclose(self) -> None:
        await self.close_commands()
        await self._tasks.close()


__all__ = ["PHOTO_SHOWN_SIDE", "MyPhotoViewModel", "user_photo_of"]
