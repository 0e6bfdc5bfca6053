"""The composition root against the simulators over loopback: Telavox, Voxloud, Dstny + Voxloud contacts.

Each test signs in through :func:`cti_desktop.accounts.connect_account` — the path the app, the
sign-in dialog and the CLI take — and drives the GUI's real view-models.
"""

from __future__ import annotations

import logging

import httpx
import pytest
from accounts_support import GIULIA
from support import apost, until

from cti_desktop.accounts import AccountBackend, DirectorySource, connect_account
from cti_desktop.core.connection import ConnectionState
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import AuthExpired
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Account, Session
from cti_desktop.viewmodels.call_panel import CallPanelViewModel
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


def start(arun, account: Account, credentials: Credentials, **kwargs) -> Session:
    backend = arun(connect_account(account, credentials, **kwargs))
    assert isinstance(backend, AccountBackend)
    session = Session(account, backend)
    session.start()
    assert arun(session.wait_live(10)), session.status
    return session


def telavox_account(tvx) -> Account:
    return Account("telavox", tvx.base_url, "", "agent1", options={"poll_interval": 0.5})


def test_telavox_ringing_call_pops_with_the_colleagues_name_dial_and_hang_up_work_and_a_401_relogs_once(tvx, arun):
    session = start(arun, telavox_account(tvx), Credentials(password="demo"))
    bridge = SessionBridge(session)
    pops = ScreenPopViewModel(bridge, lookup_timeout=5.0)
    calls = CallPanelViewModel(bridge)
    dial = DialPadViewModel(bridge)
    popped = []
    pops.popRequested.connect(popped.append)
    try:
        colleague = next(e for e in arun(session.backend.client.extensions()) if e.name == "Erik Johansson")
        arun(apost(tvx, "/_sim/calls", {"to": "agent1", "from": colleague.extension}))
        arun(until(lambda: popped, timeout=5, what="the pop"))
        item = popped[0]
        arun(until(lambda: item.callerName == "Erik Johansson", timeout=5, what="the colleague's name"))
        # the call card: hang-up offered; hold, transfer and answer are not, and say why
        card = calls.calls[0]
        assert card.canHangup and not card.canHold and not card.canTransfer and not card.canAnswer
        assert calls.unsupportedReason("hold").startswith("Telavox has no hold: its API can only dial and hang up")
        assert calls.unsupportedReason("hangup") == ""
        assert "Telavox" in calls.capabilityNote
        # hang up from the panel: the call goes away on the server and here
        calls.hangup(card.callId)
        arun(until(lambda: not session.store.calls(), timeout=5, what="the call to end"))
        assert not pops.pops()

        # a 401 mid-session: the client logs in again once and the poller carries on
        logins = session.backend.client.logins
        arun(apost(tvx, "/_sim/sessions/expire"))
        arun(apost(tvx, "/_sim/calls", {"to": "agent1", "from": "+46705550188", "fromName": "Acme AB"}))
        arun(until(lambda: len(popped) == 2, timeout=5, what="a pop after the session expired"))
        assert session.backend.client.logins == logins + 1
        assert session.status.state is ConnectionState.LIVE

        # dial from the dial pad: the server has my outgoing call
        dial.number = "+46705550199"
        arun(until(lambda: dial.canDial, timeout=5))
        arun(dial.dial_async())
        assert dial.error == ""
        arun(until(lambda: any(not c.inbound for c in session.store.calls()), timeout=5, what="the outgoing call"))
    finally:
        pops.shutdown()
        calls.detach()
        bridge.detach()
        arun(session.aclose())


def test_voxloud_key_is_validated_and_an_incoming_webhook_pops_the_contact_with_the_crm_link(vox, arun, caplog):
    with pytest.raises(AuthExpired):
        arun(connect_account(Account("voxloud", vox.base_url, "", "101"), Credentials(api_key="wrong-key")))
    secrets = SecretStore(use_keyring=False)
    account = Account("voxloud", vox.base_url, "", "101", options={"webhook_port": 0})
    session = start(arun, account, Credentials(api_key="demo-key"), secrets=secrets)
    bridge = SessionBridge(session)
    pops = ScreenPopViewModel(bridge, region="IT", lookup_timeout=5.0)
    popped = []
    pops.popRequested.connect(popped.append)
    try:
        assert session.backend.voxloud is session.backend.client
        arun(apost(vox, "/_sim/calls", {"to": "101", "from": GIULIA}))
        arun(until(lambda: popped, timeout=5, what="the pop"))
        item = popped[0]
        arun(until(lambda: item.recordUrl, timeout=5, what="the contact's CRM link"))
        assert item.callerName == "Giulia Bianchi" and item.matches[0]["source"]
        assert item.recordUrl.startswith("https://crm.example/contacts/") and item.canOpenRecord
        # Voxloud cannot answer or reject from the desktop: the pop does not offer it
        assert not item.canAnswer and not item.canReject

        # a forged webhook (wrong secret) is refused and logged, and pops nothing
        receiver = session.backend.receiver
        caplog.set_level(logging.WARNING, logger="cti_desktop.providers.voxloud.webhooks")
        answer = arun(apost(vox, "/_sim/webhooks/fire", {
            "url": receiver.local_url + "/webhook/not-the-secret-0123456789",
            "json": {"event_type": "CALL_INCOMING", "call_id": "forged-1", "caller": "+390611111111",
                     "extension": "101"},
        }))
        assert answer["status"] in (401, 404)
        assert any("refused" in r.getMessage().lower() or str(answer["status"]) in r.getMessage()
                   for r in caplog.records)
        assert len(popped) == 1 and all(c.call_id != "forged-1" for c in session.store.calls())
    finally:
        pops.shutdown()
        bridge.detach()
        arun(session.aclose())


def test_dstny_call_shows_the_voxloud_crm_link_from_the_second_source(sim, vox, arun):
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    source = DirectorySource("voxloud", vox.base_url)
    session = start(arun, account, Credentials(password="demo"), sources=[(source, Credentials(api_key="demo-key"))],
                    heartbeat_interval=2.0)
    bridge = SessionBridge(session)
    pops = ScreenPopViewModel(bridge, lookup_timeout=5.0)
    popped = []
    pops.popRequested.connect(popped.append)
    try:
        assert [d.name for d in session.backend.directories] == ["Dstny directory", "Voxloud contacts"]
        assert session.backend.source_errors == []
        httpx.post(sim.base_url + "/_sim/calls", json={"to": "agent1", "from": GIULIA}, timeout=10).raise_for_status()
        arun(until(lambda: popped, timeout=5, what="the pop"))
        item = popped[0]
        arun(until(lambda: item.recordUrl, timeout=5, what="the CRM link"))
        assert item.callerName == "Giulia Bianchi"
        assert item.recordUrl.startswith("https://crm.example/contacts/")
        assert "voxloud" in item.matches[0]["source"].lower()
    finally:
        pops.shutdown()
        bridge.detach()
        arun(session.aclose())


def test_a_source_that_cannot_sign_in_is_left_out_in_words_and_the_phone_system_still_works(sim, vox, arun):
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    source = DirectorySource("voxloud", vox.base_url)
    session = start(arun, account, Credentials(password="demo"), sources=[(source, Credentials(api_key="bad"))])
    try:
        assert [d.name for d in session.backend.directories] == ["Dstny directory"]
        [error] = session.backend.source_errors
        assert error.startswith("Voxloud contacts") and "left out" in error
    finally:
        arun(session.aclose())


def test_unknown_caller_is_added_as_a_voxloud_contact_and_found_on_the_next_lookup(vox, arun):
    account = Account("voxloud", vox.base_url, "", "101", options={"webhook_port": 0})
    session = start(arun, account, Credentials(api_key="demo-key"))
    bridge = SessionBridge(session)
    pops = ScreenPopViewModel(bridge, region="IT", lookup_timeout=5.0)
    popped, added = [], []
    pops.popRequested.connect(popped.append)
    pops.contactAdded.connect(lambda cid, name: added.append(name))
    try:
        assert pops.canCreateContacts and pops.addContactTarget == "Voxloud contacts"
        arun(apost(vox, "/_sim/calls", {"to": "101", "from": "+390699887766"}))
        arun(until(lambda: popped and popped[0].unknown, timeout=5, what="an unknown caller"))
        item = popped[0]
        assert pops.submitAddContact(item.callId, "+390699887766", "") is None
        assert "first name" in item.error
        task = pops.submitAddContact(item.callId, "+390699887766", "Franca Rossi")
        arun(task)
        assert added == ["Franca Rossi"]
        arun(until(lambda: item.callerName == "Franca Rossi", timeout=5, what="the new contact on the pop"))
        assert not item.unknown
        found = arun(session.backend.voxloud.search_by_phone("+390699887766"))
        assert [(c.first_name, c.last_name) for c in found] == [("Franca", "Rossi")]
    finally:
        pops.shutdown()
        bridge.detach()
        arun(session.aclose())
