"""The one table of call operations: its words and shortcuts as the README and the menus promise,
which call a shortcut acts on, and that CallCommands sends each operation to the server's route
for it (against the real simulator over loopback)."""

from __future__ import annotations

import inspect

import httpx
import pytest

from cti_desktop.core.call_operations import (
    BY_NAME,
    CAPABILITY_NAMES,
    OPERATIONS,
    RECORDING_STEPS,
    SHORTCUT_OPERATIONS,
    TRANSFER_VARIANTS,
    UnknownOperation,
    operation,
    shortcut_target,
    words_for,
)
from cti_desktop.core.capabilities import ALL_CALL_OPS, CallControl
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.models import CallAction
from cti_desktop.core.session import Account, Session
from cti_desktop.providers.dstny.backend import connect_dstny
from cti_desktop.providers.dstny.client import RECORDING_OPS
from cti_desktop.providers.dstny.wire import parse_call_state

from support import until


def test_names_and_flags_are_unique_and_every_capability_is_a_call_control_method():
    assert len({op.name for op in OPERATIONS}) == len(OPERATIONS)
    flags = [op.flag for op in OPERATIONS if op.flag]
    assert len(set(flags)) == len(flags)
    assert CAPABILITY_NAMES == ALL_CALL_OPS
    protocol = {name for name, _ in inspect.getmembers(CallControl, inspect.iscoroutinefunction)}
    assert CAPABILITY_NAMES <= protocol
    assert all(op.action is None or op.action in {a.value for a in CallAction} for op in OPERATIONS)


def test_the_recording_steps_are_the_ones_the_server_takes():
    assert list(RECORDING_STEPS) == ["start", "pause", "resume", "stop", "save", "discard"]
    assert set(RECORDING_STEPS) == RECORDING_OPS
    assert {op.needs for op in RECORDING_STEPS.values()} == {"recording"}


def test_menu_entries_and_shortcuts_stay_as_documented():
    assert [(op.name, op.menu, op.shortcut) for op in SHORTCUT_OPERATIONS] == [
        ("answer", "&Answer", "Ctrl+Shift+A"),
        ("hangup", "&Hang up", "Ctrl+Shift+H"),
        ("hold", "H&old / resume", "Ctrl+Shift+O"),
        ("mute", "&Mute / unmute", "Ctrl+Shift+M"),
        ("dtmf", "&Keypad…", "Ctrl+Shift+K"),
        ("park", "&Park", "Ctrl+Shift+P"),
        ("move", "Mo&ve to another device…", "Ctrl+Shift+E"),
        ("transfer", "&Transfer…", "Ctrl+Shift+T"),
        ("transfer_to_voicemail", "Transfer to &voicemail…", "Ctrl+Shift+V"),
        ("transfer_camp_on", "&Camp-on transfer…", "Ctrl+Shift+Q"),
        ("transfer_bypass_diversion", "Transfer past &diversion…", "Ctrl+Shift+B"),
        ("consultation", "&Consult…", "Ctrl+Shift+C"),
        ("alternate", "&Swap calls", "Ctrl+Shift+X"),
        ("transfer_to_call", "Co&nnect calls", "Ctrl+Shift+N"),
        ("conference", "Con&ference", "Ctrl+Shift+J"),
        ("leave_conference", "&Leave conference", "Ctrl+Shift+L"),
        ("start_recording", "&Start / stop recording", "Ctrl+Shift+R"),
        ("pause_recording", "&Pause / resume recording", "Ctrl+Shift+I"),
        ("save_recording", "Sa&ve recording", "Ctrl+Shift+Y"),
        ("discard_recording", "&Discard recording", "Ctrl+Shift+D"),
    ]
    assert all(op.menu_tip for op in SHORTCUT_OPERATIONS)
    assert [(BY_NAME[n].menu_active, BY_NAME[BY_NAME[n].toggle].menu_active)
            for n in ("hold", "mute", "start_recording", "pause_recording")] == [
        ("H&old", "Res&ume"), ("&Mute", "Un&mute"), ("&Start recording", "S&top recording"),
        ("&Pause recording", "&Resume recording")]


def test_every_operation_the_card_offers_has_a_shortcut_itself_or_through_its_pair():
    """Every operation with a button on the call card is reachable from the keyboard; only the
    per-participant removal (one button per participant) is left to Tab."""
    paired = {op.toggle for op in SHORTCUT_OPERATIONS if op.toggle}
    without = [op.name for op in OPERATIONS if op.flag and not op.shortcut and op.name not in paired]
    assert without == ["remove_participant"]
    keys = [op.shortcut for op in SHORTCUT_OPERATIONS]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    ("capability", "words"),
    [("hold", "hold"), ("dtmf", "keypad tones"), ("consultation", "consultation calls"),
     ("transfer_to_call", "attended transfer"), ("recording", "recording control"), ("pickup", "call pickup"),
     ("make_call", "dial"), ("answer", "answering from the desktop"), ("nothing_like_it", "nothing_like_it")],
)
def test_words_for_sentences(capability, words):
    assert words_for(capability) == words


def test_an_unknown_name_is_refused():
    with pytest.raises(UnknownOperation):
        operation("getattr")
    with pytest.raises(ValueError):  # target_for's old contract
        shortcut_target("remove_participant", [])


def state(call_id: str, status: str, actions: tuple[str, ...], inbound: bool = True):
    # A Dstny CallState (the reference's field names), parsed by the real wire parser.
    return parse_call_state({"callId": call_id, "stateToken": 3, "status": status, "inbound": inbound,
                             "remoteParty": {"type": "USER_ID", "telUri": "tel:+46701234567"},
                             "actions": [{"action": a} for a in actions]}, received_at=0.0)


RINGING = state("r", "RINGING", ("ANSWER",))
ACTIVE = state("a", "ACTIVE", ("HOLD", "MUTE", "TRANSFER"))
HELD = state("h", "HELD", ("RESUME", "TRANSFER"))
DIALLING = state("d", "INITIATED", (), inbound=False)


@pytest.mark.parametrize(
    ("name", "calls", "selected", "target"),
    [
        ("answer", [ACTIVE, RINGING], "", "r"),
        ("answer", [ACTIVE, HELD], "a", None),
        ("hangup", [HELD, DIALLING, ACTIVE], "", "a"),  # the active one first
        ("hangup", [HELD, DIALLING], "", "d"),  # then a call being made
        ("hangup", [HELD, DIALLING], "h", "h"),  # the selected one when it fits
        ("hold", [HELD, ACTIVE], "", "a"),
        ("hold", [HELD, ACTIVE], "h", "h"),  # resume it
        ("hold", [RINGING], "", None),
        ("mute", [HELD, ACTIVE], "h", "a"),  # a held call cannot be muted
        ("transfer", [HELD], "", "h"),
        ("transfer", [RINGING], "r", None),
    ],
)
def test_which_call_a_shortcut_acts_on(name, calls, selected, target):
    found = shortcut_target(name, calls, selected)
    assert (found.call_id if found else None) == target


# ---------------------------------------------------------------------------------- sending
async def apost(sim, path, json=None):
    async with httpx.AsyncClient(timeout=10) as c:
        r = await c.post(sim.base_url + path, json=json)
        r.raise_for_status()
        return r.json() if r.content else {}


@pytest.fixture
async def session(sim):
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    backend = await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=1.0, backoff_initial=0.2)
    session = Session(account, backend)
    session.start()
    assert await session.wait_live(10), session.status
    yield session
    await session.aclose()


BASE = "/api/callcontrol/demo.example/agent1/calls/{c}"
REC = "/api/callrecording/demo.example/agent1/calls/{c}"

#: operation → (its arguments after the call, the request the server must get). Hang-up goes last.
SENT = [
    ("answer", ("agent1-soft",), f"POST {BASE}/answer/agent1-soft"),
    ("hold", (), f"POST {BASE}/hold"),
    ("resume", (), f"POST {BASE}/resume"),
    ("mute", (), f"POST {BASE}/mute"),
    ("unmute", (), f"POST {BASE}/unmute"),
    ("dtmf", ("12#",), f"POST {BASE}/dtmf"),
    ("move", ("agent1-desk",), f"POST {BASE}/move/agent1-desk"),
    ("consultation", ("+46701112233",), f"POST {BASE}/consultation"),
    ("transfer", ("+46701112233",), f"POST {BASE}/transfer"),
    *[(op.name, ("1002",), f"POST {BASE}/transfer") for op in TRANSFER_VARIANTS],
    ("leave_conference", (), f"POST {BASE}/leave"),
    ("remove_participant", ("p-1",), f"DELETE {BASE}/participants/p-1"),
    ("alternate", ("TARGET",), f"POST {BASE}/alternate"),
    ("transfer_to_call", ("TARGET",), f"POST {BASE}/transfer-to-call"),
    ("conference", ("TARGET",), f"POST {BASE}/conference"),
    ("park", (), f"POST {BASE}/park"),
    *[(op.name, (), f"POST {REC}/{step}") for step, op in RECORDING_STEPS.items()],
    ("hangup", (), f"DELETE {BASE}"),
]


async def test_each_operation_is_sent_to_its_own_route(sim, session):
    first = (await apost(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567"}))["callId"]
    other = (await apost(sim, "/_sim/calls", {"to": "agent1", "from": "+46709876543"}))["callId"]
    await until(lambda: session.store.get(first) is not None and session.store.get(other) is not None, 5)
    requests: list[str] = []

    async def record(request: httpx.Request) -> None:
        requests.append(f"{request.method} {request.url.path}")

    session.backend.client._http.event_hooks["request"].append(record)
    covered = set()
    # The operations change the calls (a transfer ends one): when one is gone, its last state is
    # still a fine thing to send (the server refuses it; where the request went is what counts).
    last = {first: session.store.get(first), other: session.store.get(other)}
    for name, args, expected in SENT:
        for cid in last:
            last[cid] = session.store.get(cid) or last[cid]
        call = last[first]
        args = tuple(last[other] if a == "TARGET" else a for a in args)
        requests.clear()
        try:
            await session.commands.run(name, call, *args)
        except UserFacingError:
            pass  # the server may refuse it in this call's state; what matters is where it went
        sent = [r for r in requests if not r.startswith("GET ")]
        assert sent[:1] == [expected.format(c=first)], (name, requests)
        covered.add(name)
    on_call = {op.name for op in OPERATIONS if op.on_call and op.name != "recording"}
    assert covered == on_call
    left = session.store.get(other)  # the operations may already have ended it (a transfer, a connect)
    if left is not None:
        try:
            await session.commands.run(BY_NAME["hangup"], left)
        except UserFacingError:
            pass  # it ended meanwhile
    await until(lambda: session.store.get(other) is None, 5)


async def test_an_operation_that_does_not_act_on_a_call_is_refused(sim, session):
    call = state("x", "RINGING", ("ANSWER",))
    with pytest.raises(UnknownOperation):
        await session.commands.run("make_call", call, "+46701112233")
    with pytest.raises(UnknownOperation):
        await session.commands.run("no_such_thing", call)
