"""ContactDetailsViewModel against the simulator's directory: fields and line state of the chosen contact."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from support import end_all_calls, sim_post

from cti_desktop.core.contact_details import ContactCard
from cti_desktop.viewmodels.contact_details import ContactDetailsViewModel, details_of
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def details_vm(agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = ContactDetailsViewModel(bridge)
    yield vm
    arun(vm.aclose())
    bridge.detach()


def colleague(arun, session, user_id="agent2"):
    return next(c for c in arun(session.backend.directory.search(user_id)) if c.id == user_id)


def test_shows_fields_and_line_state_of_a_colleague(sim, arun, details_vm, agent_session):
    vm = details_vm
    assert vm.available and not vm.shown
    agent2 = colleague(arun, agent_session)
    assert arun(vm.show_contact(agent2))
    assert vm.shown and vm.name == agent2.display_name and vm.lineText == "Not in a call"
    labels = {f["label"]: f["value"] for f in vm.fields}
    assert labels["Extension"] and "Work title" in labels
    sim_post(sim, "/_sim/calls", {"to": "agent2", "from": "+46701234577", "fromName": "Ring Ring"})
    assert arun(vm.show_contact(agent2)) and vm.lineText == "In a call now"
    end_all_calls(sim, arun, agent_session, user="agent2")
    assert arun(vm.show_contact(agent2)) and vm.lineText == "Not in a call"
    assert arun(vm.show_contact(None)) and not vm.shown and vm.fields == []


def test_an_unknown_contact_says_why_and_keeps_the_name(sim, arun, details_vm, agent_session):
    vm = details_vm
    ghost = replace(colleague(arun, agent_session), id="ghost")
    assert not arun(vm.show_contact(ghost))
    assert vm.shown and vm.name == ghost.display_name and vm.fields == [] and "does not know" in vm.error


def test_only_the_newest_choice_is_shown(agent_session, arun):
    """A slow answer for an older choice does not replace the newer one (a slow details source and
    no photos beside the real backend: the panel itself sends nothing)."""
    from cti_desktop.core.models import Contact

    release = asyncio.Event()

    class SlowDetails:
        async def contact_card(self, contact):
            if contact.id == "old":
                await release.wait()
            return ContactCard(contact, fields=(("Picked", contact.id),), in_call=False)

    class NoPhotos:
        async def contact_photo(self, contact):
            return None

    bridge = SessionBridge(agent_session)
    vm = ContactDetailsViewModel(bridge, details=SlowDetails(), photos=NoPhotos())

    async def run():
        old = asyncio.ensure_future(vm.show_contact(Contact("old", "Old")))
        await asyncio.sleep(0)
        assert await vm.show_contact(Contact("new", "New"))
        release.set()
        assert not await old

    arun(run())
    assert vm.name == "New" and vm.fields == [{"label": "Picked", "value": "new"}]
    arun(vm.aclose())
    bridge.detach()


def test_no_details_without_a_details_directory():
    class Backend:
        directory = object()

    assert details_of(Backend()) is None
