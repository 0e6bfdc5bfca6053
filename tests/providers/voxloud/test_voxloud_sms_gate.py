"""Voxloud's API cannot send SMS (its reference has no such route): no panel offers "Send SMS…"."""

from __future__ import annotations

from voxloud_support import SECRET, account

from cti_desktop.core.credentials import Credentials
from cti_desktop.core.session import Session
from cti_desktop.core.vendors import catalog
from cti_desktop.providers.voxloud.backend import connect_voxloud
from cti_desktop.viewmodels.call_panel import CallPanelViewModel
from cti_desktop.viewmodels.contacts import ContactSearchViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.sms import compose_for, sms_available


async def test_no_sms_is_offered_on_voxloud(vox, qapp):
    backend = await connect_voxloud(account(vox), Credentials(api_key="demo-key"), webhook_secret=SECRET)
    session = Session(account(vox), backend)
    bridge = SessionBridge(session)
    try:
        assert not backend.capabilities.sms and backend.messaging is None
        assert not sms_available(bridge) and compose_for(bridge, "+390212121212") is None
        contacts, calls = ContactSearchViewModel(bridge), CallPanelViewModel(bridge)
        assert not contacts.smsSupported and not calls.smsSupported
        assert catalog().missing_reason("voxloud", "sms", what="SMS") == "Voxloud has no SMS: its API cannot send SMS"
        calls.detach()
        await contacts.aclose()
    finally:
        bridge.detach()
        await session.aclose()
