"""The Dstny client's presence configuration reads and shortcut writes, sent over the wire to the
simulator: cfg.all (with the single reads when refused), cfg.answerplaces (and a call set up from one),
cfg.shortcut, cfg.shortcut_put, cfg.shortcuts_put, pr.endtime_get; and the simulator's own checks of
what the reference requires (imageId from its icons, ids unique in the whole list).

The aggregated document below is the reference's own sample ("Read an aggregated document with all
configuration settings", /work/shared/seeds/dstny-core-api-reference.txt), trimmed to its lists.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from support import dstny_signed_in, sim_post

from cti_desktop.core.errors import BadRequest, UserFacingError
from cti_desktop.core.presence_config import PresenceShortcut
from cti_desktop.providers.dstny import wire
from cti_desktop.providers.dstny.backend import DstnyAnswerPlaces

DOMAIN = "demo.example"

#: The reference's cfg.all sample (its lists; the flags and fields left out).
REFERENCE_ALL = {
    "activities": {"activity": [
        {"id": "available", "name": "Available", "available": True, "default": True, "stateName": "Available"},
        {"id": "lunch", "name": "Lunch", "available": False, "default": False, "stateName": "Lunch"},
        {"id": "meeting", "name": "Meeting", "available": False, "default": False, "stateName": "Meeting"}]},
    "roles": {"role": [{"id": "business", "name": "Business", "stateName": "Business"},
                       {"id": "private", "name": "Private", "stateName": "Private"},
                       {"id": "1400593658949", "name": "Support", "stateName": "Support"}]},
    "answerplaces": {"answerplace": [{"id": "mobile", "name": "Mobile"}]},
    "topics-enabled": True, "sms-allowed": True,
}


class Sent:
    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))

    def gets(self, suffix: str) -> int:
        return sum(1 for m, p in self.requests if m == "GET" and p.endswith(suffix))


@pytest.fixture
async def client(sim):
    sent = Sent()
    async with dstny_signed_in(sim, on_request=sent) as signed:
        yield signed.client, sent


def test_the_references_aggregated_sample_is_read():
    lists = wire.parse_user_config_lists(REFERENCE_ALL)
    assert [a.id for a in lists.activities] == ["available", "lunch", "meeting"]
    assert [r.name for r in lists.roles] == ["Business", "Private", "Support"]
    assert [(p.id, p.name) for p in lists.answer_places] == [("mobile", "Mobile")]
    with pytest.raises(wire.MalformedResponse):
        wire.parse_user_config_lists({"roles": REFERENCE_ALL["roles"]})


async def test_presence_lists_in_one_request(client):
    c, sent = client
    lists = await c.presence_lists()
    assert sent.gets(f"/user/config/{DOMAIN}/agent1") == 1 and len(sent.requests) == 2  # ticket + cfg.all
    assert {"available", "lunch"} <= {a.id for a in lists.activities} and lists.roles
    assert [p.id for p in lists.answer_places] == ["mobile"]


async def test_presence_lists_fall_back_when_refused(sim, client):
    c, sent = client
    sim_post(sim, "/_sim/deployment", {"withoutRoutes": ["cfg.all"]})
    try:
        lists = await c.presence_lists()
        again = await c.presence_lists()
    finally:
        httpx.delete(sim.base_url + "/_sim/deployment", timeout=10).raise_for_status()
    assert lists == again and lists.activities and lists.roles
    assert sent.gets(f"/user/config/{DOMAIN}/agent1") == 1  # refused once, then not asked again
    assert sent.gets("/activities") == 2 and sent.gets("/roles") == 2 and sent.gets("/answerplaces") == 2


async def test_answer_places_and_a_call_from_one(client):
    c, sent = client
    places = DstnyAnswerPlaces(c)
    assert [(p.id, p.name) for p in await places.places()] == [("mobile", "Mobile")]
    assert sent.gets("/answerplaces") == 1
    assert await places.call_from("mobile", "+46701119999") is None  # the call arrives on the streams
    assert any(m == "POST" and p.endswith("/mobile/+46701119999") for m, p in sent.requests)
    with pytest.raises(UserFacingError):
        await places.call_from("office", "+46701119999")  # not an answer place of this user: refused


async def test_end_time_read(sim, client):
    c, sent = client
    assert await c.activity_end_time() is None  # 'never'
    at = (datetime.now(UTC) + timedelta(hours=1)).replace(microsecond=0)
    await c.set_activity_end_time(at)
    assert await c.activity_end_time() == at
    assert sent.gets("/activity/endtime") == 2


async def test_one_shortcut_read_and_written_and_the_list_replaced(client):
    c, sent = client
    listed = await c.presence_shortcuts()
    one = await c.presence_shortcut(listed[0].id)
    assert one == listed[0] and sent.gets(f"/presenceshortcuts/{DOMAIN}/agent1/{listed[0].id}") == 1
    new = PresenceShortcut(id="weekend", name="Weekend", activity_id="away", available=False,
                           duration_type="UNTIL_NEXT_WORKING_DAY", order=9, image_id="ic_shortcut_big_red")
    await c.set_presence_shortcut("weekend", new)
    assert await c.presence_shortcut("weekend") == new
    reordered = [s for s in await c.presence_shortcuts()][::-1]
    await c.set_presence_shortcuts([PresenceShortcut(**{**_fields(s), "order": n}) for n, s in enumerate(reordered, 1)])
    assert [s.id for s in sorted(await c.presence_shortcuts(), key=lambda s: s.order)] == [s.id for s in reordered]
    assert sum(1 for m, p in sent.requests if m == "PUT" and p.endswith(f"/presenceshortcuts/{DOMAIN}/agent1")) == 1


async def test_the_simulator_requires_what_the_reference_requires(client):
    c, _sent = client
    body = wire.presence_shortcut_body(PresenceShortcut(id="x", name="X", activity_id="lunch",
                                                        duration_type="NO_END_TIME"))
    assert body["imageId"] == "ic_shortcut_big_green"  # required by the reference: always sent
    listed = await c.presence_shortcuts()
    for bad_image in (None, "ic_shortcut_rocket"):
        raw = {**body, "imageId": bad_image} if bad_image else {k: v for k, v in body.items() if k != "imageId"}
        with pytest.raises(BadRequest):
            await c._send("cfg.shortcut_put", fields={"id": "x"}, body=raw, command=True)
    with pytest.raises(BadRequest):  # "The ID needs to be unique for the end-user"
        await c.set_presence_shortcuts([listed[0], listed[0]])
    assert await c.presence_shortcuts() == listed  # nothing created or replaced


def _fields(s: PresenceShortcut) -> dict:
    return {name: getattr(s, name) for name in PresenceShortcut.__slots__}
