"""DevicesViewModel's device icons (dev.icon_get, dev.icon_put) headless, against agent1's devices in
the real simulator: the chosen device's icon, the icons valid for its type, choosing another; an
invalid name and a garbled answer give words."""

from __future__ import annotations

import pytest
from support import sim_post
from panel_support import view_model

from cti_desktop.viewmodels.devices import DevicesViewModel, device_icons_of


@pytest.fixture
def devices_vm(agent_session, arun):
    for vm in view_model(agent_session, arun, DevicesViewModel.for_bridge):
        assert vm is not None and vm.icons
        yield vm


def server_icon(sim, device_id: str) -> str:
    return next(d.icon for d in sim.sim.org.users["agent1"].devices if d.device_id == device_id)


def test_the_icon_is_read_with_the_details_and_another_can_be_chosen(sim, arun, devices_vm):
    vm = devices_vm
    assert arun(vm.refresh())
    desk = next(d for d in vm.devices if d["type"] == "Desk phone")
    assert desk["icon"] == "DEFAULT"
    assert arun(vm.choose(desk["id"]))
    assert vm.icon == "DEFAULT" and vm.iconName == "DESKPHONE_DEFAULT"
    assert [c["name"] for c in vm.iconChoices] == ["DESKPHONE_DEFAULT", "DESKPHONE_TYPE_1", "DESKPHONE_TYPE_2"]
    assert [c["label"] for c in vm.iconChoices] == ["Default", "Type 1", "Type 2"]
    assert arun(vm.set_icon(desk["id"], "TYPE_2"))
    assert vm.icon == "TYPE_2" and vm.iconName == "DESKPHONE_TYPE_2"
    assert vm.notice == "Icon set to DESKPHONE_TYPE_2" and vm.error == ""
    assert server_icon(sim, desk["id"]) == "TYPE_2"
    assert next(d for d in vm.devices if d["id"] == desk["id"])["icon"] == "TYPE_2"


def test_an_icon_of_another_type_is_refused_in_words(sim, arun, devices_vm):
    vm = devices_vm
    assert arun(vm.refresh())
    desk = next(d for d in vm.devices if d["type"] == "Desk phone")
    assert arun(vm.choose(desk["id"]))
    assert not arun(vm.set_icon(desk["id"], "MOBILE_TYPE_1"))
    assert vm.error == "“MOBILE_TYPE_1” is not an icon of a DESKPHONE device; choose one of Default, Type 1, Type 2"
    assert not arun(vm.set_icon("", "TYPE_1")) and vm.error == "Choose a device first"
    assert server_icon(sim, desk["id"]) == "" and vm.icon == "DEFAULT"


def test_a_garbled_icon_answer_gives_words_and_keeps_the_details(sim, arun, devices_vm):
    vm = devices_vm
    assert arun(vm.refresh())
    sim_post(sim, "/_sim/faults", {"malformedRate": 1.0, "routes": ["dev.icon_get"]})
    assert not arun(vm.choose(vm.devices[0]["id"]))
    assert vm.error.startswith("The device's icon: The server sent a response the app could not read")
    assert vm.details and vm.icon == "" and vm.iconName == ""


def test_no_icons_without_the_capability():
    class Backend:
        call_control = object()

    assert device_icons_of(Backend()) is None
