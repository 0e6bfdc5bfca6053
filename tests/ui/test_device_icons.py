"""The My devices window's icon row against a real DevicesViewModel and the simulator: each device's
icon name in the list, the chosen device's icon, and choosing another of its type's icons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support import act, until

from cti_desktop.ui.devices import DevicesWindow
from cti_desktop.viewmodels.devices import DevicesViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def window(agent_session, arun, qtbot):
    bridge = SessionBridge(agent_session)
    vm = DevicesViewModel.for_bridge(bridge)
    win = DevicesWindow(vm)
    qtbot.addWidget(win)
    win.show()
    assert arun(vm.refresh())
    yield win
    arun(vm.aclose())
    bridge.detach()


def test_choose_another_icon_for_a_desk_phone(sim, arun, window):
    items = [window.list.item(i) for i in range(window.list.count())]
    assert items and all(item.text().endswith("· icon DEFAULT") for item in items)
    row = next(i for i, item in enumerate(items) if "Desk phone" in item.text())
    device_id = items[row].data(Qt.ItemDataRole.UserRole)
    act(arun, lambda: window.list.setCurrentRow(row))
    arun(until(lambda: window.icon_label.text() == "DESKPHONE_DEFAULT", what="the icon"))
    combo = window.icon_combo
    assert combo.isEnabled() and combo.isVisibleTo(window)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Default", "Type 1", "Type 2"]
    assert [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())] == [
        "DESKPHONE_DEFAULT", "DESKPHONE_TYPE_1", "DESKPHONE_TYPE_2"]
    assert combo.currentData() == "DEFAULT"
    index = combo.findData("TYPE_1")
    combo.setCurrentIndex(index)
    act(arun, lambda: combo.activated.emit(index))  # what a person's choice in the popup emits
    arun(until(lambda: window.notice_label.text() == "Icon set to DESKPHONE_TYPE_1", what="the icon change"))
    assert window.icon_label.text() == "DESKPHONE_TYPE_1" and combo.currentData() == "TYPE_1"
    assert next(d.icon for d in sim.sim.org.users["agent1"].devices if d.device_id == device_id) == "TYPE_1"
    assert any(window.list.item(i).text().endswith("· icon TYPE_1") for i in range(window.list.count()))
    assert window.error_label.text() == ""
