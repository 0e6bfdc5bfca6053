"""The main window with a real session: connection indicator, shortcuts, layout and focus."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from panel_support import main_window
from support import sim_post, sim_state, until

from cti_desktop.core.settings import SettingsStore
from cti_desktop.ui.main_window import SHORTCUTS


async def _quiet(workspace, predicate=lambda: True):
    await until(lambda: predicate() and workspace.queues_vm.loaded and workspace.presence_vm.loaded
                and not workspace.contacts_vm.searching, timeout=10)
    await asyncio.sleep(0.3)


def quiet(workspace, predicate=lambda: True):
    """Wait until the panels have loaded and are idle (their pollers wait seconds between reads).

    Tests drive the loop only inside ``arun``; between runs pytest-qt processes Qt events, and qasync
    would then run asyncio callbacks with no running loop, so each run ends when nothing is in flight.
    """
    return _quiet(workspace, predicate)


@pytest.fixture
def window(agent_session, qtbot, arun, qapp):
    yield from main_window(agent_session, arun, qtbot, qapp, lambda ws, win: quiet(ws, win.isVisible))


def test_a_call_key_while_the_calls_previous_command_is_on_its_way_says_so(window, sim, arun):
    """The window's call action follows what the call can do; the card's control also waits for the
    call's previous command. A key pressed in between does nothing to the call and says why."""
    actions = window.actions
    calls = window.workspace.calls

    async def scenario():
        call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Ada"})["callId"]
        await until(lambda: actions["answer"].isEnabled(), timeout=5, what="answer enabled")
        actions["answer"].trigger()
        await until(lambda: sim_state(sim)["calls"][0]["status"] == "ACTIVE", timeout=5, what="answered")
        await until(lambda: actions["hold"].isEnabled() and actions["hold"].text() == "H&old", timeout=5,
                    what="hold offered")
        card = calls.card(call_id)
        hold = dict(card._controls())["hold"]
        await until(hold.isEnabled, timeout=5, what="the card's hold enabled")
        sim_post(sim, "/_sim/faults", {"latencyMs": 3000, "routes": ["cc.hold"]})
        try:
            actions["hold"].trigger()  # on its way for 3 s
            await until(lambda: not hold.isEnabled(), timeout=2, what="the card's hold waiting for its answer")
            assert actions["hold"].isEnabled()
            window.statusBar().clearMessage()
            actions["hold"].trigger()
            assert window.statusBar().currentMessage() == (
                "That cannot be done to this call right now; try again in a moment")
            await until(lambda: sim_state(sim)["calls"][0]["status"] == "HELD", timeout=10, what="held on the server")
            await until(lambda: actions["hold"].text() == "Res&ume", timeout=5, what="resume offered")
            await asyncio.sleep(0.3)
            assert sim_state(sim)["calls"][0]["status"] == "HELD"  # the second key sent nothing
        finally:
            httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()
        await quiet(window.workspace)

    arun(scenario())


def test_connection_indicator_follows_an_outage(window, sim, arun):
    assert window.connection.text == "Live"
    assert window.connection.accessibleName() == "Connection: Live"
    sim_post(sim, "/_sim/streams/drop", {"outageMs": 1500})

    async def outage():
        await until(lambda: window.connection.text != "Live", timeout=5)
        assert window.connection.property("level") in ("warning", "error")
        assert window.connection.toolTip()
        await until(lambda: window.connection.text == "Live", timeout=15)
        await quiet(window.workspace)

    arun(outage())
    assert window.connection.property("level") == "ok"


def test_shortcuts_answer_hold_and_hang_up(window, sim, arun, qtbot):
    actions = window.actions
    for name, (_text, key, _tip) in SHORTCUTS.items():
        assert actions[name].shortcut() == QKeySequence(key)
        assert actions[name].toolTip().endswith(f"({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
    assert not actions["answer"].isEnabled()

    async def scenario():
        call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Ada"})["callId"]
        await until(lambda: actions["answer"].isEnabled(), timeout=5, what="answer enabled")
        window.activateWindow()
        await until(lambda: window.isActiveWindow(), timeout=5, what="window active")
        qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        await until(lambda: sim_state(sim)["calls"][0]["status"] == "ACTIVE", timeout=5, what="answered")
        assert sim_state(sim)["calls"][0]["callId"] == call_id
        await until(lambda: actions["hold"].isEnabled() and actions["hold"].text() == "H&old", timeout=5,
                    what="hold allowed on the answered call")
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        await until(lambda: sim_state(sim)["calls"][0]["status"] == "HELD", timeout=5, what="held on the server")
        await until(lambda: actions["hold"].text() == "Res&ume", timeout=5, what="resume offered")
        await until(lambda: actions["hangup"].isEnabled(), timeout=5, what="hang-up allowed on the held call")
        window.activateWindow()
        await until(lambda: window.isActiveWindow(), timeout=5, what="window active")
        window.workspace.calls.setFocus()
        card = window.workspace.calls.card(window.workspace.calls_vm.calls[0].call.call_id)
        await until(lambda: dict(card._controls())["hangup"].isEnabled(), timeout=5, what="the card's hang-up enabled")
        qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        try:
            await until(lambda: not [c for c in sim_state(sim)["calls"] if c["status"] != "TERMINATED"], timeout=5,
                        what="the call hung up on the server")
        except AssertionError as exc:
            raise AssertionError(f"{exc} (server: {sim_state(sim)['calls']}; active {window.isActiveWindow()}; "
                                 f"hangup enabled {actions['hangup'].isEnabled()}; status bar {window.statusBar().currentMessage()!r}; "
                                 f"notices {[getattr(i, 'error', '') for i in window.workspace.calls_vm.calls]})") from None
        await until(lambda: not actions["hangup"].isEnabled(), timeout=5, what="hang-up no longer offered")
        await quiet(window.workspace)

    arun(scenario())


def test_focus_shortcuts_and_accessible_sections(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.dial.isAncestorOf(window.focusWidget())
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.contacts.isAncestorOf(window.focusWidget())
    for section in (window.dial_section, window.queues_section, window.calls_section, window.contacts_section):
        assert section.accessibleName() and section.isVisible()
    # presence shares the left tab widget with the dial pad; its tab is there, one click away
    assert window.presence_section.accessibleName() and not window.presence_section.isVisible()
    assert window.left_tabs.isTabVisible(window.left_tabs.indexOf(window.presence_section))
    window.show_left_tab("presence")
    assert window.presence_section.isVisible() and not window.dial_section.isVisible()
    window.actions["dial"].trigger()  # Ctrl+D (the contact search box may keep the key itself on X11)
    assert window.dial_section.isVisible() and window.workspace.dial.isAncestorOf(window.focusWidget())
    window.actions["view_queues"].trigger()
    assert not window.queues_section.isVisible()
    window.actions["view_dial"].trigger()
    window.actions["view_presence"].trigger()
    assert not window.left_tabs_frame.isVisible() and not window.left_splitter.isVisible()
    window.actions["view_presence"].trigger()
    assert window.presence_section.isVisible() and window.left_splitter.isVisible()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Calls", "&Queues", "&View", "&Help"]


def test_closing_without_a_tray_asks_to_quit_and_remembers_the_geometry(window, qtbot):
    window.resize(1000, 700)
    asked = []
    window.quitRequested.connect(lambda: asked.append(True))
    window.close()
    assert asked == [True]
    assert SettingsStore().load().window.geometry


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_left_column_panels_get_their_full_width(window, arun, size):
    """Nothing in the dial pad, presence or queue panels is cut off on the right (the column asks
    for what its panels need, also after they filled in), and the calls keep most of the room."""
    window.resize(*size)
    arun(asyncio.sleep(0.3))
    ws = window.workspace
    for page in (window.dial_section, window.presence_section):
        window.left_tabs.setCurrentWidget(page)
        arun(asyncio.sleep(0.1))
        assert page.viewport().width() >= page.widget().minimumSizeHint().width()
    queues = ws.queues
    assert queues.width() >= queues.minimumSizeHint().width()
    assert queues._scroll.viewport().width() >= queues._rows_widget.minimumSizeHint().width()
    assert window.calls_section.width() > window.left_splitter.width()
    assert window.calls_section.height() >= window.contacts_section.height()


def test_follow_up_tabs_and_the_unseen_missed_badge(window, sim, arun):
    tabs = window.follow_tabs
    names = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert names[:4] == ["Contacts", "Colleagues", "My contacts", "Group call log"], names
    assert names[4].startswith("Call history"), names
    assert tabs.isTabVisible(tabs.indexOf(window.workspace.colleagues))  # the Dstny account has busy lamps
    history = window.workspace.history_vm
    arun(until(lambda: history.loaded, timeout=10))
    before = history.unseenMissed
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701112233"})["callId"]
    arun(until(lambda: window.workspace.calls_vm.count == 1, timeout=5))
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup")  # a missed call
    arun(until(lambda: history.unseenMissed == before + 1, timeout=10, what="the missed call to be counted"))
    assert window.windowTitle().startswith(f"({before + 1}) ")
    assert tabs.tabText(tabs.indexOf(window.workspace.history)).endswith(f"({before + 1})")
    arun(history.mark_all_seen())
    arun(until(lambda: history.unseenMissed == 0, timeout=10))
    assert not window.windowTitle().startswith("(")
    arun(quiet(window.workspace))


def test_the_wallboard_opens_from_the_view_menu(window, arun):
    assert window.actions["wallboard"].shortcut() == QKeySequence("Ctrl+Shift+W")
    board = window.open_wallboard()
    assert board.isVisible() and window.open_wallboard() is board  # one wallboard per window
    arun(until(lambda: board.vm.queueCount > 0 or board.vm.denied, timeout=10, what="queue tiles"))
    assert board.vm.queueCount > 0  # agent1 sees the statistics of its own queues
    board.close()
    arun(until(lambda: window.wallboard is None, timeout=5))
    arun(quiet(window.workspace))


def test_transfer_box_suggests_contacts_and_fills_in_the_number(window, sim, arun):
    from PySide6.QtCore import Qt as _Qt

    ws = window.workspace
    arun(until(lambda: ws.contacts_vm.results.rowCount() > 0, timeout=10, what="favourites"))
    suggestions = window.transfer_suggestions
    first = suggestions.index(0, 0)
    number = first.data(_Qt.ItemDataRole.UserRole)
    assert number and first.data(_Qt.ItemDataRole.DisplayRole).endswith(f"({number})")
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701112299"})["callId"]
    arun(until(lambda: call_id in ws.calls.cards, timeout=5))
    card = ws.calls.cards[call_id]
    assert card.destination.completer().model() is suggestions
    card._completed(first)  # what choosing the suggestion does
    assert card.destination.text() == first.data(_Qt.ItemDataRole.DisplayRole)  # the box shows the name …
    assert card.transfers.target() == number  # … and the target is the number
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup")
    arun(until(lambda: call_id not in ws.calls.cards, timeout=5))
    arun(quiet(window.workspace))
