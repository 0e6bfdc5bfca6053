"""Transfer and consult to a picked suggestion, by mouse and by keyboard, in the real main window:
the box shows "Name (number)", the simulator is asked for the number, and Enter in the suggestion
list only picks (the transfer goes when the person confirms)."""

from __future__ import annotations

from main_window_fixture import quiet, window  # noqa: F401  (the fixture)
from PySide6.QtCore import Qt
from support import sim_post, sim_state, until

from cti_desktop.ui.call_transfer import NUMBER_ROLE


def _colleague_suggestion(window, arun, sim):
    """A suggestion (its row, label and number) whose number rings a colleague in the simulator."""
    ws = window.workspace
    arun(until(lambda: ws.contacts_vm.results.rowCount() > 0, timeout=10, what="favourites"))
    numbers = {u["number"]: u["userId"] for u in sim_state(sim)["users"] if u["userId"] != "agent1"}
    model = window.transfer_suggestions
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        number = index.data(NUMBER_ROLE)
        if number in numbers:
            return row, index.data(Qt.ItemDataRole.DisplayRole), number, numbers[number]
    raise AssertionError("no favourite with a colleague's number")


def _answered_card(window, arun, sim):
    ws = window.workspace
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701112299", "fromName": "Ada"})["callId"]
    arun(until(lambda: call_id in ws.calls.cards, timeout=5))
    arun(ws.calls_vm.answer(call_id))
    card = ws.calls.cards[call_id]
    arun(until(lambda: card.transfer.isEnabled() and card.consult.isEnabled(), timeout=5, what="transfer allowed"))
    return call_id, card


def _status(sim, call_id):
    return next(c["status"] for c in sim_state(sim)["calls"] if c["callId"] == call_id)


def _rings(sim, user_id):
    return [c for c in sim_state(sim)["calls"] if c["user"] == user_id and c["status"] == "RINGING"]


def _type_and_show(qtbot, arun, card, label):
    card.destination.setFocus()
    qtbot.keyClicks(card.destination, label.split()[0])
    popup = card.destination.completer().popup()
    arun(until(lambda: popup.isVisible(), timeout=5, what="the suggestion list"))
    return popup


def _row_in_popup(popup, label):
    model = popup.model()
    return next(model.index(r, 0) for r in range(model.rowCount())
                if model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) == label)


def test_a_suggestion_picked_by_keyboard_transfers_to_its_number_only_when_confirmed(window, sim, arun, qtbot):
    _row, label, number, colleague = _colleague_suggestion(window, arun, sim)
    call_id, card = _answered_card(window, arun, sim)
    popup = _type_and_show(qtbot, arun, card, label)
    wanted = _row_in_popup(popup, label)
    while popup.currentIndex().row() != wanted.row():
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # Enter in the list picks …
    arun(quiet(window.workspace))
    assert _status(sim, call_id) == "ACTIVE" and not _rings(sim, colleague)  # … and nothing is sent yet
    assert card.error.text() == ""  # not even tried ("Letters cannot be dialled" when it was)
    assert not popup.isVisible()
    assert card.transfers.target() == number  # the target is the number …
    assert card.destination.text() == label  # … while the box shows the name
    qtbot.keyClick(card.destination, Qt.Key.Key_Return)  # Enter again in the box confirms
    arun(until(lambda: _status(sim, call_id) == "TERMINATED", timeout=5, what="the transfer"))
    assert _rings(sim, colleague), "the colleague whose number was picked rings"
    assert window.workspace.calls_vm.error == ""
    arun(quiet(window.workspace))


def test_a_suggestion_picked_by_mouse_transfers_to_its_number(window, sim, arun, qtbot):
    _row, label, number, colleague = _colleague_suggestion(window, arun, sim)
    call_id, card = _answered_card(window, arun, sim)
    popup = _type_and_show(qtbot, arun, card, label)
    rect = popup.visualRect(_row_in_popup(popup, label))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    arun(quiet(window.workspace))
    assert card.destination.text() == label  # the box shows what was picked, whole
    assert _status(sim, call_id) == "ACTIVE" and card.transfers.target() == number
    qtbot.mouseClick(card.transfer, Qt.MouseButton.LeftButton)
    arun(until(lambda: _status(sim, call_id) == "TERMINATED", timeout=5, what="the transfer"))
    assert _rings(sim, colleague) and window.workspace.calls_vm.error == ""
    arun(quiet(window.workspace))


def test_consult_to_a_picked_suggestion_calls_its_number(window, sim, arun, qtbot):
    _row, label, number, colleague = _colleague_suggestion(window, arun, sim)
    call_id, card = _answered_card(window, arun, sim)
    popup = _type_and_show(qtbot, arun, card, label)
    rect = popup.visualRect(_row_in_popup(popup, label))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(card.consult, Qt.MouseButton.LeftButton)
    arun(until(lambda: _rings(sim, colleague), timeout=5, what="the consultation call to ring the colleague"))
    assert _status(sim, call_id) == "HELD" and card.error.text() == ""
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup")
    arun(quiet(window.workspace))
