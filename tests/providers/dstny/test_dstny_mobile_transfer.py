"""The Calls API's transfer of the mobile call: the client's requests against the reference's
parameter lists and answers, and the simulator's blind and attended transfers over loopback.

The reference ("Transfer a mobile call to the specified number", "Get the status of an ongoing call
transfer", "Cancel an ongoing attended call transfer") gives each operation's parameters and the two
answers' JSON; both are kept in ``data/dstny_reference_examples.json`` (``operations`` and
``examples``, made by ``tools/extract_dstny_examples.py`` from the vendor's
``dstny-core-api-reference.txt``).
"""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from support import call_in_status, dstny_signed_in, until_value

from cti_desktop.core.errors import InvalidInput, NotFound, UserFacingError
from cti_desktop.core.models import CallStatus
from cti_desktop.providers.dstny.client import DstnyClient
from cti_desktop.providers.dstny.routes import DEFAULT_ROUTES

from test_dstny_seed_examples import to_json

DOMAIN = "demo.example"
DATA = json.loads((Path(__file__).resolve().parent / "data" / "dstny_reference_examples.json").read_text("utf-8"))


def operation(summary: str) -> dict:
    return next(o for o in DATA["operations"] if o["summary"].startswith(summary))


def example(line: int):
    return to_json(next(e["raw"] for e in DATA["examples"] if e["line"] == line))[0]


TRANSFER = operation("Transfer a mobile call to the specified number")
STATUS = operation("Get the status of an ongoing call transfer")
CANCEL = operation("Cancel an ongoing attended call transfer")
STATUS_ANSWER = example(1295)  # {"transferId": {transferStartTime, type, id, destination}}
TRANSFER_ANSWER = example(1325)  # {"transferId": {transferStartTime, id}}


class _Recorder:
    """The reference's host: records each request and answers the reference's own bodies."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "POST":
            return httpx.Response(200, json=TRANSFER_ANSWER)
        if request.method == "GET":
            return httpx.Response(200, json=STATUS_ANSWER)
        return httpx.Response(204)


def test_the_reference_lists_what_the_client_sends():
    # The path carries the domain and the user (and, for the cancel, the transfer id); the rest are
    # the reference's own names, all required.
    assert [(p["name"], p["required"]) for p in TRANSFER["parameters"]] == [
        ("domain", True), ("user", True), ("transferType", True), ("destination", True)]
    assert [p["name"] for p in STATUS["parameters"]] == ["domain", "user"]
    assert [p["name"] for p in CANCEL["parameters"]] == ["domain", "user", "transferId"]
    assert STATUS_ANSWER["transferId"]["type"] == "BLIND_TRANSFER"


async def test_the_requests_have_the_references_parameters_and_read_its_answers():
    recorder = _Recorder()
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        client = DstnyClient(http, api_url="http://bcs.mydomain.com/api", domain="foo.com", user="alice", ticket="t")
        started = await client.transfer_mobile_call("+9633996603", attended=True)
        sent = recorder.requests[-1]
        assert sent.method == "POST" and sent.url.path == "/api/calls/current/foo.com/alice/transfer"
        assert dict(sent.url.params) == {"transferType": "ATTENDED_TRANSFER", "destination": "+9633996603"}
        assert "%2B9633996603" in str(sent.url)  # the "+" is not read as a space
        assert set(sent.url.params) == {p["name"] for p in TRANSFER["parameters"]} - {"domain", "user"}
        assert not sent.content
        # The answer names the id and start time only (0 = not given): what was asked fills the rest.
        assert started.transfer_id == "5" and started.attended is True and started.started_at is None
        assert started.destination == "+9633996603"

        await client.transfer_mobile_call("1002", attended=False)
        assert dict(recorder.requests[-1].url.params) == {"transferType": "BLIND_TRANSFER", "destination": "1002"}

        status = await client.mobile_transfer_status()
        sent = recorder.requests[-1]
        assert sent.method == "GET" and sent.url.path == "/api/calls/current/foo.com/alice/transfer"
        assert not sent.url.params
        assert status.transfer_id == "5" and status.attended is False and status.destination == "+9633996603"
        assert status.started_at == datetime.fromtimestamp(1741673212.357, tz=UTC)

        await client.cancel_mobile_transfer("5")
        sent = recorder.requests[-1]
        assert sent.method == "DELETE" and sent.url.path == "/api/calls/current/foo.com/alice/transfer/5"

        for bad in ("", "  ", "070 111 22 33", "+46\n70"):
            with pytest.raises(InvalidInput):
                await client.transfer_mobile_call(bad, attended=True)
        with pytest.raises(InvalidInput):
            await client.cancel_mobile_transfer(" ")
        assert len(recorder.requests) == 4


def test_the_routes_are_below_the_call_back():
    callback = DEFAULT_ROUTES["calls.callback"].template
    for name in ("calls.transfer", "calls.transfer_status", "calls.transfer_cancel"):
        assert DEFAULT_ROUTES[name].template.startswith(callback.split("/{aptype}")[0] + "/transfer")
        assert not DEFAULT_ROUTES[name].confirmed  # the reference shows no path


# -- against the simulator ---------------------------------------------------------------------------

async def _mobile_call(client, status=CallStatus.ACTIVE):
    calls = await client.get_calls()
    return next((c for c in calls if "agent1-mobile" in c.device_ids and c.status == status), None)


async def _ringing(client):
    return next((c for c in await client.get_calls() if c.status == CallStatus.RINGING and c.inbound), None)


async def _call_via_mobile(agent1, number="+46701119999"):
    await agent1.call_via_mobile(number)
    return await until_value(lambda: _mobile_call(agent1))


def _auto_answer(sim, ms):
    httpx.post(sim.base_url + "/_sim/config", json={"autoAnswerMs": ms}, timeout=10).raise_for_status()


async def test_attended_transfer_holds_the_call_rings_the_colleague_and_connects_on_answer(sim):
    async with dstny_signed_in(sim, "agent1", "agent2") as signed:
        agent1, agent2 = signed.clients
        assert await agent1.mobile_transfer_status() is None  # nothing ongoing: a 404, read as none
        call = await _call_via_mobile(agent1)

        started = await agent1.transfer_mobile_call("1002", attended=True)
        assert started.attended is True and started.transfer_id
        held = await until_value(lambda: _mobile_call(agent1, CallStatus.HELD))
        assert held.call_id == call.call_id and "transferring" in held.event_description.lower()
        status = await agent1.mobile_transfer_status()
        assert (status.transfer_id, status.attended, status.destination) == (started.transfer_id, True, "1002")
        assert status.started_at is not None and abs(status.started_at.timestamp() - time.time()) < 30
        with pytest.raises(UserFacingError, match="already ongoing"):
            await agent1.transfer_mobile_call("1003", attended=True)

        ringing = await until_value(lambda: _ringing(agent2))
        await agent2.answer(ringing, ringing.device_ids[0])
        ended = await until_value(lambda: call_in_status(agent1, call.call_id, CallStatus.TERMINATED))
        assert ended.event == "TRANSFERRED"
        connected = await agent2.get_call(ringing.call_id)
        assert connected.status == CallStatus.ACTIVE and connected.remote.number == "+46701119999"
        assert await agent1.mobile_transfer_status() is None
        await agent2.hangup(connected)


async def test_cancel_gives_the_call_back_and_stops_the_ringing(sim):
    async with dstny_signed_in(sim, "agent1", "agent2") as signed:
        agent1, agent2 = signed.clients
        call = await _call_via_mobile(agent1)
        started = await agent1.transfer_mobile_call("1002", attended=True)
        ringing = await until_value(lambda: _ringing(agent2))
        with pytest.raises(NotFound):
            await agent1.cancel_mobile_transfer("no-such-transfer")
        await agent1.cancel_mobile_transfer(started.transfer_id)
        back = await until_value(lambda: call_in_status(agent1, call.call_id, CallStatus.ACTIVE))
        assert back.event == "TRANSFER_CANCELLED" and back.remote.number == "+46701119999"
        assert (await agent2.get_call(ringing.call_id)).status == CallStatus.TERMINATED
        assert await agent1.mobile_transfer_status() is None
        await agent1.hangup(back)


async def test_an_outside_number_that_never_answers_keeps_the_transfer_ongoing_until_cancelled(sim):
    async with dstny_signed_in(sim) as signed:
        agent1 = signed.client
        call = await _call_via_mobile(agent1)
        _auto_answer(sim, None)
        try:
            started = await agent1.transfer_mobile_call("+46707770000", attended=True)
            await asyncio.sleep(0.4)
            assert (await agent1.get_call(call.call_id)).status == CallStatus.HELD
            assert (await agent1.mobile_transfer_status()).destination == "+46707770000"
            await agent1.cancel_mobile_transfer(started.transfer_id)
            await until_value(lambda: call_in_status(agent1, call.call_id, CallStatus.ACTIVE))
        finally:
            _auto_answer(sim, 1500)
        await agent1.hangup(await agent1.get_call(call.call_id))


async def test_an_outside_number_that_answers_takes_the_call(sim):
    async with dstny_signed_in(sim) as signed:
        agent1 = signed.client
        call = await _call_via_mobile(agent1)
        _auto_answer(sim, 200)
        try:
            await agent1.transfer_mobile_call("+46707770000", attended=True)
            ended = await until_value(lambda: call_in_status(agent1, call.call_id, CallStatus.TERMINATED))
        finally:
            _auto_answer(sim, 1500)
        assert ended.event == "TRANSFERRED"
        assert await agent1.mobile_transfer_status() is None


async def test_blind_transfer_hands_the_call_over_and_cannot_be_cancelled(sim):
    async with dstny_signed_in(sim, "agent1", "agent2") as signed:
        agent1, agent2 = signed.clients
        call = await _call_via_mobile(agent1)
        started = await agent1.transfer_mobile_call("1002", attended=False)
        ended = await until_value(lambda: call_in_status(agent1, call.call_id, CallStatus.TERMINATED))
        assert ended.event == "TRANSFERRED"  # released at once
        ringing = await until_value(lambda: _ringing(agent2))
        status = await agent1.mobile_transfer_status()  # ongoing while the colleague rings
        assert status.transfer_id == started.transfer_id and status.attended is False
        with pytest.raises(UserFacingError, match="attended"):
            await agent1.cancel_mobile_transfer(started.transfer_id)
        await agent2.answer(ringing, ringing.device_ids[0])
        assert await agent1.mobile_transfer_status() is None
        await agent2.hangup(await agent2.get_call(ringing.call_id))


async def test_the_simulator_refuses_what_the_reference_does_not_allow(sim):
    async with dstny_signed_in(sim) as signed:
        agent1, http = signed.client, signed.http
        with pytest.raises(NotFound, match="no call on their mobile"):
            await agent1.transfer_mobile_call("1002", attended=True)
        # A call-back still calling the mobile is not connected yet.
        await agent1.call_via_mobile("+46701119999")
        with pytest.raises(UserFacingError, match="not connected yet"):
            await agent1.transfer_mobile_call("1002", attended=True)
        call = await until_value(lambda: _mobile_call(agent1))
        url = f"{sim.base_url}/api/calls/current/{DOMAIN}/agent1/transfer"
        headers = agent1.auth_headers()
        for params in ({"transferType": "WARM", "destination": "1002"}, {"transferType": "BLIND_TRANSFER"},
                       {"transferType": "BLIND_TRANSFER", "destination": "tel:1002"},
                       {"transferType": "BLIND_TRANSFER", "destination": "1002", "callId": call.call_id}):
            answer = await http.post(url, params=params, headers=headers)
            assert answer.status_code == 400, params
        body = await http.post(url, json={"transferType": "BLIND_TRANSFER", "destination": "1002"}, headers=headers)
        assert body.status_code == 400
        with pytest.raises(UserFacingError, match="yourself"):
            await agent1.transfer_mobile_call("1001", attended=False)
        assert (await agent1.get_call(call.call_id)).status == CallStatus.ACTIVE
        await agent1.hangup(call)
