"""What the agent sees follows changes made elsewhere at once, through the Dstny change streams.

Every view-model here polls every 30 s at most (so a poll cannot explain what is measured); another
client of the same person (another device) or the simulator's control API changes something, and
the view-model shows it in under a second. Also: the polls slow down while the streams are live;
after ``/_sim/streams/drop`` the streams heal and changes keep arriving; a garbled event re-reads.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from support import apost, loopback_http, settle_live, signed_in, until

from cti_desktop.core.voicemail import VoicemailSettings
from cti_desktop.providers.dstny.wire import PresenceShortcut
from cti_desktop.viewmodels.call_panel import CallPanelViewModel
from cti_desktop.viewmodels.changes import RELAXED_POLL
from cti_desktop.viewmodels.devices import DevicesViewModel
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.forwarding import ForwardingViewModel
from cti_desktop.viewmodels.presence import PresenceViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.voicemail_settings import VoicemailSettingsViewModel

SLOW_POLL = 30.0
AT_ONCE = 1.0


@pytest.fixture
def bridge(agent_session, arun):
    arun(until(lambda: agent_session.backend.changes.live, what="the change streams live"))
    bridge = SessionBridge(agent_session)
    yield bridge
    bridge.detach()


@pytest.fixture
def elsewhere(sim, arun):
    """agent1 signed in on another device: its own client and ticket."""
    http = loopback_http()
    yield arun(signed_in(sim, http))
    arun(http.aclose())


def shown_within(arun, predicate, what: str) -> float:
    """Seconds until ``predicate()`` held; fails when that took :data:`AT_ONCE` or more."""
    started = time.monotonic()
    arun(until(predicate, timeout=AT_ONCE, what=what))
    return time.monotonic() - started


@pytest.fixture
def presence_vm(bridge, arun):
    vm = PresenceViewModel(bridge, poll_interval=SLOW_POLL, max_backoff=120.0)
    assert arun(vm.load())
    vm.setActive(True)
    yield vm
    arun(vm.aclose())


def test_presence_and_its_shortcuts_follow_another_device_at_once(presence_vm, elsewhere, arun):
    vm = presence_vm
    assert vm.changes.live and vm._poller.interval == max(SLOW_POLL, RELAXED_POLL)  # polling relaxed while live
    arun(elsewhere.set_presence(activity="lunch", available=False))
    took = shown_within(arun, lambda: vm.activityId == "lunch" and not vm.available, "lunch shown")
    arun(elsewhere.set_presence_shortcut("9", PresenceShortcut(id="9", name="Gym", activity_id="lunch",
                                                               duration_type="NO_END_TIME")))
    took = max(took, shown_within(arun, lambda: "Gym" in [s["name"] for s in vm.shortcuts], "the new shortcut"))
    arun(elsewhere.delete_presence_shortcut("9"))
    shown_within(arun, lambda: "Gym" not in [s["name"] for s in vm.shortcuts], "the shortcut gone")
    print(f"presence shown after {took:.3f} s")


def test_forwarding_set_through_the_simulator_shows_at_once(sim, bridge, arun):
    vm = ForwardingViewModel(bridge, poll_interval=SLOW_POLL, max_backoff=120.0)
    try:
        assert arun(vm.load()) and not vm.forwarded
        vm.start()
        arun(apost(sim, "/_sim/diversions/agent1", {"forwardAll": "+46701112233"}))
        shown_within(arun, lambda: vm.forwarded and vm.number == "+46701112233", "forwarding shown")
        arun(apost(sim, "/_sim/diversions/agent1", {"forwardAll": ""}))
        shown_within(arun, lambda: not vm.forwarded, "forwarding off")
    finally:
        arun(vm.aclose())


def test_a_new_renamed_or_inactive_device_shows_in_the_dial_pad_call_panel_and_my_devices(sim, bridge, elsewhere,
                                                                                          arun):
    dial, panel = DialPadViewModel(bridge), CallPanelViewModel(bridge)
    mine = DevicesViewModel.for_bridge(bridge)
    try:
        arun(dial.load_async())
        arun(panel.load_devices())
        assert arun(mine.refresh()) and arun(mine.choose("agent1-desk"))
        arun(apost(sim, "/_sim/devices/agent1-tablet", {"type": "SOFTPHONE", "name": "Tablet", "status": "ACTIVE"}))
        took = shown_within(arun, lambda: "agent1-tablet" in [d["id"] for d in dial.devices]
                            and "agent1-tablet" in [d["id"] for d in panel.devices]
                            and "agent1-tablet" in [d["id"] for d in mine.devices], "the new device everywhere")
        arun(elsewhere.rename_device("agent1-tablet", "Kitchen tablet"))
        shown_within(arun, lambda: "Kitchen tablet" in [d["name"] for d in dial.devices]
                     and "Kitchen tablet" in [d["name"] for d in mine.devices], "the new name")
        arun(apost(sim, "/_sim/devices/agent1-desk", {"status": "INACTIVE"}))
        shown_within(arun, lambda: {d["id"]: d["status"] for d in mine.devices}.get("agent1-desk") == "INACTIVE"
                     and {d["name"]: d["value"] for d in mine.details}.get("STATUS") == "INACTIVE",
                     "the desk phone inactive, with its details")
        arun(apost(sim, "/_sim/devices/agent1-tablet", {"remove": True}))
        shown_within(arun, lambda: "agent1-tablet" not in [d["id"] for d in dial.devices], "the device gone")
        print(f"new device shown after {took:.3f} s")
    finally:
        panel.detach()
        arun(mine.aclose())


def test_voicemail_settings_follow_another_device(agent_session, bridge, elsewhere, arun):
    vm = VoicemailSettingsViewModel(agent_session.backend.history, changes=agent_session.backend.changes)
    try:
        assert arun(vm.load())
        arun(elsewhere.update_voicemail_settings(VoicemailSettings(allow_voicemail=False)))
        shown_within(arun, lambda: vm.values.get("allow_voicemail") is False, "voicemail off")
        # A refusal the person is reading stays while a change made elsewhere is read again.
        assert not arun(vm.save({"human_assistance_number": "ring my desk"}))
        refusal = vm.error
        assert "humanAssistanceNumber" in refusal
        arun(elsewhere.update_voicemail_settings(VoicemailSettings(allow_voicemail=True)))
        shown_within(arun, lambda: vm.values.get("allow_voicemail") is True, "voicemail on again")
        assert vm.error == refusal
    finally:
        arun(vm.aclose())


def test_the_streams_heal_after_a_drop(sim, agent_session, presence_vm, elsewhere, arun):
    changes = agent_session.backend.changes
    arun(apost(sim, "/_sim/streams/drop"))
    arun(until(lambda: not changes.live, timeout=2, what="the drop seen"))
    arun(until(lambda: changes.live, timeout=5, what="the change streams live again"))
    arun(elsewhere.set_presence(note="back after the drop"))
    shown_within(arun, lambda: presence_vm.note == "back after the drop", "the note")
    settle_live(arun, agent_session)


def test_a_garbled_event_reads_again(sim, agent_session, presence_vm, elsewhere, arun):
    arun(apost(sim, "/_sim/faults", {"streamMalformedRate": 1.0}))
    try:
        arun(elsewhere.set_presence(note="read despite the garble"))
        shown_within(arun, lambda: presence_vm.note == "read despite the garble", "the note")
    finally:
        arun(apost(sim, "/_sim/faults", {"streamMalformedRate": 0.0}))
    settle_live(arun, agent_session)
    arun(asyncio.sleep(0.1))


def test_the_app_s_account_backend_offers_the_changes(agent_session):
    """The panels see the account's backend (``accounts.AccountBackend``), not the Dstny one."""
    from cti_desktop.accounts import AccountBackend
    from cti_desktop.viewmodels.changes import changes_of

    assert changes_of(AccountBackend(agent_session.backend)) is agent_session.backend.changes
