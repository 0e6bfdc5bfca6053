"""``cti-desktop dial --selection``: the number selected in another X program is called, under the
dial pad's own check; without a display or a selection it is refused in words; the other paths of
the command line never load Qt.

A second process (Qt on xcb, under a private Xvfb) owns X11's primary selection, as a terminal or a
browser does after the person selected a number with the mouse.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from xvfb_display import XvfbDisplay

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable

OWNER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
app = QGuiApplication(["selection-owner"])
app.clipboard().setText(sys.argv[1], QClipboard.Mode.Selection)
print("ready", flush=True)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith("CTI_DESKTOP_") and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out.update(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", CTI_DESKTOP_PASSWORD="demo",
               PYTHONPATH=os.pathsep.join([str(ROOT), out.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    out.update(extra)
    return out


def dial_selection(sim, environment) -> subprocess.CompletedProcess:
    domain = httpx.get(sim.base_url + "/").json()["domain"]
    return subprocess.run([PY, "-m", "cti_desktop", "dial", "--selection", "--server", sim.base_url,
                           "--domain", domain, "--user", "agent1"],
                          capture_output=True, text=True, env=environment, timeout=40)


def calls(sim) -> list[dict]:
    return httpx.get(sim.base_url + "/_sim/state").json()["calls"]


@pytest.fixture
def x_selection():
    """``select(text)``: a process of ours owns the primary selection with ``text``; yields the display."""
    if not XvfbDisplay.available():
        pytest.skip("Xvfb is not installed (Debian: xvfb)")
    owners: list[subprocess.Popen] = []
    with XvfbDisplay() as x:
        def select(text: str) -> str:
            owner = subprocess.Popen([PY, "-c", OWNER, text], stdout=subprocess.PIPE, text=True,
                                     env=env(DISPLAY=x.display, QT_QPA_PLATFORM="xcb"))
            owners.append(owner)
            if owner.stdout.readline().strip() != "ready":  # Qt's xcb platform lacks its libraries here
                pytest.skip("Qt cannot start on X11 here (Debian: libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 "
                            "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0)")
            return x.display

        yield select
        for owner in owners:
            owner.terminate()
            owner.wait(10)
            owner.stdout.close()


def test_the_selected_number_is_called(sim, x_selection):
    display = x_selection("  +46 70-111 77 04\n")
    done = dial_selection(sim, env(DISPLAY=display, QT_QPA_PLATFORM="xcb"))
    assert done.returncode == 0, done.stderr
    assert [c["remoteParty"]["telUri"] for c in calls(sim)] == ["tel:+46701117704"]


def test_selected_words_are_refused_and_nothing_is_sent(sim, x_selection):
    display = x_selection("see you at 10")
    done = dial_selection(sim, env(DISPLAY=display, QT_QPA_PLATFORM="xcb"))
    assert done.returncode == 2 and done.stderr.startswith("error: Letters cannot be dialled")
    assert calls(sim) == []


def test_without_a_display_it_says_so(sim):
    done = dial_selection(sim, env(QT_QPA_PLATFORM="xcb"))
    assert done.returncode == 2
    assert done.stderr == "error: There is no display, so there is no selected text to read\n"
    assert calls(sim) == []


def test_a_number_and_selection_together_is_a_usage_error():
    done = subprocess.run([PY, "-m", "cti_desktop", "dial", "+46701117704", "--selection"], capture_output=True,
                          text=True, env=env(), timeout=30)
    assert done.returncode == 2 and "give a NUMBER or --selection" in done.stderr


def test_the_other_paths_do_not_load_qt():
    probe = ("import sys; from cti_desktop.cli import main; code = main(['dial', 'see you']); "
             "print(code, 'PySide6' in sys.modules)")
    done = subprocess.run([PY, "-c", probe], capture_output=True, text=True, env=env(), timeout=30)
    assert done.stdout.split() == ["2", "False"], done.stderr
