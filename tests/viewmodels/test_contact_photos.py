"""The photo check (:func:`decode_photo`): any bytes give a small QImage or PhotoRefused, never a crash."""

from __future__ import annotations

import random
import struct
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from cti_desktop.core.contact_photos import MAX_PHOTO_BYTES, PhotoRefused
from cti_desktop.simulator.dstny.api_contact_info import avatar_png
from cti_desktop.viewmodels.contact_photos import KEEP_SIDE, decode_photo


def encoded(width: int, height: int, fmt: bytes) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt.decode())
    buffer.close()
    return bytes(data)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


SEEDS = [avatar_png("agent2", 96), encoded(40, 30, b"JPG"), encoded(20, 20, b"BMP"), encoded(300, 200, b"PNG")]


def check(data: bytes) -> None:
    try:
        image = decode_photo(data)
    except PhotoRefused as exc:
        assert str(exc).startswith("The photo")
        return
    assert not image.isNull() and image.width() <= KEEP_SIDE and image.height() <= KEEP_SIDE


def test_real_images_are_kept_small_and_hostile_ones_refused(qapp):
    assert decode_photo(SEEDS[0]).size().width() == 96
    assert decode_photo(SEEDS[3]).width() == KEEP_SIDE  # scaled down, aspect kept
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
    bomb = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 50000, 50000, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 5000)) + chunk(b"IEND", b""))
    for data, words in ((b"", "empty"), (svg, "not an image"), (bomb, "50000×50000"),
                        (b"\0" * (MAX_PHOTO_BYTES + 1), "too large"), (SEEDS[0][:120], "could not be read")):
        try:
            decode_photo(data)
        except PhotoRefused as exc:
            assert words in str(exc), (words, str(exc))
        else:
            raise AssertionError(f"{words}: accepted")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=800))
def test_any_bytes_give_an_image_or_the_refusal(qapp, data):
    check(data)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SEEDS), st.randoms(use_true_random=False), st.integers(1, 6))
def test_damaged_images_give_an_image_or_the_refusal(qapp, seed, rng: random.Random, flips):
    data = bytearray(seed)
    for _ in range(flips):
        at = rng.randrange(len(data))
        if rng.random() < 0.3:
            del data[at:at + rng.randrange(1, 64)]
        else:
            data[at] = rng.randrange(256)
    check(bytes(data))
