"""My photo: the picture colleagues see next to my name, read from and uploaded to the phone system.

A backend whose presence service also implements :class:`UserPhoto` gets "My photo" in the presence
panel. The upload is the image itself in the request body (a vendor's words: "The photo shall be
added in the HTTP body"), a PNG or a JPEG. What the person picks is checked and scaled down by the view-model
(decoding needs Qt); this module holds the limits and the plain checks every layer shares, so the
client refuses the same things before anything is sent.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable
from cti_desktop.i18n import translate

from .errors import InvalidInput

__all__ = [
    "PHOTO_FILE_LIMIT",
    "PHOTO_MAX_SIDE",
    "PHOTO_PIXEL_LIMIT",
    "PHOTO_RECEIVE_LIMIT",
    "PHOTO_UPLOAD_LIMIT",
    "UserPhoto",
    "photo_media_type",
]

#: The largest file the person may choose (bytes): a big phone photo fits.
PHOTO_FILE_LIMIT = 20 * 1024 * 1024
#: The most pixels a chosen image may have (width × height), checked before it is decoded, so a
#: small file that would decode into a huge picture (a "decompression bomb") is refused.
PHOTO_PIXEL_LIMIT = 40_000_000
#: A larger image is scaled down so that its longer side is this many pixels before it is sent.
PHOTO_MAX_SIDE = 512
#: The largest image sent to the phone system (bytes, after scaling and encoding).
PHOTO_UPLOAD_LIMIT = 1024 * 1024
#: The largest photo accepted from the phone system (bytes).
PHOTO_RECEIVE_LIMIT = 5 * 1024 * 1024

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def photo_media_type(data: bytes) -> str:
    """``image/png`` or ``image/jpeg`` by the bytes' own signature; :class:`InvalidInput` otherwise
    (empty, another format, or over :data:`PHOTO_UPLOAD_LIMIT`)."""
    if not data:
        raise InvalidInput(translate("UserPhoto", "The photo is empty"))
    if len(data) > PHOTO_UPLOAD_LIMIT:
        raise InvalidInput(translate("UserPhoto", "The photo is larger than {value} KB; choose a smaller image").format(value=PHOTO_UPLOAD_LIMIT // 1024))
    if data.startswith(_PNG):
        return "image/png"
    if data.startswith(_JPEG):
        return "image/jpeg"
    raise InvalidInput(translate("UserPhoto", "The photo must be a PNG or JPEG image"))


@runtime_checkable
class UserPhoto(Protocol):
    async def photo(self, width: int | None = None, height: int | None = None) -> bytes:
        """My photo as the phone system sends it (any image format); ``NotFound`` when there is none."""
        ...

    async def upload_photo(self, data: bytes) -> None:
        """Make ``data`` (a PNG or JPEG, at most :data:`PHOTO_UPLOAD_LIMIT` bytes) my photo."""
        ...
