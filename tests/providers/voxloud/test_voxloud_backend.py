"""VoxloudBackend and connect_voxloud against the simulator: sign-in, live call events, click-to-call."""

from __future__ import annotations

import asyncio
import socket

import pytest
from support import until
from voxloud_support import SECRET, account, sim_post, sim_state

from cti_desktop.core.capabilities import CallControl, Directory, History
from cti_desktop.core.connection import ConnectionState
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import AuthExpired, InvalidInput, NotSupported
from cti_desktop.core.models import CallStatus
from cti_desktop.core.session import Account, Session
from cti_desktop.providers.voxloud.backend import api_url_for, connect_voxloud


async def test_backend_declares_what_voxloud_can_do(session):
    backend = session.backend
    caps = backend.capabilities
    assert caps.call_control == frozenset({"make_call"}) and caps.call_events and caps.directory and caps.history
    assert not (caps.presence_read or caps.presence_write or caps.queues or caps.sms)
    assert caps.answer_elsewhere.startswith("Answer on your phone")
    assert isinstance(backend.call_control, CallControl) and isinstance(backend.directory, Directory)
    assert isinstance(backend.history, History)
    assert backend.presence is None and backend.queues is None
    assert backend.company.name == "Demo Telecomunicazioni Srl" and backend.user.extension == "101"
    assert "demo-key" not in repr(backend) and SECRET not in repr(backend)
    with pytest.raises(NotSupported, match="Hold is not available with Voxloud"):
        await backend.call_control.hold(None)
    lines = await backend.call_control.lines()
    assert [line.number for line in lines if line.active] == ["+390212121212"]


async def test_live_session_receives_the_simulators_calls(vox, session):
    state = await sim_state(vox)
    subs = state["subscriptions"]
    assert sorted(s["event_type"] for s in subs) == ["CALL_ANSWERED", "CALL_HANGUP", "CALL_INCOMING", "CALL_STARTED",
                                                     "CLICK_TO_CALL", "FAX_CALL", "PHONE_CALL"]
    assert all(s["callback_url"] == session.backend.receiver.callback_url for s in subs)
    call = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"})
    ringing = session.store.get(call["call_id"])
    assert ringing.status == CallStatus.RINGING and ringing.inbound
    # The screen-pop's lookup through the backend's directory finds the CRM record.
    found = await session.backend.directory.search(ringing.remote.number)
    assert found[0].record_url.startswith("https://crm.example/contacts/")
    await sim_post(vox, f"/_sim/calls/{call['call_id']}/hangup")
    assert session.store.calls() == []


async def test_click_to_call_shows_a_placeholder_until_the_webhook_tells(vox, session):
    placeholder = await session.commands.make_call("347 123 4567")
    assert placeholder.status == CallStatus.INITIATED and placeholder.remote.number == "+393471234567"
    state = await sim_state(vox)
    assert state["click_to_calls"][0]["extension"] == "101"  # created once for the extension
    assert state["connects"][-1]["contact"] == "+393471234567"
    # The simulator's CALL_STARTED for that number replaces the placeholder with the real call.
    await until(lambda: session.store.get(placeholder.call_id) is None and session.store.calls(), 5.0,
                "the real call to replace the placeholder")
    real = session.store.calls()[0]
    assert real.call_id.startswith("sim-") and real.status == CallStatus.INITIATED
    assert not real.inbound and real.remote.number == "+393471234567"
    again = await session.commands.make_call("+390212345678")
    assert again.remote.number == "+390212345678"
    assert len((await sim_state(vox))["click_to_calls"]) == 1  # reused, not created again
    with pytest.raises(InvalidInput):
        await session.commands.make_call("FLOWERS")


async def test_bad_key_is_refused_at_sign_in(vox):
    with pytest.raises(AuthExpired, match="API key was refused"):
        await connect_voxloud(account(vox), Credentials(api_key="nope"), webhook_secret=SECRET)
    with pytest.raises(InvalidInput, match="API key"):
        await connect_voxloud(account(vox), Credentials(), webhook_secret=SECRET)


async def test_unknown_extension_is_refused_at_sign_in(vox):
    with pytest.raises(Exception, match="no user with extension or id '999'"):
        await connect_voxloud(Account("voxloud", vox.api_url, user="999"), Credentials(api_key="demo-key"))


async def test_port_in_use_reports_failed_with_the_reason(vox):
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen(1)
    port = blocker.getsockname()[1]
    try:
        acct = account(vox, webhook_port=port)
        backend = await connect_voxloud(acct, Credentials(api_key="demo-key"), webhook_secret=SECRET)
        session = Session(acct, backend)
        session.start()
        try:
            assert not await session.wait_live(5)
            assert session.status.state is ConnectionState.FAILED
            assert f"127.0.0.1:{port}" in session.status.reason and "already in use" in session.status.reason
        finally:
            await session.aclose()
    finally:
        blocker.close()


def test_api_url_for():
    assert api_url_for("") == "https://developer.voxloud.com/api"
    assert api_url_for("http://127.0.0.1:5000") == "http://127.0.0.1:5000/api"
    assert api_url_for("https://developer.voxloud.com/api/") == "https://developer.voxloud.com/api"
    with pytest.raises(InvalidInput):
        api_url_for("ftp://x")
    with pytest.raises(InvalidInput):
        api_url_for("https://user:pw" + "@" + "api.example/api")


async def test_session_close_stops_the_receiver(vox):
    acct = account(vox)
    backend = await connect_voxloud(acct, Credentials(api_key="demo-key"), webhook_secret=SECRET)
    session = Session(acct, backend)
    session.start()
    assert await session.wait_live(10)
    url = backend.receiver.callback_url
    await session.aclose()
    await asyncio.sleep(0)
    answer = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"})
    assert answer["deliveries"][0]["status"] is None and "delivery failed" in answer["deliveries"][0]["error"]
    assert url.startswith("http://127.0.0.1:")


async def test_no_subscriptions_when_told_not_to(vox):
    acct = account(vox, subscribe=False)
    backend = await connect_voxloud(acct, Credentials(api_key="demo-key"), webhook_secret=SECRET)
    session = Session(acct, backend)
    session.start()
    try:
        assert await session.wait_live(10)
        assert (await sim_state(vox))["subscriptions"] == []
        assert backend.receiver.listening
    finally:
        await session.aclose()
