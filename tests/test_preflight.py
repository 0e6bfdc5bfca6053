"""The pre-flight check of the desktop app: missing system libraries are named with their Debian
packages before Qt starts, and the headless commands never depend on them."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cti_desktop import preflight
from cti_desktop.preflight import EXIT_MISSING, PLATFORMS, check, missing_libraries, platform_candidates

PY = sys.executable
ROOT = Path(__file__).resolve().parents[1]
#: A library no system has, required through the documented override.
NOWHERE = "libcti-preflight-nowhere.so.7=libcti-preflight-nowhere7"


def gui_env(**extra: str) -> dict[str, str]:
    """A desktop start as a person's shell has it: no offscreen platform, our copy of the package."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CTI_DESKTOP_", "QT_QPA_"))}
    env.pop("XDG_SESSION_TYPE", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.update(extra)
    return env


# ------------------------------------------------------------------------------ the real entry point
def test_a_missing_library_stops_the_desktop_app_before_qt_with_the_packages_and_status_2(tmp_path):
    # the real entry point, as `cti-desktop --demo` runs it; it reports whether Qt was ever imported
    script = ("import sys\nfrom cti_desktop.__main__ import main\nrc = main(['--demo'])\n"
              "print('qt imported' if 'PySide6' in sys.modules else 'qt not imported')\nsys.exit(rc)\n")
    proc = subprocess.run([PY, "-c", script], env=gui_env(CTI_DESKTOP_PREFLIGHT_REQUIRE=NOWHERE,
                                                          CTI_DESKTOP_CONFIG_DIR=str(tmp_path)),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == EXIT_MISSING, proc.stderr
    assert proc.stdout.strip() == "qt not imported"
    assert "Traceback" not in proc.stderr
    assert "libcti-preflight-nowhere.so.7" in proc.stderr
    assert "sudo apt-get install libcti-preflight-nowhere7" in proc.stderr
    assert "Could not load the Qt platform plugin" not in proc.stderr  # Qt never got that far


def test_the_headless_commands_work_without_the_display_libraries(tmp_path):
    env = gui_env(CTI_DESKTOP_PREFLIGHT_REQUIRE=NOWHERE, CTI_DESKTOP_CONFIG_DIR=str(tmp_path))
    sim = subprocess.Popen([PY, "-m", "cti_desktop", "sim", "--port", "0", "--heartbeat", "1"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    watch = None
    try:
        url = sim.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        watch = subprocess.Popen([PY, "-m", "cti_desktop", "watch", "--server", url, "--domain", "demo.example",
                                  "--user", "agent1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env={**env, "CTI_DESKTOP_PASSWORD": "demo"})
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in watch.stdout], daemon=True).start()
        first = json.loads(lines.get(timeout=30))
        assert isinstance(first, dict) and first  # watch signed in and reports, no pre-flight in its way
    finally:
        for proc in (watch, sim):
            if proc is not None:
                proc.terminate()
                proc.wait(10)


# ---------------------------------------------------------------------------------- the check itself
def test_on_this_machine_everything_is_there_and_the_check_passes():
    # the test machine has Qt's display libraries installed (the screenshots need them)
    assert check({}) == ""


def test_the_dynamic_linker_decides_what_is_missing():
    found = missing_libraries({"libc.so.6": "libc6", "libcti-preflight-nowhere.so.7": "nowhere7"})
    assert found == {"libcti-preflight-nowhere.so.7": "nowhere7"}


def test_the_message_names_every_missing_library_its_package_once_and_the_install_line():
    refused = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4"}

    def load(soname: str) -> object:
        if soname in refused:
            raise OSError(f"{soname}: cannot open shared object file")
        return soname

    text = check({}, load=load)
    assert "libxcb-cursor.so.0  (Debian/Ubuntu package libxcb-cursor0)" in text
    assert "libxkbcommon-x11.so.0  (Debian/Ubuntu package libxkbcommon-x11-0)" in text
    assert text.splitlines()[-2].split() == ["sudo", "apt-get", "install", "libxkbcommon-x11-0",
                                             "libxcb-cursor0", "libxcb-icccm4"]
    assert '"xcb"' in text


def test_a_wayland_session_starts_when_either_platform_can_load():
    def no_xcb(soname: str) -> object:
        if soname.startswith("libxcb") or soname.startswith("libX11-xcb"):
            raise OSError(soname)
        return soname

    def nothing(soname: str) -> object:
        raise OSError(soname)

    assert check({"XDG_SESSION_TYPE": "wayland"}, load=no_xcb) == ""
    assert "libxcb-cursor0" in check({}, load=no_xcb)  # an X11 session needs xcb
    both = check({"XDG_SESSION_TYPE": "wayland"}, load=nothing)
    assert "libwayland-client0" in both and "libxcb-cursor0" in both


@pytest.mark.parametrize("environ, expected", [
    ({}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "xcb"}, ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, ["xcb"]),
    ({"XDG_SESSION_TYPE": "wayland"}, ["wayland", "xcb"]),
    ({"QT_QPA_PLATFORM": "offscreen"}, []),
    ({"QT_QPA_PLATFORM": "minimal"}, []),
    ({"QT_QPA_PLATFORM": "eglfs"}, []),
])
def test_the_platform_qt_will_choose(environ, expected):
    assert platform_candidates(environ) == expected


@pytest.mark.parametrize("environ, system", [
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({"QT_QPA_PLATFORM": "minimal"}, "linux"),
    ({"CTI_DESKTOP_SKIP_PREFLIGHT": "1"}, "linux"),
    ({}, "darwin"),
    ({}, "win32"),
])
def test_no_check_where_it_does_not_apply(environ, system):
    assert check({**environ, "CTI_DESKTOP_PREFLIGHT_REQUIRE": NOWHERE}, system=system) == ""


def test_the_override_adds_requirements():
    text = check({"CTI_DESKTOP_PREFLIGHT_REQUIRE": f"{NOWHERE}, libc.so.6=libc6"})
    assert "libcti-preflight-nowhere7" in text and "libc6" not in text


def _needed(path: Path) -> set[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
    return {line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line}


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs readelf (binutils) to read the plugin")
@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_the_tables_cover_what_the_installed_plugin_and_qt_libraries_link_against(platform):
    qt = preflight._plugin_dir().parent.parent
    plugin = qt / "plugins" / "platforms" / PLATFORMS[platform][0]
    libs = [plugin, *(qt / "lib" / name for name in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6",
                                                     "libQt6DBus.so.6"))]
    libs += [qt / "lib" / n for n in {"xcb": ["libQt6XcbQpa.so.6"], "wayland": ["libQt6WaylandClient.so.6"]}[platform]]
    needed: set[str] = set()
    for lib in libs:
        needed |= _needed(lib)
    shipped = {p.name for p in (qt / "lib").iterdir()}
    glibc = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2",
             "libpthread.so.0", "libdl.so.2", "librt.so.1"}
    system = needed - shipped - glibc
    assert system - set(PLATFORMS[platform][1]) == set()
