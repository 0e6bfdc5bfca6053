"""Tab follows the screen in the real main window, the calls first: each call's controls card by
card as they stand, then the contacts and follow-up tabs below them, the dial pad and presence, the
queues and the header; then round to the calls again. Walked with real Tab key presses."""

from __future__ import annotations

from main_window_fixture import quiet, window  # noqa: F401  (the fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from support import sim_post, until

ORDER = ["calls", "contacts", "dial pad and presence", "queues", "header"]


def section_of(window, widget) -> str:
    parts = {"calls": window.calls_section, "contacts": window.contacts_section,
             "dial pad and presence": window.left_tabs_frame, "queues": window.queues_section}
    return next((name for name, part in parts.items() if part.isAncestorOf(widget)), "header")


def walk(window, qtbot, start, limit=400):
    """The widgets Tab visits from ``start`` until it comes back to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            return visited
        visited.append(widget)
    raise AssertionError(f"Tab never came back to {start.accessibleName()!r}")


def runs(names):
    out = []
    for name in names:
        if not out or out[-1] != name:
            out.append(name)
    return out


def ring(window, sim, arun, caller):
    ws = window.workspace
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": caller, "fromName": "Ada"})["callId"]
    arun(until(lambda: call_id in ws.calls.cards, timeout=5))
    return call_id


def test_tab_goes_through_the_calls_first_then_the_screen_in_order(window, sim, arun, qtbot):
    ws = window.workspace
    first = ring(window, sim, arun, "+46701234567")
    arun(ws.calls_vm.answer(first))
    arun(until(lambda: ws.calls.card(first).park.isEnabled(), timeout=5, what="the answered call"))
    second = ring(window, sim, arun, "+46701234568")  # a second card, made later
    arun(quiet(ws))
    window.activateWindow()
    arun(until(lambda: window.isActiveWindow(), timeout=5, what="window active"))

    cards = [ws.calls.card(it.callId) for it in ws.calls_vm.calls]
    assert {c.item.callId for c in cards} == {first, second}
    start = next(w for w in cards[0].focus_order() if w.isVisible() and w.isEnabled())
    visited = walk(window, qtbot, start)
    assert runs([section_of(window, w) for w in visited]) == ORDER

    # within the calls: each card's controls in the card's order, the cards in the panel's order
    shown = [w for card in cards for w in card.focus_order() if w.isVisible() and w.isEnabled()]
    calls_visited = [w for w in visited if section_of(window, w) == "calls"]
    assert calls_visited == shown
    assert len({id(w) for w in visited}) == len(visited)  # nothing twice in one round

    # a queue row and the header's presence button are reached too
    assert window.presence_button in visited
    assert any(section_of(window, w) == "queues" for w in visited)
    for call_id in (first, second):
        sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup")
    arun(quiet(ws))
