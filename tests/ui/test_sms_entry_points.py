""""Send SMS…" from a contact, a call card and a history item: each opens the compose dialog with
the right recipient, against real view-models and agent1's session on the Dstny simulator."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from support import act, end_all_calls, sim_post, until
from panel_support import bridged

from cti_desktop.ui.call_history import CallHistoryPanel
from cti_desktop.ui.call_panel import CallPanel
from cti_desktop.ui.contact_search import ContactSearch
from cti_desktop.ui.sms import SmsDialog
from cti_desktop.viewmodels.call_history import CallHistoryViewModel
from cti_desktop.viewmodels.call_panel import CallPanelViewModel
from cti_desktop.viewmodels.contacts import ContactSearchViewModel

CALLER = "+46701234599"


@pytest.fixture
def bridge(agent_session):
    yield from bridged(agent_session)


@pytest.fixture
def dialogs(qtbot):
    """The compose dialogs opened during the test (closed at its end)."""
    def opened() -> list[SmsDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, SmsDialog) and w.isVisible()]

    yield opened
    for dialog in opened():
        dialog.close()


def test_from_a_contact(sim, bridge, arun, qtbot, dialogs):
    vm = ContactSearchViewModel(bridge, debounce_ms=40)
    panel = ContactSearch(vm)
    qtbot.addWidget(panel)
    act(arun, panel.show)
    arun(vm.search_now("lars"))
    contact = vm.model.contact(0)
    menu = panel.context_menu_for(0)
    (action,) = [a for a in menu.actions() if a.text() == "Send SMS…"]
    action.trigger()
    menu.close()
    (dialog,) = dialogs()
    assert dialog.windowTitle() == f"Send SMS to {contact.display_name}"
    mobile = next(n for n in contact.numbers if n.startswith("+467"))  # the mobile, not the office line
    assert dialog.recipient_edit.text() == mobile and dialog.vm.recipientValid
    qtbot.keyClicks(dialog.text_edit, "See you at 3")
    act(arun, lambda: qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton))
    arun(until(lambda: dialog.vm.sentMessage, what="the confirmation"))
    sent = httpx.get(sim.base_url + "/_sim/sms", timeout=10).json()["sent"]
    assert [(m["to"], m["smsText"]) for m in sent] == [(mobile, "See you at 3")]
    arun(vm.aclose())


def test_from_a_call_card(sim, bridge, arun, qtbot, dialogs, agent_session):
    vm = CallPanelViewModel(bridge)
    panel = CallPanel(vm)
    qtbot.addWidget(panel)
    panel.show()
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": CALLER, "fromName": "Carla Caller"})["callId"]
    arun(until(lambda: panel.card(call_id) is not None, what="the call card"))
    card = panel.card(call_id)
    assert card.sms.isVisible() and card.sms.accessibleName() == "Send SMS to the caller"
    act(arun, lambda: qtbot.mouseClick(card.sms, Qt.MouseButton.LeftButton))
    (dialog,) = dialogs()
    assert dialog.windowTitle() == "Send SMS to Carla Caller"
    assert dialog.recipient_edit.text() == CALLER and dialog.vm.recipientValid
    end_all_calls(sim, arun, agent_session)
    vm.detach()


def test_from_a_history_item(sim, bridge, arun, qtbot, dialogs, agent_session):
    vm = CallHistoryViewModel(bridge, poll_interval=30.0, after_call_delay=0.05)
    panel = CallHistoryPanel(vm)
    qtbot.addWidget(panel)
    act(arun, panel.show)
    assert panel.sms_button.isVisible() and not panel.sms_button.isEnabled()  # nothing selected yet
    arun(vm.refresh_now())
    row = next(i for i in vm.items if i["number"])
    assert panel.select(row["id"])
    assert panel.sms_button.isEnabled()
    act(arun, lambda: qtbot.mouseClick(panel.sms_button, Qt.MouseButton.LeftButton))
    (dialog,) = dialogs()
    entry = vm._entry(row["id"])
    assert dialog.recipient_edit.text() == (entry.remote.number or entry.remote.display_number)
    assert dialog.windowTitle() == (f"Send SMS to {entry.remote.name}" if entry.remote.name else "Send SMS")
    arun(vm.aclose())
