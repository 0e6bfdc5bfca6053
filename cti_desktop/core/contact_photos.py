"""Contacts' photos, as a phone system's directory keeps them: what the colleagues' rows and the
contact details show next to a name.

A backend whose directory (or colleagues) also implements :class:`ContactPhotos` gives the image
bytes of a contact; the view-models check them (a real, small image) before showing them and keep
them in memory only. A contact without a photo is ``None``, not an error.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .errors import UserFacingError
from .models import Contact

__all__ = ["MAX_PHOTO_BYTES", "MAX_PHOTO_SIDE", "ContactPhotos", "PhotoRefused"]

#: The largest photo accepted, in bytes, and its largest side in pixels (a contact's avatar).
MAX_PHOTO_BYTES = 256 * 1024
MAX_PHOTO_SIDE = 1024


class PhotoRefused(UserFacingError):
    """A contact's photo was refused: too large, or not an image that can be shown."""

    kind = "photo-refused"


@runtime_checkable
class ContactPhotos(Protocol):
    async def contact_photo(self, contact: Contact) -> bytes | None:
        """The photo's bytes (unchecked, at most :data:`MAX_PHOTO_BYTES`), or ``None`` when the contact
        has none (or comes from a directory that keeps no photos); :class:`PhotoRefused` when larger."""
        ...
