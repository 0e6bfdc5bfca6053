"""The card of a call that ended is let go with everything it holds (buttons, menus, the call).

A day of calls must not leave a trail of dead cards: the window ran all day at +640 MiB an hour
when the Tab order was laid out again on every change of the call list (the cards of ended calls,
their C++ side deleted, stayed alive in Python with all their controls). The full app, as the agent
runs it, rings several calls at once and ends them, round after round; then no card is left.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from support import sim_post, until
from test_app_start import args_for

from cti_desktop.app import DesktopApp
from cti_desktop.core.secrets import SecretStore
from cti_desktop.ui.call_card import CallCard
from cti_desktop.viewmodels.call_item import CallItemViewModel


def _live(kind: type) -> list:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, kind)]


def test_cards_of_ended_calls_are_let_go(sim, arun, keep_running, monkeypatch):
    monkeypatch.setenv("CTI_DESKTOP_PASSWORD", "demo")
    keep_running.setQuitOnLastWindowClosed(False)
    controller = DesktopApp(args_for(sim), app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            backoff_initial=0.1, quit=lambda: None)
    controller.start()
    try:
        arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=10))
        panel = controller.workspace.calls
        assert _live(CallCard) == []
        for round_ in range(12):
            ids = [sim_post(sim, "/_sim/calls", {"to": "agent1", "from": f"+4670123450{n}", "fromName": "Alice",
                                                 "via": None})["callId"] for n in range(3)]
            arun(until(lambda: all(panel.card(c) is not None for c in ids), timeout=15, what="a card for each ringing call"))
            if round_ % 2:
                sim_post(sim, f"/_sim/calls/{ids[0]}/answer")
                arun(until(lambda: panel.card(ids[0]).item.status == "ACTIVE", what="the answered call"))
            for c in ids:
                sim_post(sim, f"/_sim/calls/{c}/remote-hangup")
            arun(until(lambda: all(panel.card(c) is None for c in ids), timeout=15, what="the cards of the ended calls to go"))
        arun(until(lambda: not _live(CallCard), timeout=5, what="no card left of 36 ended calls"))
        assert [item.callId for item in _live(CallItemViewModel)] == []
    finally:
        arun(controller.shutdown())
