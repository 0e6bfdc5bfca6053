"""``cti-desktop integrate``: the desktop knows the app (for pip/pipx installs on Linux).

Writes, for the current user only:

* ``$XDG_DATA_HOME/applications/cti-desktop.desktop`` (default ``~/.local/share``), whose ``Exec``
  is this installation's own entry point, absolute, with ``%u``, and which declares the
  ``x-scheme-handler/tel``, ``callto`` and ``sip`` types;
* the icon, ``$XDG_DATA_HOME/icons/hicolor/scalable/apps/cti-desktop.svg``;
* the scheme handlers: ``xdg-mime default cti-desktop.desktop x-scheme-handler/<scheme>`` (which
  writes ``$XDG_CONFIG_HOME/mimeapps.list``); without ``xdg-mime`` that file is edited directly.

``--remove`` takes all of it away again (and only our own lines of ``mimeapps.list``). The command
lines hold only our fixed words and paths. On Windows and macOS it refuses in words: the installers
register the app and its links there.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from .output import EXIT_ERROR

__all__ = ["DESKTOP_FILE", "SCHEMES", "cmd_integrate", "desktop_entry", "exec_line"]

log = logging.getLogger(__name__)

DESKTOP_FILE = "cti-desktop.desktop"
ICON_NAME = "cti-desktop"
SCHEMES = ("tel", "callto", "sip")
_MIME_TYPES = tuple(f"x-scheme-handler/{scheme}" for scheme in SCHEMES)
_SECTIONS = ("[Default Applications]", "[Added Associations]")


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def _entry_point() -> list[str]:
    """This installation's ``cti-desktop`` command, absolute: the script next to the interpreter,
    else the interpreter running the package."""
    script = Path(sys.executable).parent / "cti-desktop"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "cti_desktop"]


def _quote(arg: str) -> str:
    """One argument of a desktop entry's ``Exec`` (the Desktop Entry Specification's quoting, then
    the escaping of a string value)."""
    if arg and not any(ch in arg for ch in ' \t\n"\'\\><~|&;$*?#()`'):
        quoted = arg
    else:
        quoted = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def exec_line(command: list[str]) -> str:
    return " ".join(_quote(part) for part in command) + " %u"


def desktop_entry(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=CTI Desktop",
        "GenericName=Contact-centre agent desktop",
        "Comment=Call control, queues, presence and screen-pop for cloud PBXs",
        f"Exec={exec_line(command)}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=Network;Telephony;Office;Qt;",
        "Keywords=phone;call;agent;queue;PBX;CTI;",
        "MimeType=" + "".join(f"{mime};" for mime in _MIME_TYPES),
        "StartupWMClass=cti-desktop",
        "",
    ])


def _paths() -> tuple[Path, Path, Path]:
    data = _data_home()
    return (data / "applications" / DESKTOP_FILE, data / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg",
            _config_home() / "mimeapps.list")


def _edit_mimeapps(path: Path, *, add: bool) -> None:
    """Our ``x-scheme-handler`` lines in ``[Default Applications]`` (added or removed); every other
    line stays as it was."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    ours = {f"{mime}={DESKTOP_FILE}" for mime in _MIME_TYPES}
    out: list[str] = []
    section = ""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        key, _, value = stripped.partition("=")
        if section in _SECTIONS and key in _MIME_TYPES:
            rest = [v for v in value.split(";") if v and v != DESKTOP_FILE]
            if add and section == "[Default Applications]":
                continue  # replaced below
            if rest:
                out.append(f"{key}={';'.join(rest)};")
            continue
        out.append(line)
    if add:
        if "[Default Applications]" not in (line.strip() for line in out):
            out.append("[Default Applications]")
        at = [line.strip() for line in out].index("[Default Applications]") + 1
        out[at:at] = sorted(ours)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _run_quietly(command: list[str]) -> bool:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("%s did not run: %s", command[0], exc)
        return False
    if done.returncode != 0:
        log.warning("%s failed: %s", command[0], (done.stderr or done.stdout).strip()[:200])
    return done.returncode == 0


def _install() -> str:
    desktop, icon, mimeapps = _paths()
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(desktop_entry(_entry_point()), encoding="utf-8")
    icon.parent.mkdir(parents=True, exist_ok=True)
    icon.write_bytes(resources.files("cti_desktop.resources").joinpath("app.svg").read_bytes())
    xdg_mime = shutil.which("xdg-mime")
    registered = xdg_mime is not None and all(
        _run_quietly([xdg_mime, "default", DESKTOP_FILE, mime]) for mime in _MIME_TYPES)
    if not registered:
        _edit_mimeapps(mimeapps, add=True)
    database = shutil.which("update-desktop-database")
    if database:
        _run_quietly([database, str(desktop.parent)])
    return (f"Integrated: {desktop}\nIcon: {icon}\n"
            f"Links tel:, callto: and sip: open with cti-desktop ({mimeapps})")


def _remove() -> str:
    desktop, icon, mimeapps = _paths()
    removed = [str(path) for path in (desktop, icon) if path.exists()]
    for path in (desktop, icon):
        path.unlink(missing_ok=True)
    if mimeapps.exists():
        _edit_mimeapps(mimeapps, add=False)
    database = shutil.which("update-desktop-database")
    if database and desktop.parent.exists():
        _run_quietly([database, str(desktop.parent)])
    return "Removed: " + (", ".join(removed) if removed else "nothing was installed") + \
        f"\nLinks tel:, callto: and sip: no longer open with cti-desktop ({mimeapps})"


def cmd_integrate(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux"):
        print("error: `cti-desktop integrate` is for Linux desktops; on Windows and macOS the installer "
              "registers the app and its links", file=sys.stderr)
        return EXIT_ERROR
    try:
        print(_remove() if args.remove else _install())
    except OSError as exc:
        print(f"error: could not write the desktop files: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return 0
