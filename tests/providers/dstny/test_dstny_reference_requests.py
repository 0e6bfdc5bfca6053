"""What the Dstny client sends, compared with the vendor's own request examples and parameter lists.

The vendor's reference (``dstny-core-api-reference.txt``) is the source: its JSON request examples
and, for operations without one, its parameter lists, both kept in ``data/dstny_reference_examples.json``
(made by ``tools/extract_dstny_examples.py``; entries are found by the line of the dump they stand
at). Every request is sent to the simulator (which checks the same shapes independently) and
captured on the wire, then compared with the reference's example: the same fields, the same JSON
types, and where the example's values can be reproduced, the same values.

Also here: the current distribution-group login with the deprecated ACD/attendant operation as
fallback, and a ticket scope refused by the server (sign-in works, the feature says it is unavailable).
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import httpx
import pytest
from support import arequest as control
from support import dstny_client, loopback_http, signed_in

from cti_desktop.core.errors import AuthExpired, NotFound, ScopeMissing
from cti_desktop.core.models import CallStatus, Line
from cti_desktop.providers.dstny.client import DstnyClient
from cti_desktop.providers.dstny.routes import DEFAULT_ROUTES

from test_dstny_seed_examples import to_json

DATA = json.loads((Path(__file__).resolve().parent / "data" / "dstny_reference_examples.json").read_text("utf-8"))
DOMAIN = "demo.example"
PASSWORD = "demo"


def example(line: int):
    """The reference's JSON example that starts at ``line`` of the dump."""
    raw = next(e["raw"] for e in DATA["examples"] if e["line"] == line)
    return to_json(raw)[0]


def operation(line: int) -> dict:
    """The reference's parameter list of the operation whose summary stands at ``line``."""
    return next(o for o in DATA["operations"] if o["line"] == line)


def query_names(op: dict, path_names: set[str]) -> tuple[set[str], set[str]]:
    """(all, required) names of an operation's parameters that are not path parameters."""
    params = [p for p in op["parameters"] if p["name"] and p["name"] not in path_names]
    return {p["name"] for p in params}, {p["name"] for p in params if p["required"]}


def same_shape(sent, reference) -> bool:
    """The same keys with the same JSON types, recursively (values may differ)."""
    if isinstance(reference, dict):
        return isinstance(sent, dict) and sent.keys() == reference.keys() and all(
            same_shape(sent[k], reference[k]) for k in reference)
    if isinstance(reference, bool) or isinstance(sent, bool):
        return type(sent) is type(reference)
    if isinstance(reference, (int, float)):
        return isinstance(sent, (int, float))
    return type(sent) is type(reference)


class Wire:
    """Every request of one test: (method, path, query pairs, JSON body or None)."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, list[tuple[str, str]], object]] = []

    async def hook(self, request: httpx.Request) -> None:
        body = json.loads(request.content) if request.content else None
        self.items.append((request.method, request.url.path, list(request.url.params.multi_items()), body))

    def last(self, route: str, **fields: str):
        method = DEFAULT_ROUTES[route].method
        tail = DEFAULT_ROUTES[route].template.rsplit("}", 1)[-1]  # the literal end of the path
        for m, path, params, body in reversed(self.items):
            if m == method and path.endswith(tail) and all(v in path for v in fields.values()):
                return params, body
        raise AssertionError(f"{route} was not sent")


@pytest.fixture
async def wire(sim):
    recorder = Wire()
    async with loopback_http(recorder.hook) as http:
        yield sim, http, recorder


@pytest.fixture
async def agent1(wire):
    sim, http, _ = wire
    return await signed_in(sim, http)


async def active_call(client: DstnyClient, destination: str):
    call = await client.make_call(destination, device_id="agent1-soft")
    deadline = time.monotonic() + 5
    while (call := await client.get_call(call.call_id)).status != CallStatus.ACTIVE:
        assert time.monotonic() < deadline, f"{destination} was not answered"
        await asyncio.sleep(0.05)
    return call


# ----------------------------------------------------------------------------------------------
# 1. Remove a conference participant: the reference's request sample (line 2726) is a body


async def test_remove_participant_sends_the_reference_body(agent1, wire):
    sim, http, sent = wire
    reference = example(2726)
    assert reference == {"stateToken": 487345453}
    a = await active_call(agent1, "+46701110001")
    a = await agent1.hold(a)
    b = await active_call(agent1, "+46701110002")
    conf = await agent1.conference(b, a)
    participant = conf.participants[-1].id
    after = await agent1.remove_participant(conf, participant)
    params, body = sent.last("cc.remove_participant", participant=participant)
    assert params == [] and same_shape(body, reference) and body == {"stateToken": conf.state_token}
    assert all(p.id != participant for p in after.participants)
    # The reference lists stateToken among the operation's parameters (line 2702), not in the path.
    names, _ = query_names(operation(2702), {"domain", "userId", "callId", "participantId"})
    assert set(body) <= names


# ----------------------------------------------------------------------------------------------
# 4. Set activity: activity (required) and available are parameters, read like expires


async def test_set_activity_sends_the_reference_parameters_in_the_query(agent1, wire):
    sim, http, sent = wire
    names, required = query_names(operation(8725), {"domain", "user"})
    assert (names, required) == ({"activity", "available"}, {"activity"})
    # expires of "Set a user's current activity's end-time" is listed the same way, and sent in the query.
    assert query_names(operation(8745), {"domain", "user"}) == ({"expires"}, {"expires"})

    await agent1.set_activity("lunch", False)
    params, body = sent.last("pr.activity")
    assert body is None and dict(params) == {"activity": "lunch", "available": "false"}
    assert {k for k, _ in params} <= names and required <= {k for k, _ in params}
    presence = await agent1.presence()
    assert presence.activity == "lunch" and presence.available is False

    await agent1.set_activity("meeting")
    assert sent.last("pr.activity") == ([("activity", "meeting")], None)

    # The simulator refuses the old shape (a JSON body) as the reference has none.
    headers = agent1.auth_headers() | {"Content-Type": "application/json"}
    response = await http.put(agent1.url("pr.activity"), headers=headers, json={"activity": "lunch"})
    assert response.status_code == 400


# ----------------------------------------------------------------------------------------------
# 5. Presence update: only role, note and activity (the reference's sample, line 8687)


async def test_presence_update_sends_the_reference_sample_and_fields(agent1, wire):
    sim, http, sent = wire
    reference = example(8687)
    assert reference == {"note": "Presenting at the conference"}
    await agent1.set_presence(note=reference["note"])
    assert sent.last("pr.put") == ([], reference)

    # The update's fields (line 8667): role, note and an unnamed object (Activity).
    fields = operation(8667)["parameters"]
    assert [(p["name"], p["type"]) for p in fields[2:]] == [("role", "string"), ("note", "string"),
                                                             (None, "object (Activity)")]
    # The Activity object as the reference's presence sample (line 8652) shows it.
    activity_fields = set(example(8652)["activity"])
    await agent1.set_presence(activity="lunch", available=False, role="business")
    _, body = sent.last("pr.put")
    assert set(body) == {"role", "activity"} and set(body["activity"]) <= activity_fields
    assert "available" not in body  # no top-level availability in the update
    await agent1.set_presence(available=True)  # availability alone goes inside the current activity
    _, body = sent.last("pr.put")
    assert body == {"activity": {"id": "lunch", "available": True}}


# ----------------------------------------------------------------------------------------------
# 6. Destinations: the reference's make-call (line 2143) and transfer (line 2961) samples


async def test_make_call_and_transfer_send_the_reference_samples(agent1, wire):
    sim, http, sent = wire
    make_call = example(2143)
    assert make_call == {"destination": "tel:+1444344", "userLine": {"type": "OFFICE_FIXED", "groupId": 0}}
    call = await agent1.make_call("+1 444 344", device_id="agent1-soft", line=Line(type="OFFICE_FIXED", group_id="0"))
    assert sent.last("cc.make_call") == ([], make_call)
    call = await agent1.get_call(call.call_id)

    transfer = example(2961)
    assert transfer == {"stateToken": 487345453, "blind": True, "type": "CAMP_ON", "destination": "tel:+15555"}
    assert agent1.destination("+1 5555") == transfer["destination"]
    active = await active_call(agent1, "+46701110005")
    await agent1.transfer(active, "+1 650 253 2222", type="CAMP_ON", auto_clear=True)
    _, body = sent.last("cc.transfer", c=active.call_id)
    assert same_shape(body, transfer) and body == {"stateToken": active.state_token, "blind": True,
                                                   "type": "CAMP_ON", "destination": "tel:+16502532222"}
    await agent1.hangup(call)


async def test_addresses_go_out_as_sip_and_service_codes_reach_the_pbx_as_dialled(agent1, wire):
    sim, http, sent = wire
    other = await agent1.make_call("agent3@demo.example", device_id="agent1-soft")
    assert sent.last("cc.make_call")[1] == {"destination": "sip:agent3@demo.example"}
    assert other.remote.name  # the simulator found the colleague from the sip: address
    await agent1.hangup(other)

    code = await agent1.make_call("*21#", device_id="agent1-soft")
    assert sent.last("cc.make_call")[1] == {"destination": "tel:*21%23;phone-context=demo.example"}
    code = await agent1.get_call(code.call_id)
    assert code.remote.display_number == "*21#" and code.remote.kind == "SERVICE_ID"
    await agent1.hangup(code)

    # The simulator reads RFC 3966: a raw '#' (the URI's fragment) or a local number without its
    # phone-context is refused, as is a destination that is no URI at all.
    headers = agent1.auth_headers() | {"Content-Type": "application/json"}
    url = agent1.url("cc.make_call", dev="agent1-soft")
    for wrong in ("tel:*21#;phone-context=demo.example", "tel:1002", "1002", "agent3"):
        response = await http.post(url, headers=headers, json={"destination": wrong})
        assert response.status_code == 400, wrong
        assert response.json()["field"][0]["code"] == "destination.invalid", wrong


# ----------------------------------------------------------------------------------------------
# Presence shortcuts: delete one (the reference's parameters, line 8083: domain, user, id)


async def test_delete_presence_shortcut_sends_only_the_path(agent1, wire):
    sim, http, sent = wire
    assert query_names(operation(8083), {"domain", "user", "id"}) == (set(), set())
    first = (await agent1.presence_shortcuts())[0]
    await agent1.delete_presence_shortcut(first.id)
    assert sent.last("cfg.shortcut_delete", id=first.id) == ([], None)
    assert first.id not in {s.id for s in await agent1.presence_shortcuts()}


# ----------------------------------------------------------------------------------------------
# 8. Queue login: the Distribution Group API (current); the ACD/attendant agent operation (deprecated)
# only when the current one is not found / not offered


async def test_queue_login_uses_the_current_operation_with_its_required_parameter(agent1, wire):
    sim, http, sent = wire
    login = operation(836)
    assert not login["deprecated"] and "distribution group" in login["summary"]
    names, required = query_names(login, {"domain", "user", "grpid"})
    assert required == {"grpid-domain"}
    group = next(g for g in await agent1.groups() if not g.logged_in)
    await agent1.login(group)
    params, body = sent.last("dg.login")
    assert {k for k, _ in params} <= names and required <= {k for k, _ in params} and body is None
    assert not [m for m, path, _, _ in sent.items if "/acd-attendant-group/" in path]
    assert next(g for g in await agent1.groups() if g.id == group.id).logged_in
    await agent1.logout(group)
    assert not next(g for g in await agent1.groups() if g.id == group.id).logged_in


async def test_queue_login_falls_back_to_the_deprecated_operation_on_an_older_server(agent1, wire):
    sim, http, sent = wire
    deprecated = operation(514)
    assert deprecated["deprecated"]
    assert [p["name"] for p in deprecated["parameters"]] == ["domain", "user", "group", "group-domain", "agent",
                                                            "action"]
    group = next(g for g in await agent1.groups() if not g.logged_in)
    await control(sim, "POST", "/_sim/deployment", {"withoutRoutes": ["dg.login", "dg.logout"]})

    await agent1.login(group)
    params, body = sent.last("acd.agent")
    assert params == [("action", "login")] and body is None
    state = await control(sim, "GET", "/_sim/state")
    assert "agent1" in next(g for g in state["groups"] if str(g["id"]) == group.id)["loggedIn"]
    await agent1.logout(group)
    assert sent.last("acd.agent")[0] == [("action", "logout")]

    # Neither operation knows the group: the current operation's words stand.
    from dataclasses import replace

    with pytest.raises(NotFound) as error:
        await agent1.login(replace(group, id="999999"))
    assert "Queue sign-in" in str(error.value)


# ----------------------------------------------------------------------------------------------
# 7. Scopes: call control, recording and call state need CALL_CONTROL; a refused scope is a feature
# unavailable, never a failed sign-in


async def test_recording_uses_a_call_control_ticket(wire):
    sim, http, sent = wire
    client = dstny_client(sim, http, scopes=("CALL_CONTROL", "USER"))
    info = await client.create_ticket()
    assert set(info.allowed_apis) == {"CALL_CONTROL", "USER"}
    call = await active_call(client, "+46701110007")
    recorded = await client.recording(call, "start")
    assert recorded.call_id == call.call_id
    await client.hangup(call)


@pytest.mark.parametrize("refusal", ["reject", "omit"])
async def test_a_refused_scope_makes_its_feature_unavailable_not_the_sign_in(wire, refusal):
    sim, http, sent = wire
    await control(sim, "POST", "/_sim/deployment", {"refuseScopes": ["SMS"], "scopeRefusal": refusal})
    client = dstny_client(sim, http)
    assert "SMS" in client.scopes
    info = await client.create_ticket()  # signs in
    assert client.has_ticket and "SMS" not in info.allowed_apis and client.refused_scopes == ("SMS",)
    assert "CALL_CONTROL" in info.allowed_apis
    with pytest.raises(ScopeMissing) as error:
        await client.send_sms("+46701234567", "hello")
    assert str(error.value).startswith("SMS is not available with this account")
    assert "SMS scope" in str(error.value)
    assert await client.get_calls() == []  # the rest works

    # A wrong password is still a refused sign-in.
    wrong = dstny_client(sim, http, password="not-the-password")
    with pytest.raises(AuthExpired):
        await wrong.create_ticket()


async def test_the_scopes_come_from_the_account_setting_end_to_end(sim):
    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.errors import InvalidInput
    from cti_desktop.core.session import Account
    from cti_desktop.providers.dstny.backend import connect_dstny

    await control(sim, "POST", "/_sim/deployment", {"refuseScopes": ["QUEUE_STATISTICS"]})
    account = Account("dstny", sim.base_url, DOMAIN, "agent1",
                      options={"scopes": "CALL_CONTROL, USER, DISTRIBUTION_GROUP QUEUE_STATISTICS"})
    backend = await connect_dstny(account, Credentials(password=PASSWORD))
    try:
        assert backend.client.scopes == ("CALL_CONTROL", "USER", "DISTRIBUTION_GROUP", "QUEUE_STATISTICS")
        assert backend.client.refused_scopes == ("QUEUE_STATISTICS",)
        assert set(backend.client.ticket_info.allowed_apis) == {"CALL_CONTROL", "USER", "DISTRIBUTION_GROUP"}
        with pytest.raises(ScopeMissing) as error:
            await backend.client.queue_stats()
        assert "Queue statistics is not available with this account" in str(error.value)
        assert await backend.client.groups()  # queue membership still works
    finally:
        await backend.aclose()

    with pytest.raises(InvalidInput):
        await connect_dstny(Account("dstny", sim.base_url, DOMAIN, "agent1", options={"scopes": "call control"}),
                            Credentials(password=PASSWORD))
