"""A Voxloud screen-pop as a new user meets it: no Answer/Reject it cannot do, and where to answer, in words.

Voxloud's API cannot answer or reject a call (the reference has no such operation): the pop used to
show both buttons, disabled, without a word. The call comes from the simulator over loopback (its
CALL_INCOMING webhook to the app's receiver); the window is bound to the real view-model.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from support import until
from voxloud_support import sim_post

from cti_desktop.ui.call_panel import CallPanel
from cti_desktop.ui.notifications import DesktopNotifier
from cti_desktop.ui.screen_pop import ScreenPopController
from cti_desktop.viewmodels.call_panel import CallPanelViewModel
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def popper(vox_session, qtbot):
    bridge = SessionBridge(vox_session)
    vm = ScreenPopViewModel(bridge, region="IT")
    opened = []
    controller = ScreenPopController(vm, DesktopNotifier(), url_opener=lambda url: opened.append(url.toString()) or True)
    controller.opened = opened
    yield controller
    controller.close_all()
    vm.shutdown()
    bridge.detach()


def ring(vox, arun, popper) -> str:
    call_id = arun(sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"}))["call_id"]
    arun(until(lambda: popper.window(call_id) is not None, what="the pop window"))
    return call_id


def test_the_pop_shows_no_answer_or_reject_and_says_where_to_answer(vox, arun, qtbot, popper):
    call_id = ring(vox, arun, popper)
    window = popper.window(call_id)
    item = window.item
    assert not item.offersAnswer and not item.offersReject and not item.canAnswer and not item.canReject
    assert item.answerHint.startswith("Answer on your phone")
    assert not window.answer_button.isVisibleTo(window) and not window.reject_button.isVisibleTo(window)
    assert window.answer_hint.isVisibleTo(window) and window.answer_hint.text() == item.answerHint
    assert window.answer_hint.accessibleName()
    # Enter and Esc press nothing that is not there; the caller's record still opens.
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
    assert item.state == "ringing" and not item.error
    arun(until(lambda: not item.lookupPending, what="the lookup"))
    assert item.callerName == "Giulia Bianchi" or item.title == "Giulia Bianchi"
    assert window.record_button.isEnabled()
    window.record_button.click()
    assert popper.opened and popper.opened[0].startswith("https://crm.example/contacts/")
    # The call answered on the phone closes the pop.
    arun(sim_post(vox, f"/_sim/calls/{call_id}/answer"))
    arun(until(lambda: popper.window(call_id) is None, what="the pop to close"))


def test_the_call_card_offers_nothing_it_cannot_do_and_the_panel_says_why(vox, vox_session, arun, qtbot):
    bridge = SessionBridge(vox_session)
    vm = CallPanelViewModel(bridge)
    panel = CallPanel(vm)
    qtbot.addWidget(panel)
    try:
        call_id = arun(sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"}))["call_id"]
        arun(until(lambda: panel.card(call_id) is not None, what="the call card"))
        it, card = vm.item(call_id), panel.card(call_id)
        assert it.status == "RINGING" and it.inbound
        assert not it.canAnswer and not it.canHangup and not it.canHold
        # a disabled Answer/Reject on a ringing call told nothing: they are not shown, the note says why
        assert not card.answer.isVisibleTo(card) and not card.hangup.isVisibleTo(card)
        assert "answer" in card.answer.toolTip().lower()
        assert "Voxloud" in vm.capabilityNote and "phone" in vm.capabilityNote
        assert panel.capability_note.isVisibleTo(panel)
        assert vm.unsupportedReason("answer") and vm.unsupportedReason("hangup")
    finally:
        vm.detach()
        bridge.detach()
