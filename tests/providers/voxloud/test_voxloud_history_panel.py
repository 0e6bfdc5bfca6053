"""The call history view-model and panel on a Voxloud account, against the simulator on loopback.

The seeded history of extension 101 (a missed internal call with a voicemail, an outgoing call, an
answered inbound call with a recording) comes from the simulator's telephony-events API; a call
that ends during the test arrives by its PHONE_CALL webhook.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support import until
from panel_support import view_model
from voxloud_support import sim_post

from cti_desktop.ui.call_history import CallHistoryPanel
from cti_desktop.viewmodels.call_history import CallHistoryViewModel


@pytest.fixture
def history_vm(vox_session, arun):
    yield from view_model(vox_session, arun,
                          lambda bridge: CallHistoryViewModel(bridge, poll_interval=30.0, after_call_delay=0.05))


@pytest.fixture
def panel(qtbot, history_vm):
    opened = []
    widget = CallHistoryPanel(history_vm, url_opener=lambda url: opened.append(url.toString()) or True)
    widget.opened = opened
    qtbot.addWidget(widget)
    return widget


def test_the_view_model_lists_my_voxloud_calls_with_their_links(arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now()), vm.error
    assert [i["typeText"] for i in vm.items] == ["Missed", "Outgoing", "Incoming"]
    missed, outgoing, incoming = vm.items
    assert missed["remoteText"] == "Marco Support (102)" and missed["unseenMissed"] and vm.unseenMissed == 1
    assert [link["label"] for link in missed["links"]] == ["Voicemail"]
    assert [link["label"] for link in incoming["links"]] == ["Recording", "Contact in the CRM"]
    assert incoming["durationText"] and outgoing["links"] == []
    urls = []
    vm.openUrlRequested.connect(urls.append)
    vm.openLink(missed["id"], 0)
    assert urls == [missed["links"][0]["url"]] and urls[0].startswith("https://")
    vm.openLink(missed["id"], 5)
    assert len(urls) == 1 and "no longer" in vm.error
    # Voxloud keeps no seen mark: this desktop remembers it
    assert arun(vm.mark_seen(missed["id"])), vm.error
    assert vm.unseenMissed == 0 and vm.item(missed["id"])["seen"]


def test_a_call_missed_while_the_app_runs_arrives_with_its_voicemail(vox, arun, history_vm):
    vm = history_vm
    vm.start()
    arun(until(lambda: vm.loaded, what="the first read"))
    assert vm.unseenMissed == 1
    call = sim_post_sync(vox, arun, "/_sim/calls", {"to": "101", "from": "+390611122233"})
    ended = sim_post_sync(vox, arun, f"/_sim/calls/{call['call_id']}/hangup", {"voicemail": True})
    assert [d["status"] for d in ended["record_deliveries"]] == [204]
    # no refresh by hand: the call's end makes the view-model re-read, and the record is there
    arun(until(lambda: vm.unseenMissed == 2, timeout=5, what="the missed call in the history"))
    row = vm.items[0]
    assert row["missed"] and row["number"] == "+390611122233" and row["links"][0]["kind"] == "voicemail"


def sim_post_sync(vox, arun, path, body):
    return arun(sim_post(vox, path, body))


def test_the_panel_opens_the_selected_calls_voicemail(arun, qtbot, panel):
    vm = panel.vm
    assert arun(vm.refresh_now()), vm.error
    assert panel.links_button.isVisibleTo(panel)
    missed_id = vm.items[0]["id"]
    assert panel.select(missed_id)
    assert panel.links_button.isEnabled()
    actions = panel.links_menu.actions()
    assert [a.text() for a in actions] == ["Voicemail"]
    assert "voicemail" in panel.table.item(0, 0).toolTip().lower()
    actions[0].trigger()
    assert panel.opened == [vm.items[0]["links"][0]["url"]]
    outgoing_id = vm.items[1]["id"]
    assert panel.select(outgoing_id)
    assert not panel.links_button.isEnabled() and panel.links_menu.actions() == []
    assert panel.links_button.accessibleName() and panel.links_button.toolTip()


def test_the_panel_opens_only_http_links(panel):
    assert not panel.open_url("javascript:alert(1)") and not panel.open_url("file:///etc/passwd")
    assert panel.opened == []
    assert panel.open_url("https://vmedia.simulator.example/vm.mp3") and panel.opened == [
        "https://vmedia.simulator.example/vm.mp3"]


def test_the_table_shows_the_rows(arun, panel):
    assert arun(panel.vm.refresh_now())
    assert panel.table.rowCount() == 3
    assert panel.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == panel.vm.items[0]["id"]
