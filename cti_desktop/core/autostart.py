"""Start at login on freedesktop desktops: the XDG autostart entry of the app (no Qt, no I/O beyond it).

Turning the ``autostart`` setting on writes ``$XDG_CONFIG_HOME/autostart/cti-desktop.desktop``
(``~/.config`` when ``XDG_CONFIG_HOME`` is unset or not absolute, as the XDG base directory
specification says) whose ``Exec`` runs the entry point that is running now, by its absolute path:

* the ``cti-desktop`` console script (``sys.argv[0]``), or a frozen bundle's executable;
* ``python -m cti_desktop`` started from a source tree: the interpreter's absolute path and ``-m cti_desktop``.

Turning it off removes the file (and only that file). On Windows and macOS the installer's own option
does it (the Run key, a LaunchAgent): :func:`supported` is false there and nothing is written.

Paths go into the file quoted as the Desktop Entry specification's ``Exec`` key wants (reserved
characters in double quotes, ``"`$\\`` escaped, ``%`` doubled); a path with a control character
(a line break could add keys to the file) is refused with :class:`AutostartError`.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from cti_desktop.i18n import translate

from .errors import InvalidInput

__all__ = ["AutostartError", "FILE_NAME", "autostart_file", "desktop_entry", "disable", "enable", "entry_command",
           "exec_line", "is_enabled", "supported"]

FILE_NAME = "cti-desktop.desktop"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Desktop Entry specification, "The Exec key": these need the argument quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class AutostartError(InvalidInput):
    """The autostart entry could not be written or removed, or the command cannot be put in one."""


def supported(platform: str = sys.platform) -> bool:
    """Whether this module writes the login entry here (Linux and the BSDs; not Windows or macOS)."""
    return not (platform.startswith("win") or platform == "darwin")


def autostart_file(environ: Mapping[str, str] = os.environ, home: Path | None = None) -> Path:
    """Where the entry goes: ``$XDG_CONFIG_HOME/autostart/cti-desktop.desktop``."""
    base = environ.get("XDG_CONFIG_HOME", "")
    config = Path(base) if base and os.path.isabs(base) else (home or Path.home()) / ".config"
    return config / "autostart" / FILE_NAME


def entry_command(argv0: str | None = None, executable: str | None = None, *, frozen: bool | None = None) -> list[str]:
    """The command that starts the running app again, with absolute paths."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:
        return [os.path.abspath(executable)]
    script = Path(argv0)
    if argv0 and script.name not in ("__main__.py", "-c", "-m", "") and script.suffix != ".py":
        found = script if script.is_absolute() or os.sep in argv0 else None
        if found is None:
            import shutil

            located = shutil.which(argv0)
            found = Path(located) if located else None
        if found is not None:
            return [os.path.abspath(found)]
    return [os.path.abspath(executable), "-m", "cti_desktop"]


def _quote(argument: str) -> str:
    if _CONTROL.search(argument):
        raise AutostartError(translate("Autostart", "The program's path has a control character; it cannot be "
                                                    "started at login"))
    if argument and not (_RESERVED & set(argument)) and "%" not in argument:
        return argument
    inner = re.sub(r'(["`$\\])', r"\\\1", argument).replace("%", "%%")
    # The Exec value is a string: its backslashes are escaped once more for the file.
    return '"' + inner.replace("\\", "\\\\") + '"'


def exec_line(command: Sequence[str]) -> str:
    """``command`` as the value of a desktop entry's ``Exec`` key."""
    if not command:
        raise AutostartError(translate("Autostart", "There is no program to start at login"))
    return " ".join(_quote(part) for part in command)


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the autostart entry that runs ``command``."""
    return "\n".join((
        "[Desktop Entry]",
        "Type=Application",
        "Name=CTI Desktop",
        "Comment=Desktop agent for cloud phone systems",
        f"Exec={exec_line(command)}",
        "Icon=cti-desktop",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ))


def enable(command: Sequence[str] | None = None, path: Path | None = None) -> Path:
    """Write the entry (atomically); returns its path. :class:`AutostartError` when it cannot be."""
    path = path or autostart_file()
    text = desktop_entry(list(command) if command is not None else entry_command())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".cti-desktop-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise AutostartError(translate("Autostart", "Could not write {path}: {reason}").format(
            path=path, reason=exc.strerror or type(exc).__name__)) from exc
    return path


def disable(path: Path | None = None) -> bool:
    """Remove the entry; True when there was one. :class:`AutostartError` when it cannot be removed."""
    path = path or autostart_file()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise AutostartError(translate("Autostart", "Could not remove {path}: {reason}").format(
            path=path, reason=exc.strerror or type(exc).__name__)) from exc
    return True


def is_enabled(path: Path | None = None) -> bool:
    """Whether the entry is there."""
    return (path or autostart_file()).is_file()
