"""Telavox offers SMS (its v1 ``GET /sms/{number}?message=``, shared/api/telavox.md): the compose
view-model sends through a real Telavox session on its simulator, local numbers included."""

from __future__ import annotations

import httpx

from cti_desktop.core.credentials import Credentials
from cti_desktop.core.session import Account, Session
from cti_desktop.providers.telavox.backend import connect_telavox
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.sms import compose_for, sms_available


async def test_telavox_sends_sms_through_the_compose_view_model(tvx, qapp):
    account = Account("telavox", tvx.base_url, user="agent1")
    backend = await connect_telavox(account, Credentials(password="demo"), poll_interval=0.1, backoff_initial=0.1)
    session = Session(account, backend)
    bridge = SessionBridge(session)
    try:
        assert sms_available(bridge)
        vm = compose_for(bridge, "0701234567", "Alice")
        vm.text = "Hej från Telavox"
        assert await vm.send_now(), vm.error
        assert vm.sentMessage == "SMS sent to Alice (070-123 45 67)"
        async with httpx.AsyncClient(timeout=10) as control:
            state = (await control.get(tvx.base_url + "/_sim/state")).json()
        assert state["sms"][-1]["message"] == "Hej från Telavox"
        assert state["sms"][-1]["to"] == "+46701234567"
    finally:
        bridge.detach()
        await session.aclose()
