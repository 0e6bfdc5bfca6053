"""What the call panel shows beside a presented call, table-tested: the card as property values,
the transfer of the call on the mobile, and why the call buttons are off.

The payload has the shape of the Dstny Core API reference's CallState example
(dstny-core-api-reference.txt, the example at line 1808) with the fields it documents for a
two-party call.
"""

from __future__ import annotations

import pytest

from cti_desktop.core.call_card import card_values, commands_block, mobile_values, present_call
from cti_desktop.core.call_operations import OPERATIONS
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.mobile_transfer import MobileTransfer
from cti_desktop.providers.dstny.wire import parse_call_state

RINGING = {
    "stateToken": 7,
    "callId": "c1",
    "remoteParty": {"type": "USER_ID", "telUri": "tel:+46701234567", "displayName": "Ada Lovelace"},
    "inbound": True,
    "status": "RINGING",
    "deviceIds": [],
    "actions": [{"action": "ANSWER", "deviceIds": ["d1"]}, {"action": "HANGUP"}],
}


def test_card_values_carry_every_flag_and_the_choices_as_dicts():
    card = present_call(parse_call_state(RINGING))
    values = card_values(card)
    assert values["callId"] == "c1" and values["remoteName"] == "Ada Lovelace"
    assert values["answerDevices"] == [{"id": "d1", "name": "d1"}]
    assert {op.flag for op in OPERATIONS if op.flag} <= set(values)
    assert values["canAnswer"] is True and values["canHangup"] is True and values["canHold"] is False


def test_card_values_offer_nothing_while_blocked():
    values = card_values(present_call(parse_call_state(RINGING), block="Offline"))
    assert not any(values[op.flag] for op in OPERATIONS if op.flag)
    assert values["disabledReason"] == "Offline"


ATTENDED = MobileTransfer("t1", attended=True, destination="+46701234567")
BLIND = MobileTransfer("t2", attended=False)


@pytest.mark.parametrize(("on_mobile", "transfer", "block", "any_transfer", "offer", "cancel", "text"), [
    (True, None, "", False, True, False, ""),
    (False, None, "", False, False, False, ""),
    (True, None, "Offline", False, False, False, ""),
    (True, None, "", True, False, False, ""),  # another call's transfer is under way: one at a time
    (True, ATTENDED, "", True, False, True, "Transferring to +46701234567 (attended"),
    (True, ATTENDED, "Offline", True, False, False, "Transferring to +46701234567 (attended"),
    (True, BLIND, "", True, False, False, "Transferring (blind"),
])
def test_mobile_values(on_mobile, transfer, block, any_transfer, offer, cancel, text):
    values = mobile_values(on_mobile, transfer, block, any_transfer=any_transfer)
    assert values["onMobile"] is on_mobile
    assert bool(values["canTransferFromMobile"]) is offer
    assert bool(values["canCancelMobileTransfer"]) is cancel
    assert values["mobileTransferText"].startswith(text) and bool(values["mobileTransferText"]) is bool(text)


def test_commands_block_says_why_buttons_are_off():
    assert commands_block(True, ConnectionStatus(ConnectionState.LIVE)) == ""
    assert commands_block(False, ConnectionStatus(ConnectionState.LIVE)) == "This account cannot control calls from here"
    words = commands_block(True, ConnectionStatus(ConnectionState.CONNECTING))
    assert words.startswith("Call buttons are off until the connection is live again (Connecting…)")
