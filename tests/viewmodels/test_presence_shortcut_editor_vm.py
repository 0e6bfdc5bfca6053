"""Editing presence shortcuts (Dstny's Presence Shortcuts API) through PresenceShortcutEditorViewModel,
against the real simulator: create, edit (read fresh with cfg.shortcut, written with cfg.shortcut_put),
delete, reorder (the whole list with cfg.shortcuts_put); checks and refusals in words with the edit kept.
"""

from __future__ import annotations

import pytest
from support import SentRequests, sim_post

from cti_desktop.core.presence_config import PresenceShortcut
from cti_desktop.viewmodels.presence import PresenceViewModel
from cti_desktop.viewmodels.presence_shortcuts import PresenceShortcutEditorViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


class Sent(SentRequests):
    """The requests the session's command client really sends (an httpx event hook)."""

    def to_item(self, method: str, item_id: str) -> int:
        """Requests to one shortcut's own path (``…/presenceshortcuts/{domain}/{user}/{id}``)."""
        return sum(1 for m, p in self.requests
                   if m == method and "/presenceshortcuts/" in p and p.endswith("/" + item_id))


@pytest.fixture
def editor(agent_session, arun):
    bridge = SessionBridge(agent_session)
    presence = PresenceViewModel(bridge, poll_interval=30, max_backoff=60)
    assert arun(presence.load())
    vm = PresenceShortcutEditorViewModel(presence)
    assert arun(vm.load())
    sent = Sent(agent_session.backend._http)
    yield vm, presence, sent
    sent.close()
    arun(presence.aclose())
    bridge.detach()


def server_shortcuts(agent_session, arun) -> list[PresenceShortcut]:
    return arun(agent_session.backend.client.presence_shortcuts())


def test_create_a_shortcut_until_the_next_working_day_with_a_diversion(editor, agent_session, arun):
    vm, presence, sent = editor
    assert vm.editable and vm.unsupportedNote == ""
    before = len(vm.shortcuts)
    vm.begin_new()
    assert vm.editing and vm.isNew
    vm.update_draft(name="  Off  site ", activityId="away", available=False, durationType="UNTIL_NEXT_WORKING_DAY",
                    imageId="ic_shortcut_car", applyDiversion=True, diversionNumber="+46 8 500 100 00")
    new_id = vm.draft["id"]
    assert arun(vm.save()), vm.error
    assert not vm.editing and vm.error == ""
    assert sent.to("PUT", "/presenceshortcuts/") == 1 and sent.to_item("PUT", new_id) == 1
    stored = next(s for s in server_shortcuts(agent_session, arun) if s.id == new_id)
    assert (stored.name, stored.activity_id, stored.duration_type, stored.image_id, stored.diversion_number,
            stored.apply_diversion_number) == ("Off site", "away", "UNTIL_NEXT_WORKING_DAY", "ic_shortcut_car",
                                               "+46850010000", True)
    assert len(vm.shortcuts) == before + 1 and vm.shortcuts[-1]["id"] == new_id
    # the presence panel's buttons show it too
    assert any(s["id"] == new_id and s["durationType"] == "UNTIL_NEXT_WORKING_DAY" for s in presence.shortcuts)


def test_edit_reads_the_shortcut_fresh_and_writes_it(editor, agent_session, arun):
    vm, presence, sent = editor
    first = vm.shortcuts[0]
    # changed elsewhere after the list was read: the edit must start from the server's version
    elsewhere = server_shortcuts(agent_session, arun)[0]
    from dataclasses import replace
    arun(agent_session.backend.client.set_presence_shortcut(
        elsewhere.id, replace(elsewhere, name="Long lunch", duration_minutes=90)))
    assert arun(vm.begin_edit(first["id"]))
    assert sent.to_item("GET", first["id"]) == 1
    assert vm.draft["name"] == "Long lunch" and vm.draft["minutes"] == 90 and not vm.isNew
    vm.update_draft(name="Lunch", minutes=20, durationType="MINUTES", available=True)
    assert arun(vm.save()), vm.error
    stored = next(s for s in server_shortcuts(agent_session, arun) if s.id == first["id"])
    assert (stored.name, stored.duration_minutes, stored.available) == ("Lunch", 20, True)
    assert vm.shortcuts[0]["name"] == "Lunch"


def test_a_check_that_fails_keeps_the_edit_and_sends_nothing(editor, arun):
    vm, _presence, sent = editor
    vm.begin_new()
    vm.update_draft(name="", durationType="MINUTES", minutes=15)
    assert not arun(vm.save())
    assert vm.error == "Give the shortcut a name" and vm.editing
    vm.update_draft(name="Quick break", minutes=0)
    assert not arun(vm.save())
    assert "between 1 minute" in vm.error and vm.editing and vm.draft["name"] == "Quick break"
    vm.update_draft(minutes=10, applyDiversion=True, diversionNumber="call me")
    assert not arun(vm.save())
    assert "is not a phone number" in vm.error and vm.editing
    assert sent.to("PUT", "/presenceshortcuts/") == 0


def test_a_server_refusal_is_said_in_words_and_keeps_the_edit(sim, editor, agent_session, arun):
    vm, _presence, _sent = editor
    before = server_shortcuts(agent_session, arun)
    vm.begin_new()
    vm.update_draft(name="Gym", activityId="lunch", durationType="MINUTES", minutes=60)
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "status": 503, "routes": ["cfg.shortcut_put"]})
    try:
        assert not arun(vm.save())
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0, "routes": []})
    assert vm.error and "server" in vm.error.lower() and vm.editing
    assert vm.draft["name"] == "Gym" and vm.draft["minutes"] == 60
    assert server_shortcuts(agent_session, arun) == before
    assert arun(vm.save()), vm.error  # the same edit, sent again once the server answers
    assert any(s["name"] == "Gym" for s in vm.shortcuts)


def test_delete_a_shortcut(editor, agent_session, arun):
    vm, presence, sent = editor
    gone = vm.shortcuts[1]["id"]
    assert arun(vm.delete(gone)), vm.error
    assert sent.to_item("DELETE", gone) == 1
    assert gone not in [s.id for s in server_shortcuts(agent_session, arun)]
    assert gone not in [s["id"] for s in vm.shortcuts] and gone not in [s["id"] for s in presence.shortcuts]
    assert not arun(vm.delete(gone)) and "no longer exists" in vm.error


def test_reorder_writes_the_whole_list(editor, agent_session, arun):
    vm, presence, sent = editor
    ids = [s["id"] for s in vm.shortcuts]
    assert len(ids) >= 3
    assert arun(vm.move(ids[-1], -1)), vm.error
    expected = ids[:-2] + [ids[-1], ids[-2]]
    assert sent.to("PUT", "/presenceshortcuts/") == 1  # one PUT of the list, to the list's own path
    assert [m for m, p in sent.requests if m == "PUT" and p.rstrip("/").endswith("agent1")] == ["PUT"]
    stored = sorted(server_shortcuts(agent_session, arun), key=lambda s: s.order)
    assert [s.id for s in stored] == expected and [s.order for s in stored] == [1, 2, 3]
    assert [s["id"] for s in vm.shortcuts] == expected
    assert [s["id"] for s in presence.shortcuts] == expected
    # moving the first one up changes nothing and sends nothing
    n = len(sent.requests)
    assert arun(vm.move(expected[0], -1)) and len(sent.requests) == n
