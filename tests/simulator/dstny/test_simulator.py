"""The Dstny Core simulator over loopback: auth, calls, streams, faults, control API, demo."""

from __future__ import annotations

import asyncio
import json
import time
import xml.etree.ElementTree as ET
from urllib.parse import quote

import httpx
import pytest
from httpx_sse import aconnect_sse
from support import first_event_data

from cti_desktop.providers.dstny.routes import DEFAULT_ROUTES
from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket
from cti_desktop.simulator.dstny.server import SimulatorThread

D = "demo.example"
pytestmark = pytest.mark.timeout(60)


def ticket_params(user: str, password: str = "demo", scopes=DEFAULT_SCOPES, name: str = "test"):
    return [("platform", "other"), *[("api", s) for s in scopes], ("name", name), ("expires", "3600"),
            ("t", password_ticket(user, D, password, scopes))]


def get_ticket(sim, user: str = "agent1", scopes=DEFAULT_SCOPES, name: str = "test") -> str:
    r = httpx.post(sim.api_url + path("ticket.create", user), params=ticket_params(user, scopes=scopes, name=name))
    assert r.status_code == 200, r.text
    return r.json()["token"]


def client(sim, user: str = "agent1", scopes=DEFAULT_SCOPES) -> httpx.Client:
    return httpx.Client(base_url=sim.api_url, headers={"Authorization": "Bearer " + get_ticket(sim, user, scopes)},
                        timeout=10)


def build(route: str, **fields) -> str:
    # not RouteTable.path: its own parameter "name" clashes with ticket.revoke's {name} field
    return DEFAULT_ROUTES[route].template.format(**{k: quote(str(v), safe="") for k, v in fields.items()})


def path(route: str, user: str = "agent1", **kw) -> str:
    return build(route, d=D, u=user, **kw)


def inject(sim, **body) -> str:
    r = httpx.post(sim.base_url + "/_sim/calls", json=body)
    r.raise_for_status()
    return r.json()["callId"]


def sim_state(sim) -> dict:
    return httpx.get(sim.base_url + "/_sim/state").json()


def wait_for(pred, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = pred()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def assert_error_body(r: httpx.Response, status: int, code: str | None = None):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) >= {"field", "warning", "generated-id"}
    f = body["field"][0]
    assert set(f) == {"fieldName", "code", "description", "name"}
    assert f["description"]
    if code:
        assert f["code"] == code


# -- tickets and authorisation ---------------------------------------------------------------------

def test_ticket_good_password_gives_opaque_token(sim):
    r = httpx.post(sim.api_url + path("ticket.create"), params=ticket_params("agent1", name="desk"))
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"expires", "name", "token", "allowedApis"}
    assert body["name"] == "desk" and body["allowedApis"] == list(DEFAULT_SCOPES)
    assert "agent1" not in body["token"] and len(body["token"]) > 20


def test_ticket_wrong_password_is_401(sim):
    r = httpx.post(sim.api_url + path("ticket.create"), params=ticket_params("agent1", password="nope"))
    assert_error_body(r, 401, "authentication.failed")


def test_missing_and_unknown_ticket_are_401(sim):
    url = sim.api_url + path("cs.snapshot")
    assert_error_body(httpx.get(url), 401)
    assert_error_body(httpx.get(url, headers={"Authorization": "Bearer 1.nonsense"}), 401)


def test_ticket_without_scope_is_403_but_other_scopes_work(sim):
    with client(sim, scopes=("USER",)) as c:
        assert_error_body(c.get(path("cs.snapshot")), 403, "api.not.allowed")
        assert c.get(path("pr.get")).status_code == 200


def test_ticket_of_other_user_is_403(sim):
    with client(sim, "agent2") as c:
        assert_error_body(c.get(path("cs.snapshot", "agent1")), 403, "access.denied")
        assert c.get(path("cs.snapshot", "agent2")).status_code == 200


def test_ticket_revoke(sim):
    token = get_ticket(sim, name="gone")
    h = {"Authorization": "Bearer " + token}
    r = httpx.delete(sim.api_url + build("ticket.revoke", d=D, u="agent1", name="gone"), headers=h)
    assert r.status_code == 200
    assert httpx.get(sim.api_url + path("pr.get"), headers=h).status_code == 401


def test_every_route_of_the_table_is_served(sim):
    """No route of the client's table answers 404-for-unknown-path or 405 (with a valid ticket)."""
    with client(sim) as c:
        fields = {"d": D, "u": "agent1", "grp": "101", "group": "101", "group_domain": D, "agent": "agent1@" + D,
                  "item": "1", "queue": "101", "aptype": "mobile", "receiver": "+46701234567", "dev": "agent1-soft",
                  "c": "nocall", "participant": "p", "op": "start", "cid": "agent2", "id": "1", "name": "x",
                  "line_order": "PRIMARY", "rule": "CFWD_ALL", "activity": "lunch",
                  "locale": "en", "ext": "cti-desktop"}
        for name, route in DEFAULT_ROUTES.items():
            if name in ("ticket.create",) or name.endswith("stream"):
                continue
            url = build(name, **{k: fields[k] for k in route.template.replace("}", "{").split("{")[1::2]})
            r = c.request(route.method, url, json={})
            assert r.status_code != 405, name
            if r.status_code == 404:
                assert r.json()["field"][0]["code"] != "resource.not.found", name


def test_method_override_header(sim):
    with client(sim) as c:
        r = c.post(path("pr.activity"), params={"activity": "lunch", "available": "false"},
                   headers={"X-HTTP-Method-Override": "PUT"})
        assert r.status_code == 200
        assert c.get(path("pr.get")).json()["activity"]["id"] == "lunch"


# -- calls ------------------------------------------------------------------------------------------

def test_injected_call_rings_with_answer_action_then_answer_goes_active(sim):
    call_id = inject(sim, to="agent1", **{"from": "+46701234567"}, fromName="Test Caller")
    with client(sim) as c:
        calls = c.get(path("cs.snapshot")).json()["calls"]
        assert [x["callId"] for x in calls] == [call_id]
        st = calls[0]
        assert st["status"] == "RINGING" and st["inbound"] is True
        assert st["remoteParty"]["telUri"] == "tel:+46701234567"
        assert st["actions"] == [{"action": "ANSWER", "deviceIds": ["agent1-soft", "agent1-desk", "agent1-mobile"]}]
        r = c.post(path("cc.answer", c=call_id, dev="agent1-desk"), json={})
        assert r.status_code == 200
        new = r.json()
        assert new["status"] == "ACTIVE" and new["stateToken"] > st["stateToken"]
        assert new["deviceIds"] == ["agent1-desk"]
        names = [a["action"] for a in new["actions"]]
        assert names == ["MOVE", "TRANSFER", "HOLD", "PARK", "MUTE", "START_REC"]


def test_stale_state_token_is_409_with_error_body(sim):
    call_id = inject(sim, to="agent1")
    with client(sim) as c:
        first = c.get(path("cs.call", c=call_id)).json()
        c.post(path("cc.answer", c=call_id, dev="agent1-soft"), json={}).raise_for_status()
        r = c.post(path("cc.hold", c=call_id), json={"stateToken": first["stateToken"]})
        assert_error_body(r, 409, "stateToken.mismatch")
        assert c.get(path("cs.call", c=call_id)).json()["status"] == "ACTIVE"


def test_hold_resume_mute_and_recording_actions_follow_state(sim):
    call_id = inject(sim, to="agent1")
    with client(sim) as c:
        st = c.post(path("cc.answer", c=call_id, dev="agent1-soft"), json={}).json()

        def do(name, **kw):
            nonlocal st
            r = c.post(path(name, c=call_id, **kw), json={"stateToken": st["stateToken"]})
            assert r.status_code == 200, r.text
            assert r.json()["stateToken"] != st["stateToken"]
            st = r.json()
            return [a["action"] for a in st["actions"]]

        assert do("cc.hold") == ["MOVE", "TRANSFER", "RESUME", "PARK"]
        assert st["status"] == "HELD"
        assert "HOLD" in do("cc.resume")
        assert "UNMUTE" in do("cc.mute") and st["muted"] and st["event"] == "MUTED"
        acts = do("rec.command", op="start")
        assert {"STOP_REC", "PAUSE_REC"} <= set(acts) and "START_REC" not in acts and st["recording"]
        assert "RESUME_REC" in do("rec.command", op="pause")
        assert {"SAVE_REC", "DISCARD_REC"} <= set(do("rec.command", op="stop"))
        assert "START_REC" in do("rec.command", op="save")
        # an action not offered is refused
        r = c.post(path("cc.resume", c=call_id), json={"stateToken": st["stateToken"]})
        assert_error_body(r, 409, "action.not.allowed")


def test_internal_call_rings_the_colleague_and_both_see_their_leg(sim):
    with client(sim, "agent1") as a, client(sim, "agent2") as b:
        out = a.post(path("cc.make_call", dev="agent1-soft"), json={"destination": "sip:agent2@demo.example"}).json()
        assert out["status"] == "INITIATED" and out["inbound"] is False
        ringing = b.get(path("cs.snapshot", "agent2")).json()["calls"]
        assert len(ringing) == 1 and ringing[0]["status"] == "RINGING"
        assert ringing[0]["remoteParty"]["displayNumber"] == "1001"
        bid = ringing[0]["callId"]
        b.post(path("cc.answer", "agent2", c=bid, dev="agent2-desk"), json={}).raise_for_status()
        assert a.get(path("cs.call", c=out["callId"])).json()["status"] == "ACTIVE"
        b.delete(path("cc.hangup", "agent2", c=bid)).raise_for_status()
        assert a.get(path("cs.call", c=out["callId"])).json()["status"] == "TERMINATED"
        assert a.get(path("cs.snapshot")).json()["calls"] == []


def test_group_call_has_history_info(sim):
    call_id = inject(sim, to="agent1", via=103, **{"from": "+4684445566"})
    with client(sim) as c:
        st = c.get(path("cs.call", c=call_id)).json()
        assert st["historyInfo"]["subject"] == "Switchboard"
        assert st["historyInfo"]["previousParty"]["displayName"] == "Switchboard"


def test_outbound_external_call_is_answered_by_remote_when_told(sim):
    httpx.post(sim.base_url + "/_sim/config", json={"autoAnswerMs": None}).raise_for_status()
    with client(sim) as c:
        out = c.post(path("cc.make_call", dev="agent1-soft"), json={"destination": "tel:+46812345678"}).json()
        wait_for(lambda: c.get(path("cs.call", c=out["callId"])).json()["status"] == "RINGING")
        assert c.get(path("cs.call", c=out["callId"])).json()["actions"] == []
        httpx.post(sim.base_url + f"/_sim/calls/{out['callId']}/remote-answer").raise_for_status()
        assert c.get(path("cs.call", c=out["callId"])).json()["status"] == "ACTIVE"
        httpx.post(sim.base_url + f"/_sim/calls/{out['callId']}/remote-hangup").raise_for_status()
        assert c.get(path("cs.call", c=out["callId"])).json()["status"] == "TERMINATED"


def test_blind_transfer_to_a_user_rings_them(sim):
    call_id = inject(sim, to="agent1", **{"from": "+46701234567"})
    with client(sim) as c, client(sim, "agent3") as c3:
        st = c.post(path("cc.answer", c=call_id, dev="agent1-soft"), json={}).json()
        r = c.post(path("cc.transfer", c=call_id), json={"stateToken": st["stateToken"], "destination": "tel:1003;phone-context=demo.example"})
        assert r.status_code == 200 and r.json()["status"] == "TERMINATED"
        ring = c3.get(path("cs.snapshot", "agent3")).json()["calls"]
        assert ring[0]["status"] == "RINGING" and ring[0]["remoteParty"]["telUri"] == "tel:+46701234567"
        assert ring[0]["historyInfo"]["previousRetargetReason"] == "TRANSFERRED"


def test_consultation_conference_and_leave(sim):
    httpx.post(sim.base_url + "/_sim/config", json={"autoAnswerMs": 0}).raise_for_status()
    call_id = inject(sim, to="agent1", **{"from": "+46701234567"})
    with client(sim) as c:
        st = c.post(path("cc.answer", c=call_id, dev="agent1-soft"), json={}).json()
        consult = c.post(path("cc.consultation", c=call_id),
                         json={"stateToken": st["stateToken"], "destination": "tel:+46855512345"}).json()
        assert c.get(path("cs.call", c=call_id)).json()["status"] == "HELD"
        consult = wait_for(lambda: (x := c.get(path("cs.call", c=consult["callId"])).json())["status"] == "ACTIVE" and x)
        held = c.get(path("cs.call", c=call_id)).json()
        r = c.post(path("cc.conference", c=call_id), json={"stateToken": held["stateToken"],
                                                           "targetCallId": consult["callId"],
                                                           "targetStateToken": consult["stateToken"]})
        conf = r.json()
        assert r.status_code == 200 and conf["conference"] and len(conf["participants"]) == 2
        assert conf["event"] == "PARTICIPANT_ADDED" and conf["status"] == "ACTIVE"
        assert c.get(path("cs.call", c=consult["callId"])).json()["status"] == "TERMINATED"
        pid = conf["participants"][1]["id"]
        # The reference's request sample is a body {"stateToken": …}: the token in the query is refused.
        r = c.request("DELETE", path("cc.remove_participant", c=call_id, participant=pid),
                      params={"stateToken": conf["stateToken"]})
        assert r.status_code == 400 and r.json()["field"][0]["code"] == "stateToken.misplaced"
        r = c.request("DELETE", path("cc.remove_participant", c=call_id, participant=pid),
                      json={"stateToken": conf["stateToken"]})
        assert r.status_code == 200 and r.json()["event"] == "PARTICIPANT_LEFT"


def test_pickup_of_a_colleagues_ringing_call(sim):
    call_id = inject(sim, to="agent2")
    with client(sim, "agent3") as c:
        st = c.post(path("cc.pickup", "agent3", dev="agent3-soft", c=call_id), json={}).json()
        assert st["status"] == "ACTIVE" and st["deviceIds"] == ["agent3-soft"]
    calls = {x["callId"]: x for x in sim_state(sim)["calls"]}
    assert calls[call_id]["status"] == "TERMINATED"


def test_dtmf_validation(sim):
    call_id = inject(sim, to="agent1")
    with client(sim) as c:
        st = c.post(path("cc.answer", c=call_id, dev="agent1-soft"), json={}).json()
        assert c.post(path("cc.dtmf", c=call_id), json={"stateToken": st["stateToken"], "digits": "12#"}).status_code == 200
        assert_error_body(c.post(path("cc.dtmf", c=call_id), json={"digits": "12x"}), 400)


# -- streams ----------------------------------------------------------------------------------------

async def _auth(sim, user="agent1") -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post(sim.api_url + path("ticket.create", user), params=ticket_params(user))
        return {"Authorization": "Bearer " + r.json()["token"]}


async def test_call_stream_sends_current_state_then_changes_and_ends_after_terminated(sim):
    call_id = inject(sim, to="agent1")
    h = await _auth(sim)
    seen = []
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        async with aconnect_sse(c, "GET", path("cs.call_stream", c=call_id)) as es:
            assert es.response.headers["content-type"].startswith("text/event-stream")
            async for ev in es.aiter_sse():
                if not ev.data:
                    continue
                assert ev.id
                st = json.loads(ev.data)
                seen.append((int(ev.id), st["status"], st["stateToken"]))
                if len(seen) == 1:
                    assert ev.retry and ev.retry > 0
                    r = await c.post(path("cc.answer", c=call_id, dev="agent1-soft"), json={})
                    await c.delete(path("cc.hangup", c=call_id))
    assert [s[1] for s in seen] == ["RINGING", "ACTIVE", "TERMINATED"]
    assert [s[0] for s in seen] == sorted(s[0] for s in seen)
    assert len({s[2] for s in seen}) == 3
    assert r.status_code == 200


async def two_xml_documents(sim, route: str, after_first) -> list:
    """The first two XML documents of agent1's stream ``route``; ``await after_first(client)`` runs
    once the first has come (the client has the API's base URL and agent1's headers)."""
    h = await _auth(sim)
    docs = []
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        async with aconnect_sse(c, "GET", path(route)) as es:
            async for ev in es.aiter_sse():
                if not ev.data:
                    continue
                docs.append(ET.fromstring(ev.data))
                if len(docs) == 1:
                    await after_first(c)
                else:
                    break
    return docs


async def test_dialog_stream_full_then_partial_xml(sim):
    async def ring(_c) -> None:
        await asyncio.to_thread(inject, sim, to="agent1", **{"from": "+46701239999"})

    docs = await two_xml_documents(sim, "cs.dialog_stream", ring)
    ns = "{urn:ietf:params:xml:ns:dialog-info}"
    assert docs[0].tag == ns + "dialog-info" and docs[0].get("state") == "full"
    assert docs[0].get("entity") == "sip:agent1@demo.example" and docs[0].findall(ns + "dialog") == []
    d = docs[1].find(ns + "dialog")
    assert docs[1].get("state") == "partial" and int(docs[1].get("version")) > int(docs[0].get("version"))
    assert d.get("direction") == "recipient" and d.find(ns + "state").text == "early"
    assert d.find(f"{ns}remote/{ns}identity").text == "sip:+46701239999@demo.example"


async def test_queue_stats_stream_xml_only_my_queues(sim):
    async def load(c) -> None:
        await c.post(sim.base_url + "/_sim/queues/104", json={"callsWaiting": 5})  # not mine
        await c.post(sim.base_url + "/_sim/queues/101", json={"callsWaiting": 4, "longestWaiting": 33})

    docs = await two_xml_documents(sim, "dg.queuestats_stream", load)
    assert sorted(q.get("id") for q in docs[0].findall("queue")) == ["101", "102", "103"]
    q = docs[1].find("queue")
    assert q.get("id") == "101" and q.findtext("queueLength") == "4" and q.findtext("longestWaiting") == "33"


async def test_heartbeats_arrive(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        async with c.stream("GET", path("cfg.stream")) as r:
            text = ""
            async for chunk in r.aiter_text():
                text += chunk
                if ": heartbeat" in text:
                    break
    assert text.startswith("retry: ")


async def test_drop_cuts_streams_abruptly_and_outage_gives_503(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        with pytest.raises(httpx.TransportError):
            async with aconnect_sse(c, "GET", path("cs.dialog_stream")) as es:
                async for ev in es.aiter_sse():
                    if ev.data:
                        await c.post(sim.base_url + "/_sim/streams/drop", json={"outageMs": 800})
        r = await c.get(path("cs.snapshot"))
        assert r.status_code == 503 and r.headers["Retry-After"] == "1"
        await asyncio.sleep(0.9)
        assert (await c.get(path("cs.snapshot"))).status_code == 200


async def test_stall_silences_streams(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=httpx.Timeout(10, read=2.5)) as c:
        await c.post(sim.base_url + "/_sim/faults", json={"stall": True})
        with pytest.raises(httpx.ReadTimeout):
            async with aconnect_sse(c, "GET", path("cs.dialog_stream")) as es:
                assert es.response.status_code == 200
                async for ev in es.aiter_sse():
                    pytest.fail(f"a stalled stream sent {ev!r}")


# -- faults, control, reset -------------------------------------------------------------------------

def test_error_rate_and_malformed_faults(sim):
    with client(sim) as c:
        httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1}).raise_for_status()
        r = c.get(path("pr.get"))
        assert_error_body(r, 503)
        assert r.headers["Retry-After"] == "1"
        httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 0, "malformedRate": 1}).raise_for_status()
        r = c.get(path("pr.get"))
        assert r.status_code == 200
        with pytest.raises(ValueError):
            json.loads(r.content)
        httpx.delete(sim.base_url + "/_sim/faults").raise_for_status()
        assert c.get(path("pr.get")).json()["available"] is True


def test_latency_fault(sim):
    with client(sim) as c:
        httpx.post(sim.base_url + "/_sim/faults", json={"latencyMs": 300}).raise_for_status()
        t = time.monotonic()
        c.get(path("pr.get")).raise_for_status()
        assert time.monotonic() - t >= 0.3


def test_state_and_reset(sim):
    inject(sim, to="agent1")
    httpx.post(sim.base_url + "/_sim/presence/agent2", json={"activity": "lunch", "note": "Pizza"}).raise_for_status()
    st = sim_state(sim)
    assert len(st["users"]) >= 21 and {g["type"] for g in st["groups"]} >= {"ACD", "ACD_LIGHT", "ATTENDANT"}
    assert st["liveCalls"] == 1 and st["calls"][0]["status"] == "RINGING"
    agent2 = next(u for u in st["users"] if u["userId"] == "agent2")
    assert agent2["presence"]["activity"]["id"] == "lunch" and agent2["presence"]["note"] == "Pizza"
    httpx.post(sim.base_url + "/_sim/reset").raise_for_status()
    st = sim_state(sim)
    assert st["liveCalls"] == 0 and st["calls"] == []
    agent2 = next(u for u in st["users"] if u["userId"] == "agent2")
    assert agent2["presence"]["activity"]["id"] == "available"


def test_presence_and_contacts_shapes(sim):
    with client(sim) as c:
        acts = c.get(path("cfg.activities")).json()["activity"]
        assert {"available", "lunch", "meeting", "away", "busy"} <= {a["id"] for a in acts}
        favs = c.get(path("ct.search")).json()
        assert favs["contact"] and all(x["contactStatus"] == "FAVORITE" for x in favs["contact"])
        found = c.get(path("ct.search"), params={"query": "agent2"}).json()["contact"]
        assert found[0]["type"] == "DIRECTORY" and "presence" in found[0]
        groups = c.get(path("dg.groups")).json()["group"]
        assert set(groups[0]) == {"id", "domain", "name", "type", "loggedIn", "nightMode", "loggedInAgents",
                                  "freeAgents", "callsWaiting"}
        c.post(path("dg.login", grp="102")).raise_for_status()
        assert next(g for g in c.get(path("dg.groups")).json()["group"] if g["id"] == 102)["loggedIn"] is True


def test_big_directory_search_is_fast():
    with SimulatorThread(seed=3, contacts=100_000, heartbeat=1.0) as s:
        with client(s) as c:
            t = time.monotonic()
            for q in ("anna", "lind", "zzzz", "+4670", "nordic logistik"):
                r = c.get(path("ct.search"), params={"query": q, "maxResults": 25})
                assert r.status_code == 200 and len(r.json()["contact"]) <= 25
            assert time.monotonic() - t < 3.0
        assert sim_state(s)["directorySize"] == 100_000


def test_demo_mode_produces_calls():
    with SimulatorThread(seed=5, demo=True, heartbeat=1.0) as s:
        st = wait_for(lambda: (x := sim_state(s))["calls"] and x, timeout=12)
        assert st["demo"] is True and st["calls"][0]["status"] in ("RINGING", "ACTIVE", "TERMINATED")


def test_alternate_transfer_to_call_park_and_move(sim):
    httpx.post(sim.base_url + "/_sim/config", json={"autoAnswerMs": 0}).raise_for_status()
    first = inject(sim, to="agent1", **{"from": "+46701234567"})
    with client(sim) as c, client(sim, "agent4") as c4:
        st = c.post(path("cc.answer", c=first, dev="agent1-soft"), json={}).json()
        moved = c.post(path("cc.move", c=first, dev="agent1-desk"), json={"stateToken": st["stateToken"]}).json()
        assert moved["deviceIds"] == ["agent1-desk"] and moved["status"] == "ACTIVE"
        second = c.post(path("cc.consultation", c=first),
                        json={"stateToken": moved["stateToken"], "destination": "sip:agent4@demo.example"}).json()
        ring4 = c4.get(path("cs.snapshot", "agent4")).json()["calls"][0]
        c4.post(path("cc.answer", "agent4", c=ring4["callId"], dev="agent4-soft"), json={}).raise_for_status()
        a = c.get(path("cs.call", c=first)).json()
        b = c.get(path("cs.call", c=second["callId"])).json()
        assert a["status"] == "HELD" and b["status"] == "ACTIVE"
        r = c.post(path("cc.alternate", c=second["callId"]), json={"stateToken": b["stateToken"],
                                                                   "targetCallId": first, "targetStateToken": a["stateToken"]})
        assert r.status_code == 200 and r.json()["status"] == "HELD"
        a = c.get(path("cs.call", c=first)).json()
        b = c.get(path("cs.call", c=second["callId"])).json()
        r = c.post(path("cc.transfer_to_call", c=first), json={"stateToken": a["stateToken"],
                                                               "targetCallId": b["callId"], "targetStateToken": b["stateToken"]})
        assert r.status_code == 200 and r.json()["status"] == "TERMINATED"
        leg4 = c4.get(path("cs.call", "agent4", c=ring4["callId"])).json()
        assert leg4["status"] == "ACTIVE" and leg4["remoteParty"]["telUri"] == "tel:+46701234567"
        r = c4.post(path("cc.park", "agent4", c=ring4["callId"]), json={"stateToken": leg4["stateToken"]})
        assert r.status_code == 200 and r.json()["event"] == "PARKED"
    assert sim_state(sim)["parked"]


async def test_reset_ends_open_streams_cleanly(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        events = 0
        async with aconnect_sse(c, "GET", path("cs.dialog_stream")) as es:
            async for ev in es.aiter_sse():  # ends without a transport error
                events += 1
                if ev.data:
                    await c.post(sim.base_url + "/_sim/reset")
        assert events >= 1


async def test_malformed_rate_garbles_stream_data(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        await c.post(sim.base_url + "/_sim/faults", json={"malformedRate": 1})
        garbled = await first_event_data(c, path("cs.dialog_stream"))
        with pytest.raises(ET.ParseError):
            ET.fromstring(garbled)
