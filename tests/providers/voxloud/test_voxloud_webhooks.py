"""The webhook receiver: simulator deliveries reach the call store; forged requests are refused and logged."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import httpx
import pytest
from support import until
from voxloud_support import SECRET, sim_post, sim_state, tls

from cti_desktop.core.calls import CallStore
from cti_desktop.core.models import CallStatus
from cti_desktop.providers.voxloud.webhooks import WebhookCallTracker, WebhookReceiver

LOG = "cti_desktop.providers.voxloud.webhooks"


@pytest.fixture
async def tracked(vox):
    store = CallStore()
    tracker = WebhookCallTracker(store, extension="101")
    receiver = WebhookReceiver(SECRET, tracker, port=0)
    await receiver.start()
    try:
        yield store, tracker, receiver
    finally:
        await receiver.aclose()


@pytest.fixture
async def subscribed(tracked, client):
    _store, _tracker, receiver = tracked
    await client.ensure_subscriptions(receiver.callback_url)
    return tracked


async def test_incoming_call_from_the_simulator_rings_then_answers_then_ends(vox, subscribed):
    store, _tracker, _receiver = subscribed
    changes = []
    store.subscribe(changes.extend)
    answer = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"})
    assert [d["status"] for d in answer["deliveries"]] == [204]
    call = store.get(answer["call_id"])
    assert call is not None and call.status == CallStatus.RINGING
    assert call.inbound and call.remote.number == "+390212345678" and call.remote.name == "Giulia Bianchi"

    await sim_post(vox, f"/_sim/calls/{answer['call_id']}/answer")
    assert store.get(answer["call_id"]).status == CallStatus.ACTIVE
    assert store.get(answer["call_id"]).remote.number == "+390212345678"

    await sim_post(vox, f"/_sim/calls/{answer['call_id']}/hangup")
    assert store.get(answer["call_id"]) is None
    assert [c.kind for c in changes] == ["added", "updated", "ended"]
    assert changes[-1].call.status == CallStatus.TERMINATED


async def test_the_references_envelope_shape_is_read_too(vox, subscribed):
    store, _tracker, _receiver = subscribed
    answer = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+393471234567", "style": "envelope"})
    call = store.get(answer["call_id"])
    assert call is not None and call.status == CallStatus.RINGING and call.remote.number == "+393471234567"


async def test_other_extensions_calls_are_not_shown_and_answered_elsewhere_ends_ours(vox, subscribed):
    store, _tracker, _receiver = subscribed
    other = await sim_post(vox, "/_sim/calls", {"to": "102", "from": "+390212345678"})
    assert [d["status"] for d in other["deliveries"]] == [204]
    assert store.get(other["call_id"]) is None
    ours = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390611122233"})
    assert store.get(ours["call_id"]).status == CallStatus.RINGING
    await sim_post(vox, f"/_sim/calls/{ours['call_id']}/answer", {"extension": "103"})
    assert store.get(ours["call_id"]) is None


async def test_failed_deliveries_are_counted_and_disable_the_subscription(vox, tracked, client):
    _store, _tracker, receiver = tracked
    wrong = receiver.local_url + "/webhook/not-the-right-secret-at-all"
    sub = await client.create_webhook_subscription(wrong, "CALL_INCOMING")
    for n in range(1, 6):
        answer = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"})
        assert answer["deliveries"][0]["status"] == 401
        fresh = await client.webhook_subscription(sub.id)
        assert fresh.failed_count == n and fresh.last_error == "HTTP 401"
    assert fresh.enabled is False
    assert (await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"}))["deliveries"] == []


async def fire(vox, url: str, *, headers: dict | None = None, body: str | None = None, json: object = None) -> int:
    request: dict = {"url": url, "headers": headers or {}}
    if json is not None:
        request["json"] = json
    else:
        request["body"] = body or ""
    return (await sim_post(vox, "/_sim/webhooks/fire", request))["status"]


GOOD = {"event_type": "CALL_INCOMING", "call_id": "forged-1", "caller": "+390212345678", "extension": "101"}


@pytest.mark.parametrize(
    "case, path, headers, status, reason",
    [
        ("wrong secret", "/webhook/guess-guess-guess-guess", {}, 401, "wrong secret"),
        ("missing secret", "/webhook", {}, 401, "no secret"),
        ("wrong secret header", "/webhook", {"X-Webhook-Secret": "guess"}, 401, "wrong secret"),
        ("foreign host", "/webhook/{secret}", {"Host": "evil.example"}, 403, "foreign Host"),
        ("foreign host, our port", "/webhook/{secret}", {"Host": "rebind.evil.example:{port}"}, 403, "foreign Host"),
        ("browser origin", "/webhook/{secret}", {"Origin": "https://evil.example"}, 403, "origin header"),
        ("browser fetch", "/webhook/{secret}", {"Sec-Fetch-Site": "cross-site"}, 403, "sec-fetch-site"),
        ("unknown charset", "/webhook/{secret}", {"Content-Type": "application/json; charset=klingon"}, 415,
         "charset 'klingon' is not one this app knows"),
        ("other path", "/admin", {}, 404, "no such path"),
    ],
)
async def test_forged_requests_are_refused_and_logged(vox, tracked, caplog, case, path, headers, status, reason):
    store, _tracker, receiver = tracked
    caplog.set_level(logging.WARNING, logger=LOG)
    url = receiver.local_url + path.format(secret=SECRET)
    headers = {k: v.format(port=receiver.port) for k, v in headers.items()}
    headers.setdefault("Content-Type", "application/json")
    assert await fire(vox, url, headers=headers, json=GOOD) == status
    assert store.calls() == []
    refusals = [r for r in caplog.records if r.name == LOG and r.levelno == logging.WARNING]
    assert len(refusals) == 1, case
    assert reason.lower() in refusals[0].getMessage().lower()
    assert str(status) in refusals[0].getMessage()
    assert SECRET not in caplog.text


@pytest.mark.parametrize("content_type", [None, "text/plain", "text/plain; charset=utf-8", "application/json",
                                          "application/x-www-form-urlencoded", "application/octet-stream"])
async def test_a_json_body_is_read_whatever_its_content_type_says(vox, tracked, content_type):
    # The reference promises JSON bodies but no Content-Type: a JSON body sent as text/plain, or
    # without any content type (the simulator's fire sends raw bytes and only the headers given), rings.
    store, _tracker, receiver = tracked
    headers = {"Content-Type": content_type} if content_type else {}
    assert await fire(vox, receiver.callback_url, headers=headers, body=json.dumps(GOOD)) == 204
    call = store.get("forged-1")
    assert call is not None and call.status == CallStatus.RINGING and call.remote.number == "+390212345678"


async def test_a_declared_charset_is_honoured(vox, tracked):
    store, _tracker, receiver = tracked
    sent = await sim_post(vox, "/_sim/webhooks/fire", {
        "url": receiver.callback_url, "headers": {"Content-Type": "text/plain; charset=iso-8859-1"},
        "body_latin1": json.dumps({**GOOD, "caller_name": "Niccolò Bàrberi"}, ensure_ascii=False)})
    assert sent["status"] == 204
    assert store.get("forged-1").remote.name == "Niccolò Bàrberi"


async def test_the_secret_in_a_header_is_accepted(vox, tracked):
    store, _tracker, receiver = tracked
    status = await fire(vox, receiver.local_url + "/webhook",
                        headers={"X-Webhook-Secret": SECRET, "Content-Type": "application/json"}, json=GOOD)
    assert status == 204
    assert store.get("forged-1").status == CallStatus.RINGING


async def test_localhost_host_name_is_accepted(vox, tracked):
    store, _tracker, receiver = tracked
    status = await fire(vox, receiver.callback_url,
                        headers={"Host": f"localhost:{receiver.port}", "Content-Type": "application/json"}, json=GOOD)
    assert status == 204
    assert store.get("forged-1").status == CallStatus.RINGING


async def test_configured_public_host_is_accepted(vox):
    store = CallStore()
    receiver = WebhookReceiver(SECRET, WebhookCallTracker(store), port=0, public_url="https://hooks.tunnel.example")
    async with receiver:
        assert receiver.callback_url == f"https://hooks.tunnel.example/webhook/{SECRET}"
        assert SECRET not in receiver.display_callback_url and SECRET not in repr(receiver)
        local = receiver.local_url + f"/webhook/{SECRET}"
        ok = await fire(vox, local, headers={"Host": "hooks.tunnel.example", "Content-Type": "application/json"}, json=GOOD)
        assert ok == 204
        assert await fire(vox, local, headers={"Host": "other.tunnel.example", "Content-Type": "application/json"},
                          json=GOOD) == 403


async def test_oversize_body_is_refused_by_its_length_and_while_reading(vox, tracked, caplog):
    store, _tracker, receiver = tracked
    caplog.set_level(logging.WARNING, logger=LOG)
    big = {**GOOD, "padding": "x" * (70 * 1024)}
    assert await fire(vox, receiver.callback_url, headers={"Content-Type": "application/json"}, json=big) == 413

    async def chunks():  # no Content-Length: the cap must hold while reading
        yield b'{"event_type": "CALL_INCOMING", "call_id": "big", "padding": "'
        for _ in range(80):
            yield b"y" * 1024
        yield b'"}'

    async with httpx.AsyncClient(trust_env=False, verify=tls()) as http:
        response = await http.post(receiver.callback_url, content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert store.calls() == []
    messages = [r.getMessage() for r in caplog.records if r.name == LOG]
    assert len(messages) == 2 and all("413" in m and "limit" in m for m in messages)
    assert SECRET not in caplog.text


async def test_rate_limit_per_source(vox, caplog):
    caplog.set_level(logging.WARNING, logger=LOG)
    store = CallStore()
    async with WebhookReceiver(SECRET, WebhookCallTracker(store), port=0, rate=0.01, burst=3) as receiver:
        statuses = []
        for n in range(5):
            statuses.append(await fire(vox, receiver.callback_url, headers={"Content-Type": "application/json"},
                                       json={**GOOD, "call_id": f"c{n}"}))
    assert statuses == [204, 204, 204, 429, 429]
    assert sum("429" in r.getMessage() and "rate limit" in r.getMessage() for r in caplog.records) == 2
    assert len(store.calls()) == 3


@pytest.mark.parametrize("body", ['{"event_type": "CALL_INCOMING", "call_id": ', "not json at all", "[1, 2]", "{}",
                                  '"CALL_INCOMING"'])
async def test_malformed_body_is_400_and_changes_nothing(vox, subscribed, caplog, body):
    store, _tracker, receiver = subscribed
    ringing = await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"})
    before = dict(store.state)
    caplog.set_level(logging.WARNING, logger=LOG)
    assert await fire(vox, receiver.callback_url, headers={"Content-Type": "application/json"}, body=body) == 400
    assert dict(store.state) == before and ringing["call_id"] in before
    assert any("400" in r.getMessage() for r in caplog.records if r.name == LOG)
    # The receiver keeps working after the garbage.
    await sim_post(vox, f"/_sim/calls/{ringing['call_id']}/hangup")
    assert store.calls() == []


async def test_non_call_events_are_accepted_and_ignored(vox, tracked):
    store, _tracker, receiver = tracked
    cdr = {"id": 8395, "type": "PHONE_CALL", "callId": "x1", "originatorNumber": "101", "lastEvent": "CALL_TERMINATED"}
    assert await fire(vox, receiver.callback_url, headers={"Content-Type": "application/json"}, json=cdr) == 204
    assert store.calls() == []


async def test_port_in_use_is_an_error_in_words(tracked):
    _store, tracker, receiver = tracked
    other = WebhookReceiver(SECRET, tracker, port=receiver.port)
    with pytest.raises(Exception) as info:
        await other.start()
    assert "could not listen" in str(info.value) and "already in use" in str(info.value)
    assert not other.listening


async def test_state_lists_delivery_outcomes(vox, subscribed):
    await sim_post(vox, "/_sim/calls", {"to": "101", "from": "+390212345678"})
    state = await sim_state(vox)
    assert state["deliveries"][-1]["status"] == 204


async def test_expect_100_continue_is_answered(tracked):
    store, _tracker, receiver = tracked
    reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
    body = json.dumps({**GOOD, "call_id": "curl-1"}).encode()
    head = (f"POST /webhook/{SECRET} HTTP/1.1\r\nHost: 127.0.0.1:{receiver.port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\n\r\n").encode()
    writer.write(head)
    assert (await asyncio.wait_for(reader.readline(), 2)).startswith(b"HTTP/1.1 100")
    await reader.readline()
    writer.write(body)
    assert (await asyncio.wait_for(reader.readline(), 2)).startswith(b"HTTP/1.1 204")
    writer.close()
    await writer.wait_closed()
    assert store.get("curl-1").status == CallStatus.RINGING


# ------------------------------------------------------------------ starvation (slow and many connections)
# Loopback is all of 127.0.0.0/8 on Linux: a client bound to 127.0.0.3 is another source address.
ATTACKER = "127.0.0.3"
HONEST = "127.0.0.2"


async def _read_until_closed(reader: asyncio.StreamReader, timeout: float) -> bytes:
    """What the server sent before closing (b"" for a reset); TimeoutError when it stays open."""
    data = b""
    async with asyncio.timeout(timeout):
        try:
            while chunk := await reader.read(4096):
                data += chunk
        except ConnectionError:
            pass
    return data


async def _honest_webhook(receiver, call_id: str) -> int:
    transport = httpx.AsyncHTTPTransport(local_address=HONEST)
    async with httpx.AsyncClient(transport=transport, trust_env=False, timeout=5) as http:
        response = await http.post(receiver.callback_url, json={**GOOD, "call_id": call_id})
    return response.status_code


async def test_two_hundred_slow_connections_from_one_address_do_not_starve_another(caplog):
    caplog.set_level(logging.WARNING, logger=LOG)
    store = CallStore()
    receiver = WebhookReceiver(SECRET, WebhookCallTracker(store), port=0, header_timeout=1.5, max_per_address=8)
    async with receiver:
        slow = []
        for _ in range(200):  # each sends half a request line and stalls
            reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port, local_addr=(ATTACKER, 0))
            writer.write(b"POST /webhook/")
            slow.append((reader, writer))
        started = time.monotonic()
        await until(lambda: receiver.refused >= 192, what="the connections past the per-address cap to be refused")
        # The honest webhook is accepted while the attacker still holds its 8 connections.
        assert await _honest_webhook(receiver, "honest-1") == 204
        assert time.monotonic() - started < 1.0
        assert store.get("honest-1").status == CallStatus.RINGING
        answers = await asyncio.gather(*(_read_until_closed(r, 5.0) for r, _w in slow))
        elapsed = time.monotonic() - started
        for _r, writer in slow:
            writer.close()
    timed_out = [a for a in answers if a.startswith(b"HTTP/1.1 408")]
    assert len(timed_out) == 8  # the per-address share, closed by the header timeout
    assert all(a == b"" or a.startswith(b"HTTP/1.1 503") for a in answers if a not in timed_out)
    assert elapsed < 1.5 + 1.5
    # Bounded logging: 5 lines, then one summary (at close, as the minute had not ended).
    lines = [r.getMessage() for r in caplog.records if r.name == LOG and r.levelno == logging.WARNING]
    refusals = [m for m in lines if m.startswith("webhook refused")]
    assert len(refusals) == 5 and all(ATTACKER in m for m in refusals)
    assert f"webhook: 195 more refusals from {ATTACKER} suppressed" in "\n".join(lines)
    assert len(lines) == 6


async def test_a_slowloris_is_closed_after_the_header_timeout(caplog):
    caplog.set_level(logging.WARNING, logger=LOG)
    async with WebhookReceiver(SECRET, WebhookCallTracker(CallStore()), port=0, header_timeout=0.5,
                               request_timeout=10) as receiver:
        reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        started = time.monotonic()
        drip = f"POST /webhook/{SECRET} HTTP/1.1\r\nHost: 127.0.0.1:{receiver.port}\r\nX-Pad: ".encode()

        async def dripping():
            for byte in drip + b"a" * 100:  # one byte every 50 ms: never a whole head in time
                try:
                    writer.write(bytes([byte]))
                    await writer.drain()
                except ConnectionError:
                    return
                await asyncio.sleep(0.05)

        dripper = asyncio.create_task(dripping())
        answer = await _read_until_closed(reader, 3.0)
        closed_after = time.monotonic() - started
        dripper.cancel()
        await asyncio.gather(dripper, return_exceptions=True)
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408")
    assert 0.4 < closed_after < 2.0
    assert any("408" in r.getMessage() and "headers took longer" in r.getMessage() for r in caplog.records)
    assert SECRET not in caplog.text


async def test_a_stalled_body_is_closed_after_the_idle_timeout():
    async with WebhookReceiver(SECRET, WebhookCallTracker(CallStore()), port=0, idle_timeout=0.3,
                               request_timeout=10) as receiver:
        reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        started = time.monotonic()
        writer.write((f"POST /webhook/{SECRET} HTTP/1.1\r\nHost: 127.0.0.1:{receiver.port}\r\n"
                      "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"event").encode())
        answer = await _read_until_closed(reader, 3.0)
        closed_after = time.monotonic() - started
        writer.close()
    assert answer.startswith(b"HTTP/1.1 408") and b"no data" in answer
    assert 0.25 < closed_after < 2.0


async def test_the_global_cap_still_holds_with_per_address_shares():
    async with WebhookReceiver(SECRET, WebhookCallTracker(CallStore()), port=0, max_connections=6,
                               max_per_address=3, header_timeout=1.0) as receiver:
        held = []
        for source in ("127.0.0.3", "127.0.0.4"):
            for _ in range(3):
                reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port, local_addr=(source, 0))
                writer.write(b"POST /")
                held.append((reader, writer))
        await until(lambda: receiver.connections == 6, what="six connections served")
        assert await _honest_webhook(receiver, "late") == 503  # all slots taken by two addresses' shares
        answers = await asyncio.gather(*(_read_until_closed(r, 3.0) for r, _w in held))
        for _r, writer in held:
            writer.close()
        assert all(a.startswith(b"HTTP/1.1 408") for a in answers)
        assert await _honest_webhook(receiver, "later") == 204  # the slots came back


async def test_refusal_logging_is_bounded_per_interval(vox, caplog):
    caplog.set_level(logging.WARNING, logger=LOG)
    async with WebhookReceiver(SECRET, WebhookCallTracker(CallStore()), port=0, log_interval=0.5,
                               rate=1000, burst=1000) as receiver:
        wrong = receiver.local_url + "/webhook/guess-guess-guess-guess"
        for _ in range(20):
            assert await fire(vox, wrong, headers={"Content-Type": "application/json"}, json=GOOD) == 401
        lines = lambda: [r.getMessage() for r in caplog.records if r.name == LOG]  # noqa: E731
        assert len(lines()) == 5
        await until(lambda: len(lines()) == 6, timeout=3, what="the summary at the end of the interval")
        assert "webhook: 15 more refusals from 127.0.0.1 suppressed" in lines()[-1]
        assert await fire(vox, wrong, headers={"Content-Type": "application/json"}, json=GOOD) == 401
        assert len(lines()) == 7 and "401" in lines()[-1]  # a new interval logs again
    assert receiver.refused == 21
    assert SECRET not in caplog.text
