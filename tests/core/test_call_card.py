"""A call card's presentation, table-tested on calls parsed from vendor-shaped CallState payloads.

``REFERENCE_CONFERENCE`` is the CallState example of the Dstny Core API reference
(dstny-core-api-reference.txt, the example at line 1808), copied as JSON; the other payloads are
that shape with the fields the reference documents for a two-party call.
"""

from __future__ import annotations

import copy

import pytest

from cti_desktop.core.call_card import format_duration, present_call, selected_call, status_text
from cti_desktop.core.call_operations import TRANSFER_VARIANTS
from cti_desktop.core.capabilities import Capabilities
from cti_desktop.core.models import Device
from cti_desktop.providers.dstny.wire import parse_call_state

REFERENCE_CONFERENCE = {
    "stateToken": 48738853,
    "callId": "xxx111yyy",
    "remoteParty": {"type": "SERVICE_ID", "telUri": "tel:+46277100", "displayName": "Conference",
                    "displayNumber": "7100"},
    "participants": [
        {"id": "xxx22yyy",
         "remoteParty": {"type": "USER_ID", "telUri": "tel:+46277565", "displayName": "Adrian Hocksley",
                         "displayNumber": "7565"},
         "historyInfo": {"subject": "Main Switchboad number", "campOn": True,
                         "initialParty": {"type": "USER_ID", "telUri": "tel:+46277469", "displayName": "Daisy Smith",
                                          "displayNumber": "7469"},
                         "previousParty": {"type": "FUNCTION_NUMBER_ID", "telUri": "tel:+46277400",
                                           "displayName": "Switchboard", "displayNumber": "7400"},
                         "previousRetargetReason": "DISTRIBUTED"}},
        {"id": "xxx222yyy",
         "remoteParty": {"type": "USER_ID", "telUri": "tel:+46277566", "displayName": "Ada Hocklington",
                         "displayNumber": "7566"}},
    ],
    "conference": True,
    "inbound": True,
    "intruded": False,
    "status": "ACTIVE",
    "event": "PARTICIPANT_ADDED",
    "muted": False,
    "duration": 5,
    "externalRecording": True,
    "externalRecordingDuration": 5,
    "externalRecordingPaused": False,
    "deviceIds": ["+1555555"],
    "actions": [{"action": "MOVE"}, {"action": "HOLD"}, {"action": "SAVE_REC"}, {"action": "PAUSE_REC"}],
}


def state(call_id: str, status: str, actions: list, *, inbound: bool = True, name: str = "Ada Lovelace",
          number: str = "+46701234567", **extra) -> dict:
    return {
        "stateToken": 7,
        "callId": call_id,
        "remoteParty": {"type": "USER_ID", "telUri": f"tel:{number}", "displayName": name},
        "inbound": inbound,
        "status": status,
        "deviceIds": ["agent1-soft"],
        "actions": [a if isinstance(a, dict) else {"action": a} for a in actions],
        **extra,
    }


def call(payload: dict):
    return parse_call_state(copy.deepcopy(payload), received_at=0.0)


DEVICES = (Device("agent1-soft", "SOFTPHONE", "Softphone"), Device("agent1-desk", "DESKPHONE", "Desk phone"))
RINGING = state("r1", "RINGING", [{"action": "ANSWER", "deviceIds": ["agent1-soft", "agent1-desk"]}])
ACTIVE = state("a1", "ACTIVE", ["HOLD", "TRANSFER", "MUTE", "PARK", "MOVE", "START_REC"], name="Bea Berg")
HELD = state("h1", "HELD", ["RESUME", "TRANSFER"], name="Cecil Carlsson")
OUTGOING = state("o1", "RINGING", [], inbound=False, name="Dora Dahl")
ENDED = state("e1", "TERMINATED", [], name="Erik Ek")


@pytest.mark.parametrize(
    ("payload", "others", "offered"),
    [
        # ringing inbound: answer (on the server's devices) and reject
        (RINGING, [], {"answer", "hangup"}),
        # active alone: what its actions list says, keypad and consult; move to the other device
        (ACTIVE, [], {"hangup", "hold", "mute", "transfer", "consultation", "park", "move", "dtmf",
                      "start_recording"}),
        # active with a held call: swap, connect and conference become possible
        (ACTIVE, [HELD], {"hangup", "hold", "mute", "transfer", "consultation", "park", "move", "dtmf",
                          "start_recording", "alternate", "transfer_to_call", "conference"}),
        # held with an active call that may be held: swap; connect and conference too
        (HELD, [ACTIVE], {"hangup", "resume", "transfer", "consultation", "alternate", "transfer_to_call",
                          "conference"}),
        # active with an outgoing call still ringing: connect (attended transfer) but no conference
        (ACTIVE, [OUTGOING], {"hangup", "hold", "mute", "transfer", "consultation", "park", "move", "dtmf",
                              "start_recording", "transfer_to_call"}),
        # active with an inbound ringing call that may be answered: swap (hold this, answer that)
        (ACTIVE, [RINGING], {"hangup", "hold", "mute", "transfer", "consultation", "park", "move", "dtmf",
                             "start_recording", "alternate"}),
        # an ended other call is no target
        (ACTIVE, [ENDED], {"hangup", "hold", "mute", "transfer", "consultation", "park", "move", "dtmf",
                           "start_recording"}),
        # the reference's conference: move, hold, the recording's save and pause, leave and remove
        (REFERENCE_CONFERENCE, [], {"hangup", "hold", "move", "dtmf", "save_recording", "pause_recording",
                                    "leave_conference", "remove_participant"}),
        (ENDED, [], set()),
    ],
)
def test_which_operations_a_card_offers(payload, others, offered):
    card = present_call(call(payload), [call(payload), *map(call, others)], devices=DEVICES)
    # The transfer variants (voicemail, camp-on, past diversion) come exactly with the transfer.
    variants = {op.name for op in TRANSFER_VARIANTS} if "transfer" in offered else set()
    assert card.offered == offered | variants


@pytest.mark.parametrize(
    ("payload", "others", "alternate", "transfer", "conference"),
    [
        (ACTIVE, [HELD], ["h1"], ["h1"], ["h1"]),
        (HELD, [ACTIVE], ["a1"], ["a1"], ["a1"]),
        (ACTIVE, [OUTGOING, HELD], ["h1"], ["o1", "h1"], ["h1"]),
        (ACTIVE, [RINGING], ["r1"], [], []),
        (RINGING, [ACTIVE], [], [], []),
        # a held call the server does not let resume cannot be swapped with
        (state("h2", "HELD", ["TRANSFER"]), [ACTIVE], [], ["a1"], ["a1"]),
        # an active call that may not be held cannot swap
        (state("a2", "ACTIVE", ["TRANSFER"]), [HELD], [], ["h1"], ["h1"]),
        # no TRANSFER on this call: no connect, conference still
        (state("a3", "ACTIVE", ["HOLD"]), [HELD], ["h1"], [], ["h1"]),
    ],
)
def test_targets_for_swap_transfer_and_conference(payload, others, alternate, transfer, conference):
    card = present_call(call(payload), [call(payload), *map(call, others)], devices=DEVICES)
    assert [t.id for t in card.alternate_targets] == alternate
    assert [t.id for t in card.transfer_targets] == transfer
    assert [t.id for t in card.conference_targets] == conference


def test_target_labels_and_devices_are_in_words():
    card = present_call(call(ACTIVE), [call(ACTIVE), call(HELD)], devices=DEVICES)
    assert [t.label for t in card.alternate_targets] == ["Cecil Carlsson (on hold)"]
    # MOVE without its own device list: every device of the person but the call's own
    assert [(d.id, d.label) for d in card.move_devices] == [("agent1-desk", "Desk phone")]
    ringing = present_call(call(RINGING), [call(RINGING)], devices=DEVICES)
    assert [(d.id, d.label) for d in ringing.answer_devices] == [("agent1-soft", "Softphone"),
                                                                  ("agent1-desk", "Desk phone")]


def test_the_reference_conference_in_words():
    card = present_call(call(REFERENCE_CONFERENCE), devices=DEVICES)
    assert card.remote_name == "Conference (2 participants)"
    assert card.status_text == "In conference"
    assert [(p.id, p.name) for p in card.participants] == [("xxx22yyy", "Adrian Hocksley"),
                                                           ("xxx222yyy", "Ada Hocklington")]
    assert card.recording and card.recording_text == "Recording stopped: save or discard it"
    assert card.event_text == ""


def test_nothing_is_offered_while_commands_are_off():
    card = present_call(call(ACTIVE), [call(ACTIVE), call(HELD)], devices=DEVICES, block="Reconnecting")
    assert card.offered == frozenset()
    assert card.disabled_reason == "Reconnecting"
    assert [t.id for t in card.alternate_targets] == ["h1"]  # still shown, just not offered


@pytest.mark.parametrize(
    ("call_control", "offered"),
    [
        (frozenset({"make_call", "hangup"}), {"hangup"}),
        (frozenset({"make_call"}), set()),
        (frozenset({"hangup", "hold", "recording"}), {"hangup", "hold", "start_recording"}),
        (frozenset(), {"hangup", "hold", "mute", "transfer", "consultation", "park", "move", "dtmf",
                       "start_recording"}),  # declares no limits
    ],
)
def test_what_the_backend_cannot_do_is_never_offered(call_control, offered):
    caps = Capabilities(call_control=call_control)
    card = present_call(call(ACTIVE), [call(ACTIVE)], devices=DEVICES, capabilities=caps)
    variants = {op.name for op in TRANSFER_VARIANTS} if "transfer" in offered else set()
    assert card.offered == offered | variants


@pytest.mark.parametrize(
    ("payload", "text"),
    [
        (RINGING, "Ringing"), (OUTGOING, "Calling…"), (state("i", "INITIATED", [], inbound=False), "Dialling…"),
        (ACTIVE, "Connected"), (HELD, "On hold"), (ENDED, "Ended"), (state("x", "RING_BACK", []), "Ring back"),
    ],
)
def test_status_in_words(payload, text):
    assert status_text(call(payload)) == text


@pytest.mark.parametrize(("seconds", "text"), [(0, "0:00"), (65, "1:05"), (3725, "1:02:05"), (-3, "0:00")])
def test_durations(seconds, text):
    assert format_duration(seconds) == text


@pytest.mark.parametrize(
    ("payloads", "pinned", "selected"),
    [
        ([ACTIVE, HELD, RINGING], "h1", "r1"),  # a ringing call always comes first
        ([ACTIVE, HELD], "h1", "h1"),  # then the one the person picked
        ([HELD, ACTIVE], "", "a1"),  # then the active one
        ([OUTGOING, HELD], "", "h1"),  # then the held one (an outgoing ringing call is not "ringing for me")
        ([OUTGOING], "gone", "o1"),  # then the first; a pinned call that ended is forgotten
        ([], "", ""),
    ],
)
def test_which_call_the_panel_selects(payloads, pinned, selected):
    assert selected_call([call(p) for p in payloads], pinned) == selected
