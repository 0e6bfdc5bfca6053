"""The panels a test binds to a live session, and how each is closed (importable as ``panel_support``).

Each is a generator a fixture ends in (``yield from call_panel_vm(agent_session, arun)``), as
``support.reset_around`` is for the simulators: it yields the view-model or widget and, after the
test, closes it and detaches its bridge. The view-models are real; the sessions talk to a simulator.
"""

from __future__ import annotations

import asyncio
from contextlib import contextmanager
from typing import Callable, Iterator



def bridged(session) -> Iterator:
    """A ``SessionBridge`` to ``session``, detached after the test."""
    from cti_desktop.viewmodels.session_bridge import SessionBridge

    bridge = SessionBridge(session)
    try:
        yield bridge
    finally:
        bridge.detach()


def view_model(session, arun, make: Callable[[object], object]) -> Iterator:
    """``make(bridge)``'s view-model, closed (``aclose``) after the test."""
    for bridge in bridged(session):
        vm = make(bridge)
        yield vm
        arun(vm.aclose())


def widget(session, arun, qtbot, make_vm: Callable[[object], object], make_widget: Callable[[object], object]) -> Iterator:
    """``make_widget(vm)`` on ``make_vm(bridge)``'s view-model, the view-model closed after the test."""
    for vm in view_model(session, arun, make_vm):
        shown = make_widget(vm)
        qtbot.addWidget(shown)
        yield shown


def call_panel_vm(session, arun) -> Iterator:
    """The call panel's view-model, its devices loaded."""
    from cti_desktop.viewmodels.call_panel import CallPanelViewModel

    for bridge in bridged(session):
        vm = CallPanelViewModel(bridge)
        arun(vm.load_devices())
        yield vm
        vm.detach()


def call_panel(session, arun, qtbot) -> Iterator:
    """The call panel widget on its view-model, shown."""
    from cti_desktop.ui.call_panel import CallPanel

    for vm in call_panel_vm(session, arun):
        widget = CallPanel(vm)
        qtbot.addWidget(widget)
        widget.show()
        yield widget


def presence_vm(session, arun, **options) -> Iterator:
    """The presence view-model (polling every 0.2 s unless ``options`` say otherwise), loaded."""
    from cti_desktop.viewmodels.presence import PresenceViewModel

    options = {"poll_interval": 0.2, "max_backoff": 0.5, **options}
    for bridge in bridged(session):
        vm = PresenceViewModel(bridge, **options)
        assert arun(vm.load())
        yield vm
        arun(vm.aclose())


def presence_panel(session, arun, qtbot, *, show: bool = False, **options) -> Iterator:
    """The presence panel on a presence view-model that loads once the widget is bound to it."""
    from cti_desktop.ui.presence_panel import PresencePanel
    from cti_desktop.viewmodels.presence import PresenceViewModel

    options = {"poll_interval": 0.2, "max_backoff": 0.5, **options}
    for bridge in bridged(session):
        vm = PresenceViewModel(bridge, **options)
        widget = PresencePanel(vm)
        qtbot.addWidget(widget)
        assert arun(vm.load())
        if show:
            widget.show()
        yield widget
        arun(vm.aclose())


def contacts_vm(session, arun) -> Iterator:
    """The contact search view-model (a 40 ms debounce)."""
    from cti_desktop.viewmodels.contacts import ContactSearchViewModel

    yield from view_model(session, arun, lambda bridge: ContactSearchViewModel(bridge, debounce_ms=40))


def contact_search(session, arun, qtbot) -> Iterator:
    """The contact search widget on its view-model, 420 × 500."""
    from cti_desktop.ui.contact_search import ContactSearch

    for vm in contacts_vm(session, arun):
        widget = ContactSearch(vm)
        qtbot.addWidget(widget)
        widget.resize(420, 500)
        yield widget


def contact_details_vm(session, arun) -> Iterator:
    """The contact details view-model."""
    from cti_desktop.viewmodels.contact_details import ContactDetailsViewModel

    yield from view_model(session, arun, ContactDetailsViewModel)


def workspace(session, arun, qtbot) -> Iterator:
    """The panels assembled as the window has them (default settings), closed after the test."""
    from cti_desktop.core.settings import Settings
    from cti_desktop.ui.workspace import Workspace

    for bridge in bridged(session):
        ws = Workspace.build(bridge, None, Settings())
        qtbot.addWidget(ws.contacts)
        if ws.book is not None:
            qtbot.addWidget(ws.book)
        yield ws
        arun(ws.aclose())


def main_window(session, arun, qtbot, qapp, ready: Callable[[object, object], Callable[[], object]]) -> Iterator:
    """The main window with its workspace (settings from the test's own config folder), shown and
    started; the test body begins once the coroutine ``ready(workspace, window)`` has finished. The
    application is kept from quitting while the window is open, and put back as it was after."""
    from cti_desktop.core.settings import SettingsStore
    from cti_desktop.ui.main_window import MainWindow, Workspace
    from cti_desktop.ui.notices import NoticeCenter
    from cti_desktop.viewmodels.main_window import MainWindowViewModel

    previous = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        store = SettingsStore()
        settings = store.load()
        for bridge in bridged(session):
            ws = Workspace.build(bridge, None, settings)
            win = MainWindow(MainWindowViewModel(bridge), ws, NoticeCenter(), settings, store, tray_available=False)
            qtbot.addWidget(win)
            try:
                # Qt events are processed only inside ``arun``: with qasync, processing them outside the
                # running loop (qtbot.waitExposed/waitSignal) would run asyncio callbacks with no loop set.
                win.show()
                ws.start()
                arun(ready(ws, win))
                yield win
            finally:
                arun(ws.aclose())
                arun(asyncio.sleep(0.2))
                win.detach()
    finally:
        qapp.setQuitOnLastWindowClosed(previous)


#: :func:`main_window` as a ``with`` block, for a test that opens the window in its body.
opened_main_window = contextmanager(main_window)


def wallboard_vms(sim, arun, **defaults) -> Iterator:
    """Yields ``make(user="super1", prepare=None, **options)``: a started ``WallboardViewModel`` on a
    new session of ``user`` on ``sim`` (``await prepare(session)`` first, if given), quick to flush
    and reorder, its notifications kept in ``vm.notes``; every one made is closed after the test."""
    from support import start_dstny_session

    from cti_desktop.viewmodels.session_bridge import SessionBridge
    from cti_desktop.viewmodels.wallboard import WallboardViewModel

    made = []

    def make(user="super1", prepare=None, **kw):
        session = start_dstny_session(sim, arun, user)
        if prepare is not None:
            arun(prepare(session))
        bridge = SessionBridge(session)
        notes: list[tuple[str, str]] = []
        kw = {**defaults, **kw}
        kw.setdefault("thresholds", {"default": {"waiting_warning": 2, "waiting_critical": 5}})
        vm = WallboardViewModel(bridge, notify=lambda title, text: notes.append((title, text)), flush_hz=20,
                                order_every=0.05, heartbeat_interval=1.0, backoff_initial=0.1, **kw)
        vm.notes = notes
        made.append((vm, bridge, session))
        vm.start()
        return vm

    yield make
    for vm, bridge, session in made:
        arun(vm.aclose())
        bridge.detach()
        arun(session.aclose())
