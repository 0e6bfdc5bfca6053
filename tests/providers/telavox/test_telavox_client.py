"""``TelavoxClient`` against the Telavox simulator over loopback: every route of the table."""

from __future__ import annotations

import pytest
from support import sim_post, sim_state
from telavox_support import make_client

from cti_desktop.core.errors import (
    AuthExpired,
    BadRequest,
    InvalidInput,
    NotFound,
    NotSupported,
)
from cti_desktop.core.models import CallStatus
from cti_desktop.providers.telavox.routes import DEFAULT_ROUTES, RouteTable


def user_state(tvx, username):
    return next(u for u in sim_state(tvx)["users"] if u["username"] == username)


async def test_every_route_of_the_table_reaches_the_simulator(tvx, http):
    """One pass over the whole table, v1 by session cookie and CAPI by token; the simulator counts."""
    v1 = make_client(tvx, http)
    capi = make_client(tvx, http, auth="bearer", token="demo-token", password=None, api="capi")

    me = await v1.check()
    assert me.name == "Anna Lindqvist" and me.email
    colleagues = await v1.extensions()
    assert len(colleagues) >= 10 and all(e.name and e.email and e.mobile for e in colleagues)
    other = await v1.extension(colleagues[3].extension)
    assert other.extension == colleagues[3].extension
    history = await v1.history()
    assert {i.item_type for i in history} == {"INCOMING_CALL", "OUTGOING_CALL", "MISSED_CALL"}
    recordings = await v1.history_recordings()
    assert recordings
    audio = await v1.recording_audio(next(iter(recordings.values())))
    assert audio.startswith(b"ID3")
    await v1.send_sms("+46 70-123 45 67", "Hello & welcome + åäö")
    dialled = await v1.make_call("+46701234567")
    assert dialled.status == CallStatus.RINGING and not dialled.inbound
    await v1.hangup(dialled)

    users = await capi.users()
    assert len(users) >= 10 and all(u.source == "telavox" for u in users)
    assert (await capi.capi_user("agent2")).display_name == "Erik Johansson"
    assert (await capi.colleague("agent3")).email.startswith("maria")
    queue = await capi.pbx("+46406289000")
    assert queue.kind == "queue" and len(queue.members) == 3
    assert await capi.history(call_type="missed")
    assert await capi.recordings()
    call = await capi.make_call("0046 70 765 43 21")
    assert call.remote.number == "+46707654321"
    await v1.logout()

    seen = sim_state(tvx)
    assert set(seen["requests"]) == set(DEFAULT_ROUTES), sorted(set(DEFAULT_ROUTES) ^ set(seen["requests"]))
    assert seen["sms"] == [{"from": "agent1", "to": "+46701234567", "message": "Hello & welcome + åäö"}]
    assert [d["number"] for d in seen["dials"]] == ["+46701234567", "+46707654321"]
    assert seen["sessions"] == 0  # logged out


async def test_dial_shows_the_outgoing_call_and_hangup_ends_it(tvx, http):
    client = make_client(tvx, http)
    sim_post(tvx, "/_sim/config", {"autoAnswerMs": -1})
    call = await client.make_call("+46 70 111 22 33")
    assert user_state(tvx, "agent1")["calls"][0]["callerid"] == "+46701112233"
    assert [c.call_id for c in await client.get_calls()] == [call.call_id]
    assert await client.get_call(call.call_id) == (await client.get_calls())[0]
    await client.hangup(call)
    assert user_state(tvx, "agent1")["calls"] == [] and sim_state(tvx)["hangups"] == 1
    assert await client.get_call(call.call_id) is None
    with pytest.raises(NotFound, match="already ended"):
        await client.hangup(call)


async def test_dialling_a_colleague_rings_them(tvx, http):
    client = make_client(tvx, http)
    colleague = user_state(tvx, "agent2")
    call = await client.make_call(colleague["extension"])
    assert call.remote.name == "" or call.remote.name == colleague["name"]
    ringing = user_state(tvx, "agent2")["calls"]
    assert [(c["direction"], c["linestatus"]) for c in ringing] == [("in", "ringing")]


async def test_hangup_refuses_a_call_that_is_not_the_current_one(tvx, http):
    client = make_client(tvx, http)
    first = sim_post(tvx, "/_sim/calls", {"to": "agent1", "from": "+46705550001"})["callId"]
    sim_post(tvx, f"/_sim/calls/{first}/answer")
    sim_post(tvx, "/_sim/calls", {"to": "agent1", "from": "+46705550002"})
    calls = await client.get_calls()
    waiting = next(c for c in calls if c.status == CallStatus.RINGING)
    with pytest.raises(NotSupported, match="only your current call"):
        await client.hangup(waiting)
    assert len(user_state(tvx, "agent1")["calls"]) == 2
    active = next(c for c in calls if c.status == CallStatus.ACTIVE)
    await client.hangup(active)
    assert [c["callerid"] for c in user_state(tvx, "agent1")["calls"]] == ["+46705550002"]


async def test_basic_auth_and_bearer_on_v1(tvx, http):
    basic = make_client(tvx, http, auth="basic")
    assert (await basic.me()).name == "Anna Lindqvist"
    bearer = make_client(tvx, http, auth="bearer", token="demo-token", password=None)
    assert (await bearer.me()).name == "Anna Lindqvist"
    assert sim_state(tvx)["logins"] == 0


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"auth": "basic", "password": "wrong"}, "refused the user name or password"),
        ({"auth": "bearer", "token": "expired", "password": None}, "Manage tokens"),
        ({"password": "wrong"}, "refused the user name or password"),
    ],
)
async def test_wrong_secrets_are_auth_expired_in_words(tvx, http, kwargs, words):
    client = make_client(tvx, http, **kwargs)
    with pytest.raises(AuthExpired) as info:
        await client.me()
    assert words in str(info.value)
    assert "wrong" not in str(info.value) and "expired" != str(info.value)


async def test_session_expiry_logs_in_again_once(tvx, http):
    client = make_client(tvx, http)
    await client.me()
    assert client.logins == 1
    sim_post(tvx, "/_sim/sessions/expire")
    assert (await client.me()).name == "Anna Lindqvist"
    assert client.logins == 2 and sim_state(tvx)["logins"] == 2
    assert not http.cookies  # the session cookie never lands in the shared jar


async def test_capi_needs_a_token(tvx, http):
    with pytest.raises(InvalidInput, match="only a token"):
        make_client(tvx, http, api="capi")


async def test_bad_input_is_refused_before_sending(tvx, http):
    client = make_client(tvx, http)
    for bad in ("", "call me", "+46 70 ABC", "1" * 40):
        with pytest.raises(InvalidInput):
            await client.make_call(bad)
    with pytest.raises(InvalidInput, match="text"):
        await client.send_sms("+46701234567", "  ")
    with pytest.raises(InvalidInput, match="at most"):
        await client.send_sms("+46701234567", "x" * 1601)
    assert sim_state(tvx)["requests"] == {}


async def test_server_refusals_in_words(tvx, http):
    client = make_client(tvx, http)
    with pytest.raises(NotFound, match="does not know"):
        await client.extension("+4699999")
    with pytest.raises(NotFound):
        await client.recording_audio("424242")
    me = await client.me()
    with pytest.raises(BadRequest, match="refused") as info:
        await client.make_call(me.extension)
    assert str(info.value).endswith("You cannot call yourself")


async def test_unsupported_call_control_says_so(tvx, http):
    client = make_client(tvx, http)
    sim_post(tvx, "/_sim/calls", {"to": "agent1", "from": "+46705550001"})
    call = (await client.get_calls())[0]
    for op, args in (("answer", ("dev",)), ("hold", ()), ("transfer", ("+461",))):
        with pytest.raises(NotSupported, match="Telavox has no API"):
            await getattr(client, op)(call, *args)
    with pytest.raises(NotSupported):
        await client.set_presence(available=False)
    assert client.capabilities.call_control == frozenset({"make_call", "hangup"})


async def test_directory_search_and_favourites(tvx, http):
    client = make_client(tvx, http)
    await client.me()
    found = await client.search("erik")
    assert [c.display_name for c in found] == ["Erik Johansson"]
    assert found[0].available is True and found[0].source == "telavox"
    by_number = await client.search(found[0].preferred_number[-4:])
    assert [c.id for c in by_number] == [found[0].id]
    assert await client.search("sales")  # keyword
    assert await client.search("   ") == []
    favourites = await client.favourites()
    assert len(favourites) == 11 and all(c.display_name != "Anna Lindqvist" for c in favourites)
    assert any(c.available is None for c in favourites)  # the colleague without a profile
    sim_post(tvx, "/_sim/presence/agent2", {"available": False, "name": "Lunch", "message": "", "until": None})
    assert (await client.search("erik"))[0].available is True  # within the short cache
    fresh = {c.id: c for c in await client.colleagues(fresh=True)}
    assert fresh[found[0].id].available is False and fresh[found[0].id].presence_activity == "Lunch"


async def test_presence_reads_my_profile(tvx, http):
    client = make_client(tvx, http)
    sim_post(tvx, "/_sim/presence/agent1", {"available": False, "name": "Meeting", "message": "Board",
                                        "until": "2030-01-01T10:00:00+01:00"})
    presence = await client.presence()
    assert (presence.activity, presence.available, presence.note) == ("Meeting", False, "Board")
    assert presence.activity_expires is not None


def test_route_overrides():
    table = RouteTable().with_overrides({"session.login": "/auth/login", "v1.dial": "POST /call/{number}"})
    assert table["session.login"].template == "/auth/login" and table["session.login"].method == "POST"
    assert table["v1.dial"].method == "POST" and table.path("v1.dial", number="+46 7") == "/call/%2B46%207"
    assert not table["session.login"].confirmed and table["v1.me"].confirmed
    for bad, words in (({"nope": "/x"}, "unknown"), ({"v1.dial": "/dial"}, "fields"),
                       ({"v1.me": "extensions/me"}, "starting with")):
        with pytest.raises(ValueError, match=words):
            RouteTable().with_overrides(bad)


async def test_overridden_login_route_is_used(tvx, http):
    from cti_desktop.providers.telavox.client import TelavoxClient

    routes = RouteTable().with_overrides({"session.login": "/no-such-login"})
    client = TelavoxClient(http, api_url=tvx.base_url, capi_url=tvx.capi_url, user="agent1", password="demo",
                           routes=routes)
    with pytest.raises(NotFound):
        await client.me()
    assert "session.login" not in sim_state(tvx)["requests"]


async def test_no_secret_in_repr_or_log(tvx, http, caplog):
    import logging

    caplog.set_level(logging.DEBUG, logger="cti_desktop")
    client = make_client(tvx, http)
    await client.me()
    sim_post(tvx, "/_sim/sessions/expire")
    await client.me()
    await client.send_sms("+46701234567", "hello")
    cookie = next(iter(client._cookies.values()))
    text = caplog.text + repr(client)
    assert "session.login" in caplog.text  # the log names routes…
    for secret in ("demo", cookie, "hello"):  # …never passwords, cookies or query strings
        assert secret not in text
