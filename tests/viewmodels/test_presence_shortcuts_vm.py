"""Presence shortcuts applied through PresenceViewModel against the simulator: each shortcut keeps its
own availability, its duration (minutes, until the next working day, no end time), and a shortcut
that carries a diversion really diverts calls while its presence lasts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from support import sim_post, sim_state
import panel_support

from cti_desktop.viewmodels.presence import next_working_day_start

MAIN_NUMBER = "+46850010000"  # the simulator's seeded "Gone for the day" diverts there


@pytest.fixture
def presence_vm(agent_session, arun):
    yield from panel_support.presence_vm(agent_session, arun)


def server_presence(sim) -> dict:
    return next(u for u in sim_state(sim)["users"] if u["userId"] == "agent1")["presence"]


def server_diversion(sim) -> dict:
    return httpx.get(sim.base_url + "/_sim/diversions", timeout=10).json()["users"].get("agent1", {})


def put_shortcut(agent_session, arun, shortcut_id: str, **fields) -> None:
    from cti_desktop.providers.dstny.wire import PresenceShortcut

    client = agent_session.backend.client
    arun(client.set_presence_shortcut(shortcut_id, PresenceShortcut(id=shortcut_id, **fields)))


def test_next_working_day():
    def local(y, m, d, h=15):
        return datetime(y, m, d, h, 0).astimezone()

    for today, expected in ((local(2026, 12, 2), (2026, 12, 3)),   # Wednesday → Thursday
                            (local(2026, 12, 4), (2026, 12, 7)),   # Friday → Monday
                            (local(2026, 12, 5), (2026, 12, 7)),   # Saturday → Monday
                            (local(2026, 12, 6, 1), (2026, 12, 7))):  # Sunday night → Monday
        start = next_working_day_start(today).astimezone()
        assert (start.year, start.month, start.day, start.hour, start.minute) == (*expected, 8, 0)


def test_a_shortcut_keeps_its_own_availability(sim, agent_session, presence_vm, arun):
    # "Do not disturb" in the Available activity: the activity is available, the shortcut is not.
    put_shortcut(agent_session, arun, "dnd", name="Do not disturb", activity_id="available", available=False,
                 duration_type="NO_END_TIME", order=0)
    assert arun(presence_vm.load())
    dnd = next(s for s in presence_vm.shortcuts if s["id"] == "dnd")
    assert dnd["available"] is False and dnd["durationType"] == "NO_END_TIME"
    assert arun(presence_vm.apply_shortcut("dnd"))
    p = server_presence(sim)
    assert p["activity"]["id"] == "available" and p["available"] is False
    assert not presence_vm.available


def test_until_the_next_working_day_and_its_diversion(sim, presence_vm, arun):
    gone = next(s for s in presence_vm.shortcuts if s["name"] == "Gone for the day")
    assert gone["durationType"] == "UNTIL_NEXT_WORKING_DAY" and gone["diversionNumber"] == MAIN_NUMBER
    expected = next_working_day_start()
    assert arun(presence_vm.apply_shortcut(gone["id"]))
    assert presence_vm.error == ""
    p = server_presence(sim)
    assert p["activity"]["id"] == "away" and p["available"] is False
    assert datetime.fromisoformat(p["activity"]["expiration"].replace("Z", "+00:00")) == expected
    # The diversion: the active diversion number, for as long as this presence lasts.
    d = server_diversion(sim)
    assert d["activeDiversionNumber"] == MAIN_NUMBER and d["activityScoped"] is True
    answer = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567"})
    assert answer["diverted"] and answer["diverted"][0]["to"] == MAIN_NUMBER
    # Back to Available: the diversion ends with the presence.
    assert arun(presence_vm.set_activity("available"))
    assert server_diversion(sim)["activeDiversionNumber"] == ""


def test_minutes_and_no_end_time(sim, agent_session, presence_vm, arun):
    lunch = next(s for s in presence_vm.shortcuts if s["durationType"] == "MINUTES")
    before = datetime.now(UTC).replace(microsecond=0)
    assert arun(presence_vm.apply_shortcut(lunch["id"]))
    ends = datetime.fromisoformat(server_presence(sim)["activity"]["expiration"].replace("Z", "+00:00"))
    assert before + timedelta(minutes=lunch["minutes"]) <= ends <= before + timedelta(minutes=lunch["minutes"], seconds=5)
    assert server_diversion(sim).get("activeDiversionNumber", "") == ""  # this one diverts nothing
    # A shortcut with no end time clears the end time left by the previous one.
    put_shortcut(agent_session, arun, "meet", name="Meeting", activity_id="meeting", available=False,
                 duration_type="NO_END_TIME", order=5)
    assert arun(presence_vm.load())
    assert arun(presence_vm.apply_shortcut("meet"))
    assert server_presence(sim)["activity"]["expiration"] == "NEVER"


def test_a_diversion_the_server_refuses_is_said_in_words(sim, agent_session, presence_vm, arun):
    put_shortcut(agent_session, arun, "bad", name="Mobile", activity_id="meeting", available=False,
                 duration_type="NO_END_TIME", order=6, diversion_number="+4685001001", apply_diversion_number=True)
    assert arun(presence_vm.load())
    assert not arun(presence_vm.apply_shortcut("bad"))
    assert presence_vm.error.startswith("Your presence is “Mobile”, but calls could not be diverted to +4685001001")
    assert "your own number" in presence_vm.error
    assert server_presence(sim)["activity"]["id"] == "meeting"  # the presence part did happen, and says so
