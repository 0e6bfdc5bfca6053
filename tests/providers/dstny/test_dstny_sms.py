"""The Dstny SMS API: the client's request against the reference's example, the simulator's checks
(from the reference, not from the client), its number plan, and injected failures — over loopback."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import httpx
import pytest
from support import arequest as control
from support import dstny_signed_in

from cti_desktop.core.errors import InvalidInput, ServerUnavailable, UserFacingError
from cti_desktop.providers.dstny.client import DstnyClient

DOMAIN = "demo.example"
#: The Dstny reference's JSON examples (extracted by tools/extract_dstny_examples.py from the vendor's
#: dstny-core-api-reference.txt); the SMS API's request example starts on line 9012 of the dump.
EXAMPLES = Path(__file__).resolve().parent / "data" / "dstny_reference_examples.json"
SMS_EXAMPLE_LINE = 9012


def reference_sms_body() -> dict:
    (raw,) = [e["raw"] for e in json.loads(EXAMPLES.read_text(encoding="utf-8"))["examples"]
              if e["line"] == SMS_EXAMPLE_LINE]
    return json.loads(raw)


@pytest.fixture
async def sms_client(sim):
    """agent1 signed in, and every request its client sends (in full: method, path, query pairs,
    headers and JSON body)."""
    async with dstny_signed_in(sim) as signed:
        yield sim, signed.client, signed.sent, signed.http


async def test_the_request_is_the_reference_example(sms_client):
    sim, client, wire, _ = sms_client
    example = reference_sms_body()
    assert list(example) == ["smsText"]  # the example body holds the text only
    # The reference's own example of a local number: "the user can send to 0890510 and the SMS will be
    # routed to +46890510" (with a number plan of 08 -> +468, which the simulated organisation has).
    await client.send_sms("0890510", example["smsText"])
    request = wire[-1]
    assert request.method == "POST"
    assert request.url.path == f"/api/sms/{DOMAIN}/agent1"
    assert list(request.url.params.multi_items()) == [("to", "0890510")]
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"].startswith("Bearer ")
    assert json.loads(request.content) == example
    (sent,) = (await control(sim, "GET", "/_sim/sms"))["sent"]
    assert sent["to"] == "0890510" and sent["routedTo"] == "+46890510"
    assert sent["smsText"] == example["smsText"] and sent["from"] == "agent1"


@pytest.mark.parametrize(("to", "routed"), [
    ("+46701234567", "+46701234567"),
    ("0046701234567", "+46701234567"),
    ("0701234567", "+46701234567"),
    ("1002", "+46701100200"),  # an extension: that user's mobile
])
async def test_the_simulator_expands_by_the_number_plan(sms_client, to, routed):
    sim, client, _, _ = sms_client
    await client.send_sms(to, "Hej")
    assert (await control(sim, "GET", "/_sim/sms"))["sent"][-1]["routedTo"] == routed


async def test_the_simulator_checks_the_reference_shape(sms_client):
    sim, client, _, http = sms_client
    url = sim.base_url + f"/api/sms/{DOMAIN}/agent1"
    headers = client.auth_headers()

    async def status(**kwargs) -> tuple[int, str]:
        response = await http.post(url, headers=headers, **kwargs)
        body = response.json()
        return response.status_code, body["field"][0]["code"] if body.get("field") else ""

    # "to" is not read from the body: the reference's example body has the text only.
    assert await status(json={"to": "+46701234567", "smsText": "x"}) == (400, "to.invalid")
    assert await status(params={"to": "+46701234567"}, json={}) == (400, "smsText.invalid")
    assert await status(params={"to": "+46701234567"}, json={"smsText": 5}) == (400, "smsText.invalid")
    assert await status(params={"to": "+46701234567"}, json={"smsText": ""}) == (400, "smsText.invalid")
    assert await status(params={"to": "call me"}, json={"smsText": "x"}) == (400, "to.invalid")
    assert await status(params={"to": "9999"}, json={"smsText": "x"}) == (404, "to.unknown")
    assert await status(params={"to": "+46701234567"}, json={"smsText": "x"}) == (200, "")
    assert len((await control(sim, "GET", "/_sim/sms"))["sent"]) == 1
    # Without a ticket nothing is sent (401, before the handler).
    response = await http.post(url, params={"to": "+46701234567"}, json={"smsText": "x"})
    assert response.status_code == 401
    assert len((await control(sim, "GET", "/_sim/sms"))["sent"]) == 1


async def test_the_servers_own_description_reaches_the_person(sms_client):
    sim, client, _, _ = sms_client
    await control(sim, "POST", "/_sim/sms/fail", {"status": 400, "code": "sms.not.allowed",
                                                   "description": "You are not allowed to send SMS"})
    with pytest.raises(UserFacingError, match="You are not allowed to send SMS"):
        await client.send_sms("+46701234567", "Hi")
    await client.send_sms("+46701234567", "Hi")  # the failure was for one send only
    assert [s["smsText"] for s in (await control(sim, "GET", "/_sim/sms"))["sent"]] == ["Hi"]


@pytest.mark.parametrize(("status", "body", "words"), [
    (503, "json", "HTTP 503"),
    (429, "json", "busy"),
    (500, "json", "HTTP 500"),
    (502, "html", "HTTP 502"),
    (422, "json", "refused"),
])
async def test_failures_without_a_description_are_said_in_words(sms_client, status, body, words):
    sim, client, _, _ = sms_client
    await control(sim, "POST", "/_sim/sms/fail", {"status": status, "body": body})
    with pytest.raises(UserFacingError) as info:
        await client.send_sms("+46701234567", "Hi")
    assert words in str(info.value) and str(info.value).startswith("SMS")
    assert (await control(sim, "GET", "/_sim/sms"))["sent"] == []


async def test_network_down_is_said_in_words():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    async with httpx.AsyncClient(timeout=5) as http:
        client = DstnyClient(http, api_url=f"http://127.0.0.1:{port}/api", domain=DOMAIN, user="agent1",
                             ticket="1.abc")
        with pytest.raises(ServerUnavailable, match="could not connect to the server"):
            await client.send_sms("+46701234567", "Hi")


async def test_a_timeout_says_the_sms_may_have_been_sent(sms_client):
    sim, _, _, _ = sms_client
    await control(sim, "POST", "/_sim/faults", {"latencyMs": 1500, "routes": ["sms.send"]})
    async with dstny_signed_in(sim, timeout=0.3) as signed:
        with pytest.raises(ServerUnavailable) as info:
            await signed.client.send_sms("+46701234567", "Late")
    assert str(info.value) == ("SMS: the server did not answer in time; the SMS may still have been sent, "
                               "so check before sending it again")
    assert "call" not in str(info.value)


async def test_nothing_is_sent_for_an_empty_text_or_number(sms_client):
    sim, client, wire, _ = sms_client
    before = len(wire)
    for to, text in (("", "x"), ("  ", "x"), ("+46701234567", ""), ("+46701234567", " \n ")):
        with pytest.raises(InvalidInput):
            await client.send_sms(to, text)
    assert len(wire) == before


async def test_control_routes_refuse_bad_failures(sim):
    async with httpx.AsyncClient(timeout=10) as http:
        for body in ({"status": 200}, {"status": "x"}, {"count": 0}, [1]):
            response = await http.post(sim.base_url + "/_sim/sms/fail", json=body)
            assert response.status_code == 400, body
        await control(sim, "POST", "/_sim/sms/fail", {"status": 503, "count": 2})
        assert len((await control(sim, "GET", "/_sim/sms"))["failures"]) == 1
        await control(sim, "DELETE", "/_sim/sms")
        assert (await control(sim, "GET", "/_sim/sms")) == {"sent": [], "failures": []}
