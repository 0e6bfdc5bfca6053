"""The screen-pop window and its controller, against the real view-model and simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from support import end_all_calls, sim_post, sim_state, until

from cti_desktop.ui.notifications import DesktopNotifier
from cti_desktop.ui.screen_pop import ScreenPopController, ScreenPopWindow
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


class RecordingNotifier(DesktopNotifier):
    """The real notifier (it logs offscreen), remembering what it was asked to show."""

    def __init__(self):
        super().__init__()
        self.sent = []

    def notify(self, title, message="", *, timeout_ms=8000):
        self.sent.append((title, message, super().notify(title, message, timeout_ms=timeout_ms)))
        return self.sent[-1][2]


@pytest.fixture
def popper(sim, arun, agent_session, qtbot):
    bridge = SessionBridge(agent_session)
    vm = ScreenPopViewModel(bridge, region="SE", record_url_template="https://crm.example/search?phone={number}")
    opened = []
    notifier = RecordingNotifier()
    controller = ScreenPopController(vm, notifier, url_opener=lambda url: opened.append(bytes(url.toEncoded()).decode()) or True)
    controller.opened = opened
    yield controller
    end_all_calls(sim, arun, agent_session, pause=0.5)
    controller.close_all()
    vm.shutdown()
    bridge.detach()


def press(widget, key):
    """A key press delivered at once (QTest's helpers spin the Qt loop outside asyncio)."""
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))


def call_status(sim, call_id):
    return next((c["status"] for c in sim_state(sim)["calls"] if c["callId"] == call_id), None)


def test_pop_window_answer_and_notification(sim, arun, agent_session, qtbot, popper):
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701118888", "fromName": "Greta Garbo", "via": 101})["callId"]
    arun(until(lambda: popper.window(call_id) is not None, what="the pop window"))
    window = popper.window(call_id)  # owned (and deleted) by the controller
    assert isinstance(window, ScreenPopWindow) and window.isVisible() and window.isWindow()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert "Greta Garbo" in window.windowTitle() and window.windowTitle().startswith("Incoming call")
    assert window.via_label.text() == "via Customer Service"
    # with pops on, the pop is the notice: no desktop notification lands on it (see test_pop_windows.py)
    assert popper.notifier.sent == []
    arun(until(lambda: not window.item.lookupPending, what="the lookup"))
    assert window.unknown_label.isVisibleTo(window) and window.add_button.isVisibleTo(window)
    # Open record goes through validation to the opener.
    window.record_button.click()
    assert popper.opened == ["https://crm.example/search?phone=%2B46701118888"]
    window.answer_button.click()
    arun(until(lambda: call_status(sim, call_id) == "ACTIVE", what="ACTIVE in the simulator"))
    arun(until(lambda: popper.window(call_id) is None, what="the window to close"))
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_window_closes_on_remote_hangup_and_escape_rejects(sim, arun, agent_session, qtbot, popper):
    first = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701119999"})["callId"]
    arun(until(lambda: popper.window(first) is not None, what="the pop window"))
    window = popper.window(first)
    closed = []
    window.destroyed.connect(lambda: closed.append(first))
    sim_post(sim, f"/_sim/calls/{first}/remote-hangup")
    arun(until(lambda: popper.window(first) is None and closed, what="the window to close"))
    second = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701110000"})["callId"]
    arun(until(lambda: popper.window(second) is not None, what="the second pop"))
    window = popper.window(second)
    press(window, Qt.Key.Key_Escape)
    arun(until(lambda: popper.window(second) is None, what="the rejected pop to close"))
    assert call_status(sim, second) in (None, "TERMINATED")
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_add_contact_form_says_what_is_possible(sim, arun, agent_session, qtbot, popper):
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701117766"})["callId"]
    arun(until(lambda: popper.window(call_id) is not None and not popper.window(call_id).item.lookupPending, what="a pop"))
    window = ScreenPopWindow(popper.vm.pop(call_id))  # a window of our own for the same pop
    qtbot.addWidget(window)
    window.show()
    window.add_button.click()
    assert window.add_form.isVisibleTo(window) and window.add_number.text().replace(" ", "").endswith("701117766")
    assert "no way to create contacts" in window.add_note.text() and not window.add_submit.isEnabled()
    popper.vm.setRecordAddUrlTemplate("https://crm.example/new?phone={e164}&name={name}")
    window.add_name.setText("Ny Kund")
    window._refresh()
    window.add_submit.click()
    assert popper.opened == ["https://crm.example/new?phone=%2B46701117766&name=Ny%20Kund"]
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_controller_refuses_a_hostile_link(sim, arun, agent_session, qtbot, popper):
    assert popper.open_url("javascript:alert(1)") is False
    assert "Only http and https" in popper.vm.error and popper.opened == []
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_pops_stay_on_screen_and_stack_downwards(sim, arun, agent_session, qtbot, popper):
    from PySide6.QtGui import QGuiApplication

    ids = [sim_post(sim, "/_sim/calls", {"to": "agent1", "from": number, "fromName": name, "via": 101})["callId"]
           for number, name in (("+46701118801", "A caller with a rather long name, Esq."), ("+46701118802", "Bo"))]
    arun(until(lambda: all(popper.window(i) is not None for i in ids), what="both pops"))
    windows = [popper.window(i) for i in ids]
    arun(until(lambda: all(w.isVisible() and not w.item.lookupPending for w in windows), what="the lookups"))
    area = QGuiApplication.primaryScreen().availableGeometry()
    for w in windows:
        geometry = w.frameGeometry()
        assert area.contains(geometry), (geometry, area)  # fully on screen, whatever its width
        assert w.width() >= w.minimumSizeHint().width() and w.width() >= w.minimumWidth()
    first, second = (w.frameGeometry() for w in windows)
    assert second.top() > first.bottom() or second.right() < first.left()  # stacked, never overlapping
    # the first pop goes: the second moves up into its place
    sim_post(sim, f"/_sim/calls/{ids[0]}/remote-hangup")
    arun(until(lambda: popper.window(ids[0]) is None, what="the first pop to close"))
    arun(until(lambda: windows[1].frameGeometry().top() == first.top(), what="the second pop to move up"))
