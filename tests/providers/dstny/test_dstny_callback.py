"""The Calls API's call-back ("ring my mobile, then connect"): the request is the reference's own.

The reference's request example (``POST http://bcs.mydomain.com/api/calls/current/foo.com/alice/mobile/
%2B468123456789?role=PRIVATE``) and the parameter names it lists after it (``role``, ``bypass``,
``intrude``, ``callback-via-gsm``) are kept in ``data/dstny_reference_examples.json`` (``requests``),
extracted by ``tools/extract_dstny_examples.py`` from the vendor's ``dstny-core-api-reference.txt``.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from support import call_in_status, dstny_signed_in, until_value

from cti_desktop.core.errors import InvalidInput, UserFacingError
from cti_desktop.core.models import CallStatus
from cti_desktop.providers.dstny.client import DstnyClient

DOMAIN = "demo.example"
DATA = Path(__file__).resolve().parent / "data" / "dstny_reference_examples.json"


def _reference_callback() -> dict:
    requests = json.loads(DATA.read_text(encoding="utf-8"))["requests"]
    return next(r for r in requests if "/api/calls/current/" in r["url"])


class _Recorder:
    """A stand-in server for the reference's host: it records the request and answers the
    reference's call-back response body (``field``/``warning``/``generated-id``)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"field": [], "warning": [], "generated-id": "string"})


async def test_the_request_is_the_references_example():
    example = _reference_callback()
    url = httpx.URL(example["url"])
    _, _, domain, user, aptype, receiver = url.raw_path.decode().split("?")[0].strip("/").split("/")[1:]
    recorder = _Recorder()
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        client = DstnyClient(http, api_url=f"{url.scheme}://{url.host}/api", domain=domain, user=user, ticket="t")
        answer = await client.callback(aptype, "+468123456789", role=url.params["role"])
        assert answer is None  # a status body, not a call state
        sent = recorder.requests[-1]
        assert sent.method == example["method"]
        assert str(sent.url) == example["url"]
        # The GSM preference goes out under the reference's name, among the parameters it lists.
        await client.call_via_mobile("+468123456789")
        sent = recorder.requests[-1]
        assert sent.url.raw_path.decode().split("?")[0] == url.raw_path.decode().split("?")[0]
        assert dict(sent.url.params) == {"callback-via-gsm": "true"}
        assert set(sent.url.params) <= set(example["parameters"])
        assert "preferGsm" not in str(sent.url)
        with pytest.raises(InvalidInput):
            await client.call_via_mobile("  ")
        assert len(recorder.requests) == 2


async def test_call_via_mobile_rings_the_mobile_first_then_the_destination(sim):
    async with dstny_signed_in(sim) as signed:
        agent1 = signed.client
        assert await agent1.call_via_mobile("+46701119999") is None

        async def mobile_leg():
            calls = await agent1.get_calls()
            return next((c for c in calls if "agent1-mobile" in c.device_ids), None)

        first = await until_value(mobile_leg)
        assert first.status == CallStatus.INITIATED and "mobile" in first.event_description.lower()
        assert first.remote.number == "+46701119999"
        connected = await until_value(lambda: call_in_status(agent1, first.call_id, CallStatus.ACTIVE))
        assert connected.device_ids == ("agent1-mobile",) or list(connected.device_ids) == ["agent1-mobile"]
        await agent1.hangup(connected)


async def test_the_simulator_refuses_what_the_reference_does_not_name(sim):
    async with dstny_signed_in(sim) as signed:
        agent1, http = signed.client, signed.http
        base = f"{sim.base_url}/api/calls/current/{DOMAIN}/agent1/mobile/%2B46701119999"
        headers = agent1.auth_headers()
        wrong = await http.post(base, params={"preferGsm": "true"}, headers=headers)
        assert wrong.status_code == 400
        assert wrong.json()["field"][0]["fieldName"] == "preferGsm"
        bad_flag = await http.post(base, params={"callback-via-gsm": "yes"}, headers=headers)
        assert bad_flag.status_code == 400
        bad_place = await http.post(base.replace("/mobile/", "/office/"), headers=headers)
        assert bad_place.status_code == 400
        with pytest.raises(UserFacingError) as refused:
            await agent1.callback("mobile", "+46701119999", intrude=True)
        assert "intrud" in str(refused.value).lower()
        assert await agent1.get_calls() == []
