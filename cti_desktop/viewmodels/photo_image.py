"""Reading, checking and scaling a photo in memory, with Qt's image readers (no widgets, no disk).

* :func:`read_photo_file` reads the file the person chose: a regular file of at most
  :data:`~cti_desktop.core.user_photo.PHOTO_FILE_LIMIT` bytes, else :class:`InvalidInput` in words.
* :func:`decode_photo` decodes bytes into a :class:`QImage`. It reads the image's size from its
  header first and refuses one over :data:`~cti_desktop.core.user_photo.PHOTO_PIXEL_LIMIT` pixels
  before decoding anything (a small file may claim a huge picture); ``only`` limits the formats.
* :func:`prepare_photo` is what is uploaded: a PNG or JPEG, scaled down so that its longer side is
  at most :data:`~cti_desktop.core.user_photo.PHOTO_MAX_SIDE`, re-encoded (PNG when it has
  transparency, else JPEG) and at most :data:`~cti_desktop.core.user_photo.PHOTO_UPLOAD_LIMIT` bytes.

Every refusal is :class:`~cti_desktop.core.errors.InvalidInput` (a ``UserFacingError``), for any
bytes at all. The encoded photo stays in memory (a ``QBuffer``); nothing is written to disk.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.user_photo import PHOTO_FILE_LIMIT, PHOTO_MAX_SIDE, PHOTO_PIXEL_LIMIT, PHOTO_UPLOAD_LIMIT
from cti_desktop.i18n import translate

__all__ = ["UPLOAD_FORMATS", "decode_photo", "prepare_photo", "read_photo_file"]

#: What the person may choose (the reference's server keeps a PNG or a JPEG).
UPLOAD_FORMATS = ("png", "jpeg")
#: Qt refuses to allocate more than this for one image (MB); 40 Mpx of 32-bit pixels fits.
_ALLOCATION_LIMIT_MB = 200


def _mb(n: int) -> str:
    return translate("PhotoImage", "{mb:.0f} MB").format(mb=n / (1024 * 1024)) if n >= 1024 * 1024 else translate("PhotoImage", "{kb} KB").format(kb=max(1, n // 1024))


def read_photo_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the chosen file, or :class:`InvalidInput` (no file, not a regular file, too big,
    unreadable)."""
    p = Path(path)
    name = p.name or str(p)
    try:
        info = p.stat()
    except OSError as exc:
        raise InvalidInput(translate("PhotoImage", "“{name}” cannot be opened ({reason})").format(
            name=name, reason=exc.strerror or translate("PhotoImage", "no such file"))) from None
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(translate("PhotoImage", "“{name}” is not a file").format(name=name))
    if info.st_size > PHOTO_FILE_LIMIT:
        raise InvalidInput(translate("PhotoImage", "“{name}” is {size}; choose an image of at most {limit}").format(name=name, size=_mb(info.st_size), limit=_mb(PHOTO_FILE_LIMIT)))
    try:
        with p.open("rb") as f:
            data = f.read(PHOTO_FILE_LIMIT + 1)
    except OSError as exc:
        raise InvalidInput(translate("PhotoImage", "“{name}” cannot be read ({reason})").format(
            name=name, reason=exc.strerror or translate("PhotoImage", "read error"))) from None
    if len(data) > PHOTO_FILE_LIMIT:  # it grew after the check
        raise InvalidInput(translate("PhotoImage", "“{name}” is larger than {mb}; choose a smaller image").format(name=name, mb=_mb(PHOTO_FILE_LIMIT)))
    if not data:
        raise InvalidInput(translate("PhotoImage", "“{name}” is empty").format(name=name))
    return data


def decode_photo(data: bytes, *, only: tuple[str, ...] | None = None, fit: int | None = None,
                 what: str = "") -> QImage:
    """``data`` decoded (scaled to fit ``fit`` × ``fit`` while decoding when it is larger).

    :class:`InvalidInput` when it is not an image Qt can read (or not one of ``only``), when its
    header claims more than :data:`PHOTO_PIXEL_LIMIT` pixels, or when decoding fails. ``what`` names
    the image in the refusal (by default "The file").
    """
    what = what or translate("PhotoImage", "The file")
    if not data:
        raise InvalidInput(translate("PhotoImage", "{what} is empty").format(what=what))
    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(data)))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        raise InvalidInput(translate("PhotoImage", "{what} cannot be read").format(what=what))
    try:
        reader = QImageReader(buffer)
        reader.setDecideFormatFromContent(True)
        reader.setAllocationLimit(_ALLOCATION_LIMIT_MB)
        fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
        if not fmt or not reader.canRead():
            raise InvalidInput(translate("PhotoImage", "{what} is not an image").format(what=what))
        if fmt == "jpg":
            fmt = "jpeg"
        if only is not None and fmt not in only:
            raise InvalidInput(translate("PhotoImage", "{what} is a {upper} image; choose a PNG or JPEG image").format(what=what, upper=fmt.upper()))
        size = reader.size()
        if not size.isValid() or size.width() <= 0 or size.height() <= 0:
            raise InvalidInput(translate("PhotoImage", "{what} is not an image (it has no size)").format(what=what))
        if size.width() * size.height() > PHOTO_PIXEL_LIMIT:
            raise InvalidInput(translate("PhotoImage", "{what} is {width} × {height} pixels; choose an image of at most {value} megapixels").format(what=what, width=size.width(), height=size.height(), value=PHOTO_PIXEL_LIMIT // 1000000))
        if fit and max(size.width(), size.height()) > fit:
            reader.setScaledSize(size.scaled(QSize(fit, fit), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            raise InvalidInput(translate("PhotoImage", "{what} is not an image that can be read ({errorString})").format(what=what, errorString=reader.errorString()))
        return image
    finally:
        buffer.close()


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, fmt.upper(), quality)
    buffer.close()
    if not ok:
        raise InvalidInput(translate("PhotoImage", "The photo could not be prepared for upload"))
    return bytes(out.data())


def prepare_photo(data: bytes) -> bytes:
    """The photo to upload made from the chosen file's bytes: a PNG or JPEG whose longer side is at
    most :data:`PHOTO_MAX_SIDE` pixels and whose size is at most :data:`PHOTO_UPLOAD_LIMIT` bytes."""
    image = decode_photo(data, only=UPLOAD_FORMATS, fit=PHOTO_MAX_SIDE)
    if max(image.width(), image.height()) > PHOTO_MAX_SIDE:  # a reader that ignored the scaled size
        image = image.scaled(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():
        encoded = _encode(image, "png")
        if len(encoded) <= PHOTO_UPLOAD_LIMIT:
            return encoded
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        from PySide6.QtGui import QPainter

        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    for quality in (90, 75, 50):
        encoded = _encode(image.convertToFormat(QImage.Format.Format_RGB32), "jpeg", quality)
        if len(encoded) <= PHOTO_UPLOAD_LIMIT:
            return encoded
    raise InvalidInput(translate("PhotoImage", "The photo stays over {mb} even when scaled down").format(mb=_mb(PHOTO_UPLOAD_LIMIT)))
