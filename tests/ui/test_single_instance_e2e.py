"""End to end under Xvfb: the real app (a subprocess, signed in to the simulator over loopback) takes
click-to-dial links and second starts from other processes.

(a) ``cti-desktop integrate`` with the XDG folders in tmp, then ``xdg-open tel:+46701234567``, and
(b) ``cti-desktop 'tel:+46 70-123 45 67'`` each place exactly one call from the running window (the
simulator's own legs are counted), the second process exits (its wall time is printed, not
asserted tightly). A second GUI of the same profile hands over and exits; another profile (another
user) gets its own window and socket. Confirmation is off in the settings file for these tests.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from xvfb_display import XvfbDisplay, stop

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("Xvfb") is None,
                       reason="needs Linux and Xvfb"),
]

ROOT = Path(__file__).resolve().parents[2]
NUMBER = "+46701234567"


@pytest.fixture(scope="module")
def display():
    """A private Xvfb server."""
    with XvfbDisplay("1280x800x24") as xvfb:
        yield xvfb.display


@pytest.fixture
def desk(tmp_path, display, sim):
    """The environment of this test's desktop: settings (confirmation off), XDG folders, a private
    runtime folder for the sockets, the account in the environment (so every start names the same
    profile), and the GUI processes started, stopped at the end."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.toml").write_text("confirm_dial_links = false\n", encoding="utf-8")
    runtime = Path(tempfile.mkdtemp(prefix="cti-run-"))  # short: a socket's path has at most 107 bytes
    runtime.chmod(stat.S_IRWXU)
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                        "GNOME_DESKTOP_SESSION_ID", "BROWSER")}
    env.update({
        "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
        "CTI_DESKTOP_CONFIG_DIR": str(config), "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "xdgconfig"),
        "CTI_DESKTOP_SERVER": sim.base_url, "CTI_DESKTOP_DOMAIN": "demo.example", "CTI_DESKTOP_USER": "agent1",
        "CTI_DESKTOP_PASSWORD": "demo", "CTI_DESKTOP_BENCHMARK_STARTUP": "report",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    })

    class Desk:
        def __init__(self) -> None:
            self.env = env
            self.runtime = runtime
            self.guis: list[subprocess.Popen] = []

        def start_gui(self, *args: str, **extra_env: str) -> subprocess.Popen:
            gui = subprocess.Popen([sys.executable, "-m", "cti_desktop", "--heartbeat", "1", *args],
                                   env={**env, **extra_env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            self.guis.append(gui)
            return gui

        def run(self, *command: str, timeout: float = 30) -> tuple[subprocess.CompletedProcess, float]:
            started = time.monotonic()
            done = subprocess.run(list(command), env=env, capture_output=True, text=True, timeout=timeout)
            return done, time.monotonic() - started

    made = Desk()
    yield made
    for gui in made.guis:
        stop(gui)
    shutil.rmtree(runtime, ignore_errors=True)


def wait_live(gui: subprocess.Popen, timeout: float = 60) -> list[str]:
    """Read the GUI's output until it says the window is live (``CTI_DESKTOP_BENCHMARK_STARTUP=report``)."""
    lines: list[str] = []
    live = threading.Event()

    def read() -> None:
        for line in gui.stdout:
            lines.append(line.rstrip())
            if line.strip() == "cti-desktop: live":
                live.set()
        live.set()

    threading.Thread(target=read, daemon=True).start()
    assert live.wait(timeout) and gui.poll() is None, "the window did not come up live:\n" + "\n".join(lines[-30:])
    wait_live.last = lines
    return lines


def outgoing(sim, user: str = "agent1") -> set[str]:
    return {leg.id for leg in list(sim.sim.pbx.legs.values()) if leg.user.user_id == user and not leg.inbound}


def wait_for_new_calls(sim, before: set[str], count: int, timeout: float = 10) -> set[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = outgoing(sim) - before
        if len(new) >= count:
            break
        time.sleep(0.05)
    time.sleep(1.0)  # long enough for a second, unwanted call to show up too
    return outgoing(sim) - before


def test_a_link_through_xdg_open_and_as_an_argument_each_place_one_call_from_the_window(desk, sim):
    gui = desk.start_gui()
    wait_live(gui)

    # (a) the desktop's way: integrate, then xdg-open a tel: link
    done, _ = desk.run(sys.executable, "-m", "cti_desktop", "integrate")
    assert done.returncode == 0, done.stderr
    desktop_file = Path(desk.env["XDG_DATA_HOME"]) / "applications" / "cti-desktop.desktop"
    assert "MimeType=x-scheme-handler/tel;x-scheme-handler/callto;x-scheme-handler/sip;" in desktop_file.read_text()
    query, _ = desk.run("xdg-mime", "query", "default", "x-scheme-handler/tel")
    assert query.stdout.strip() == "cti-desktop.desktop"
    before = outgoing(sim)
    opened, seconds = desk.run("xdg-open", f"tel:{NUMBER}")
    print(f"xdg-open tel:{NUMBER}: exit {opened.returncode} after {seconds:.2f} s; {opened.stdout.strip()}")
    assert opened.returncode == 0, opened.stderr
    assert len(wait_for_new_calls(sim, before, 1)) == 1

    # (b) the link as the app's argument: handed over, exactly one more call
    before = outgoing(sim)
    handed, seconds = desk.run(sys.executable, "-m", "cti_desktop", "tel:+46 70-123 45 67")
    print(f"cti-desktop 'tel:+46 70-123 45 67': exit {handed.returncode} after {seconds:.2f} s; {handed.stdout.strip()}")
    assert handed.returncode == 0, handed.stderr
    assert "handed over to the running window: calling +46 70 123 45 67" in handed.stdout
    new = wait_for_new_calls(sim, before, 1)
    assert len(new) == 1
    leg = sim.sim.pbx.legs[new.pop()]
    assert leg.user.user_id == "agent1" and not leg.inbound

    # a link the window cannot call: refused in words, exit 2, nothing dialled
    before = outgoing(sim)
    refused, _ = desk.run(sys.executable, "-m", "cti_desktop", "sip:alice@atlanta.com")
    assert refused.returncode == 2 and "SIP address, not a phone number" in refused.stderr
    assert wait_for_new_calls(sim, before, 0, timeout=0) == set()

    # integrate --remove takes it all away again
    removed, _ = desk.run(sys.executable, "-m", "cti_desktop", "integrate", "--remove")
    assert removed.returncode == 0 and not desktop_file.exists()
    query, _ = desk.run("xdg-mime", "query", "default", "x-scheme-handler/tel")
    assert query.stdout.strip() != "cti-desktop.desktop"
    assert gui.poll() is None  # the window runs on


def test_a_second_window_of_the_same_profile_hands_over_and_another_profile_gets_its_own(desk, sim):
    first = desk.start_gui()
    wait_live(first)
    lines = wait_live.last
    sockets = set(desk.runtime.glob("cti-desktop-*.sock"))
    assert len(sockets) == 1, "\n".join(lines)

    started = time.monotonic()
    second = desk.start_gui()
    second.wait(30)
    seconds = time.monotonic() - started
    output = second.stdout.read()
    print(f"second window of the same profile: exit {second.returncode} after {seconds:.2f} s; {output.strip()}")
    assert second.returncode == 0 and "handed over to the running window: the window is shown" in output

    # answer/hangup with nothing to act on: the window says so, nothing is started headless
    nothing, _ = desk.run(sys.executable, "-m", "cti_desktop", "answer")
    assert nothing.returncode == 2 and "There is no call to answer right now" in nothing.stderr

    other = desk.start_gui(CTI_DESKTOP_USER="agent2")
    wait_live(other)
    assert other.poll() is None and first.poll() is None
    assert len(set(desk.runtime.glob("cti-desktop-*.sock"))) == 2


def test_the_qt_local_socket_path_of_windows_hands_over_too(desk, sim, capsys):
    """Windows reaches the window through ``QLocalSocket`` (a named pipe there); the same client,
    given the socket's path here, must hand over and report exactly as the plain socket does."""
    from cti_desktop.instance import HANDED_OVER, REFUSED, hand_over

    first = desk.start_gui()
    wait_live(first)
    assert hand_over(["show"], desk.env, via_qt=True) == HANDED_OVER
    assert "handed over to the running window: the window is shown" in capsys.readouterr().out
    assert hand_over(["answer"], desk.env, via_qt=True) == REFUSED
    assert "There is no call to answer right now" in capsys.readouterr().err
    before = outgoing(sim)
    assert hand_over(["tel:+46701234567"], desk.env, via_qt=True) == HANDED_OVER
    assert len(wait_for_new_calls(sim, before, 1)) == 1
    # no window of another profile: nobody listens, the command runs as usual
    assert hand_over(["show"], {**desk.env, "CTI_DESKTOP_USER": "agent9"}, via_qt=True) is None
