"""The simulator's synthetic queue load (``/_sim/queues/load``) and the supervisor's view of queues."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from urllib.parse import quote

import httpx
import pytest
from httpx_sse import aconnect_sse

from cti_desktop.providers.dstny.routes import DEFAULT_ROUTES
from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket
from cti_desktop.simulator.dstny.queue_load import FIRST_LOAD_GID

D = "demo.example"
pytestmark = pytest.mark.timeout(60)


def path(route: str, user: str, **kw) -> str:
    return DEFAULT_ROUTES[route].template.format(d=D, u=quote(user), **kw)


def auth(sim, user: str) -> dict:
    params = [("platform", "other"), *[("api", s) for s in DEFAULT_SCOPES], ("name", "t"), ("expires", "3600"),
              ("t", password_ticket(user, D, "demo", DEFAULT_SCOPES))]
    r = httpx.post(sim.api_url + path("ticket.create", user), params=params, timeout=10)
    r.raise_for_status()
    return {"Authorization": "Bearer " + r.json()["token"]}


def qs_user(sim, user: str) -> dict[str, dict]:
    r = httpx.get(sim.api_url + path("qs.user", user), headers=auth(sim, user), timeout=10)
    r.raise_for_status()
    return {str(q["id"]): q for q in r.json()["queue"]}


def test_load_route_validates_and_stops(sim):
    base = sim.base_url + "/_sim/queues/load"
    for bad in ({"queues": 0}, {"rate": "fast"}, {"seconds": 99999}, {"queues": True}):
        r = httpx.post(base, json=bad, timeout=10)
        assert r.status_code == 400 and r.json()["error"], bad
    assert httpx.post(base, content=b"[1]", timeout=10).status_code == 400
    r = httpx.post(base, json={"queues": 30, "rate": 20, "seconds": 30}, timeout=10)
    assert r.status_code == 200 and r.json()["running"] and r.json()["queues"] == 30
    queues = qs_user(sim, "super1")
    assert len(queues) == 4 + 30 and str(FIRST_LOAD_GID + 29) in queues
    assert str(FIRST_LOAD_GID) not in qs_user(sim, "agent1")  # only the supervisor sees them
    time.sleep(0.5)
    status = httpx.get(base, timeout=10).json()
    assert status["running"] and status["updates"] >= 100  # ~600 per second asked for
    assert httpx.delete(base, timeout=10).json() == {"running": False}
    assert len(qs_user(sim, "super1")) == 4
    assert not httpx.get(base, timeout=10).json()["running"]


def test_a_reset_ends_the_load(sim):
    httpx.post(sim.base_url + "/_sim/queues/load", json={"queues": 5, "rate": 5, "seconds": 30}, timeout=10)
    httpx.post(sim.base_url + "/_sim/reset", timeout=10).raise_for_status()
    assert len(qs_user(sim, "super1")) == 4
    time.sleep(0.2)
    assert not httpx.get(sim.base_url + "/_sim/queues/load", timeout=10).json()["running"]


async def test_supervisor_stream_carries_every_queue_and_the_load(sim):
    h = auth(sim, "super1")
    docs: list[ET.Element] = []
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        async with aconnect_sse(c, "GET", path("dg.queuestats_stream", "super1")) as es:
            async for ev in es.aiter_sse():
                if not ev.data:
                    continue
                docs.append(ET.fromstring(ev.data))
                if len(docs) == 1:
                    await c.post(sim.base_url + "/_sim/queues/104", json={"callsWaiting": 5})  # not a member
                    await c.post(sim.base_url + "/_sim/queues/load", json={"queues": 10, "rate": 10, "seconds": 5})
                elif len(docs) >= 60:
                    break
        await c.delete(sim.base_url + "/_sim/queues/load")
    assert sorted(q.get("id") for q in docs[0].findall("queue")) == ["101", "102", "103", "104"]
    assert docs[1].find("queue").get("id") == "104" and docs[1].find("queue").findtext("queueLength") == "5"
    ids = {int(d.find("queue").get("id")) for d in docs[2:]}
    assert ids == set(range(FIRST_LOAD_GID, FIRST_LOAD_GID + 10))
    # the figures move: callers come and go, counters add up
    lengths = {d.find("queue").findtext("queueLength") for d in docs[2:]}
    assert len(lengths) > 1
    for d in docs[2:]:
        q = d.find("queue")
        assert int(q.findtext("loggedInAgents")) >= int(q.findtext("availableAgents"))
        assert int(q.findtext("totalCallsForPeriod")) == int(q.findtext("answeredCallsForPeriod")) + int(
            q.findtext("droppedCallsForPeriod"))


async def test_a_tick_is_one_document_with_many_queues_unless_per_queue(sim):
    """Batched (default): documents carry many queues; perQueue: exactly one queue per document."""
    import httpx
    from httpx_sse import aconnect_sse

    from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket
    from cti_desktop.providers.dstny.xml import parse_queue_statistics_xml

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:
        t = password_ticket("super1", "demo.example", "demo", DEFAULT_SCOPES)
        params = [("platform", "other"), *[("api", s) for s in DEFAULT_SCOPES], ("name", "t"), ("t", t)]
        token = (await http.post("/api/tickets/demo.example/super1", params=params)).json()["token"]
        for per_queue in (False, True):
            await http.post("/_sim/queues/load", json={"queues": 200, "rate": 10, "seconds": 2, "perQueue": per_queue})
            sizes = []
            async with aconnect_sse(http, "GET", "/api/distributiongroups/demo.example/super1/queuestatistics/stream",
                                    headers={"Authorization": f"Bearer {token}"}) as source:
                async for event in source.aiter_sse():
                    if event.data:
                        sizes.append(len(parse_queue_statistics_xml(event.data)))
                    if len(sizes) >= 6:
                        break
            await http.delete("/_sim/queues/load")
            later = sizes[1:]  # the first document is the full current state
            if per_queue:
                assert later == [1] * len(later)
            else:
                assert max(later) > 1
        bad = await http.post("/_sim/queues/load", json={"perQueue": "yes"})
        assert bad.status_code == 400
