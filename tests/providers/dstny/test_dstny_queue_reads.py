"""Reads on demand of the Dstny client against the real simulator on loopback: the organisation's
queue statistics (``qs.organisation``), one queue's (``qs.queue``), one queue's details
(``acd.group``), one activity's forwarding (``adm.get``) and the forward-all rule read back alone
(``div.rule``). Each test sends the route over the wire and records the requests that went out
(an httpx request hook, the real transport underneath).
"""

from __future__ import annotations

import httpx
import pytest
from support import arequest as control
from support import loopback_http, signed_in

from cti_desktop.core.errors import NotFound
from cti_desktop.core.forwarding import ActivityForwarding
from cti_desktop.core.models import Group

DOMAIN = "demo.example"
pytestmark = pytest.mark.timeout(60)


@pytest.fixture
async def sent():
    """The client's requests as ``METHOD path`` (query left out), and the client's http."""
    paths: list[str] = []

    async def hook(request: httpx.Request) -> None:
        paths.append(f"{request.method} {request.url.path}")

    async with loopback_http(hook) as http:
        yield paths, http


async def test_organisation_statistics_list_every_queue_and_one_queue_reads_alone(sim, sent):
    paths, http = sent
    client = await signed_in(sim, http, "super1")
    await control(sim, "POST", "/_sim/queues/104", {"callsWaiting": 3})
    everything = {s.id: s for s in await client.organisation_queue_stats()}
    assert {s.name for s in everything.values()} >= {"Customer Service", "Sales", "Switchboard", "Support 2nd line"}
    assert everything["104"].queue_length == 3
    assert f"GET /api/queuestatistics/{DOMAIN}" in paths
    one = await client.queue_stat("104")
    assert (one.id, one.name, one.queue_length) == ("104", "Support 2nd line", 3)
    assert paths[-1] == f"GET /api/queuestatistics/{DOMAIN}/queues/104"
    with pytest.raises(NotFound):
        await client.queue_stat("999")


async def test_queue_details_name_agents_and_figures_in_the_reference_shape(sim, sent):
    paths, http = sent
    client = await signed_in(sim, http, "agent1")
    group = next(g for g in await client.groups() if g.id == "101")
    await control(sim, "POST", "/_sim/queues/101", {"callsWaiting": 2})
    details = await client.queue_details(group)
    assert paths[-1] == f"GET /api/user/acd-attendant-group/v1/{DOMAIN}/agent1/101/{DOMAIN}"
    assert details.name == "Customer Service" and details.phone_number.startswith("+468500")
    assert details.calls_waiting == 2 and details.logged_in_agents is not None
    assert details.roles == ("AGENT",) and details.logged_in == group.logged_in
    # Customer Service: agent1…agent12 and super1; agent8 is logged out, agent6 starts at lunch.
    agents = {a.name: a for a in details.agents}
    assert len(agents) == 13 and sum(a.logged_in for a in details.agents) == 10
    assert agents["Anna Lindqvist"].logged_in and not agents["Hassan Ali"].logged_in
    assert agents["Filip Ekström"].activity == "lunch" and not agents["Filip Ekström"].available
    # A group of another organisation's domain is not mine: 404 in words.
    with pytest.raises(NotFound):
        await client.queue_details(Group(id="101", domain="other.example", name="Customer Service"))
    # Not a member: 404 as well.
    with pytest.raises(NotFound):
        await client.queue_details(Group(id="999", domain=DOMAIN, name="Nowhere"))


async def test_one_activity_read_fresh_sees_a_change_made_elsewhere(sim, sent):
    paths, http = sent
    client = await signed_in(sim, http, "agent1")
    await client.set_activity_forwarding("lunch", "1002")
    # The portal changes it: the one-activity read sees the new number.
    await control(sim, "POST", "/_sim/diversions/agent1", {"activityDiversions": {"lunch": "+46701112233"}})
    assert await client.activity_forwarding_of("lunch") == ActivityForwarding("lunch", "+46701112233")
    assert paths[-1] == f"GET /api/user/activitydiversion/{DOMAIN}/agent1/lunch"
    await control(sim, "POST", "/_sim/diversions/agent1", {"activityDiversions": {"lunch": None}})
    assert await client.activity_forwarding_of("lunch") is None


async def test_forward_all_reads_back_the_one_rule_after_a_full_read(sim, sent):
    paths, http = sent
    client = await signed_in(sim, http, "agent1")
    await client.set_diversion_rule("CFWD_NO_ANSWER", "1003")
    first = await client.forwarding()  # the full read: every rule and the presence diversion
    assert first.conditional == 1 and first.number == ""
    del paths[:]
    state = await client.forward_all("+46701112233")
    assert (state.number, state.conditional) == ("+46701112233", 1)
    rules_base = f"/api/user/diversion/{DOMAIN}/agent1"
    assert f"GET {rules_base}/rules/PRIMARY/CFWD_ALL" in paths
    assert f"GET {rules_base}/rules" not in paths  # not every rule again
    del paths[:]
    state = await client.stop_forwarding()
    assert (state.number, state.conditional, state.active) == ("", 1, False)
    assert f"GET {rules_base}/rules/PRIMARY/CFWD_ALL" in paths and f"GET {rules_base}/rules" not in paths
    assert not (await control(sim, "GET", "/_sim/diversions"))["users"]["agent1"]["target"]


async def test_forward_all_without_a_full_read_yet_reads_everything(sim, sent):
    paths, http = sent
    client = await signed_in(sim, http, "agent1")
    await client.set_diversion_rule("CFWD_ON_BUSY", "1003")
    state = await client.forward_all("1002")
    assert (state.number, state.conditional) == ("1002", 1)
    assert f"GET /api/user/diversion/{DOMAIN}/agent1/rules" in paths
    await client.stop_forwarding()
    await client.delete_diversion_rule("CFWD_ON_BUSY")
