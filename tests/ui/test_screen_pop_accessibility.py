"""The screen pop as a screen reader meets it: its accessible tree (read through Qt's accessibility
interfaces) and what is announced when a call rings — the real view-model and the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from support import end_all_calls, sim_post, sim_state, until

from cti_desktop.ui.screen_pop import ScreenPopController
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


class Announcements:
    """Hands every accessibility event to Qt (as the app does) and remembers the announcements."""

    def __init__(self):
        self.heard: list[tuple[str, object, object]] = []

    def __call__(self, event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            self.heard.append((event.message(), event.politeness(), event.object()))
        QAccessible.updateAccessibility(event)


@pytest.fixture
def pops(sim, arun, agent_session, qtbot):
    bridge = SessionBridge(agent_session)
    vm = ScreenPopViewModel(bridge, region="SE", record_url_template="https://crm.example/search?phone={number}")
    announcements = Announcements()
    controller = ScreenPopController(vm, None, url_opener=lambda url: True, announcer=announcements)
    controller.announcements = announcements
    yield controller
    end_all_calls(sim, arun, agent_session, pause=0.5)
    controller.close_all()
    vm.shutdown()
    bridge.detach()


def tree(widget) -> list[tuple[str, str, str, bool]]:
    """Every node under the widget's accessible interface: (role, name, description, visible)."""
    nodes = []

    def walk(iface):
        state = iface.state()
        nodes.append((iface.role().name, iface.text(NAME), iface.text(DESCRIPTION), not state.invisible))
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None and child.isValid():
                walk(child)

    walk(QAccessible.queryAccessibleInterface(widget))
    return nodes


def directory_contact(arun, session, surname="Lindberg"):
    contacts = arun(session.backend.directory.search(surname))
    return next(c for c in contacts if c.kind == "SHORTCUT" and c.preferred_number.startswith("+46") and c.company)


def test_a_screen_reader_hears_who_calls_and_through_which_queue(sim, arun, agent_session, qtbot, pops):
    contact = directory_contact(arun, agent_session)
    group = next(g for g in sim_state(sim)["groups"] if g["id"] == 101)
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": contact.preferred_number, "via": 101})["callId"]
    arun(until(lambda: pops.window(call_id) is not None, what="the pop window"))
    window = pops.window(call_id)
    item = window.item
    arun(until(lambda: not item.lookupPending, what="the lookup"))
    number = item.callerNumber

    # the window itself is the whole pop in one sentence
    iface = QAccessible.queryAccessibleInterface(window)
    assert iface.text(NAME).startswith(f"Incoming call from {contact.display_name}")
    assert contact.company in iface.text(NAME) and f"via {group['name']}" in iface.text(NAME)

    nodes = tree(window)
    shown = [(role, name, description) for role, name, description, visible in nodes if visible]
    names = [name for _role, name, _description in shown]
    # the labels carry their content, and say what it is in their description
    assert ("StaticText", contact.display_name, "Caller") in shown
    assert ("StaticText", number, "Caller's number") in shown
    assert ("StaticText", contact.company, "Caller's company") in shown
    assert ("StaticText", f"via {group['name']}", "The queue or number the call came through") in shown
    assert "Caller" not in names and "Company" not in names and "Came through" not in names
    # no visible label is silent, and no content label's name differs from what it shows
    visible = [label for label in window.findChildren(type(window.name_label)) if label.isVisibleTo(window)]
    assert all(label.accessibleName() or label.text() for label in visible)
    for label in (window.name_label, window.number_label, window.company_label, window.via_label,
                  window.status_label, window.error_label, window.answer_hint, window.add_note):
        assert label.accessibleName() == label.text()
    # the buttons say whose call they act on
    answer = next(n for n in shown if n[0] == "Button" and n[1] == "Answer")
    assert answer[2] == f"Answer the call from {contact.display_name} (Enter)"
    assert ("Button", "Reject", f"Reject the call from {contact.display_name} (Esc)") in shown

    # announced once when it rang; the lookup's name was said again, politely, while it still rang
    heard = pops.announcements.heard
    assert heard and heard[0][2] is window
    assert heard[0][1] == QAccessible.AnnouncementPoliteness.Assertive
    assert f"via {group['name']}" in heard[0][0] and heard[0][0].startswith("Incoming call from ")
    assert heard[-1][0] == item.spokenSummary == iface.text(NAME)
    if heard[0][0] != heard[-1][0]:
        assert heard[-1][1] == QAccessible.AnnouncementPoliteness.Polite
    assert len(heard) <= 2
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_an_unknown_caller_is_announced_with_number_and_queue(sim, arun, agent_session, qtbot, pops):
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701118888", "fromName": "Greta Garbo",
                                            "via": 101})["callId"]
    arun(until(lambda: pops.window(call_id) is not None, what="the pop window"))
    window = pops.window(call_id)
    arun(until(lambda: not window.item.lookupPending, what="the lookup"))
    heard = [text for text, _politeness, obj in pops.announcements.heard if obj is window]
    assert heard[0] == f"Incoming call from Greta Garbo, {window.item.callerNumber}, via Customer Service"
    names = [name for _role, name, _d, visible in tree(window) if visible]
    assert "Greta Garbo" in names and window.item.callerNumber in names and "Unknown caller" in names
