"""The workspace: the panels an agent works with, each a view-model and its widget, for one session.

:class:`Workspace` builds them all for a signed-in session and owns their lifetimes (``start()``
once the loop runs, ``await aclose()`` before the session closes). A new panel is one view-model,
one widget module and one field here; :mod:`cti_desktop.ui.main_window` lays the widgets out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from cti_desktop.core.settings import Profile, Settings
from cti_desktop.viewmodels.session_bridge import SessionBridge

log = logging.getLogger(__name__)

#: How long after start the global keys begin to listen: the keyboard library takes ~0.2 s to import
#: on the GUI thread (more with its X connection), which would hold up the first live picture.
GLOBAL_KEYS_DELAY_MS = 1000
#: The longest the other panels wait for the calls' first live picture before they load anyway.
PANELS_WAIT_MS = 1500

#: The modules :meth:`Workspace.build` imports (the pop and the calls first), for start-up to import
#: while the sign-in waits for the server (:mod:`cti_desktop.app.signing_in`): importing them is most
#: of building the panels. ``tests/ui/test_workspace_modules.py`` holds this list to the imports here.
PANEL_MODULES = (
    "cti_desktop.viewmodels.screen_pop", "cti_desktop.ui.screen_pop",
    "cti_desktop.viewmodels.call_panel", "cti_desktop.ui.call_panel",
    "cti_desktop.viewmodels.presence", "cti_desktop.ui.presence_panel",
    "cti_desktop.viewmodels.queues", "cti_desktop.ui.queue_toggles",
    "cti_desktop.viewmodels.dial_pad", "cti_desktop.ui.dial_pad",
    "cti_desktop.viewmodels.contacts", "cti_desktop.ui.contact_search",
    "cti_desktop.viewmodels.contact_details", "cti_desktop.ui.contact_details",
    "cti_desktop.viewmodels.forwarding", "cti_desktop.ui.forwarding",
    "cti_desktop.core.after_call_settings", "cti_desktop.viewmodels.after_call", "cti_desktop.ui.after_call",
    "cti_desktop.viewmodels.busy_elsewhere", "cti_desktop.ui.busy_elsewhere",
    "cti_desktop.viewmodels.colleagues", "cti_desktop.ui.colleagues",
    "cti_desktop.viewmodels.contact_book", "cti_desktop.ui.contact_book",
    "cti_desktop.viewmodels.group_call_log", "cti_desktop.ui.group_call_log",
    "cti_desktop.viewmodels.call_history", "cti_desktop.ui.call_history",
    "cti_desktop.viewmodels.supervision", "cti_desktop.ui.supervision",
    "cti_desktop.ui.notifications", "cti_desktop.ui.global_shortcuts",
)


@dataclass
class Workspace:
    """The panels for one signed-in session: view-models and their widgets."""

    bridge: SessionBridge
    profile: Profile | None
    calls_vm: Any
    calls: Any
    dial_vm: Any
    dial: Any
    queues_vm: Any
    queues: Any
    contacts_vm: Any
    contacts: Any
    presence_vm: Any
    presence: Any
    screen_pop_vm: Any
    screen_pop: Any
    notifier: Any
    group_log_vm: Any
    group_log: Any
    history_vm: Any
    history: Any
    colleagues_vm: Any
    colleagues: Any
    #: Call forwarding (its view-model, and the header button that opens its window); no button
    #: where the phone system does not forward calls.
    forwarding_vm: Any = None
    forwarding: Any = None
    supervision_vm: Any = None
    supervision: Any = None
    _closed: bool = field(default=False, repr=False)
    _panels_started: bool = field(default=False, repr=False)
    _on_status: Any = field(default=None, repr=False)
    #: My contacts (the person's own contacts), when the phone system keeps them
    book_vm: Any = None
    book: Any = None
    #: The chosen contact's directory details, under the search, when the phone system gives them
    details_vm: Any = None
    details: Any = None
    #: Busy elsewhere (a row of the presence panel), when the phone system offers the mark
    busy_vm: Any = None
    busy: Any = None
    #: After-call work (wrap-up) and its bar in the header (no bar while the settings leave it off)
    after_call_vm: Any = None
    after_call: Any = None
    #: The global shortcuts (answer, hang up, call the selection from any program; ui/global_shortcuts.py)
    global_keys: Any = None
    #: The ``[global_keys]`` of the settings it was built with (the listener starts with them)
    global_key_overrides: dict = field(default_factory=dict)

    @classmethod
    def build(cls, bridge: SessionBridge, profile: Profile | None, settings: Settings) -> "Workspace":
        from cti_desktop.ui.call_panel import CallPanel
        from cti_desktop.ui.colleagues import ColleaguesPanel
        from cti_desktop.ui.contact_search import ContactSearch
        from cti_desktop.ui.call_history import CallHistoryPanel
        from cti_desktop.ui.dial_pad import DialPad
        from cti_desktop.ui.forwarding import ForwardingButton
        from cti_desktop.ui.global_shortcuts import GlobalShortcuts
        from cti_desktop.ui.group_call_log import GroupCallLogPanel
        from cti_desktop.ui.notifications import DesktopNotifier
        from cti_desktop.ui.presence_panel import PresencePanel
        from cti_desktop.ui.queue_toggles import QueueToggles
        from cti_desktop.ui.screen_pop import ScreenPopController
        from cti_desktop.ui.supervision import SupervisionPanel
        from cti_desktop.viewmodels.call_history import CallHistoryViewModel
        from cti_desktop.viewmodels.call_panel import CallPanelViewModel
        from cti_desktop.viewmodels.colleagues import ColleaguesViewModel
        from cti_desktop.viewmodels.group_call_log import GroupCallLogViewModel
        from cti_desktop.viewmodels.contacts import ContactSearchViewModel
        from cti_desktop.viewmodels.dial_pad import DialPadViewModel
        from cti_desktop.viewmodels.forwarding import ForwardingViewModel
        from cti_desktop.viewmodels.presence import PresenceViewModel
        from cti_desktop.viewmodels.queues import QueuesViewModel
        from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
        from cti_desktop.viewmodels.supervision import SupervisionViewModel

        region = profile.default_region if profile else "SE"
        # first to hear of the calls: a ringing call's pop is shown before the other panels follow
        screen_pop_vm = ScreenPopViewModel(
            bridge, region=region, record_url_template=profile.record_url_template if profile else ""
        )
        calls_vm = CallPanelViewModel(bridge, default_region=region)
        dial_vm = DialPadViewModel(bridge, default_region=region)
        queues_vm = QueuesViewModel(bridge)
        if profile is not None:
            queues_vm.loginAtStart = profile.login_at_start
            queues_vm.logoutAtExit = profile.logout_at_exit
        contacts_vm = ContactSearchViewModel(bridge, region=region)
        presence_vm = PresenceViewModel(bridge)
        notifier = DesktopNotifier()
        group_log_vm = GroupCallLogViewModel(bridge)  # polls only while its tab is visible
        history_vm = CallHistoryViewModel(bridge, region=region)
        colleagues_vm = ColleaguesViewModel(bridge, autostart=False)  # started with the others
        forwarding_vm = ForwardingViewModel(bridge, default_region=region)
        # A presence change may change where calls go (an activity's diversion, a shortcut's diversion).
        presence_vm.presenceChanged.connect(forwarding_vm.presence_changed)
        presence_vm.forwardingChanged.connect(forwarding_vm.presence_changed)
        supervision_vm = SupervisionViewModel(bridge)  # polls only while its tab is visible
        from cti_desktop.ui.contact_book import ContactBookPanel
        from cti_desktop.viewmodels.contact_book import ContactBookViewModel

        book_vm = ContactBookViewModel(bridge)
        contacts = ContactSearch(contacts_vm)
        details_vm, details = _contact_details(bridge, contacts_vm, contacts)
        presence = PresencePanel(presence_vm)
        busy_vm, busy = _busy_elsewhere(bridge, presence)
        after_call_vm, after_call = _after_call(bridge, presence_vm, settings)
        calls = CallPanel(calls_vm)
        screen_pop = ScreenPopController(screen_pop_vm, notifier, settings=settings.pops)
        calls.hold_cards_with(screen_pop.when_on_screen)  # a ringing call's pop first, then its card
        return cls(
            after_call_vm=after_call_vm,
            after_call=after_call,
            busy_vm=busy_vm,
            busy=busy,
            details_vm=details_vm,
            details=details,
            book_vm=book_vm,
            book=ContactBookPanel(book_vm) if book_vm.available else None,
            bridge=bridge,
            profile=profile,
            calls_vm=calls_vm,
            calls=calls,
            dial_vm=dial_vm,
            dial=DialPad(dial_vm),
            queues_vm=queues_vm,
            queues=QueueToggles(queues_vm),
            contacts_vm=contacts_vm,
            contacts=contacts,
            presence_vm=presence_vm,
            presence=presence,
            screen_pop_vm=screen_pop_vm,
            screen_pop=screen_pop,
            notifier=notifier,
            group_log_vm=group_log_vm,
            group_log=GroupCallLogPanel(group_log_vm),
            history_vm=history_vm,
            history=CallHistoryPanel(history_vm),
            colleagues_vm=colleagues_vm,
            colleagues=ColleaguesPanel(colleagues_vm),
            forwarding_vm=forwarding_vm,
            forwarding=ForwardingButton(forwarding_vm) if forwarding_vm.supported else None,
            supervision_vm=supervision_vm,
            supervision=SupervisionPanel(supervision_vm),
            global_keys=GlobalShortcuts(calls_vm, dial_vm, lambda title, text: notifier.notify(title, text),
                                        region=region),
            global_key_overrides=dict(settings.global_keys),
        )

    def start(self) -> None:
        """Load what the panels show. Call once the loop runs.

        The calls come first: the other panels start loading once the connection is first live (or
        after :data:`PANELS_WAIT_MS` whatever it is), so their dozen first reads never queue in front
        of the call state's snapshot."""
        self.calls_vm.load()
        from PySide6.QtCore import QTimer

        from cti_desktop.core.connection import ConnectionState

        def on_status(status: Any) -> None:
            if status.state in (ConnectionState.LIVE, ConnectionState.FAILED):
                self._start_panels()

        if self.bridge.session.status.state in (ConnectionState.LIVE, ConnectionState.FAILED):
            self._start_panels()
        else:
            self._on_status = on_status
            self.bridge.statusChanged.connect(on_status)
            QTimer.singleShot(PANELS_WAIT_MS, self._start_panels)
        if self.global_keys is not None:
            QTimer.singleShot(GLOBAL_KEYS_DELAY_MS, self._start_global_keys)

    def _start_panels(self) -> None:
        if self._closed or self._panels_started:
            return
        self._panels_started = True
        if self._on_status is not None:
            self.bridge.statusChanged.disconnect(self._on_status)
            self._on_status = None
        self.dial_vm.load()
        # presence is always followed (the header shows it), even while its tab is not in front
        self.presence_vm.setActive(True)
        # the history is followed from the start: its unseen missed calls badge the window and tray
        self.history_vm.start()
        self.colleagues_vm.start()  # busy lamps follow from the start, like the calls
        if self.forwarding_vm is not None:
            self.forwarding_vm.start()  # the header shows where calls go, so it is always followed
        self.book_vm.load()
        self.busy_vm.load()
        if self.after_call_vm is not None:
            self.after_call_vm.start()
        self.bridge.session.spawn(self.queues_vm.on_start(), name="queues-on-start")
        if self.supervision_vm is not None:  # whether the person supervises anyone (shows its tab)
            self.bridge.session.spawn(self.supervision_vm.on_start(), name="supervision-on-start")

    def _start_global_keys(self) -> None:
        if not self._closed and self.global_keys is not None and not self.global_keys.started:
            self.global_keys.start(self.global_key_overrides)

    async def aclose(self, exit_timeout: float = 3.0) -> None:
        """Queue log-out at exit (bounded), then stop every panel's background work."""
        if self._closed:
            return
        self._closed = True
        if self._on_status is not None:
            self.bridge.statusChanged.disconnect(self._on_status)
            self._on_status = None
        import asyncio

        try:
            await asyncio.wait_for(self.queues_vm.on_exit(), exit_timeout + 1.0)
        except asyncio.TimeoutError:
            log.warning("queue log-out at exit did not finish in time")
        for closer in (self.queues_vm.aclose,
                       *((self.after_call_vm.aclose,) if self.after_call_vm is not None else ()),
                       self.presence.shortcut_editor.aclose, self.presence_vm.aclose,
                       self.contacts_vm.aclose, self.group_log_vm.aclose, self.history.voicemail_vm.aclose,
                       self.history_vm.aclose, self.colleagues_vm.aclose,
                       self.book_vm.aclose, self.details_vm.aclose, self.busy_vm.aclose,
                       *((self.forwarding_vm.aclose,) if self.forwarding_vm is not None else ()),
                       *((self.supervision_vm.aclose,) if self.supervision_vm is not None else ())):
            try:
                await asyncio.wait_for(closer(), 3.0)
            except asyncio.TimeoutError:
                log.warning("%s did not stop in time", closer)
        if self.global_keys is not None:
            await self.global_keys.aclose()
        for vm in (self.calls_vm, self.dial_vm):
            await vm.close_commands()
        self.screen_pop_vm.shutdown()
        self.calls_vm.detach()
        self.bridge.detach()


def _contact_details(bridge: SessionBridge, contacts_vm: Any, contacts: Any) -> tuple[Any, Any]:
    """The details view-model, and its panel under the search results when the directory gives details."""
    from cti_desktop.ui.contact_details import ContactDetailsPanel
    from cti_desktop.viewmodels.contact_details import ContactDetailsViewModel

    vm = ContactDetailsViewModel(bridge)
    if not vm.available:
        return vm, None
    panel = ContactDetailsPanel(vm)
    contacts.layout().addWidget(panel)

    def chosen(*_args: object) -> None:
        index = contacts.list_view.currentIndex()
        vm.showContact(contacts_vm.model.contact(index.row()) if index.isValid() else None)

    contacts.list_view.selectionModel().currentChanged.connect(chosen)
    contacts_vm.resultsChanged.connect(chosen)
    vm.favouriteSet.connect(lambda _cid: contacts_vm.refresh())  # the stars follow the details' toggle
    return vm, panel


def _busy_elsewhere(bridge: SessionBridge, presence: Any) -> tuple[Any, Any]:
    """The busy-elsewhere view-model, and its row at the foot of the presence panel when offered."""
    from cti_desktop.ui.busy_elsewhere import BusyElsewhereRow
    from cti_desktop.viewmodels.busy_elsewhere import BusyElsewhereViewModel

    vm = BusyElsewhereViewModel(bridge)
    if not vm.available:
        return vm, None
    row = BusyElsewhereRow(vm)
    presence.layout().addWidget(row)
    return vm, row


def _after_call(bridge: SessionBridge, presence_vm: Any, settings: Settings) -> tuple[Any, Any]:
    """The after-call work view-model (``[after_call]`` of the settings), and its header bar where the
    account can have it (hidden while off: File › Settings… may turn it on during the session)."""
    from cti_desktop.core.after_call_settings import AfterCallSettings
    from cti_desktop.ui.after_call import AfterCallBar
    from cti_desktop.viewmodels.after_call import AfterCallViewModel

    vm = AfterCallViewModel(bridge, AfterCallSettings.from_table_or_default(settings.after_call), presence_vm)
    return vm, (AfterCallBar(vm) if vm.supported else None)


__all__ = ["PANEL_MODULES", "Workspace"]
