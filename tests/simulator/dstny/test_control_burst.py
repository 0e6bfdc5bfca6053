"""The burst control: N state refreshes of one call, each with a new stateToken, on its stream."""

from __future__ import annotations

import json

import httpx
from httpx_sse import aconnect_sse

from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket


async def test_burst_sends_n_events_with_increasing_tokens(sim):
    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:
        t = password_ticket("agent1", "demo.example", "demo", DEFAULT_SCOPES)
        params = [("platform", "other"), *[("api", s) for s in DEFAULT_SCOPES], ("name", "t"), ("t", t)]
        token = (await http.post("/api/tickets/demo.example/agent1", params=params)).json()["token"]
        call_id = (await http.post("/_sim/calls", json={"to": "agent1", "from": "+46701234567"})).json()["callId"]
        tokens = []
        async with aconnect_sse(http, "GET", f"/api/callstate/demo.example/agent1/calls/{call_id}/stream",
                                headers={"Authorization": f"Bearer {token}"}) as source:
            events = source.aiter_sse()
            async for event in events:
                if event.data:
                    tokens.append(json.loads(event.data)["stateToken"])
                    break
            r = await http.post(f"/_sim/calls/{call_id}/burst", json={"count": 500})
            assert r.status_code == 200
            async for event in events:
                if event.data:
                    tokens.append(json.loads(event.data)["stateToken"])
                if len(tokens) == 501:
                    break
        assert tokens == sorted(set(tokens)), "every refresh has a new, larger stateToken"
        bad = await http.post(f"/_sim/calls/{call_id}/burst", json={"count": "many"})
        assert bad.status_code == 400
        await http.post(f"/_sim/calls/{call_id}/remote-hangup")
        ended = await http.post(f"/_sim/calls/{call_id}/burst", json={"count": 1})
        assert ended.status_code == 400
