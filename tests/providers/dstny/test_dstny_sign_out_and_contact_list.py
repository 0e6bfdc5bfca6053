"""The client's sign-out (ticket.revoke) and the contact-list and favourites operations the app now
reaches (ct.remove, bl.verify, bl.templates), each sent over loopback to the simulator; the
requests are recorded by an httpx event hook, so what went over the wire is what is checked."""

from __future__ import annotations

import httpx
import pytest
from support import dstny_signed_in

from cti_desktop.core.errors import AuthExpired, NotFound

DOMAIN = "demo.example"


@pytest.fixture
async def wired(sim):
    sent: list[tuple[str, str]] = []

    async def hook(request: httpx.Request) -> None:
        sent.append((request.method, request.url.path))

    tickets: list[str] = []
    async with dstny_signed_in(sim, on_request=hook, on_ticket=tickets.append) as signed:
        yield sim, signed.client, sent, tickets


async def test_sign_out_deletes_the_ticket_and_makes_no_new_one(wired):
    sim, client, sent, tickets = wired
    old = client._auth.ticket
    mark = len(sent)
    await client.revoke_ticket(sign_in_again=False)
    assert sent[mark:] == [("DELETE", f"/api/tickets/{DOMAIN}/agent1/cti-desktop")]
    assert not client.has_ticket
    async with httpx.AsyncClient(trust_env=False) as plain:
        r = await plain.get(f"{sim.base_url}/api/user/devices/{DOMAIN}/agent1",
                            headers={"Authorization": f"Bearer {old}"})
    assert r.status_code == 401  # the server refuses the revoked ticket
    # after signing out the password is gone: a later request is refused, never a new ticket
    with pytest.raises(AuthExpired):
        await client.presence()
    assert len(tickets) == 1 and not any(m == "POST" and "/tickets/" in p for m, p in sent[mark:])


async def test_revoking_a_ticket_the_server_no_longer_knows_is_fine(wired):
    sim, client, sent, _ = wired
    sim.sim.revoke("agent1", DOMAIN, "cti-desktop")  # revoked elsewhere (e.g. in the portal)
    client._password = None  # a pasted ticket: nothing to sign in with again
    with pytest.raises(AuthExpired):
        await client.revoke_ticket(sign_in_again=False)  # 401: the caller treats it as already revoked
    assert not client.has_ticket


async def test_remove_contact_sends_the_delete_and_the_list_no_longer_has_it(wired):
    sim, client, sent, _ = wired
    listed = [c.id for c in await client.favourites()]
    cid = listed[0]
    mark = len(sent)
    await client.remove_contact(cid)
    assert sent[mark:] == [("DELETE", f"/api/contacts/list/{DOMAIN}/agent1/{cid}")]
    assert cid not in [c.id for c in await client.favourites()]
    with pytest.raises(NotFound):
        await client.remove_contact(cid)


async def test_verify_says_whether_a_contact_is_a_favourite(wired):
    sim, client, sent, _ = wired
    sim.sim.org.users["agent1"].contacts["agent3"] = "FAVORITE"
    sim.sim.org.users["agent1"].contacts.pop("agent4", None)
    mark = len(sent)
    assert await client.is_buddy("agent3") is True
    assert await client.is_buddy("agent4") is False
    assert sent[mark:] == [("GET", f"/api/buddylist/{DOMAIN}/agent1/agent3"),
                           ("GET", f"/api/buddylist/{DOMAIN}/agent1/agent4")]


async def test_templates_reset_the_favourites(wired):
    from cti_desktop.simulator.dstny.api_buddies import favourites_template

    sim, client, sent, _ = wired
    mark = len(sent)
    await client.apply_buddy_templates()
    assert sent[mark:] == [("PUT", f"/api/buddylist/{DOMAIN}/agent1")]
    assert {c.id for c in await client.buddies()} == favourites_template(sim.sim.org, "agent1")
