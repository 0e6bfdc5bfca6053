"""SmsComposeViewModel headless, against agent1's real session on the Dstny simulator."""

from __future__ import annotations

import socket

import httpx
import pytest
from support import sim_post

from cti_desktop.core.sms import GSM7, UCS2
from cti_desktop.providers.dstny.client import DstnyClient
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.sms import MAX_TEXT_LENGTH, SmsComposeViewModel, compose_for, sms_available


@pytest.fixture
def bridge(agent_session):
    bridge = SessionBridge(agent_session)
    yield bridge
    bridge.detach()


def sent(sim) -> list[dict]:
    return httpx.get(sim.base_url + "/_sim/sms", timeout=10).json()["sent"]


def test_prefilled_recipient_is_checked_and_send_needs_text(bridge, qtbot):
    assert sms_available(bridge)
    vm = compose_for(bridge, "070-123 45 67", "Alice Andersson")
    assert vm.recipient == "070-123 45 67" and vm.recipientValid and vm.recipientName == "Alice Andersson"
    assert vm.targetDisplay == "070-123 45 67"
    assert not vm.canSend  # no text yet
    with qtbot.waitSignal(vm.canSendChanged):
        vm.text = "Hello"
    assert vm.canSend and vm.lengthText == "5/160 characters · 1 SMS · GSM-7"
    vm.text = "   \n"
    assert not vm.canSend  # blank is empty
    vm.text = "Hi"
    with qtbot.waitSignal(vm.validationChanged):
        vm.recipient = "1 800 FLOWERS"
    assert not vm.recipientValid and not vm.canSend and "Letters" in vm.recipientMessage
    assert "dial" not in vm.recipientMessage
    vm.recipient = "*21#"
    assert "feature code" in vm.recipientMessage
    vm.recipient = ""
    assert not vm.recipientValid and vm.recipientMessage == ""  # empty is not shouted at
    vm.recipient = "0890510"  # a local number: the server expands it
    assert vm.recipientValid and "your phone system adds" in vm.targetDisplay and vm.canSend


def test_live_count_switches_to_ucs2_and_says_why(bridge, qtbot):
    vm = compose_for(bridge, "+46701234567")
    with qtbot.waitSignal(vm.lengthChanged):
        vm.text = "a" * 161
    assert (vm.encoding, vm.units, vm.parts, vm.remaining) == (GSM7, 161, 2, 145)
    assert vm.lengthText == "161 characters · 2 SMS (145 left in the last) · GSM-7" and vm.encodingNote == ""
    vm.text = "It’s here"
    assert (vm.encoding, vm.parts) == (UCS2, 1)
    assert "The character ’ is not in the GSM alphabet" in vm.encodingNote and "70 characters a part" in vm.encodingNote
    vm.text = "x" * (MAX_TEXT_LENGTH + 50)
    assert len(vm.text) == MAX_TEXT_LENGTH


def test_send_reaches_the_server_and_confirms(sim, bridge, arun, qtbot):
    vm = compose_for(bridge, "070-123 45 67", "Alice Andersson")
    vm.text = "Your order has shipped"
    sending = []
    vm.sendingChanged.connect(lambda: sending.append((vm.sending, vm.canSend)))
    with qtbot.waitSignal(vm.smsSent) as blocker:
        assert arun(vm.send_now())
    assert blocker.args == ["SMS sent to Alice Andersson (070-123 45 67)"]
    assert sending == [(True, False), (False, True)]  # Send is disabled while sending
    assert vm.sentMessage == "SMS sent to Alice Andersson (070-123 45 67)" and vm.error == ""
    assert vm.text == "" and not vm.canSend  # a second click cannot send it twice
    (message,) = sent(sim)
    assert (message["to"], message["smsText"]) == ("+46701234567", "Your order has shipped")
    vm.text = "And another"
    assert vm.sentMessage == ""  # editing again clears the confirmation


def test_a_local_number_goes_as_typed(sim, bridge, arun):
    vm = compose_for(bridge, "08-905 10")
    vm.text = "Hej"
    assert arun(vm.send_now())
    assert [(m["to"], m["routedTo"]) for m in sent(sim)] == [("0890510", "+46890510")]


@pytest.mark.parametrize(("failure", "words"), [
    ({"status": 400, "code": "sms.denied", "description": "SMS is not allowed for this user"},
     "SMS is not allowed for this user"),
    ({"status": 503}, "SMS: the server had a problem (HTTP 503)"),
    ({"status": 403}, "SMS is not available with this account"),
])
def test_failures_are_said_in_words_and_the_text_is_kept(sim, bridge, arun, failure, words):
    sim_post(sim, "/_sim/sms/fail", failure)
    vm = compose_for(bridge, "+46701234567")
    vm.text = "Don't lose me"
    assert arun(vm.send_now()) is False
    assert words in vm.error
    assert vm.text == "Don't lose me" and vm.canSend and vm.sentMessage == ""
    assert sent(sim) == []
    assert arun(vm.send_now())  # the next try goes through (the failure was for one send)
    assert vm.error == "" and [m["smsText"] for m in sent(sim)] == ["Don't lose me"]


def test_network_down_is_said_in_words_and_the_text_is_kept(arun, qapp):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def go():
        async with httpx.AsyncClient(timeout=5) as http:
            client = DstnyClient(http, api_url=f"http://127.0.0.1:{port}/api", domain="demo.example",
                                 user="agent1", ticket="1.abc")
            vm = SmsComposeViewModel(client, recipient="+46701234567")
            vm.text = "Still here"
            assert await vm.send_now() is False
            return vm.error, vm.text, vm.canSend

    error, text, can_send = arun(go())
    assert "could not connect to the server" in error and text == "Still here" and can_send


def test_invalid_recipient_sends_nothing(sim, bridge, arun):
    vm = compose_for(bridge, "not a number")
    vm.text = "x"
    assert arun(vm.send_now()) is False
    assert "Letters" in vm.error and sent(sim) == []
