"""Which starts are handed over (and to which profile's socket), what a start does when no window
listens (a socket left behind), and ``integrate``'s own files: the Exec line and mimeapps.list."""

from __future__ import annotations

import shutil
import socket
import stat
import tempfile
from pathlib import Path

from cti_desktop.cli import integrate
from cti_desktop.instance import hand_over, profile_key, request_for, scan, socket_path


def _request(argv):
    found = request_for(scan(argv))
    return (found.verb, found.argument) if found else None


def test_which_starts_are_requests_for_a_running_window():
    assert _request([]) == ("show", "")
    assert _request(["--demo"]) == ("show", "")
    assert _request(["--demo", "tel:+46701234567"]) == ("link", "tel:+46701234567")
    assert _request(["show"]) == ("show", "")
    assert _request(["dial", "070-123 45 67"]) == ("dial", "070-123 45 67")
    assert _request(["answer"]) == ("answer", "") and _request(["hangup"]) == ("hangup", "")
    # what only the headless commands know stays headless
    for argv in (["dial", "1", "--device", "d1"], ["answer", "call-1"], ["hangup", "--state-token", "3"],
                 ["watch"], ["hold"], ["--help"], ["--version"], ["integrate"], ["sim"]):
        assert _request(argv) is None, argv


def test_the_profile_is_the_demo_or_the_account_named():
    env = {}
    assert profile_key(scan([]), env) == ""
    assert profile_key(scan(["--demo", "telavox"]), env) == "demo:telavox"
    named = profile_key(scan(["--server", "https://pbx", "--user", "a1"]), env)
    assert named == profile_key(scan([]), {"CTI_DESKTOP_SERVER": "https://pbx", "CTI_DESKTOP_USER": "a1"})
    assert named != profile_key(scan(["--server=https://pbx", "--user", "a2"]), env)


def test_without_a_listening_window_the_command_runs_as_before(tmp_path, monkeypatch):
    run = Path(tempfile.mkdtemp(prefix="cti-t-"))  # short enough for a socket path
    env = {"XDG_RUNTIME_DIR": str(run), "CTI_DESKTOP_CONFIG_DIR": str(tmp_path / "c")}
    assert hand_over(["show"], env) is None  # no socket at all
    path = socket_path(["show"], env)
    assert path.startswith(str(run))
    left = socket.socket(socket.AF_UNIX)
    left.bind(path)  # a socket file nobody listens on (a window that crashed)
    left.close()
    assert hand_over(["show"], env) is None
    assert hand_over(["watch"], env) is None
    shutil.rmtree(run)


def test_a_runtime_folder_others_may_enter_is_not_used(tmp_path):
    run = tmp_path / "open"
    run.mkdir()
    run.chmod(stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    path = socket_path([], {"XDG_RUNTIME_DIR": str(run), "CTI_DESKTOP_CONFIG_DIR": str(tmp_path)})
    assert path is not None and not path.startswith(str(run))


def test_exec_lines_quote_paths_with_spaces():
    assert integrate.exec_line(["/opt/cti/bin/cti-desktop"]) == "/opt/cti/bin/cti-desktop %u"
    assert integrate.exec_line(["/home/a b/py", "-m", "cti_desktop"]) == '"/home/a b/py" -m cti_desktop %u'
    assert integrate.exec_line(["/x/$HOME"]) == '"/x/\\\\$HOME" %u'


def test_mimeapps_keeps_other_lines_and_loses_only_ours(tmp_path):
    path = tmp_path / "mimeapps.list"
    path.write_text("[Default Applications]\ntext/html=firefox.desktop\nx-scheme-handler/tel=other.desktop;\n"
                    "[Added Associations]\nx-scheme-handler/sip=cti-desktop.desktop;linphone.desktop;\n")
    integrate._edit_mimeapps(path, add=True)
    text = path.read_text()
    assert "x-scheme-handler/tel=cti-desktop.desktop" in text and "text/html=firefox.desktop" in text
    assert "other.desktop" not in text.split("[Added Associations]")[0]
    integrate._edit_mimeapps(path, add=False)
    text = path.read_text()
    assert "cti-desktop.desktop" not in text
    assert "text/html=firefox.desktop" in text and "x-scheme-handler/sip=linphone.desktop;" in text
