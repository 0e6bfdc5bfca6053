"""Deleting from the Dstny communication log, its trash and the read of one item, against the
simulator request by request, checked against the reference's parameter lists
(``data/dstny_history_parameters.json``, copied from the vendor's reference with the lines named)
and its example of one item (line 1505, through ``test_dstny_seed_examples``)."""

from __future__ import annotations

import pytest
from test_dstny_history import DOMAIN, check_against, example, setup, user_log  # noqa: F401,F811  (setup: the fixture)

from cti_desktop.core.errors import InvalidInput, NotFound
from cti_desktop.providers.dstny import wire


def listed(items) -> set[str]:
    return {i.item_id for i in items}


async def test_bulk_delete_sends_only_the_chosen_ids_and_reports_those_not_found(setup):
    sim, client, sent, _http = setup
    calls = [i for i in user_log(sim) if i["itemType"] in ("OUTGOING_CALL", "INCOMING_CALL")]
    chosen = [str(calls[0]["itemId"]), str(calls[-1]["itemId"])]
    before = listed(await client.history())
    missing = await client.delete_history_items([*chosen, "999999"])
    _m, _p, params, body = sent.only("DELETE", f"/commlog/{DOMAIN}/agent1")
    check_against("delete_many", params)
    # never untilItemId nor itemType: either would delete more than the chosen rows
    assert params == [("itemId", chosen[0]), ("itemId", chosen[1]), ("itemId", "999999"), ("updateCallItem", "false")]
    assert not body
    assert missing == ["999999"]
    after = listed(await client.history())
    assert after == before - set(chosen)  # exactly the chosen two are gone
    # deleted items are found only with deleted=true
    gone = {i.item_id for i in wire.parse_commlog(await client._json("log.list", params={"deleted": "true"}))}
    assert set(chosen) <= gone
    # all found: an empty answer, no ids
    other = next(i for i in user_log(sim) if not i.get("deleted") and i["itemType"] == "MISSED_CALL")
    assert await client.delete_history_items([str(other["itemId"])]) == []
    with pytest.raises(InvalidInput):
        await client.delete_history_items(["12&untilItemId=99999"])


async def test_the_simulator_refuses_a_bulk_delete_naming_nothing_or_of_the_wrong_types(setup):
    sim, client, _sent, http = setup
    url = f"{sim.base_url}/api/commlog/{DOMAIN}/agent1"
    count = sum(1 for i in user_log(sim) if not i.get("deleted"))
    for params in ({}, {"updateCallItem": "false"}, {"itemId": "1", "updateCallItem": "maybe"},
                   {"itemType": "VOICE MAIL"}, {"untilItemId": "ten"}):
        response = await http.delete(url, params=params, headers=client.auth_headers())
        assert response.status_code == 400, params
    assert sum(1 for i in user_log(sim) if not i.get("deleted")) == count


async def test_trash_and_back_to_the_inbox_with_the_delete_parameter(setup):
    sim, client, sent, http = setup
    message = next(i for i in await client.history(types=("VOICEMAIL",)))
    await client.trash_history_item(message.item_id)
    _m, _p, params, _b = sent.only("PUT", f"/commlog/{DOMAIN}/agent1/{message.item_id}/trash")
    check_against("trash", params)
    assert params == [("delete", "true")]
    assert message.item_id not in listed(await client.history())
    trash = wire.parse_commlog(await client._json("log.list", params={"markAsDelete": "true"}))
    assert listed(trash) == {message.item_id}
    with pytest.raises(NotFound):  # a plain read shows the inbox only
        await client.history_item(message.item_id)
    await client.trash_history_item(message.item_id, trash=False)
    assert [p for m, path, p, _b in sent.items if path.endswith("/trash")][-1] == [("delete", "false")]
    back = await client.history_item(message.item_id)
    assert back.item_id == message.item_id and back.item_type == "VOICEMAIL"
    assert message.item_id in listed(await client.history())
    url = f"{sim.base_url}/api/commlog/{DOMAIN}/agent1/{message.item_id}/trash"
    refused = await http.put(url, params={"delete": "yes"}, headers=client.auth_headers())
    assert refused.status_code == 400 and refused.json()["field"][0]["fieldName"] == "delete"


async def test_read_one_item_sends_no_parameters_and_shows_its_state_now(setup):
    sim, client, sent, _http = setup
    message = next(i for i in await client.history(types=("VOICEMAIL",)) if not i.played)
    await client.mark_played(message.item_id)
    sent.items.clear()
    item = await client.history_item(message.item_id)
    _m, _p, params, _b = sent.only("GET", f"/commlog/{DOMAIN}/agent1/{message.item_id}")
    check_against("item", params)
    assert params == []
    assert item.played and item.seen and item.remote == message.remote
    inbox = (await client.group_inbox())[0]
    assert (await client.history_item(inbox.item_id)).inbox_name == inbox.inbox_name
    await client.delete_history_item(message.item_id)
    with pytest.raises(NotFound):
        await client.history_item(message.item_id)


def test_the_reference_item_example_is_read_as_one_item():
    (item,) = wire.parse_commlog(example(1505))
    assert (item.item_id, item.item_type, item.seen, item.duration) == ("1245", "INCOMING_CALL", True, 145)
    assert item.remote.number == "+1555123001" and item.remote.name == "Jane Doe"
