"""The dial pad widget against a real view-model and the simulator."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit
from support import sim_state, until

from cti_desktop.ui.dial_pad import DialPad
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def pad(qtbot, agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = DialPadViewModel(bridge)
    arun(vm.load_async())
    widget = DialPad(vm)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    bridge.detach()


def live_calls(sim) -> list[dict]:
    return [c for c in sim_state(sim)["calls"] if c["user"] == "agent1" and c["status"] != "TERMINATED"]


def hang_up_everything(arun, session) -> None:
    async def run() -> None:
        for call in await session.backend.call_control.get_calls():
            if not call.ended:
                await session.backend.call_control.hangup(call)
        await session.backend.sync.resync()
        await until(lambda: not session.store.calls(), what="every call to end")
        await asyncio.sleep(0.3)

    arun(run())


def test_typing_shows_what_will_be_called(pad, qtbot):
    qtbot.keyClicks(pad.number, "070 123 45 67")
    assert pad.vm.number == "070 123 45 67"
    assert pad.target.isVisible() and pad.target.text() == "Will call 070-123 45 67"
    assert not pad.message.isVisible()
    assert pad.call.isEnabled()


def test_garbage_is_explained_and_enter_sends_nothing(sim, pad, qtbot, arun):
    qtbot.keyClicks(pad.number, "1 800 FLOWERS")
    assert pad.message.isVisible() and "Letters cannot be dialled" in pad.message.text()
    assert not pad.call.isEnabled()
    qtbot.keyClick(pad.number, Qt.Key.Key_Return)
    arun(asyncio.sleep(0.2))
    assert live_calls(sim) == []
    assert pad.number.text() == "1 800 FLOWERS"
    assert not pad.error.isVisible()  # the validation message already says it; not twice


def test_paste_then_enter_dials(sim, pad, qtbot, arun, agent_session):
    QApplication.clipboard().setText("tel:+46812345678")
    pad.number.setFocus()
    pad.number.paste()
    assert pad.vm.number == "tel:+46812345678"
    assert pad.target.text() == "Will call 08-123 456 78"
    qtbot.keyClick(pad.number, Qt.Key.Key_Return)
    arun(until(lambda: len(live_calls(sim)) == 1, what="the outbound call"))
    call = live_calls(sim)[0]
    assert call["inbound"] is False and call["remoteParty"]["telUri"] == "tel:+46812345678"
    arun(until(lambda: pad.number.text() == "" and pad.redial.isEnabled()))
    assert "08-123 456 78" in pad.redial.toolTip()
    hang_up_everything(arun, agent_session)


def test_keypad_and_call_button(sim, pad, arun, agent_session):
    for key in "1002":
        QTest.mouseClick(pad.keys[key], Qt.MouseButton.LeftButton)
    assert pad.number.text() == "1002"
    assert pad.target.text() == "Will call Extension 1002"
    QTest.mouseClick(pad.backspace, Qt.MouseButton.LeftButton)
    assert pad.number.text() == "100"
    QTest.mouseClick(pad.keys["2"], Qt.MouseButton.LeftButton)
    QTest.mouseClick(pad.call, Qt.MouseButton.LeftButton)
    arun(until(lambda: len(live_calls(sim)) == 1, what="the call to extension 1002 (agent2)"))
    assert not pad.error.isVisible()
    hang_up_everything(arun, agent_session)


def test_a_number_the_server_refuses_is_explained(sim, pad, qtbot, arun):
    qtbot.keyClicks(pad.number, "7464")  # a well-formed extension nobody has
    qtbot.keyClick(pad.number, Qt.Key.Key_Return)
    arun(until(lambda: pad.error.isVisible(), what="the server's refusal"))
    assert "refused" in pad.error.text() and "7464" in pad.error.text()
    assert pad.number.text() == "7464"  # kept, to correct it
    assert live_calls(sim) == []


def test_device_and_caller_id_choosers_follow_the_view_model(pad):
    assert pad.device.count() == len(pad.vm.devices)
    assert pad.device.currentData() == pad.vm.selectedDevice
    assert pad.line.count() == len(pad.vm.lines)
    assert pad.line.currentData() == pad.vm.selectedLine


def test_focus_number_and_accessible_names(pad):
    pad.activateWindow()
    pad.focus_number()
    assert pad.number.hasFocus() or QApplication.focusWidget() is pad.number
    controls = pad.findChildren(QAbstractButton) + pad.findChildren(QLineEdit) + pad.findChildren(QComboBox)
    assert len(controls) >= 17
    for control in controls:
        assert control.accessibleName(), control
        assert control.toolTip(), control.accessibleName()
