"""DevicesViewModel ("My devices") against agent1's devices in the real simulator."""

from __future__ import annotations

import pytest

from cti_desktop.viewmodels.devices import DevicesViewModel, device_settings_of
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def devices_vm(agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = DevicesViewModel.for_bridge(bridge)
    assert vm is not None
    yield vm
    arun(vm.aclose())
    bridge.detach()


def test_list_details_and_rename(sim, arun, devices_vm, agent_session):
    vm = devices_vm
    renamed = []
    vm.renamed.connect(renamed.append)
    assert arun(vm.refresh()) and vm.loaded and vm.devices
    first = vm.devices[0]
    assert arun(vm.choose(first["id"])) and vm.selected == first["id"]
    details = {d["name"]: d["value"] for d in vm.details}
    assert details["USER_AGENT"] and details["DEVICE_TYPE"]
    assert arun(vm.rename(first["id"], "Headset PC"))
    assert vm.notice == "Renamed to Headset PC" and renamed == [first["id"]]
    assert vm.devices[0]["name"] == "Headset PC"
    server = [d.name for d in sim.sim.org.users["agent1"].devices if d.device_id == first["id"]]
    assert server == ["Headset PC"]


def test_a_bad_name_is_refused_in_words(sim, arun, devices_vm):
    vm = devices_vm
    assert arun(vm.refresh())
    first = vm.devices[0]
    assert not arun(vm.rename(first["id"], "x" * 40))
    assert vm.error == "A device name is at most 32 characters"
    assert not arun(vm.rename("", "Desk"))
    assert vm.error == "Choose a device first"
    assert vm.devices[0]["name"] == first["name"]


def test_no_window_without_device_settings():
    class Backend:
        call_control = object()

    assert device_settings_of(Backend()) is None
