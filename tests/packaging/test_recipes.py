"""The packaging recipes of packaging/ that can be checked without building a bundle: the icon
renderer, the AppStream metadata, the Windows installer's registry entries and the macOS plists.
(The bundle and the .deb themselves are built, installed and smoke-tested by packaging/ci-smoke.sh.)"""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SCHEMES = ("tel", "callto", "sip")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def _render(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(PACKAGING / "render_icons.py"), *args],
                          capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_icons_are_rendered_at_each_hicolor_size(tmp_path):
    result = _render(str(ROOT / "cti_desktop" / "resources" / "app.svg"), str(tmp_path), "16", "48", "256")
    assert result.returncode == 0, result.stderr
    for size in (16, 48, 256):
        assert _png_size(tmp_path / f"{size}x{size}" / "apps" / "cti-desktop.png") == (size, size)


def test_the_macos_iconset_has_every_size_iconutil_wants(tmp_path):
    result = _render("--iconset", str(ROOT / "cti_desktop" / "resources" / "app.svg"), str(tmp_path / "a.iconset"))
    assert result.returncode == 0, result.stderr
    assert _png_size(tmp_path / "a.iconset" / "icon_512x512@2x.png") == (1024, 1024)
    assert _png_size(tmp_path / "a.iconset" / "icon_16x16.png") == (16, 16)
    assert len(list((tmp_path / "a.iconset").iterdir())) == 10


def test_an_svg_qt_cannot_read_is_refused_in_words(tmp_path):
    bad = tmp_path / "bad.svg"
    bad.write_bytes(b"<not svg")
    result = _render(str(bad), str(tmp_path / "out"))
    assert result.returncode == 1
    assert "is not a valid SVG" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_the_appstream_metadata_validates(tmp_path):
    source = (PACKAGING / "deb" / "io.github.ctidesktop.CtiDesktop.metainfo.xml").read_text(encoding="utf-8")
    filled = tmp_path / "io.github.ctidesktop.CtiDesktop.metainfo.xml"
    filled.write_text(source.replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-12-01"), encoding="utf-8")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(filled)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    for scheme in SCHEMES:
        assert f"<mediatype>x-scheme-handler/{scheme}</mediatype>" in source


def _registry_entries() -> list[dict[str, str]]:
    """The [Registry] section of the Inno Setup script, one dict of parameters per entry."""
    text = (PACKAGING / "windows" / "cti-desktop.iss").read_text(encoding="utf-8")
    section = text.split("[Registry]", 1)[1].split("\n[", 1)[0]
    entries = []
    for line in section.splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        # Parameters are `Name: value` separated by "; " (values are quoted when they hold a "; ").
        entry = {}
        for name, quoted, bare in re.findall(r'(\w+):\s*(?:"((?:[^"]|"")*)"|([^;]*))(?:;|$)', line):
            entry[name] = quoted.replace('""', '"') if quoted or not bare else bare.strip()
        entries.append(entry)
    return entries


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_windows_installer_registers_each_scheme_for_the_user_and_removes_it(scheme):
    entries = [e for e in _registry_entries() if e["Subkey"].startswith(f"Software\\Classes\\{scheme}")]
    assert entries and all(e["Root"] == "HKCU" for e in entries)
    key = [e for e in entries if e["Subkey"] == f"Software\\Classes\\{scheme}"]
    assert any("uninsdeletekey" in e.get("Flags", "") for e in key), "the scheme's key must go with the uninstall"
    assert any(e.get("ValueName") == "URL Protocol" and e.get("ValueData") == "" for e in key)
    command = [e for e in entries if e["Subkey"] == f"Software\\Classes\\{scheme}\\shell\\open\\command"]
    assert [e["ValueData"] for e in command] == ['"{app}\\{#AppExe}" "%1"']


def test_start_at_login_on_windows_is_an_optional_task_that_uninstall_removes():
    run = [e for e in _registry_entries() if e["Subkey"] == "Software\\Microsoft\\Windows\\CurrentVersion\\Run"]
    assert len(run) == 1
    assert run[0]["Root"] == "HKCU" and run[0]["Tasks"] == "startatlogin" and "uninsdeletevalue" in run[0]["Flags"]
    tasks = (PACKAGING / "windows" / "cti-desktop.iss").read_text(encoding="utf-8").split("[Tasks]", 1)[1].split("\n[", 1)[0]
    assert re.search(r'Name: "startatlogin";.*Flags: unchecked', tasks)


def test_the_macos_bundle_declares_the_schemes_and_a_dock_icon():
    spec = (PACKAGING / "pyinstaller" / "cti-desktop.spec").read_text(encoding="utf-8")
    assert '"CFBundleURLSchemes": ["tel", "callto", "sip"]' in spec
    assert '"LSUIElement": False' in spec


def test_the_launch_agent_starts_the_app_at_login_in_the_graphical_session():
    agent = plistlib.loads((PACKAGING / "macos" / "io.github.ctidesktop.CtiDesktop.plist").read_bytes())
    assert agent["Label"] == "io.github.ctidesktop.CtiDesktop"
    assert agent["ProgramArguments"] == ["@APP@/Contents/MacOS/cti-desktop"]
    assert agent["RunAtLoad"] is True and agent["KeepAlive"] is False
    assert agent["LimitLoadToSessionType"] == "Aqua"
