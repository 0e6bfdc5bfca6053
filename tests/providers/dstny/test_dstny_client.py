"""``DstnyClient`` against the real simulator on loopback: every route of the table is exercised.

The simulator (``cti_desktop/simulator``) speaks the contract of ``shared/api/dstny-core.md``; its
control API injects calls (``POST /_sim/calls``) and plays the remote side. Every request the client
sends is recorded by an ``httpx`` event hook and matched to a route of the table, so the coverage
assertion at the end is about what went over the wire, not about which methods were called.
"""

from __future__ import annotations

import asyncio
import re
import string
import time
from typing import Callable

import httpx
import pytest
from support import dstny_client, loopback_http, signed_in

from cti_desktop.core.errors import AuthExpired, InvalidInput, NotFound, ScopeMissing, StaleState
from cti_desktop.core.models import Call, CallStatus
from cti_desktop.providers.dstny.client import DstnyClient
from cti_desktop.providers.dstny.routes import DEFAULT_ROUTES, template_fields

DOMAIN = "demo.example"


# ----------------------------------------------------------------------------------------------
# Recording which routes went over the wire


def _route_patterns():
    patterns = []
    for name, route in DEFAULT_ROUTES.items():
        regex = "^/api"
        for literal, field_name, _spec, _conv in string.Formatter().parse(route.template):
            regex += re.escape(literal)
            if field_name:
                regex += "[^/]+"
        literal_len = len(re.sub(r"\{[^}]*\}", "", route.template))
        patterns.append((name, route.method, re.compile(regex + "$"), literal_len))
    return patterns


PATTERNS = _route_patterns()


def route_of(method: str, path: str) -> str | None:
    """The most specific route (most literal characters) a request matches."""
    matches = [(lit, name) for name, m, rx, lit in PATTERNS if m == method and rx.match(path)]
    return max(matches)[1] if matches else None


class Recorder:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str | None]] = []  # method, path, route

    async def hook(self, request: httpx.Request) -> None:
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        self.requests.append((request.method, path, route_of(request.method, path)))

    @property
    def routes(self) -> set[str]:
        return {r for _, _, r in self.requests if r}

    def mark(self) -> int:
        return len(self.requests)

    def since(self, mark: int) -> list[tuple[str, str, str | None]]:
        return self.requests[mark:]


COVERED: set[str] = set()
#: The tests that recorded their routes; the coverage check needs every one of them to have run.
RECORDED_BY: set[str] = set()


@pytest.fixture
async def wire(sim, request):
    recorder = Recorder()
    async with loopback_http(recorder.hook) as http:
        yield sim, http, recorder
        COVERED.update(recorder.routes)
        RECORDED_BY.add(request.node.originalname)


@pytest.fixture
async def agent1(wire):
    sim, http, recorder = wire
    tickets: list[str] = []
    client = await signed_in(sim, http, on_ticket=tickets.append)
    assert tickets and client.has_ticket
    return client


# ----------------------------------------------------------------------------------------------
# Control API helpers (the simulator runs its own loop in its own thread)


async def sim_post(sim, path: str, json: dict | None = None) -> dict:
    async with httpx.AsyncClient(timeout=10) as control:
        response = await control.post(sim.base_url + path, json=json or {})
        response.raise_for_status()
        return response.json() if response.content else {}


async def inject(sim, to: str | None = "agent1", *, caller="+46701234567", name="Alice Caller", via=None) -> str:
    body = {"from": caller, "fromName": name}
    if to:
        body["to"] = to
    if via is not None:
        body["via"] = via
    return (await sim_post(sim, "/_sim/calls", body)).get("callId", "")


async def wait_call(client: DstnyClient, predicate: Callable[[Call], bool], timeout: float = 5.0) -> Call:
    deadline = time.monotonic() + timeout
    while True:
        for call in await client.get_calls():
            if predicate(call):
                return call
        if time.monotonic() > deadline:
            raise AssertionError("no call matched in time")
        await asyncio.sleep(0.05)


async def wait_status(client: DstnyClient, call_id: str, status: str, timeout: float = 5.0) -> Call:
    deadline = time.monotonic() + timeout
    while True:
        call = await client.get_call(call_id)
        if call is not None and call.status == status:
            return call
        if time.monotonic() > deadline:
            raise AssertionError(f"call {call_id} did not become {status} (is {call and call.status})")
        await asyncio.sleep(0.05)


async def ringing_inbound(client: DstnyClient, sim, **kwargs) -> Call:
    await inject(sim, **kwargs)
    return await wait_call(client, lambda c: c.inbound and c.status == CallStatus.RINGING and c.allows("ANSWER"))


async def answered_inbound(client: DstnyClient, sim, **kwargs) -> Call:
    call = await ringing_inbound(client, sim, **kwargs)
    answered = await client.answer(call, call.devices_for("ANSWER")[0])
    assert answered.call_id == call.call_id and answered.status == CallStatus.ACTIVE
    return answered


async def outbound_active(client: DstnyClient, destination: str, device_id: str = "agent1-soft") -> Call:
    call = await client.make_call(destination, device_id=device_id)
    assert not call.inbound
    return await wait_status(client, call.call_id, CallStatus.ACTIVE)


async def first_stream_document(client: DstnyClient, url: str, recorder, end: str) -> str:
    """The data of ``url``'s stream (opened with ``client``'s ticket, requests recorded) up to the
    first ``end`` (a document's closing tag)."""
    headers = client.auth_headers() | {"Accept": "text/event-stream"}
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0), event_hooks={"request": [recorder.hook]}) as streams:
        async with streams.stream("GET", url, headers=headers) as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            text = ""
            async for chunk in response.aiter_text():
                text += chunk
                if end in text:
                    break
    return "\n".join(line[6:] for line in text.splitlines() if line.startswith("data: "))


# ----------------------------------------------------------------------------------------------
# Tickets and reads


async def test_ticket_headers_and_reads(agent1, wire):
    sim, http, recorder = wire
    assert agent1.ticket_info is not None and "token" not in repr(agent1.ticket_info)
    headers = agent1.auth_headers()
    assert headers["Authorization"].startswith("Bearer ") and headers["Accept"] == "application/json"
    assert agent1.auth_headers() is not headers  # a fresh dict every time
    assert agent1.url("cs.snapshot") == f"{sim.base_url}/api/callstate/{DOMAIN}/agent1"

    assert await agent1.get_calls() == []
    assert await agent1.get_call("no-such-call") is None

    truth = next(u for u in (await sim_state(sim))["users"] if u["userId"] == "agent1")
    presence = await agent1.presence()
    assert presence.activity
    assert presence.activity == truth["presence"]["activity"]["id"] == "available"
    activities = await agent1.activities(language="en")
    assert {"available", "lunch"} <= {a.id for a in activities}
    assert {r.id for r in await agent1.roles()} >= {"business"}
    # The simulator's answer places are those the call-back can ring first: the mobile (the reference's sample).
    assert [(a.id, a.name) for a in await agent1.answer_places()] == [("mobile", "Mobile")]
    config = await agent1.user_config()
    assert isinstance(config, dict)
    assert {"activities", "roles", "answerplaces"} <= config.keys()
    assert config["defaultPresenceState"] == "Available"
    devices = await agent1.devices()
    assert {"agent1-soft", "agent1-desk", "agent1-mobile"} <= {d.device_id for d in devices}
    assert {d.device_id for d in devices} == {d["deviceId"] for d in truth["devices"]}
    assert all(d.device_id for d in await agent1.active_devices())
    lines = await agent1.lines()
    assert any(line.type == "OFFICE_FIXED" for line in lines)
    assert isinstance(await agent1.available(), bool)
    assert await agent1.available() is truth["presence"]["available"] is True
    # A fresh user's activity has no end time.
    assert truth["presence"]["activity"]["expiration"] == "NEVER"
    assert await agent1.activity_end_time() is None
    photo = await agent1.photo(64, 64)
    assert isinstance(photo, bytes)
    assert photo, "the photo came back empty"
    # Every user is seeded with three presence shortcuts; one is read back by its id, a missing one is refused.
    shortcuts = await agent1.presence_shortcuts()
    assert [(sc.id, sc.activity_id) for sc in shortcuts] == [("1", "lunch"), ("2", "meeting"), ("3", "away")]
    assert (await agent1.presence_shortcut(shortcuts[0].id)).id == shortcuts[0].id
    with pytest.raises(NotFound):
        await agent1.presence_shortcut("none")

    # Every request carried the ticket; none leaked it into the URL.
    for method, path, route in recorder.requests:
        assert "t=" not in path
        assert route is not None, f"{method} {path} matches no route"


async def test_presence_and_configuration_writes(agent1):
    changed = await agent1.set_presence(activity="lunch", available=False, note="Back at two", role="business")
    assert changed.activity == "lunch" and changed.available is False
    await agent1.set_activity("meeting", False)
    assert (await agent1.presence()).activity == "meeting"
    from datetime import datetime, timedelta, timezone

    end = (datetime.now(timezone.utc) + timedelta(hours=1)).replace(microsecond=0)
    await agent1.set_activity_end_time(end)
    got = await agent1.activity_end_time()
    assert got is not None, "the end time was not kept"
    assert abs((got - end).total_seconds()) < 2
    await agent1.set_activity_end_time(None)
    assert await agent1.activity_end_time() is None
    await agent1.set_presence(activity="available", available=True)
    assert await agent1.available() is True

    lines = await agent1.lines()
    target = lines[-1]
    await agent1.set_active_line(target)
    active = await agent1.active_line()
    assert active is not None and (active.type, active.group_id) == (target.type, target.group_id)


async def test_presence_shortcut_writes(agent1):
    # The vendor reference names the list "presenceShortcut" for GET and PUT; the client sends that.
    shortcuts = await agent1.presence_shortcuts()
    assert shortcuts
    await agent1.set_presence_shortcut(shortcuts[0].id, shortcuts[0])
    await agent1.set_presence_shortcuts(shortcuts)


async def test_contacts_history_and_sms(agent1):
    favourites = await agent1.favourites()
    results = await agent1.search("a", limit=5)
    assert results and len(results) <= 5 and all(c.source == "dstny" for c in results)
    assert await agent1.search("   ") == []
    candidate = next((c for c in results if not c.in_list), results[0])
    await agent1.add_contact(candidate.id)
    await agent1.set_contact_status(candidate.id, "FAVORITE")
    assert any(c.id == candidate.id for c in await agent1.favourites())
    await agent1.remove_contact(candidate.id)
    assert len(await agent1.favourites()) <= len(favourites) + 1

    items = await agent1.history(max_items=50, types=("MISSED_CALL", "INCOMING_CALL", "OUTGOING_CALL"))
    if items:
        await agent1.mark_seen(items[0].item_id)
        await agent1.delete_history_item(items[-1].item_id)
    else:
        with pytest.raises(NotFound):
            await agent1.mark_seen("999999")
        with pytest.raises(NotFound):
            await agent1.delete_history_item("999999")
    await agent1.send_sms("+46701234567", "Your order has shipped")
    with pytest.raises(InvalidInput):
        await agent1.send_sms("", "x")


async def test_history_trash_one_item_and_bulk_delete(agent1):
    """log.trash, log.item and log.delete_many over the wire (their shapes: test_dstny_history_delete)."""
    voicemail = (await agent1.history(types=("VOICEMAIL",)))[0]
    await agent1.trash_history_item(voicemail.item_id)
    with pytest.raises(NotFound):
        await agent1.history_item(voicemail.item_id)
    await agent1.trash_history_item(voicemail.item_id, trash=False)
    assert (await agent1.history_item(voicemail.item_id)).item_id == voicemail.item_id
    calls = [i.item_id for i in await agent1.history(types=("MISSED_CALL", "INCOMING_CALL", "OUTGOING_CALL"))][:2]
    assert await agent1.delete_history_items([*calls, "999999"]) == ["999999"]
    assert not set(calls) & {i.item_id for i in await agent1.history()}

async def test_queues_and_statistics(agent1, wire):
    sim, http, _ = wire
    groups = await agent1.groups()
    by_id = {g.id: g for g in groups}
    assert {"101", "102", "103"} <= set(by_id)
    sales = by_id["102"]
    await agent1.login(sales)
    assert {g.id: g for g in await agent1.groups()}["102"].logged_in
    await agent1.logout(sales)
    assert not {g.id: g for g in await agent1.groups()}["102"].logged_in

    acd = await agent1.acd_groups()
    assert "101" in {g.id for g in acd}
    one = await agent1.queue_details(by_id["101"])
    assert one.id == "101"
    await agent1.acd_login(by_id["102"])
    await agent1.acd_logout(by_id["102"])

    log_all = await agent1.group_call_log(item_types=("MISSED", "ANSWERED"), max_items=20)
    log_one = await agent1.group_call_log(by_id["101"])
    await agent1.assigned_call_log()
    await agent1.assigned_call_log(by_id["101"])
    items = log_all or log_one
    assert items, "the seeded group call log is empty: the state change below would go untested"
    updated = await agent1.set_call_log_state(items[0].item_id, "INPROGRESS", note="Calling back")
    assert updated.handled_state == "INPROGRESS"

    supervisor = dstny_client(sim, http, user="super1")
    supervised = await supervisor.queue_stats()
    organisation = await supervisor.organisation_queue_stats()
    assert organisation and all(q.id for q in organisation)
    single = await supervisor.queue_stat(organisation[0].id)
    assert single.id == organisation[0].id
    assert isinstance(supervised, list)


# ----------------------------------------------------------------------------------------------
# Call control


async def test_inbound_call_commands(agent1, wire):
    sim, _, recorder = wire
    call = await answered_inbound(agent1, sim)
    assert call.remote.number == "+46701234567"
    held = await agent1.hold(call)
    assert held.status == CallStatus.HELD and held.allows("RESUME")
    resumed = await agent1.resume(held)
    assert resumed.status == CallStatus.ACTIVE
    muted = await agent1.mute(resumed)
    assert muted.muted and muted.allows("UNMUTE")
    unmuted = await agent1.unmute(muted)
    assert not unmuted.muted
    tones = await agent1.dtmf(unmuted, "12#*")
    with pytest.raises(InvalidInput):
        await agent1.dtmf(tones, "12x")
    rec = tones
    for op, allowed_after in (("start", "PAUSE_REC"), ("pause", "RESUME_REC"), ("resume", "STOP_REC"),
                              ("stop", "SAVE_REC"), ("save", "START_REC"), ("start", "STOP_REC"),
                              ("stop", "DISCARD_REC"), ("discard", "START_REC")):
        rec = await agent1.recording(rec, op)
        assert rec.allows(allowed_after), (op, rec.action_names)
    with pytest.raises(InvalidInput):
        await agent1.recording(rec, "rewind")
    moved = await agent1.move(rec, "agent1-desk")
    assert moved.device_ids == ("agent1-desk",)
    mark = recorder.mark()
    await agent1.park(moved)
    assert [r for _, _, r in recorder.since(mark)][0] == "cc.park"


async def test_transfers_and_hangup(agent1, wire):
    sim, _, _ = wire
    call = await answered_inbound(agent1, sim, caller="+46701230001")
    await agent1.transfer(call, "agent2", type="BASIC")
    ended = await agent1.get_call(call.call_id)
    assert ended is None or ended.ended
    # The caller now rings (or talks to) agent2.
    transferred = [c for c in (await sim_state(sim))["calls"] if c["user"] == "agent2" and c["status"] != "TERMINATED"]
    assert [c["remoteParty"]["displayNumber"] for c in transferred] == ["+46701230001"], transferred

    first = await answered_inbound(agent1, sim, caller="+46701230002")
    first = await agent1.get_call(first.call_id)
    consult = await agent1.consultation(first, "+46709998877")
    assert consult.call_id != first.call_id
    consult = await wait_status(agent1, consult.call_id, CallStatus.ACTIVE)
    first = await agent1.get_call(first.call_id)
    assert first.status == CallStatus.HELD
    await agent1.transfer_to_call(consult, first, wait_for_answer=False)
    # Both of agent1's legs are handed over: neither is live any more.
    for leg in (first, consult):
        after = await agent1.get_call(leg.call_id)
        assert after is None or after.ended, (leg.call_id, after)

    call = await answered_inbound(agent1, sim, caller="+46701230003")
    await agent1.hangup(call)
    gone = await agent1.get_call(call.call_id)
    assert gone is None or gone.ended


async def test_alternate_conference_and_leave(agent1, wire):
    sim, _, _ = wire
    a = await outbound_active(agent1, "+46701110001")
    b = await outbound_active(agent1, "+46701110002")
    a = await agent1.get_call(a.call_id)
    b = await agent1.get_call(b.call_id)
    # Two active calls is allowed by the simulator only if the first got held; alternate between them.
    if a.status == CallStatus.ACTIVE and b.status == CallStatus.ACTIVE:
        a = await agent1.hold(a)
    switched = await agent1.alternate(b, a)
    assert switched.call_id == b.call_id and switched.status == CallStatus.HELD
    a = await agent1.get_call(a.call_id)
    assert a.status == CallStatus.ACTIVE
    conf = await agent1.conference(a, switched)
    assert conf.conference or len(conf.participants) >= 2
    participant = conf.participants[-1].id
    after_remove = await agent1.remove_participant(conf, participant)
    assert all(p.id != participant for p in after_remove.participants)
    c = await outbound_active(agent1, "+46701110003")
    after_remove = await agent1.get_call(after_remove.call_id)
    if after_remove.status == CallStatus.ACTIVE:
        after_remove = await agent1.hold(after_remove)
    c = await agent1.get_call(c.call_id)
    conf2 = await agent1.conference(after_remove, c)
    await agent1.leave_conference(conf2)


async def test_pickup_and_callback(agent1, wire):
    sim, http, _ = wire
    agent2 = dstny_client(sim, http, user="agent2")
    ringing = await ringing_inbound(agent2, sim, to="agent2", caller="+46701230004")
    picked = await agent1.pickup(ringing.call_id, "agent1-soft")
    assert picked.status == CallStatus.ACTIVE and picked.inbound
    await agent1.hangup(picked)
    await agent1.callback("mobile", "+46701234567", callback_via_gsm=False)


async def test_make_call_with_a_line_and_default_device(agent1):
    lines = await agent1.lines()
    call = await agent1.make_call("+46701119999", line=lines[0])
    assert call.status in (CallStatus.INITIATED, CallStatus.RINGING, CallStatus.ACTIVE)
    await agent1.hangup(call)
    with pytest.raises(InvalidInput):
        await agent1.make_call("  ", device_id="agent1-soft")


# ----------------------------------------------------------------------------------------------
# The three error paths the brief pins down


async def test_stale_state_token_raises_and_sends_exactly_one_request(agent1, wire):
    sim, _, recorder = wire
    seen = await answered_inbound(agent1, sim, caller="+46701230005")
    await agent1.hold(seen)  # the call changes: `seen` now carries an old token
    mark = recorder.mark()
    with pytest.raises(StaleState):
        await agent1.hold(seen)
    sent = recorder.since(mark)
    assert len(sent) == 1 and sent[0][2] == "cc.hold"


async def test_401_reauthenticates_once_and_resends_once(wire):
    sim, http, recorder = wire
    tickets: list[str] = []
    client = dstny_client(sim, http, ticket="1.not-a-valid-ticket", on_ticket=tickets.append)
    mark = recorder.mark()
    assert await client.get_calls() == []
    assert [r for _, _, r in recorder.since(mark)] == ["cs.snapshot", "ticket.create", "cs.snapshot"]
    assert len(tickets) == 1

    # Revoking the ticket: the next request is refused, a new ticket is made, and it is re-sent once.
    await client.revoke_ticket()
    assert not client.has_ticket
    client._set_ticket("1.revoked")  # a ticket the server no longer knows
    mark = recorder.mark()
    await client.presence()
    assert [r for _, _, r in recorder.since(mark)] == ["pr.get", "ticket.create", "pr.get"]


async def test_401_without_password_is_auth_expired(wire):
    sim, http, recorder = wire
    client = dstny_client(sim, http, ticket="1.not-a-valid-ticket", password=None)
    mark = recorder.mark()
    with pytest.raises(AuthExpired):
        await client.get_calls()
    assert len(recorder.since(mark)) == 1
    assert await client.reauthenticate() is False


async def test_wrong_password_is_auth_expired(wire):
    sim, http, _ = wire
    client = dstny_client(sim, http, password="wrong")
    with pytest.raises(AuthExpired):
        await client.create_ticket()
    assert await client.reauthenticate() is False


async def test_403_names_the_missing_scope(wire):
    sim, http, _ = wire
    client = dstny_client(sim, http, scopes=("CALL_CONTROL", "USER"))
    info = await client.create_ticket()
    assert "QUEUE_STATISTICS" not in info.allowed_apis
    with pytest.raises(ScopeMissing) as error:
        await client.queue_stats()
    assert "Queue statistics" in str(error.value) and "QUEUE_STATISTICS" in str(error.value)
    assert await client.get_calls() == []  # the rest keeps working


# ----------------------------------------------------------------------------------------------
# Streams: the client gives the URL and headers; the stream supervisor does the rest


STREAMS = ("cs.call_stream", "cs.dialog_stream", "dg.queuestats_stream", "cfg.stream", "dev.stream")


async def test_stream_urls_open(agent1, wire):
    sim, _, recorder = wire
    call = await ringing_inbound(agent1, sim, caller="+46701230006")
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0), event_hooks={"request": [recorder.hook]}) as streams:
        for name in STREAMS:
            fields = {"c": call.call_id} if name == "cs.call_stream" else {}
            headers = agent1.auth_headers()
            headers["Accept"] = "text/event-stream"
            async with streams.stream("GET", agent1.url(name, **fields), headers=headers) as response:
                assert response.status_code == 200, name
                assert response.headers["content-type"].startswith("text/event-stream"), name


async def test_buddy_list_line_state_and_dialog_pickup_routes(agent1, wire):
    """The buddy-list, line-state and SIP-dialog pickup routes (their behaviour in detail:
    ``test_dstny_colleagues.py``)."""
    from cti_desktop.core.colleagues import PickupTarget
    from cti_desktop.providers.dstny.xml import parse_dialog_info

    sim, http, recorder = wire
    await agent1.add_buddy("agent3")
    assert await agent1.is_buddy("agent3")
    await agent1.remove_buddy("agent3")
    await agent1.apply_buddy_templates()
    leg = await inject(sim, "agent3")
    assert await agent1.line_state("agent3") is True
    data = await first_stream_document(agent1, agent1.line_state_url("agent3"), recorder, "</dialog-info>")
    (dialog,) = parse_dialog_info(data).dialogs
    assert dialog.call_id == leg and dialog.state == "early" and dialog.local_tag and dialog.remote_tag
    target = PickupTarget("agent3", "Agent 3", dialog.call_id, dialog.local_tag, dialog.remote_tag)
    mine = await agent1.pickup_ringing(target, "agent1-desk")
    assert mine.status == CallStatus.ACTIVE and mine.device_ids == ("agent1-desk",)
    await agent1.hangup(mine)


# ----------------------------------------------------------------------------------------------
# The vendor reference's wire format: what goes over the wire, and values that round-trip


class Sent:
    """Every request of one test, in full (method, route, query pairs, JSON body or ``None``)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.items: list[tuple[str, str | None, list[tuple[str, str]], object]] = []
        http.event_hooks["request"].append(self.hook)

    async def hook(self, request: httpx.Request) -> None:
        import json

        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        body = json.loads(request.content) if request.content else None
        self.items.append((request.method, route_of(request.method, path), list(request.url.params.multi_items()),
                           body))

    def last(self, route: str):
        for method, name, params, body in reversed(self.items):
            if name == route:
                return params, body
        raise AssertionError(f"{route} was not sent")


async def sim_state(sim) -> dict:
    async with httpx.AsyncClient(timeout=10) as control:
        response = await control.get(sim.base_url + "/_sim/state")
        response.raise_for_status()
        return response.json()


async def test_presence_shortcuts_follow_the_reference_and_round_trip(agent1, wire):
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    sim, http, _recorder = wire
    sent = Sent(http)
    shortcuts = await agent1.presence_shortcuts()
    # The seeded shortcuts carry the reference's PresenceShortcutDTO fields.
    assert shortcuts and all(s.name and s.activity_id and s.duration_type for s in shortcuts)
    activity_ids = {a.id for a in await agent1.activities()}
    assert all(s.activity_id in activity_ids for s in shortcuts)
    lunch = next(s for s in shortcuts if s.duration_type == "MINUTES")
    assert lunch.duration_minutes > 0 and lunch.image_id.startswith("ic_shortcut_")
    diverting = next(s for s in shortcuts if s.apply_diversion_number)
    assert diverting.diversion_number.startswith("+")

    # Write one, read it back (single and list) with every field intact.
    changed = replace(lunch, name="Long lunch", duration_minutes=75, order=9, image_id="ic_shortcut_coffee",
                      diversion_number="+46850019999", apply_diversion_number=True)
    await agent1.set_presence_shortcut(changed.id, changed)
    _params, body = sent.last("cfg.shortcut_put")
    assert body["activityId"] == lunch.activity_id and body["durationType"] == "MINUTES"
    assert body["durationMinutes"] == 75 and body["diversionPhoneNumber"] == "+46850019999"
    assert await agent1.presence_shortcut(changed.id) == changed
    assert changed in await agent1.presence_shortcuts()

    # PUT of a shortcut that does not exist yet creates it (the reference); the path's id wins.
    new = replace(diverting, id="ignored", name="Weekend", activity_id="busy", duration_type="UNTIL_NEXT_WORKING_DAY",
                  duration_minutes=0, order=4)
    await agent1.set_presence_shortcut("weekend", new)
    assert await agent1.presence_shortcut("weekend") == replace(new, id="weekend")

    # The whole list replaces all shortcuts.
    keep = [changed, replace(new, id="weekend")]
    await agent1.set_presence_shortcuts(keep)
    _params, body = sent.last("cfg.shortcuts_put")
    assert [s["id"] for s in body["presenceShortcut"]] == [changed.id, "weekend"]
    assert await agent1.presence_shortcuts() == keep

    # Delete one ("Delete a specific presence shortcut for a user"): gone from the list; again: 404.
    await agent1.delete_presence_shortcut("weekend")
    assert sent.last("cfg.shortcut_delete") == ([], None)
    assert await agent1.presence_shortcuts() == [changed]
    with pytest.raises(NotFound):
        await agent1.delete_presence_shortcut("weekend")
    await agent1.set_presence_shortcuts(keep)

    # Apply one through presence: its activity, availability and end time (now + its minutes).
    start = datetime.now(timezone.utc).replace(microsecond=0)
    presence = await agent1.set_presence(activity=changed.activity_id, available=changed.available,
                                         expires=start + timedelta(minutes=changed.duration_minutes))
    assert presence.activity == changed.activity_id and presence.available is changed.available
    assert presence.activity_expires == start + timedelta(minutes=changed.duration_minutes)
    assert await agent1.activity_end_time() == presence.activity_expires


async def test_activity_end_time_is_one_expires_query_parameter(agent1, wire):
    from datetime import datetime, timedelta, timezone

    sim, http, _recorder = wire
    sent = Sent(http)
    await agent1.set_activity("lunch", False)
    end = (datetime.now(timezone.utc) + timedelta(hours=2)).replace(microsecond=0)
    await agent1.set_activity_end_time(end)
    params, body = sent.last("pr.endtime_put")
    assert params == [("expires", end.isoformat().replace("+00:00", "Z"))] and body is None
    assert await agent1.activity_end_time() == end
    assert (await agent1.presence()).activity_expires == end  # GET /presence says the same

    # Another offset: the same instant comes back, in UTC.
    cet = end.astimezone(timezone(timedelta(hours=1))) + timedelta(minutes=5)
    await agent1.set_activity_end_time(cet)
    got = await agent1.activity_end_time()
    assert got == cet and got.utcoffset() == timedelta(0)
    response = await http.get(agent1.url("pr.endtime_get"), headers=agent1.auth_headers())
    assert response.text == (end + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")

    await agent1.set_activity_end_time(None)
    assert sent.last("pr.endtime_put")[0] == [("expires", "never")]
    assert await agent1.activity_end_time() is None
    response = await http.get(agent1.url("pr.endtime_get"), headers=agent1.auth_headers())
    assert response.text == "never"

    # The simulator also reads a JSON body {"expires": …}, never the old endTime name.
    headers = agent1.auth_headers() | {"Content-Type": "application/json"}
    response = await http.put(agent1.url("pr.endtime_put"), headers=headers, json={"expires": "2030-01-02T03:04:05Z"})
    assert response.status_code == 200 and response.text == "2030-01-02T03:04:05Z"
    response = await http.put(agent1.url("pr.endtime_put"), headers=headers, json={"endTime": "2030-01-02T03:04:05Z"})
    assert response.status_code == 400
    response = await http.put(agent1.url("pr.endtime_put"), headers=agent1.auth_headers(),
                              params={"expires": "tomorrow"})
    assert response.status_code == 400


async def test_presence_put_sends_only_role_note_activity_and_role_ids(agent1, wire):
    sim, http, _recorder = wire
    sent = Sent(http)
    presence = await agent1.presence()
    roles = {r.id for r in await agent1.roles()}
    # The role comes back as an id the client can send again.
    assert presence.role in roles and presence.role == "business"

    # Availability alone: the update has no top-level "available" (the reference: role, note,
    # activity), so it goes inside the current activity.
    assert presence.activity == "available" and presence.available is True
    busy = await agent1.set_presence(available=False)
    assert sent.last("pr.put")[1] == {"activity": {"id": "available", "available": False}}
    assert busy.activity == "available" and busy.available is False
    assert await agent1.available() is False

    lunch = await agent1.set_presence(activity="lunch", available=True, role="support")
    assert sent.last("pr.put")[1] == {"role": "support", "activity": {"id": "lunch", "available": True}}
    assert lunch.activity == "lunch" and lunch.available is True and lunch.role == "support"
    again = await agent1.presence()
    assert again.role == "support" and again.role in roles

    # The simulator refuses a top-level "available", as the reference's update has none.
    headers = agent1.auth_headers() | {"Content-Type": "application/json"}
    response = await http.put(agent1.url("pr.put"), headers=headers,
                              json={"activity": {"id": "meeting"}, "available": True})
    assert response.status_code == 400 and response.json()["field"][0]["fieldName"] == "available"


async def test_contact_numbers_include_mobiles_and_a_mobile_caller_matches(agent1, wire):
    from cti_desktop.core.screenpop import match_contacts, search_query

    sim, http, _recorder = wire
    results = await agent1.search("a", limit=200)
    with_mobile = [c for c in results if c.kind == "SHORTCUT" and len(c.numbers) >= 2]
    assert with_mobile, "the directory has contacts with a second (mobile) number"
    contact = with_mobile[0]
    assert contact.numbers[0] == contact.preferred_number
    mobile = contact.numbers[1]
    assert mobile.startswith("+467") and mobile != contact.preferred_number

    # Colleagues carry their office and mobile numbers too.
    colleague = next(c for c in results if c.kind == "DIRECTORY")
    state = await sim_state(sim)
    user = next(u for u in state["users"] if u["userId"] == colleague.id)
    assert colleague.numbers == (user["number"], user["mobile"])

    # A caller on the contact's mobile: the simulator names the call after the contact, and the
    # screen-pop's search finds the contact by that number.
    await inject(sim, caller=mobile, name=None)
    call = await wait_call(agent1, lambda c: c.inbound and c.remote.number == mobile)
    assert call.remote.name == contact.display_name
    found = await agent1.search(search_query(mobile))
    assert contact.id in {c.id for c in match_contacts(call.remote.number, found)}
    await agent1.hangup(call)


async def test_history_group_log_and_sms_use_the_reference_parameter_names(agent1, wire):
    sim, http, _recorder = wire
    sent = Sent(http)
    items = await agent1.history(max_items=2, types=("MISSED_CALL", "INCOMING_CALL"))
    params, _body = sent.last("log.list")
    assert params == [("limit", "2"), ("itemType", "MISSED_CALL"), ("itemType", "INCOMING_CALL")]
    assert 0 < len(items) <= 2 and all(i.item_type in ("MISSED_CALL", "INCOMING_CALL") for i in items)
    unseen = [i for i in await agent1.history(types=("MISSED_CALL",)) if not i.seen]
    assert unseen, "the seeded history has no unseen missed call: marking one seen would go untested"
    await agent1.mark_seen(unseen[0].item_id)
    # the reference: isSeen, isPlayed and updateCallItem are all required
    assert sent.last("log.seen")[0] == [("isSeen", "true"), ("isPlayed", "false"), ("updateCallItem", "false")]
    assert next(i for i in await agent1.history() if i.item_id == unseen[0].item_id).seen is True

    missed = [i.item_id for i in await agent1.history(types=("MISSED_CALL",))]
    assert await agent1.mark_many_seen(missed, types=("MISSED_CALL",)) == []
    assert ("untilItemId", max(missed, key=int)) in sent.last("log.seen_many")[0]
    assert all(i.inbox_name for i in await agent1.group_inbox())
    settings = await agent1.voicemail_settings()
    assert (await agent1.update_voicemail_settings(settings.changed(email_notification=False))).email_notification is False
    assert sent.last("cfg.voicemail_put")[1]["emailNotification"] is False

    groups = await agent1.groups()
    log = await agent1.group_call_log(groups[0], item_types=("ANSWERED", "MISSED", "FORWARDED"), max_items=1)
    params, _body = sent.last("dg.group_calllog")
    assert ("limit", "1") in params and ("maxItems", "1") not in params and len(log) == 1
    assert len(await agent1.group_call_log(max_items=3)) == 3

    group = next(g for g in groups if not g.logged_in)
    await agent1.login(group)
    assert sent.last("dg.login")[0] == [("grpid-domain", DOMAIN)]
    assert next(g for g in await agent1.groups() if g.id == group.id).logged_in
    from dataclasses import replace

    with pytest.raises(NotFound):
        await agent1.logout(replace(group, domain="elsewhere.example"))
    await agent1.logout(group)
    assert not next(g for g in await agent1.groups() if g.id == group.id).logged_in

    await agent1.send_sms("+46701234567", "Your order has shipped")
    params, body = sent.last("sms.send")
    assert params == [("to", "+46701234567")] and body == {"smsText": "Your order has shipped"}
    assert (await sim_state(sim))["sms"][-1]["to"] == "+46701234567"


async def test_lines_destinations_and_transfer_flag_follow_the_reference(agent1, wire):
    sim, http, _recorder = wire
    sent = Sent(http)
    lines = await agent1.lines()
    group_lines = [line for line in lines if line.type != "OFFICE_FIXED"]
    # The reference's line types name the group kind; the groupId is the group's id.
    assert group_lines and {line.type for line in group_lines} <= {"ACD", "ACD_LIGHT", "ATTENDANT"}
    groups = {g.id: g.type for g in await agent1.groups()}
    assert all(groups[line.group_id] == line.type for line in group_lines)
    await agent1.set_active_line(group_lines[0])
    active = await agent1.active_line()
    assert active is not None and (active.type, active.group_id) == (group_lines[0].type, group_lines[0].group_id)

    # Destinations go out as SIP or tel URIs (RFC 3966: a local number carries a phone-context).
    call = await agent1.make_call("+46 8 123 4567", device_id="agent1-soft", line=group_lines[0])
    _params, body = sent.last("cc.make_call")
    assert body["destination"] == "tel:+4681234567"
    assert body["userLine"] == {"type": group_lines[0].type, "groupId": int(group_lines[0].group_id)}
    call = await wait_status(agent1, call.call_id, CallStatus.ACTIVE)
    await agent1.transfer(call, "1002", auto_clear=True)
    _params, body = sent.last("cc.transfer")
    assert body["destination"] == "tel:1002;phone-context=demo.example"
    assert body["blind"] is True and "autoClear" not in body
    await wait_status(agent1, call.call_id, CallStatus.TERMINATED)
    other = await agent1.make_call("sip:agent3@demo.example", device_id="agent1-soft")
    assert sent.last("cc.make_call")[1]["destination"] == "sip:agent3@demo.example"
    await agent1.hangup(other)


async def test_diversion_and_activity_diversion_routes(agent1, wire):
    """Every Diversion / Activity Diversion Mapping route over the wire (their behaviour:
    ``test_dstny_diversion.py``)."""
    state = await agent1.forward_all("1002")
    assert state.number == "1002"
    assert (await agent1.diversion_rule("CFWD_ALL")).number == "1002"
    assert (await agent1.stop_forwarding()).number == ""
    assert await agent1.set_diversion_number("+46701112233") == "+46701112233"
    assert (await agent1.set_activity_forwarding("lunch", "1002")).number == "1002"
    assert (await agent1.activity_forwarding_of("lunch")).number == "1002"
    assert len(await agent1.activity_forwarding()) == 1
    await agent1.clear_activity_forwarding("lunch")
    assert await agent1.activity_forwarding() == []
    await agent1.set_diversion_rule("CFWD_ON_BUSY", "1002")
    assert await agent1.forwarding_rules() == [("CFWD_ON_BUSY", "1002")]  # div.line_rules
    assert (await agent1.clear_forwarding_rules()).number == ""  # div.line_rules_delete
    assert await agent1.forwarding_rules() == []


# ----------------------------------------------------------------------------------------------
# Personal contacts (pc.*): the user's own contacts, over loopback


async def test_personal_contacts_add_edit_delete(wire, agent1):
    from cti_desktop.core.contact_book import ContactBook, ContactForm

    assert isinstance(agent1, ContactBook)
    assert await agent1.book_contacts() == []
    made = await agent1.add_book_contact(ContactForm(first_name=" Ada ", last_name="Lovelace", company="Engines AB",
                                                     phone="+46850654760", status="vip"))
    assert (made.first_name, made.last_name, made.preferred_number, made.status) == ("Ada", "Lovelace",
                                                                                    "+46850654760", "VIP")
    assert made.id.endswith("@internal") and made.source == "dstny-personal"
    other = await agent1.create_personal_contact(ContactForm(company="Acme"))
    assert [c.display_name for c in await agent1.book_contacts()] == ["Acme", "Ada Lovelace"]

    # an edit keeps the fields the app does not show: set one through the wire, edit, read it back
    base = await agent1.personal_contact_object(made.id)
    base["department"] = "Analytics"
    base["phoneNumbers"].append({"type": "MOBILE", "phoneNumber": "+46701112233", "preferredNumber": False})
    await agent1._json("pc.update", fields={"cid": made.id}, body=base, command=True)
    edited = await agent1.update_book_contact(made.id, ContactForm(first_name="Ada", last_name="King",
                                                                   phone="+46850600000"))
    assert (edited.last_name, edited.preferred_number, edited.status) == ("King", "+46850600000", "CONTACT")
    assert edited.numbers == ("+46850600000", "+46701112233")
    kept = await agent1.personal_contact_object(made.id)
    assert kept["department"] == "Analytics" and kept["ownerType"] == "USER"

    await agent1.delete_book_contact(other.id)
    assert [c.id for c in await agent1.book_contacts()] == [made.id]
    with pytest.raises(NotFound):
        await agent1.personal_contact(other.id)
    with pytest.raises(NotFound):
        await agent1.delete_personal_contact(other.id)
    labels = await agent1.phone_labels("sv")
    assert ("WORK", "Work") in [(l.value, l.name) for l in labels]


async def test_personal_contacts_refuse_bad_forms_before_sending(wire, agent1):
    from cti_desktop.core.contact_book import ContactForm

    sim, _http, recorder = wire
    mark = recorder.mark()
    for form in (ContactForm(), ContactForm(first_name="x" * 65), ContactForm(first_name="A", email="not-mail"),
                 ContactForm(first_name="A", status="friend")):
        with pytest.raises(InvalidInput):
            await agent1.add_book_contact(form)
    with pytest.raises(InvalidInput):
        await agent1.update_book_contact(" ", ContactForm(first_name="A"))
    assert recorder.since(mark) == []


async def test_personal_contacts_are_each_users_own(wire, agent1):
    from cti_desktop.core.contact_book import ContactForm

    sim, http, _recorder = wire
    made = await agent1.add_book_contact(ContactForm(first_name="Private"))
    agent2 = dstny_client(sim, http, user="agent2")
    await agent2.create_ticket()
    assert await agent2.book_contacts() == []
    with pytest.raises(NotFound):
        await agent2.personal_contact(made.id)


# ----------------------------------------------------------------------------------------------
# Contact information V1 (ci.*): a directory contact's fields and line state, over loopback


async def test_contact_card_of_a_colleague_and_of_a_directory_entry(wire, agent1):
    from cti_desktop.core.contact_details import ContactDetails

    assert isinstance(agent1, ContactDetails)
    [colleague] = [c for c in await agent1.search("agent2") if c.id == "agent2"]
    card = await agent1.contact_card(colleague)
    assert card.contact.id == "agent2" and card.in_call is False
    labels = dict(card.fields)
    assert labels["Extension"] and labels["Work title"] in ("Agent", "Supervisor")
    # in a call: the line state says so
    call = await agent1.make_call("agent2")
    assert await agent1.contact_in_call("agent2@" + DOMAIN) is True
    await agent1.hangup(call)
    entry = next(c for c in await agent1.search("a", limit=50) if c.kind == "SHORTCUT")
    card = await agent1.contact_card(entry)
    assert card.contact.display_name == entry.display_name and card.in_call is False
    assert ("Company", entry.company) in card.fields
    bare = await agent1.contact_info(entry.id, include_fields=False)
    assert bare.fields == ()
    with pytest.raises(NotFound):
        await agent1.contact_info("nobody")
    with pytest.raises(NotFound):
        await agent1.contact_in_call("agent2@elsewhere.example")
    # a contact of another directory source is returned as it is, nothing sent
    from dataclasses import replace

    sim, _http, recorder = wire
    mark = recorder.mark()
    other = replace(entry, source="voxloud")
    assert (await agent1.contact_card(other)).contact is other and recorder.since(mark) == []


# ----------------------------------------------------------------------------------------------
# Line state (ls.*): busy elsewhere, over loopback


async def test_busy_elsewhere_marks_clears_and_shows_as_in_a_call(wire, agent1):
    from datetime import datetime, timedelta, timezone

    from cti_desktop.core.line_state import BusyElsewhere

    sim, http, _recorder = wire
    assert isinstance(agent1, BusyElsewhere)
    assert await agent1.busy_until() is None
    await agent1.clear_busy()  # nothing to clear is no error
    until = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(minutes=15)
    assert await agent1.set_busy_until(until) == until
    assert await agent1.busy_until() == until
    agent2 = dstny_client(sim, http, user="agent2")
    await agent2.create_ticket()
    assert await agent2.contact_in_call("agent1") is True  # colleagues see the line busy
    assert await agent2.busy_until() is None  # each user's own
    await agent1.clear_busy()
    assert await agent1.busy_until() is None
    assert await agent2.contact_in_call("agent1") is False
    for bad in (until.replace(tzinfo=None), datetime.now(timezone.utc) - timedelta(minutes=1),
                datetime.now(timezone.utc) + timedelta(hours=9)):
        with pytest.raises(InvalidInput):
            await agent1.set_busy_until(bad)


# ----------------------------------------------------------------------------------------------
# User device information (dev.info, dev.name_*): a device's details and name, over loopback


async def test_device_details_and_rename(wire, agent1):
    from cti_desktop.core.device_settings import DeviceSettings

    assert isinstance(agent1, DeviceSettings)
    device = (await agent1.devices())[0]
    details = dict(await agent1.device_details(device.device_id))
    assert details["USER_AGENT"] and details["DEVICE_TYPE"] == device.kind
    assert await agent1.device_name(device.device_id) == device.name
    assert await agent1.rename_device(device.device_id, "  Desk   by the window ") == "Desk by the window"
    assert [d.name for d in await agent1.devices() if d.device_id == device.device_id] == ["Desk by the window"]
    sim, _http, recorder = wire
    mark = recorder.mark()
    for bad in ("", "x" * 33):
        with pytest.raises(InvalidInput):
            await agent1.rename_device(device.device_id, bad)
    assert recorder.since(mark) == []
    with pytest.raises(NotFound):
        await agent1.device_details("no-such-device")


async def test_mobile_call_transfer_routes(wire, agent1):
    # The behaviour is tested in test_dstny_mobile_transfer.py; here each route goes over the wire.
    assert await agent1.mobile_transfer_status() is None
    await agent1.call_via_mobile("+46701119999")
    deadline = time.monotonic() + 5
    while not any("agent1-mobile" in c.device_ids and c.status == CallStatus.ACTIVE for c in await agent1.get_calls()):
        assert time.monotonic() < deadline, "the call on the mobile did not connect"
        await asyncio.sleep(0.05)
    started = await agent1.transfer_mobile_call("1002", attended=True)
    assert (await agent1.mobile_transfer_status()).transfer_id == started.transfer_id
    await agent1.cancel_mobile_transfer(started.transfer_id)
    assert await agent1.mobile_transfer_status() is None
    for call in await agent1.get_calls():
        await agent1.hangup(call)


# ----------------------------------------------------------------------------------------------
# A contact's presence (ci.presence as PIDF, ci.presence_stream) and image (ci.image), over loopback
# (their behaviour in detail: test_dstny_colleague_presence.py)


async def test_contact_presence_stream_and_image(wire, agent1):
    from cti_desktop.providers.dstny.xml import parse_pidf

    sim, _http, recorder = wire
    assert (await agent1.contact_presence("agent6")).activity == "lunch"  # seeded: out for lunch
    data = await first_stream_document(agent1, agent1.contact_presence_url("agent6"), recorder, "</presence>")
    assert parse_pidf(data).note == "Back 13:00"
    image = await agent1.contact_image("agent6", side=32)
    assert image is not None and image.startswith(b"\x89PNG")


async def test_photo_upload_and_device_icon_routes(wire, agent1):
    """pr.photo_put, dev.icon_get, dev.icon_put over the wire (the details:
    ``test_dstny_photo_and_icons.py``)."""
    from photo_bytes import png

    image = png(2, 2)
    await agent1.upload_photo(image)
    assert await agent1.photo() == image
    device = (await agent1.devices())[0]
    assert await agent1.set_device_icon(device.device_id, "TYPE_1", device.kind) == "TYPE_1"


# ----------------------------------------------------------------------------------------------


def test_every_route_was_exercised(request):
    """Runs last in this module: the union of routes seen on the wire by the tests above."""
    defined = {name for name in vars(request.module) if name.startswith("test_")}
    selected = {item.originalname for item in request.session.items if item.module is request.module}
    if selected != defined:
        pytest.skip(f"route coverage needs the whole module; not selected: {sorted(defined - selected)}")
    wire_tests = {item.originalname for item in request.session.items
                  if item.module is request.module and "wire" in item.fixturenames}
    assert wire_tests <= RECORDED_BY, f"tests that did not record their routes: {sorted(wire_tests - RECORDED_BY)}"
    missing = sorted(set(DEFAULT_ROUTES) - COVERED)
    assert not missing, f"routes never sent over the wire: {missing}"


def test_route_matcher_is_unambiguous():
    for name, route in DEFAULT_ROUTES.items():
        sample = route.template.format(**{f: f"x{f}" for f in template_fields(route.template)})
        assert route_of(route.method, "/api" + sample) == name
