"""VoxloudClient against the simulator over loopback: every route, good and bad input."""

from __future__ import annotations

import logging

import pytest
from voxloud_support import sim_state

from cti_desktop.core.errors import (
    AuthExpired,
    BadRequest,
    InvalidInput,
    NotFound,
    ServerUnavailable,
)
from cti_desktop.core.logsetup import RedactingFilter
from cti_desktop.providers.voxloud.client import VoxloudClient
from cti_desktop.providers.voxloud.routes import RouteTable
from cti_desktop.providers.voxloud.wire import ContactDraft


async def test_validate_auth_good_key(client):
    company = await client.validate_auth()
    assert company.name == "Demo Telecomunicazioni Srl"
    assert company.email == "admin" + "@" + "demo-voxloud.example"


async def test_validate_auth_bad_key_is_refused_in_words_without_the_key(vox, http, caplog):
    bad = VoxloudClient(http, api_key="wrong-key-123", api_url=vox.api_url)
    caplog.set_level(logging.DEBUG, logger="cti_desktop")
    with pytest.raises(AuthExpired) as info:
        await bad.validate_auth()
    assert "API key was refused" in str(info.value)
    assert "wrong-key-123" not in str(info.value) + repr(bad) + caplog.text


def test_api_key_header_is_masked_by_the_log_filter():
    record = logging.LogRecord("cti_desktop.x", logging.INFO, __file__, 1, "sent Voverc-Auth: %s", ("abc123secret",), None)
    RedactingFilter().filter(record)
    assert "abc123secret" not in record.getMessage()


async def test_search_by_full_phone_finds_the_crm_contact(client):
    found = await client.search_by_phone("02 1234 5678")  # national, region IT
    assert [c.display_name for c in found] == ["Giulia Bianchi"]
    giulia = found[0]
    assert giulia.source == "voxloud"
    assert giulia.numbers == ("+390212345678", "+393471234567")
    assert giulia.company == "Acme Italia"
    assert giulia.record_url == f"https://crm.example/contacts/{giulia.id}"


async def test_search_by_partial_phone(client):
    found = await client.search_by_phone("+3902123")
    assert any(c.last_name == "Bianchi" for c in found)
    assert all(any("+3902123" in n for n in c.numbers) for c in found)


async def test_unsafe_crm_link_is_dropped(client):
    found = await client.search_by_phone("+390612345670")
    assert [c.display_name for c in found] == ["Mario Verdi"]
    assert found[0].record_url == ""  # javascript: link from the server is never kept


async def test_search_by_name_one_word_matches_first_or_last(client):
    by_last = await client.search("bianchi")
    assert any(c.display_name == "Giulia Bianchi" for c in by_last)
    by_first = await client.search("Giulia")
    assert any(c.display_name == "Giulia Bianchi" for c in by_first)
    assert len({c.id for c in by_first}) == len(by_first)


async def test_search_by_full_name_and_reversed(client):
    assert [c.display_name for c in await client.search("Paola Neri")] == ["Paola Neri"]
    assert [c.display_name for c in await client.search("Neri Paola")] == ["Paola Neri"]


async def test_search_pages_and_limits(client):
    page = await client.search_contacts(limit=5)
    assert len(page.contacts) == 5 and page.has_next
    last = await client.search_contacts(offset=298, limit=5)
    assert len(last.contacts) == 2 and not last.has_next
    assert await client.search("   ") == []


async def test_create_contact_from_an_unknown_caller_then_find_it(client):
    draft = ContactDraft(first_name="Nuovo", last_name="Cliente", primary_phone="0039 02 9876 5432",
                         company_name="Ditta Nuova", crm_contact_url="https://crm.example/new/1")
    created = await client.create_contact(draft)
    assert created.numbers == ("+390298765432",)
    assert created.record_url == "https://crm.example/new/1"
    found = await client.search_by_phone("+390298765432")
    assert [c.id for c in found] == [created.id]


@pytest.mark.parametrize(
    "draft, words",
    [
        (ContactDraft(first_name="", primary_phone="+390298765432"), "first name"),
        (ContactDraft(first_name="A", primary_phone=""), "missing"),
        (ContactDraft(first_name="A", primary_phone="1-800-FLOWERS"), "not a phone number"),
        (ContactDraft(first_name="A", primary_phone="+39 12"), "not a valid phone number"),
        (ContactDraft(first_name="A", primary_phone="+390298765432", phones=("abc",)), "not a phone number"),
        (ContactDraft(first_name="A", primary_phone="+390298765432", crm_contact_url="javascript:alert(1)"), "CRM link"),
        (ContactDraft(first_name="A", primary_phone="+390298765432", primary_email="nope"), "e-mail"),
    ],
)
async def test_create_contact_refuses_bad_input_before_sending(client, vox, draft, words):
    before = (await sim_state(vox))["contacts"]
    with pytest.raises(InvalidInput) as info:
        await client.create_contact(draft)
    assert words in str(info.value)
    assert (await sim_state(vox))["contacts"] == before


async def test_update_contact_and_get(client):
    giulia = (await client.search_by_phone("+390212345678"))[0]
    draft = await client.get_contact_draft(giulia.id)
    assert draft.primary_phone == "+390212345678"
    updated = await client.update_contact(giulia.id, draft.with_changes(company_name="Acme SpA",
                                                                         phones=("+393471234567", "+390611122233")))
    assert updated.company == "Acme SpA"
    assert "+390611122233" in updated.numbers
    again = await client.get_contact(giulia.id)
    assert again.company == "Acme SpA"


async def test_delete_contact_then_not_found(client):
    paola = (await client.search("Paola Neri"))[0]
    await client.delete_contact(paola.id)
    with pytest.raises(NotFound):
        await client.get_contact(paola.id)
    with pytest.raises(NotFound):
        await client.delete_contact(paola.id)


async def test_server_refusal_carries_its_words(vox, http):
    # The client clamps limits itself; an override sends the search elsewhere with a bad query.
    routes = RouteTable().with_overrides({"contacts.get": "GET /v1/contacts?limit=0&x={id}"})
    client = VoxloudClient(http, api_key="demo-key", api_url=vox.api_url, routes=routes)
    with pytest.raises(BadRequest) as info:
        await client.get_contact("anything")
    assert "Voxloud refused the request" in str(info.value)
    assert "limit" in str(info.value)  # the server's own words


async def test_users_with_outbound_caller_ids(client):
    users = await client.users()
    assert [u.extension for u in users] == ["101", "102", "103", "104", "105"]
    anna = await client.find_user("101")
    assert anna.display_name == "Anna Agent"
    lines = anna.lines()
    assert [line.number for line in lines] == ["+390212121212", "+390687654320", "+390113456780"]
    assert [line.active for line in lines] == [True, False, False]
    with pytest.raises(NotFound):
        await client.find_user("999")


async def test_webhook_subscriptions_crud(client):
    assert await client.webhook_subscriptions() == []
    sub = await client.create_webhook_subscription("http://127.0.0.1:9/webhook/abcdefabcdefabcdef", "call_incoming",
                                                   notification_email="ops" + "@" + "demo.example")
    assert (sub.event_type, sub.enabled, sub.failed_count, sub.last_error) == ("CALL_INCOMING", True, 0, "")
    assert "abcdefabcdefabcdef" not in repr(sub) and "***" in sub.display_url
    changed = await client.update_webhook_subscription(sub.id, callback_url=sub.callback_url,
                                                       event_type="CALL_ANSWERED", enabled=False)
    assert (changed.event_type, changed.enabled) == ("CALL_ANSWERED", False)
    assert [s.id for s in await client.webhook_subscriptions()] == [sub.id]
    assert (await client.webhook_subscription(sub.id)).event_type == "CALL_ANSWERED"
    await client.delete_webhook_subscription(sub.id)
    assert await client.webhook_subscriptions() == []
    with pytest.raises(InvalidInput):
        await client.create_webhook_subscription("ftp://x/", "CALL_INCOMING")
    with pytest.raises(InvalidInput):
        await client.create_webhook_subscription("http://127.0.0.1/webhook/x", "CALL_SOMETHING")


async def test_ensure_subscriptions_creates_then_reenables(client):
    url = "http://127.0.0.1:9/webhook/abcdefabcdefabcdef"
    subs = await client.ensure_subscriptions(url)
    assert sorted(s.event_type for s in subs) == ["CALL_ANSWERED", "CALL_HANGUP", "CALL_INCOMING", "CALL_STARTED"]
    await client.update_webhook_subscription(subs[0].id, callback_url=url, event_type=subs[0].event_type, enabled=False)
    again = await client.ensure_subscriptions(url)
    assert [s.id for s in again] == [s.id for s in subs]
    assert all(s.enabled for s in again)


async def test_click_to_call_create_and_connect(client, vox):
    ctc = await client.create_click_to_call(name="desk", extension="102", outbound_number="+390687654320")
    assert ctc.extension == "102" and ctc.dial_first == "extension"
    assert [c.id for c in await client.click_to_calls()] == [ctc.id]
    dialled = await client.connect_click_to_call(ctc.id, "347 123 4567")
    assert dialled == "+393471234567"
    state = await sim_state(vox)
    assert state["connects"][-1]["contact"] == "+393471234567"
    with pytest.raises(InvalidInput):
        await client.connect_click_to_call(ctc.id, "not a number")
    with pytest.raises(NotFound):
        await client.connect_click_to_call("no-such-id", "+393471234567")


async def test_route_override_from_configuration(vox, http):
    routes = RouteTable().with_overrides({"users.list": "GET /v2/users"})
    client = VoxloudClient(http, api_key="demo-key", api_url=vox.api_url, routes=routes)
    assert len(await client.users()) == 5
    broken = VoxloudClient(http, api_key="demo-key", api_url=vox.api_url,
                           routes=RouteTable().with_overrides({"users.list": "/v9/users"}))
    with pytest.raises(NotFound):
        await broken.users()
    with pytest.raises(ValueError, match="unknown Voxloud route"):
        RouteTable().with_overrides({"users.all": "/x"})
    with pytest.raises(ValueError, match="fields"):
        RouteTable().with_overrides({"contacts.get": "/v1/contacts/{cid}"})


async def test_unreachable_server_is_a_message_in_words(http):
    client = VoxloudClient(http, api_key="demo-key", api_url="http://127.0.0.1:9/api")
    with pytest.raises(ServerUnavailable) as info:
        await client.validate_auth()
    assert "could not connect to Voxloud" in str(info.value)


async def test_empty_or_broken_key_refused(http):
    with pytest.raises(InvalidInput):
        VoxloudClient(http, api_key="  ")
    with pytest.raises(InvalidInput):
        VoxloudClient(http, api_key="abc\r\nX-Evil: 1")
