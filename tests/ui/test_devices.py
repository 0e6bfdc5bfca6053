"""The "My devices" window from the main window's File menu, against the simulator; a rename
reaches the dial pad's "From device" list."""

from __future__ import annotations


import pytest
from panel_support import main_window
from support import act, until



@pytest.fixture
def window(agent_session, qtbot, arun, qapp):
    def ready(ws, _win):
        return until(lambda: ws.dial_vm.devices and ws.book_vm.loaded, timeout=10, what="the panels")

    yield from main_window(agent_session, arun, qtbot, qapp, ready)


def test_rename_a_device_from_my_devices(sim, arun, qtbot, window):
    ws = window.workspace
    action = window.actions["devices"]
    assert action.text() == "My &devices…"
    act(arun, action.trigger)
    devices = window._devices_window
    assert devices is not None and devices.isVisible()
    arun(until(lambda: devices.list.count() > 0, what="the device list"))
    act(arun, lambda: devices.list.setCurrentRow(0))
    arun(until(lambda: devices.detail_rows(), what="the details"))
    assert dict(devices.detail_rows())["User agent"]
    device_id = devices.vm.selected
    devices.name_edit.setText("Front desk")
    act(arun, devices.rename_button.click)
    arun(until(lambda: devices.notice_label.text() == "Renamed to Front desk", what="the rename"))
    assert devices.list.item(0).text().startswith("Front desk")
    arun(until(lambda: any(d["id"] == device_id and "Front desk" in d["name"] for d in ws.dial_vm.devices),
               what="the dial pad's device list"))
    devices.close()
