"""Global shortcuts against the real call panel and dial pad view-models and the simulator.

Under a private Xvfb the key chord is sent with ``xdotool key`` (the XTEST extension: a key press
as the X server sees one from the keyboard) while the app listens with pynput; the simulator's own
state shows the call answered / hung up. The selected-text dial and its refusals are checked through
the same object with the selection given.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from support import end_all_calls, sim_post, sim_state, until
from xvfb_display import XvfbDisplay

from cti_desktop.core.models import CallStatus
from cti_desktop.ui.global_shortcuts import GlobalShortcuts
from cti_desktop.viewmodels.call_panel import CallPanelViewModel
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

MISSING = [t for t in ("Xvfb", "xdotool") if shutil.which(t) is None]


@pytest.fixture
def panels(sim, arun, agent_session):
    bridge = SessionBridge(agent_session)
    calls_vm = CallPanelViewModel(bridge)
    dial_vm = DialPadViewModel(bridge)
    arun(dial_vm.load_async())
    told: list[tuple[str, str]] = []
    selection = {"text": ""}
    keys = GlobalShortcuts(calls_vm, dial_vm, lambda title, text: told.append((title, text)),
                           read_selection=lambda: selection["text"])
    keys.told, keys.selection = told, selection
    yield keys
    arun(keys.aclose())
    end_all_calls(sim, arun, agent_session, pause=0.5)
    arun(calls_vm.close_commands())
    arun(dial_vm.close_commands())
    bridge.detach()


def status(sim, call_id):
    return next((c["status"] for c in sim_state(sim)["calls"] if c["callId"] == call_id), None)


@pytest.mark.skipif(bool(MISSING), reason=f"not installed: {', '.join(MISSING)} (Debian: xvfb xdotool)")
def test_the_key_chord_answers_and_hangs_up_under_x11(panels, sim, arun, monkeypatch):
    with XvfbDisplay() as x:
        try:
            _answer_and_hang_up(panels, sim, arun, monkeypatch, x)
        finally:
            panels.stop()  # before the X server goes
    assert panels.told == []


def _answer_and_hang_up(panels, sim, arun, monkeypatch, x):
    monkeypatch.setenv("DISPLAY", x.display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    assert panels.start({"hangup": "Ctrl+Shift+F9"})
    assert panels.keys == {"answer": "Ctrl+Alt+A", "hangup": "Ctrl+Shift+F9", "dial_selection": "Ctrl+Alt+C"}
    assert panels.wait_ready()
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701116601", "fromName": "Ebba"})["callId"]
    arun(until(lambda: panels._calls.shortcut_call("answer") == call_id, what="the call ringing in the panel"))
    env = {"DISPLAY": x.display, "PATH": "/usr/bin:/bin"}
    subprocess.run(["xdotool", "key", "ctrl+alt+a"], env=env, check=True, timeout=10)
    arun(until(lambda: status(sim, call_id) == "ACTIVE", timeout=8, what="the call ACTIVE in the simulator"))
    arun(until(lambda: any(i.value("canHangup") and i.call.status == CallStatus.ACTIVE for i in panels._calls.calls),
               what="the call active in the panel"))
    subprocess.run(["xdotool", "key", "ctrl+shift+F9"], env=env, check=True, timeout=10)
    arun(until(lambda: status(sim, call_id) in (None, "TERMINATED"), timeout=8, what="the call hung up"))
    panels.stop()
    assert not panels.listening


def test_wayland_says_why_and_does_not_listen(panels, monkeypatch, caplog):
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    caplog.set_level("INFO", "cti_desktop.ui.global_shortcuts")
    assert panels.start({}) is False and not panels.listening
    assert panels.start({}) is False
    lines = [r.getMessage() for r in caplog.records if "global shortcuts are off" in r.getMessage()]
    assert len(lines) == 1 and "cti-desktop dial --selection" in lines[0]


def test_the_selected_number_is_dialled(panels, sim, arun):
    panels.selection["text"] = "  070-111 66 02\n"
    panels.run("dial_selection")
    arun(until(lambda: any(c["remoteParty"].get("telUri") == "tel:+46701116602" and not c["inbound"]
                           for c in sim_state(sim)["calls"] if c["status"] != "TERMINATED"),
               timeout=8, what="the call to the selected number in the simulator"))
    assert panels.told == []


@pytest.mark.parametrize("text, words", [
    ("see you tomorrow", "is not a number to call"),
    ("", "Select a number first"),
    ("1" * 200, "is not a number to call"),
])
def test_text_that_is_not_a_number_is_refused_in_words(panels, sim, text, words):
    panels.selection["text"] = text
    before = len(sim_state(sim)["calls"])
    panels.run("dial_selection")
    assert len(panels.told) == 1 and words in panels.told[0][1]
    assert len(sim_state(sim)["calls"]) == before  # nothing was sent


def test_nothing_to_answer_or_hang_up_is_said(panels):
    panels.run("answer")
    panels.run("hangup")
    assert [t for _title, t in panels.told] == ["No call is ringing that can be answered here.",
                                                "There is no active call to hang up."]
