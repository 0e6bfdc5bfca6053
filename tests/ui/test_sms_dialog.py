"""SmsDialog bound to a real SmsComposeViewModel, sending through agent1's session on the simulator."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from support import act, sim_post, until
from panel_support import bridged

from cti_desktop.ui.sms import SmsDialog, open_sms_dialog
from cti_desktop.viewmodels.sms import compose_for


@pytest.fixture
def bridge(agent_session):
    yield from bridged(agent_session)


@pytest.fixture
def dialog(qtbot, bridge):
    widget = SmsDialog(compose_for(bridge, "070-123 45 67", "Alice Andersson"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def sent(sim) -> list[dict]:
    return httpx.get(sim.base_url + "/_sim/sms", timeout=10).json()["sent"]


def test_prefilled_recipient_live_count_and_send_enabled_only_with_text(dialog, qtbot):
    assert dialog.windowTitle() == "Send SMS to Alice Andersson"
    assert dialog.recipient_edit.text() == "070-123 45 67"
    assert not dialog.send_button.isEnabled()
    assert dialog.focusWidget() is dialog.text_edit  # the number is fine: straight to the text
    qtbot.keyClicks(dialog.text_edit, "Hello")
    assert dialog.length_label.text() == "5/160 characters · 1 SMS · GSM-7"
    assert dialog.send_button.isEnabled() and dialog.encoding_label.isHidden()
    dialog.text_edit.insertPlainText(" ☺")  # typed with an input method (keyClicks takes Latin-1 only)
    assert dialog.length_label.text() == "7/70 characters · 1 SMS · UCS-2"
    assert dialog.encoding_label.isVisible() and "☺" in dialog.encoding_label.text()
    dialog.recipient_edit.selectAll()
    qtbot.keyClicks(dialog.recipient_edit, "call me")
    assert not dialog.send_button.isEnabled()
    assert dialog.recipient_message.isVisible() and "Letters" in dialog.recipient_message.text()
    dialog.recipient_edit.selectAll()
    qtbot.keyClicks(dialog.recipient_edit, "0890510")
    assert dialog.send_button.isEnabled() and dialog.recipient_message.isHidden()
    assert dialog.target_label.text().startswith("Sends to Alice Andersson, 0890510 (your phone system adds")


def test_send_confirms_and_clears(sim, dialog, qtbot, arun):
    qtbot.keyClicks(dialog.text_edit, "Your order has shipped")
    act(arun, lambda: qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton))
    arun(until(lambda: dialog.sent_label.isVisible(), what="the confirmation"))
    assert dialog.sent_label.text() == "SMS sent to Alice Andersson (070-123 45 67)"
    assert dialog.text_edit.toPlainText() == "" and not dialog.send_button.isEnabled()
    assert dialog.error_label.isHidden()
    assert [(m["to"], m["smsText"]) for m in sent(sim)] == [("+46701234567", "Your order has shipped")]


def test_failure_shows_the_servers_words_and_keeps_the_text(sim, dialog, qtbot, arun):
    sim_post(sim, "/_sim/sms/fail", {"status": 400, "code": "sms.quota",
                                      "description": "The SMS quota of your organisation is used up"})
    qtbot.keyClicks(dialog.text_edit, "Please call me back")
    act(arun, lambda: qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier))
    arun(until(lambda: dialog.error_label.isVisible(), what="the error"))
    assert "The SMS quota of your organisation is used up" in dialog.error_label.text()
    assert dialog.text_edit.toPlainText() == "Please call me back"
    assert dialog.send_button.isEnabled() and dialog.send_button.text() == "&Send"
    assert dialog.sent_label.isHidden() and sent(sim) == []


def test_while_sending_the_button_says_so_and_is_disabled(sim, dialog, qtbot, arun):
    sim_post(sim, "/_sim/faults", {"latencyMs": 600, "routes": ["sms.send"]})
    qtbot.keyClicks(dialog.text_edit, "Slow one")
    seen = []
    dialog.vm.sendingChanged.connect(
        lambda: seen.append((dialog.send_button.text(), dialog.send_button.isEnabled(), dialog.text_edit.isReadOnly())))
    act(arun, lambda: qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton))
    arun(until(lambda: dialog.sent_label.isVisible(), what="the confirmation"))
    assert seen[0] == ("Sending…", False, True)
    assert len(sent(sim)) == 1


def test_open_sms_dialog_shows_one_that_deletes_itself(bridge, qtbot):
    assert open_sms_dialog(None, None) is None
    dialog = open_sms_dialog(None, compose_for(bridge, "", ""))
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Send SMS"
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert dialog.focusWidget() is dialog.recipient_edit  # nothing prefilled: start with the number
