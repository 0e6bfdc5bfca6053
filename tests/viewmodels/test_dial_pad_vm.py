"""The dial pad's view-model against the real simulator (agent1 signed in over loopback)."""

from __future__ import annotations

import asyncio

import pytest
from support import sim_post, sim_state, until

from cti_desktop.core.connection import ConnectionState
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def pad(agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = DialPadViewModel(bridge)
    arun(vm.load_async())
    yield vm
    hang_up_everything(arun, agent_session)
    bridge.detach()


def hang_up_everything(arun, session) -> None:
    """End quiescent: every call of agent1 hung up on the server and gone from the store."""

    async def run() -> None:
        for call in sim_calls_of_agent1(session):
            fresh = await session.backend.call_control.get_call(call["callId"])
            if fresh is not None and not fresh.ended:
                await session.backend.call_control.hangup(fresh)
        await session.backend.sync.resync()
        await until(lambda: not session.store.calls(), what="every call to end")
        await asyncio.sleep(0.3)

    arun(run())


def sim_calls_of_agent1(session) -> list[dict]:
    import httpx

    base = session.account.server
    state = httpx.get(base + "/_sim/state", timeout=10).json()
    return [c for c in state["calls"] if c["user"] == "agent1" and c["status"] != "TERMINATED"]


def live_calls(sim) -> list[dict]:
    return [c for c in sim_state(sim)["calls"] if c["user"] == "agent1" and c["status"] != "TERMINATED"]


def test_load_reads_devices_and_the_active_caller_id(sim, pad):
    state = sim_state(sim)
    me = next(u for u in state["users"] if u["userId"] == "agent1")
    assert [d["id"] for d in pad.devices] == [d["deviceId"] for d in me["devices"]]
    assert pad.selectedDevice == pad.devices[0]["id"]
    assert pad.lines and pad.selectedLine in {line["key"] for line in pad.lines}
    assert pad.lines[0]["label"].startswith("Personal")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("+46 70-123 45 67", "070-123 45 67"),
        ("(070) 123 45 67", "070-123 45 67"),
        ("tel:+46701234567", "070-123 45 67"),
        ("00467012345 67", "070-123 45 67"),
        ("7464", "Extension 7464"),
        ("*21#", "Feature code *21#"),
    ],
)
def test_pasted_numbers_are_understood(pad, typed, shown):
    pad.number = typed
    assert pad.valid
    assert pad.validationMessage == ""
    assert pad.targetDisplay == shown


def test_garbage_is_refused_in_words_without_any_request(sim, arun, pad):
    before = sim_state(sim)["calls"]
    pad.number = "1 800 FLOWERS"
    assert not pad.valid
    assert "Letters cannot be dialled" in pad.validationMessage
    assert arun(pad.dial_async()) is False
    assert "Letters" in pad.error
    assert pad.number == "1 800 FLOWERS"  # nothing the person typed is lost
    pad.number = ""
    assert arun(pad.dial_async()) is False
    assert pad.error == "Enter a number to call"
    assert sim_state(sim)["calls"] == before


def test_dial_makes_an_outbound_call_and_redial_repeats_it(sim, arun, pad, agent_session):
    pad.number = "08-123 456 78"
    assert arun(pad.dial_async()) is True
    calls = live_calls(sim)
    assert len(calls) == 1
    call = calls[0]
    assert call["inbound"] is False
    assert call["remoteParty"]["telUri"] == "tel:+46812345678"
    assert call["deviceIds"] == [pad.selectedDevice]
    assert pad.lastDialed == "08-123 456 78"
    assert pad.number == ""  # ready for the next number
    assert pad.error == ""

    hang_up_everything(arun, agent_session)
    assert arun(pad.redial_async()) is True
    again = live_calls(sim)
    assert len(again) == 1 and again[0]["callId"] != call["callId"]
    assert again[0]["remoteParty"]["telUri"] == "tel:+46812345678"
    hang_up_everything(arun, agent_session)


def test_dial_from_the_chosen_device(sim, arun, pad, agent_session):
    assert len(pad.devices) >= 2, "agent1 has several devices to dial from (the simulator's seed)"
    pad.selectedDevice = pad.devices[1]["id"]
    pad.number = "+44 20 7946 0958"
    assert arun(pad.dial_async())
    assert live_calls(sim)[0]["deviceIds"] == [pad.devices[1]["id"]]
    hang_up_everything(arun, agent_session)


def test_choosing_a_caller_id_sets_it_on_the_server(arun, pad, agent_session):
    assert len(pad.lines) >= 2, "agent1 has several lines to choose a caller id from (the simulator's seed)"
    other = next(line for line in pad.lines if line["key"] != pad.selectedLine)
    pad.selectedLine = other["key"]
    arun(until(lambda: pad.selectedLine == other["key"]))
    active = arun(agent_session.backend.call_control.active_line())
    assert (active.type, active.group_id) == (other["type"], other["groupId"])

    pad.selectLine("NOPE|0|0")
    assert pad.selectedLine == other["key"] and "not one of your lines" in pad.error


def test_keypad_typing(pad):
    for key in "070x1#":
        pad.appendDigit(key)
    assert pad.number == "0701#"  # 'x' is not a key
    pad.backspace()
    assert pad.number == "0701"
    pad.clear()
    assert pad.number == "" and not pad.valid and pad.validationMessage == ""


def test_dialling_is_off_while_not_live(sim, arun, pad, agent_session):
    # The server drops every stream and answers 503 for a while: the session reconnects.
    sim_post(sim, "/_sim/streams/drop", {"outageMs": 2500})
    arun(until(lambda: not pad.canDial, what="dialling to go off"))
    assert not pad.canDial and "Reconnecting" in pad.dialBlockedReason
    pad.number = "7464"
    assert arun(pad.dial_async()) is False
    assert "connection is live again" in pad.error
    assert live_calls(sim) == []
    arun(until(lambda: agent_session.status.state is ConnectionState.LIVE, timeout=15, what="the session live again"))
    arun(until(lambda: pad.canDial, what="dialling back on"))
    assert pad.canDial
