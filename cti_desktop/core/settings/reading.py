"""Reading the settings file safely, as the outside input it is: at most :data:`MAX_FILE_BYTES`,
only a regular file (opened without blocking), UTF-8, TOML nested at most :data:`MAX_NESTING` deep.
Every refusal is a :class:`SettingsError` in words; the parsers are pure (any input → settings or
:class:`SettingsError`)."""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cti_desktop.i18n import translate

from ..errors import InvalidInput
from .codec import settings_from_dict
from .schema import Settings

#: The largest settings file read (a real one is a few KiB).
MAX_FILE_BYTES = 1024 * 1024
#: The deepest nesting of tables, arrays and inline tables accepted (ours is at most 4 deep).
MAX_NESTING = 32


class SettingsError(InvalidInput):
    """The settings file (or settings text) cannot be used; the message names the file and why."""

    kind = "settings"


def _toml_nesting(text: str) -> int:
    """The deepest nesting of ``[`` / ``{`` outside strings and comments (table headers count 1–2).

    A linear scan, so that a file of ``a=[[[[…`` is refused before ``tomllib`` recurses into it.
    Dotted keys nest too; they are checked on the parsed data (:func:`_data_nesting`).
    """
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch in "\"'":
            triple = text.startswith(ch * 3, i)
            close = ch * 3 if triple else ch
            j = i + len(close)
            while j < n:
                c = text[j]
                if c == "\\" and ch == '"':
                    j += 2
                    continue
                if not triple and c == "\n":
                    break  # an unterminated one-line string: tomllib refuses it
                if text.startswith(close, j):
                    j += len(close)
                    extra = 0
                    while triple and extra < 2 and j < n and text[j] == ch:  # """a""""" ends on the last three
                        j += 1
                        extra += 1
                    break
                j += 1
            i = j
            continue
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
        i += 1
    return deepest


def _data_nesting(data: Any) -> int:
    """The deepest nesting of dicts and lists in parsed data (iterative: never recurses)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_NESTING + 1:
                return deepest
        stack.extend((child, depth) for child in children)
    return deepest


def parse_settings_text(text: str, *, source: str = "The settings text") -> Settings:
    """TOML text → :class:`Settings`, or :class:`SettingsError` in words. Pure: no I/O.

    ``source`` starts the message ("The settings file /home/…/settings.toml").
    """
    if not isinstance(text, str):
        raise SettingsError(translate("Settings", "{source} is not text").format(source=source))
    if len(text) > MAX_FILE_BYTES:
        raise SettingsError(translate("Settings", "{source} is larger than {value} KiB").format(source=source, value=MAX_FILE_BYTES // 1024))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise SettingsError(translate("Settings", "{source} contains characters that are not valid Unicode").format(source=source)) from None
    if _toml_nesting(text) > MAX_NESTING:
        raise SettingsError(translate("Settings", "{source} nests tables or lists more than {MAX_NESTING} levels deep").format(source=source, MAX_NESTING=MAX_NESTING))
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(translate("Settings", "{source} is not valid TOML ({exc})").format(source=source, exc=exc)) from None
    except RecursionError:
        raise SettingsError(translate("Settings", "{source} nests tables or lists more than {MAX_NESTING} levels deep").format(source=source, MAX_NESTING=MAX_NESTING)) from None
    except ValueError as exc:  # an integer of more than 4300 digits
        what = translate("Settings", "a number with too many digits") if "digits" in str(exc) else translate("Settings", "a value that cannot be read")
        raise SettingsError(translate("Settings", "{source} holds {what}").format(source=source, what=what)) from None
    # One level for the document itself, one for wallboard_thresholds.queues.<id>, …
    if _data_nesting(data) > MAX_NESTING + 1:
        raise SettingsError(translate("Settings", "{source} nests tables or lists more than {MAX_NESTING} levels deep").format(source=source, MAX_NESTING=MAX_NESTING))
    return settings_from_dict(data)


def parse_settings_bytes(raw: bytes, *, source: str = "The settings text") -> Settings:
    """The bytes of a settings file → :class:`Settings`, or :class:`SettingsError` in words. Pure."""
    if len(raw) > MAX_FILE_BYTES:
        raise SettingsError(translate("Settings", "{source} is larger than {value} KiB").format(source=source, value=MAX_FILE_BYTES // 1024))
    try:
        text = bytes(raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SettingsError(translate("Settings", "{source} is not UTF-8 text (a bad byte at position {start})").format(source=source, start=exc.start)) from None
    return parse_settings_text(text, source=source)


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("Settings", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("Settings", "a pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("Settings", "a device")
    if stat.S_ISSOCK(mode):
        return translate("Settings", "a socket")
    return translate("Settings", "not a regular file")


def read_settings_file(path: Path) -> bytes | None:
    """The bytes of ``path`` (None when there is no file), or :class:`SettingsError` in words.

    Opened without blocking (a FIFO must not hang start-up) and checked on the opened descriptor:
    only a regular file is read (a symbolic link to one is fine), and at most
    :data:`MAX_FILE_BYTES`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise SettingsError(translate("Settings", "The settings file {path} is a folder, not a file").format(path=path)) from None
    except OSError as exc:
        raise SettingsError(translate("Settings", "The settings file {path} could not be opened ({value})").format(path=path, value=exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SettingsError(translate("Settings", "The settings file {path} is {file_kind}, not a regular file; it was not read").format(path=path, file_kind=_file_kind(info.st_mode)))
        if info.st_size > MAX_FILE_BYTES:
            raise SettingsError(translate("Settings", "The settings file {path} is larger than {value} KiB; it was not read").format(path=path, value=MAX_FILE_BYTES // 1024))
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(65536, MAX_FILE_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_FILE_BYTES:  # it grew while we read
                raise SettingsError(translate("Settings", "The settings file {path} is larger than {value} KiB; it was not read").format(path=path, value=MAX_FILE_BYTES // 1024))
        return b"".join(chunks)
    except OSError as exc:
        raise SettingsError(translate("Settings", "The settings file {path} could not be read ({value})").format(path=path, value=exc.strerror or exc)) from None
    finally:
        os.close(fd)
