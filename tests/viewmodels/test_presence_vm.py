"""PresenceViewModel against the real simulator (agent1 starts available, role business)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from support import settle_live, sim_post, sim_state, until
import panel_support

from cti_desktop.viewmodels.presence import parse_until


@pytest.fixture
def presence_vm(agent_session, arun):
    yield from panel_support.presence_vm(agent_session, arun)


def server_presence(sim) -> dict:
    return next(u for u in sim_state(sim)["users"] if u["userId"] == "agent1")["presence"]


def test_loads_my_presence_activities_and_roles(sim, presence_vm):
    vm = presence_vm
    assert vm.loaded
    assert vm.activityId == "available" and vm.activityName == "Available" and vm.available
    assert vm.role == "business" and vm.roleName == "Business"
    assert [a["id"] for a in vm.activities][:2] == ["available", "lunch"]
    assert {r["id"] for r in vm.roles} == {"business", "private", "support"}
    assert ("lunch", "Lunch", False) in vm.menu_entries()
    assert ("available", "Available", True) in vm.menu_entries()
    assert vm.expiry == "" and vm.expiryText == ""


def test_set_activity_note_role_reach_the_server(sim, presence_vm, arun):
    vm = presence_vm
    assert arun(vm.set_activity("lunch"))
    p = server_presence(sim)
    assert p["activity"]["id"] == "lunch" and p["available"] is False
    assert vm.activityId == "lunch" and not vm.available and vm.activityName == "Lunch"

    assert arun(vm.set_note("  Back at   13:00 \n"))
    assert server_presence(sim)["note"] == "Back at 13:00"
    assert vm.note == "Back at 13:00"

    vm.setRole("support")  # the Qt slot
    arun(until(lambda: vm.role == "support"))
    assert server_presence(sim)["role"] == "Support"
    assert vm.roleName == "Support"

    assert arun(vm.set_available(True))
    assert server_presence(sim)["available"] is True and vm.available
    assert vm.error == ""


def test_too_long_note_is_refused_in_words_and_nothing_is_sent(sim, presence_vm, arun):
    vm = presence_vm
    assert not arun(vm.set_note("x" * (vm.noteMaxLength + 1)))
    assert f"at most {vm.noteMaxLength} characters" in vm.error
    assert server_presence(sim)["note"] == ""


def test_unknown_activity_or_role_is_an_error_in_words(sim, presence_vm, arun):
    assert not arun(presence_vm.set_activity("sleeping"))
    assert "sleeping" in presence_vm.error
    assert not arun(presence_vm.set_role("boss"))
    assert "boss" in presence_vm.error
    assert server_presence(sim)["activity"]["id"] == "available"


def test_expiry_for_minutes_until_a_time_and_clear(sim, presence_vm, arun):
    vm = presence_vm
    arun(vm.set_activity("meeting"))
    before = datetime.now(timezone.utc)
    assert arun(vm.set_expiry(30))
    expiration = server_presence(sim)["activity"]["expiration"]
    at = datetime.fromisoformat(expiration.replace("Z", "+00:00"))
    assert timedelta(minutes=29) < at - before < timedelta(minutes=31)
    assert vm.expiry and vm.expiryText.startswith("until ")
    assert vm.activityId == "meeting"  # the activity is kept

    target = (datetime.now(timezone.utc) + timedelta(hours=2)).replace(microsecond=0)
    assert arun(vm.set_expiry_until(target.isoformat()))
    at = datetime.fromisoformat(server_presence(sim)["activity"]["expiration"].replace("Z", "+00:00"))
    assert at == target

    assert arun(vm.clear_expiry())
    assert server_presence(sim)["activity"]["expiration"].upper() == "NEVER"
    assert vm.expiry == ""

    assert not arun(vm.set_expiry(0))
    assert "between 1 minute" in vm.error
    past = (datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat()
    assert not arun(vm.set_expiry_until(past))
    assert "already passed" in vm.error


def test_parse_until_accepts_a_bare_time_today_and_refuses_garbage():
    now = datetime(2030, 5, 1, 8, 0, tzinfo=timezone.utc)
    local_now = now.astimezone()
    later = (local_now + timedelta(minutes=90)).strftime("%H:%M")
    if (local_now + timedelta(minutes=90)).date() == local_now.date():
        assert parse_until(later, now=now) > now
    with pytest.raises(Exception, match="not a time"):
        parse_until("half past", now=now)


def test_change_made_elsewhere_shows_up(sim, presence_vm, arun):
    vm = presence_vm
    vm.setActive(True)
    sim_post(sim, "/_sim/presence/agent1", {"activity": "away", "note": "Coffee"})
    arun(until(lambda: vm.activityId == "away" and vm.note == "Coffee", timeout=5))
    assert not vm.available
    vm.setActive(False)


def test_failing_server_keeps_the_truth_and_says_why(sim, agent_session, presence_vm, arun):
    vm = presence_vm
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0})
    try:
        assert not arun(vm.set_activity("busy"))
        assert vm.error
        assert vm.activityId == "available"
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0})
    assert arun(vm.set_activity("busy"))
    assert vm.error == "" and vm.activityId == "busy"
    settle_live(arun, agent_session)
