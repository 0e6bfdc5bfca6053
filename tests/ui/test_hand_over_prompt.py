"""The running app's side of the hand-over, in process against the simulator: a link asks "Call
+46 70 123 45 67?" (formatted), Cancel calls nothing, Call with "Don't ask again" calls once and
turns the question off in the settings file; a link given at start is called once signed in;
``show``, ``answer`` and ``hangup`` act on the window."""

from __future__ import annotations

import argparse
import tomllib

from PySide6.QtWidgets import QMessageBox
from support import sim_post, until

from cti_desktop.app import DesktopApp
from cti_desktop.core.instance_requests import InstanceRequest
from cti_desktop.core.secrets import SecretStore


def _args(server: str, link: str | None = None) -> argparse.Namespace:
    return argparse.Namespace(server=server, domain="demo.example", user="agent1", ca_file=None, heartbeat=1.0,
                              demo=False, seed=None, verbose=False, link=link)


def _outgoing(sim) -> set[str]:
    return {leg.id for leg in list(sim.sim.pbx.legs.values()) if leg.user.user_id == "agent1" and not leg.inbound}


def _app(sim, keep_running, monkeypatch, link=None) -> DesktopApp:
    monkeypatch.setenv("CTI_DESKTOP_PASSWORD", "demo")
    keep_running.setQuitOnLastWindowClosed(False)
    return DesktopApp(_args(sim.base_url, link), app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                      backoff_initial=0.1, quit=lambda: None)


def test_a_link_asks_first_and_dont_ask_again_turns_the_question_off(sim, arun, keep_running, monkeypatch):
    controller = _app(sim, keep_running, monkeypatch)
    try:
        controller.start()
        arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=15))
        desk = controller.hand_over
        before = _outgoing(sim)

        reply = desk.handle(InstanceRequest("link", "tel:+46 70-123 45 67"))
        assert reply.ok and reply.words == "asking whether to call +46 70 123 45 67"
        prompt = desk.prompt
        assert isinstance(prompt, QMessageBox) and prompt.text() == "Call +46 70 123 45 67?"
        assert prompt.checkBox().text() == "Don't ask again"
        prompt.button(QMessageBox.StandardButton.Cancel).click()
        arun(until(lambda: desk.prompt is None, timeout=5))
        assert _outgoing(sim) == before  # cancelled: nothing called

        desk.handle(InstanceRequest("link", "callto://+46701234567"))
        desk.prompt.checkBox().setChecked(True)
        desk.prompt.button(QMessageBox.StandardButton.Yes).click()
        arun(until(lambda: len(_outgoing(sim) - before) == 1, timeout=10, what="the first call"))
        # the dial pad takes one call at a time: the next link once this one's answer is in
        arun(until(lambda: controller.workspace.dial_vm.canDial, timeout=10, what="the dial pad free again"))
        assert controller.settings.confirm_dial_links is False
        saved = tomllib.loads(controller.store.path.read_text(encoding="utf-8"))
        assert saved["confirm_dial_links"] is False

        # asked no more: the next link calls at once
        reply = desk.handle(InstanceRequest("link", "tel:+46812345678;ext=55"))
        assert reply.ok and reply.words == "calling +46 8 123 456 78" and desk.prompt is None
        arun(until(lambda: len(_outgoing(sim) - before) == 2, timeout=10, what="the second call"))

        refused = desk.handle(InstanceRequest("dial", "1 800 FLOWERS"))
        assert not refused.ok and "Letters cannot be dialled" in refused.words
        assert desk.handle(InstanceRequest("show")).ok
        assert desk.handle(InstanceRequest("hangup")).ok  # the calls just made
    finally:
        arun(controller.shutdown())


def test_a_link_given_at_start_is_called_once_signed_in(sim, arun, keep_running, monkeypatch, tmp_path):
    controller = _app(sim, keep_running, monkeypatch, link="tel:+46701234567")
    controller.settings.confirm_dial_links = False
    before = _outgoing(sim)
    try:
        controller.start()
        arun(until(lambda: len(_outgoing(sim) - before) == 1, timeout=15))
        arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=5))
        sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46812345678"})
        arun(until(lambda: controller.workspace.calls_vm.shortcut_call("answer"), timeout=10))
        assert controller.hand_over.handle(InstanceRequest("answer")).words == "answering the call"
        assert len(_outgoing(sim) - before) == 1  # exactly one call from the link
    finally:
        arun(controller.shutdown())
