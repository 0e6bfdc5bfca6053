"""The desktop app's pre-flight check: are the system libraries Qt's platform plugin needs there?

Without them Qt aborts on its own with "Could not load the Qt platform plugin "xcb"" and, at best,
names one library (often the wrong one: ``libxcb-cursor0`` is reported while several others are
missing too). :func:`check` runs *before* anything imports Qt: it works out which platform Qt will
pick (``QT_QPA_PLATFORM``, else ``wayland;xcb`` in a Wayland session, else ``xcb``), tries to load
every library that platform's plugin and the Qt libraries it loads link against (with the dynamic
linker itself, ``ctypes.CDLL``, so ``LD_LIBRARY_PATH`` and the linker cache count exactly as they do
for Qt), and, when one is missing, returns one message naming the Debian packages and the
``apt-get install`` line. :func:`run` prints it and says to exit with status 2.

Only the GUI path runs it (see :mod:`cti_desktop.__main__`); the headless commands (``watch``,
``dial``, ``sim``, …) never load Qt and work without these libraries. It is skipped where it does
not apply: not Linux, ``QT_QPA_PLATFORM`` naming a platform that needs no display libraries
(``offscreen``, ``minimal``) or one this table does not describe (``eglfs``, ``vnc``, …), a PySide6
without the plugin, or ``CTI_DESKTOP_SKIP_PREFLIGHT=1``.

``CTI_DESKTOP_PREFLIGHT_REQUIRE`` names further libraries the check requires, as
``soname=package`` pairs separated by commas (for a site's own Qt plugins, and to see the message
on a machine that has everything: ``CTI_DESKTOP_PREFLIGHT_REQUIRE=libnothere.so.1=libnothere1``).

The library lists were read with ``readelf -d`` (the ``NEEDED`` entries) from PySide6 6.11's
``Qt/plugins/platforms/libqxcb.so``, ``libqwayland.so``, ``libQt6XcbQpa``, ``libQt6Gui``,
``libQt6Widgets``, ``libQt6DBus`` and ``libQt6Core``, and the package of each with ``dpkg -S`` on
Debian 12; ``tests/test_preflight.py`` checks them against the installed plugin again.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

#: Exit status when the desktop app cannot start for want of system libraries.
EXIT_MISSING = 2
ENV_SKIP = "CTI_DESKTOP_SKIP_PREFLIGHT"
ENV_REQUIRE = "CTI_DESKTOP_PREFLIGHT_REQUIRE"

#: What every platform plugin needs through QtCore, QtGui, QtWidgets and QtDBus (soname → Debian package).
QT_LIBRARIES: dict[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
}

#: The X11 platform plugin (``libqxcb.so`` and ``libQt6XcbQpa``).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

#: The Wayland platform plugin (``libqwayland.so`` and ``libQt6WaylandClient``).
WAYLAND_LIBRARIES: dict[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}

#: Per platform plugin: the plugin's file under ``PySide6/Qt/plugins/platforms`` and what it needs.
PLATFORMS: dict[str, tuple[str, dict[str, str]]] = {
    "xcb": ("libqxcb.so", {**QT_LIBRARIES, **XCB_LIBRARIES}),
    "wayland": ("libqwayland.so", {**QT_LIBRARIES, **WAYLAND_LIBRARIES}),
}
#: Platforms that need no display libraries: nothing to check.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})

#: How a library is tried: raises OSError when the dynamic linker cannot load it.
Loader = Callable[[str], object]


def _dlopen(soname: str) -> object:
    return ctypes.CDLL(soname, mode=os.RTLD_LAZY | getattr(os, "RTLD_LOCAL", 0))


def platform_candidates(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt tries, in order (empty: nothing to check)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = [part.split(":", 1)[0].strip().lower() for part in chosen.split(";")]
        names = [n for n in names if n]
        if not names or any(n in HEADLESS_PLATFORMS or n not in PLATFORMS for n in names):
            return []  # a headless platform, or one this check does not describe: Qt alone knows
        return names
    if environ.get("XDG_SESSION_TYPE", "").strip().lower() == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def extra_requirements(environ: Mapping[str, str]) -> dict[str, str]:
    """``CTI_DESKTOP_PREFLIGHT_REQUIRE`` as soname → package (entries without ``=`` name both)."""
    extra: dict[str, str] = {}
    for entry in environ.get(ENV_REQUIRE, "").split(","):
        soname, _, package = entry.strip().partition("=")
        soname, package = soname.strip(), package.strip()
        if soname:
            extra[soname] = package or soname
    return extra


def missing_libraries(required: Mapping[str, str], load: Loader = _dlopen) -> dict[str, str]:
    """The libraries of ``required`` (soname → package) the dynamic linker cannot load."""
    missing: dict[str, str] = {}
    for soname, package in required.items():
        try:
            load(soname)
        except OSError:
            missing[soname] = package
    return missing


def _plugin_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms"


def message(platforms: Iterable[str], missing: Mapping[str, str]) -> str:
    """The words for the person: what is missing, in which packages, and the line that installs them."""
    packages = list(dict.fromkeys(missing.values()))
    names = " or ".join(f'"{p}"' for p in platforms)
    lines = [
        f"cti-desktop: the desktop app cannot start: Qt's {names} display platform needs system "
        f"libraries that are not installed:",
        *(f"  {soname}  (Debian/Ubuntu package {package})" for soname, package in missing.items()),
        "Install them with:",
        f"  sudo apt-get install {' '.join(packages)}",
        "The headless commands (cti-desktop watch, dial, sim, …) work without them.",
    ]
    return "\n".join(lines)


def check(environ: Mapping[str, str] | None = None, *, load: Loader = _dlopen,
          system: str | None = None, plugin_dir: Path | None = None) -> str:
    """The message when the desktop app cannot start; "" when it can (or the check does not apply)."""
    environ = os.environ if environ is None else environ
    if (system or sys.platform) != "linux":
        return ""
    if environ.get(ENV_SKIP, "").strip().lower() in ("1", "yes", "true", "on"):
        return ""
    candidates = platform_candidates(environ)
    directory = plugin_dir if plugin_dir is not None else _plugin_dir()
    if directory is None:
        return ""  # no PySide6 at all: its own import error says so
    candidates = [name for name in candidates if (directory / PLATFORMS[name][0]).is_file()]
    if not candidates:
        return ""
    extra = extra_requirements(environ)
    missing: dict[str, str] = {}
    for name in candidates:
        gaps = missing_libraries({**PLATFORMS[name][1], **extra}, load)
        if not gaps:
            return ""  # Qt finds one platform it can load
        missing.update(gaps)
    return message(candidates, missing)


def run(stream=None) -> int:
    """Print the message when something is missing; 0 to go on, :data:`EXIT_MISSING` to stop."""
    text = check()
    if not text:
        return 0
    print(text, file=stream if stream is not None else sys.stderr, flush=True)
    return EXIT_MISSING


__all__ = ["EXIT_MISSING", "PLATFORMS", "check", "message", "missing_libraries", "platform_candidates", "run"]
