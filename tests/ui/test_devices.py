"""The "My devices" window from the main window's File menu, against the simulator; a rename
reaches the dial pad's "From device" list."""

from __future__ import annotations

import asyncio

import pytest
from support import act, until

from cti_desktop.core.settings import SettingsStore
from cti_desktop.ui.main_window import MainWindow, Workspace
from cti_desktop.ui.notices import NoticeCenter
from cti_desktop.viewmodels.main_window import MainWindowViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def window(agent_session, qtbot, arun, qapp):
    previous = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    store = SettingsStore()
    settings = store.load()
    bridge = SessionBridge(agent_session)
    workspace = Workspace.build(bridge, None, settings)
    win = MainWindow(MainWindowViewModel(bridge), workspace, NoticeCenter(), settings, store, tray_available=False)
    qtbot.addWidget(win)
    win.show()
    workspace.start()
    arun(until(lambda: workspace.dial_vm.devices and workspace.book_vm.loaded, timeout=10, what="the panels"))
    yield win
    arun(workspace.aclose())
    arun(asyncio.sleep(0.2))
    win.detach()
    qapp.setQuitOnLastWindowClosed(previous)


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
