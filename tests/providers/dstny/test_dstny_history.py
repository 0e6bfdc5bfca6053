"""The Dstny history operations against the simulator, request by request, checked against the
reference's own parameter lists (``data/dstny_history_parameters.json``, copied from the vendor's
reference with the lines named) and its own examples (``data/dstny_reference_examples.json``).

The simulator checks the same shapes, so a client that sends less is refused there: the tests below
also send the old, short shape by hand and see it refused.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from support import dstny_signed_in
from test_dstny_seed_examples import EXAMPLES, to_json

from cti_desktop.core.errors import InvalidInput, UserFacingError
from cti_desktop.core.voicemail import VoicemailSettings
from cti_desktop.providers.dstny import wire

DOMAIN = "demo.example"
REFERENCE = json.loads((Path(__file__).resolve().parent / "data" / "dstny_history_parameters.json").read_text("utf-8"))
OPS = REFERENCE["operations"]
ITEM_TYPES = set(REFERENCE["itemType"])


def example(line: int):
    return to_json(dict(EXAMPLES)[line])[0]


class Sent:
    def __init__(self) -> None:
        self.items: list[tuple[str, str, list[tuple[str, str]], bytes]] = []

    async def hook(self, request: httpx.Request) -> None:
        path = request.url.path.removeprefix("/api")
        self.items.append((request.method, path, list(request.url.params.multi_items()), request.content))

    def only(self, method: str, path: str):
        found = [i for i in self.items if i[0] == method and i[1] == path]
        assert len(found) == 1, f"{method} {path}: {len(found)} requests"
        return found[0]


@pytest.fixture
async def setup(sim):
    sent = Sent()
    async with dstny_signed_in(sim, on_request=sent.hook) as signed:
        yield sim, signed.client, sent, signed.http


def user_log(sim, user="agent1") -> list[dict]:
    return sim.sim.org.users[user].commlog


def check_against(op: str, params: list[tuple[str, str]]) -> None:
    """Every name the reference lists for ``op``, required ones present, each value of its type."""
    spec = OPS[op]["params"]
    names = [k for k, _ in params]
    assert set(names) <= set(spec), f"{op}: not in the reference: {set(names) - set(spec)}"
    required = {k for k, (req, _t) in spec.items() if req}
    assert required <= set(names), f"{op}: required by the reference but not sent: {required - set(names)}"
    for k, v in params:
        kind = spec[k][1]
        if kind == "boolean":
            assert v in ("true", "false"), (k, v)
        elif kind == "enum":
            assert v in ITEM_TYPES, (k, v)
    for k, (_req, kind) in spec.items():
        if kind not in ("array", "enum"):
            assert names.count(k) <= 1, f"{k} sent twice"


async def test_mark_one_sends_the_three_required_parameters(setup):
    sim, client, sent, _http = setup
    missed = next(i for i in user_log(sim) if i["itemType"] == "MISSED_CALL" and not i["isSeen"])
    await client.mark_seen(str(missed["itemId"]))
    _m, _p, params, _b = sent.only("PUT", f"/commlog/{DOMAIN}/agent1/{missed['itemId']}")
    check_against("mark_one", params)
    assert dict(params) == {"isSeen": "true", "isPlayed": "false", "updateCallItem": "false"}
    assert missed["isSeen"] is True


async def test_mark_played_marks_the_message_and_its_missed_call(setup):
    sim, client, sent, _http = setup
    items = {str(i.item_id): i for i in await client.history(types=("VOICEMAIL",))}
    message = next(i for i in items.values() if not i.played and i.call_item_id)
    await client.mark_played(message.item_id, update_call_item=True)
    _m, _p, params, _b = sent.only("PUT", f"/commlog/{DOMAIN}/agent1/{message.item_id}")
    check_against("mark_one", params)
    assert dict(params) == {"isSeen": "true", "isPlayed": "true", "updateCallItem": "true"}
    server = {str(i["itemId"]): i for i in user_log(sim)}
    assert server[message.item_id]["isPlayed"] is True and server[message.item_id]["isSeen"] is True
    assert server[message.call_item_id]["isSeen"] is True  # the missed call the message was left after
    again = {i.item_id: i for i in await client.history(types=("VOICEMAIL",))}
    assert again[message.item_id].played


@pytest.mark.parametrize("params", [
    {"isSeen": "true"},  # the shape this client used to send
    {"isSeen": "true", "isPlayed": "false"},
    {"isSeen": "true", "updateCallItem": "false"},
    {"isSeen": "yes", "isPlayed": "false", "updateCallItem": "false"},
])
async def test_the_simulator_refuses_a_mark_without_every_required_parameter(setup, params):
    sim, client, _sent, http = setup
    missed = next(i for i in user_log(sim) if i["itemType"] == "MISSED_CALL" and not i["isSeen"])
    url = f"{sim.base_url}/api/commlog/{DOMAIN}/agent1/{missed['itemId']}"
    response = await http.put(url, params=params, headers=client.auth_headers())
    assert response.status_code == 400
    assert response.json()["field"][0]["fieldName"] in {"isSeen", "isPlayed", "updateCallItem"}
    assert missed["isSeen"] is False


async def test_delete_sends_update_call_item_and_a_delete_without_it_is_refused(setup):
    sim, client, sent, http = setup
    item = next(i for i in user_log(sim) if i["itemType"] == "OUTGOING_CALL")
    url = f"{sim.base_url}/api/commlog/{DOMAIN}/agent1/{item['itemId']}"
    refused = await http.delete(url, headers=client.auth_headers())
    assert refused.status_code == 400 and refused.json()["field"][0]["fieldName"] == "updateCallItem"
    assert not item.get("deleted")
    await client.delete_history_item(str(item["itemId"]))
    _m, _p, params, _b = [s for s in sent.items if s[0] == "DELETE" and s[1].endswith(f"/{item['itemId']}")][-1]
    check_against("delete_one", params)
    assert dict(params) == {"updateCallItem": "false"}
    assert item["deleted"] is True


async def test_list_uses_only_the_reference_names(setup):
    _sim, client, sent, _http = setup
    items = await client.history(max_items=7, types=("VOICEMAIL", "RECORDING", "MISSED_CALL"))
    _m, _p, params, _b = sent.only("GET", f"/commlog/{DOMAIN}/agent1")
    check_against("list", params)
    assert params == [("limit", "7"), ("itemType", "VOICEMAIL"), ("itemType", "RECORDING"), ("itemType", "MISSED_CALL")]
    assert items and {i.item_type for i in items} <= {"VOICEMAIL", "RECORDING", "MISSED_CALL"}
    with pytest.raises(InvalidInput):
        await client.history(types=("VOICE MAIL",))


async def test_mark_all_seen_is_one_request_in_the_reference_shape(setup):
    sim, client, sent, http = setup
    unseen = [str(i["itemId"]) for i in user_log(sim) if i["itemType"] == "MISSED_CALL" and not i["isSeen"]]
    assert len(unseen) >= 2
    missing = await client.mark_many_seen(unseen, types=("MISSED_CALL",))
    assert missing == []
    _m, _p, params, body = sent.only("PUT", f"/commlog/{DOMAIN}/agent1")
    check_against("mark_many", params)
    assert [v for k, v in params if k == "itemId"] == unseen
    assert dict(params)["untilItemId"] == max(unseen, key=int) and ("itemType", "MISSED_CALL") in params
    assert not body
    assert all(i["isSeen"] for i in user_log(sim) if i["itemType"] == "MISSED_CALL")
    # ids the server does not know come back "as a string"
    assert await client.mark_many_seen([unseen[0], "999998", "999999"], types=("MISSED_CALL",)) == ["999998", "999999"]
    # and the short shape is refused
    url = f"{sim.base_url}/api/commlog/{DOMAIN}/agent1"
    for params in ({"itemId": unseen[0], "isSeen": "true", "isPlayed": "false", "updateCallItem": "false"},
                   {"itemId": unseen[0], "untilItemId": unseen[0], "isSeen": "true", "isPlayed": "false",
                    "updateCallItem": "false"}):
        assert (await http.put(url, params=params, headers=client.auth_headers())).status_code == 400


async def test_group_inbox_items_keep_their_inbox_and_played_state(setup):
    sim, client, sent, _http = setup
    items = await client.group_inbox()
    _m, _p, params, _b = sent.only("GET", f"/commlog/{DOMAIN}/agent1/groupinbox")
    check_against("group_inbox", params)
    mine = {g.name for g in sim.sim.org.groups_of("agent1")}
    assert items and {i.inbox_name for i in items} == mine
    assert all(i.item_type == "VOICEMAIL" and not i.played for i in items)
    await client.mark_played(items[0].item_id)
    assert next(i for i in await client.group_inbox() if i.item_id == items[0].item_id).played


def test_the_reference_group_inbox_example_keeps_played_inbox_and_call_item():
    (item,) = wire.parse_commlog(example(1738))
    assert (item.item_id, item.item_type, item.seen, item.played) == ("370", "VOICEMAIL", True, False)
    assert item.inbox_name == "Group Inbox 1" and item.call_item_id == ""  # callItemId 0: none
    assert item.remote.number == "+1555123001" and item.remote.name == "Jane Doe"


async def test_voicemail_settings_read_and_change_in_the_reference_shape(setup):
    sim, client, sent, _http = setup
    settings = await client.voicemail_settings()
    assert settings == wire.parse_voicemail_settings(example(8857))  # the simulator starts as the example
    changed = await client.update_voicemail_settings(settings.changed(sms_notification=True, human_assistance_number="+46701112233"))
    _m, _p, params, body = sent.only("PUT", f"/user/voicemail/{DOMAIN}/agent1")
    assert params == []
    sent_body = json.loads(body)
    spec = OPS["voicemail_update"]["params"]
    assert set(sent_body) <= set(spec)
    assert all(isinstance(v, str if spec[k][1] == "string" else bool) for k, v in sent_body.items())
    assert set(sent_body) == set(example(8921))  # every setting, as in the reference's example
    assert changed.sms_notification is True and changed.human_assistance_number == "+46701112233"
    assert sim.sim.org.voicemail_settings["agent1"]["smsNotification"] is True
    with pytest.raises(UserFacingError, match="humanAssistanceNumber"):
        await client.update_voicemail_settings(VoicemailSettings(human_assistance_number="call me"))
    with pytest.raises(InvalidInput):
        await client.update_voicemail_settings(VoicemailSettings())


def test_voicemail_body_of_the_reference_example_is_the_example():
    value = example(8921)
    assert wire.voicemail_settings_body(wire.parse_voicemail_settings(value)) == value
