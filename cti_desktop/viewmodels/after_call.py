"""After-call work (wrap-up): drives :mod:`cti_desktop.core.after_call` from the call store and the
presence service, and shows its countdown.

The call store's changes (through the session bridge) become call events; a presence read — when
a call starts (the presence before the call), and whenever the presence panel sees my presence
change — becomes the server's word on my presence, with the mark taken before it was sent; a
clock ticks while the countdown runs. The presence writes the core asks for are sent through the
account's presence service, and their answers (or failures, in words) go back to the core. After a
write the presence panel reads my presence again, so it shows what the server now holds.

File › Settings… changes apply to the running session (:meth:`AfterCallViewModel.set_settings_table`;
the rules are :mod:`cti_desktop.core.after_call`'s): the calls are followed whether or not
after-call work is on, but my presence is read only while it is on; turning it on reads the
presence and the activity list then.

Properties: ``supported`` (the account can change presence and follows calls), ``enabled`` (the
settings turn it on), ``phase`` (``idle``/``waiting``/``starting``/``wrapping``/``paused``/
``restoring``), ``active``, ``remaining`` (whole seconds), ``countdownText`` ("0:27"),
``statusText`` (what the widget says), ``message`` (words when something went wrong),
``canExtend``, ``canReady``, ``extendSeconds`` (``enabled`` and ``extendSeconds`` change with
``settingsChanged``). Slots: ``extend()``, ``ready()``, ``set_settings_table(table)``.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core import after_call as core
from cti_desktop.core.after_call import AfterCallState, Phase, PresenceWrite
from cti_desktop.core.after_call_settings import AfterCallSettings
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.models import Activity
from cti_desktop.core.tasks import TaskSet
from cti_desktop.i18n import translate

from .base import ViewModel
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)


def _mmss(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class AfterCallViewModel(ViewModel):
    """Wrap-up after my calls: the countdown, +30 s and Ready."""

    stateChanged = Signal()
    settingsChanged = Signal()

    def __init__(
        self,
        bridge: SessionBridge,
        settings: AfterCallSettings,
        presence_vm: Any = None,
        parent: QObject | None = None,
        *,
        tick_ms: int = 200,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._service = bridge.session.backend.presence
        self._presence_vm = presence_vm
        self._clock = clock
        self._state = AfterCallState(settings=settings)
        self._tasks = TaskSet("after-call")
        self._reading = False
        self._read_again = False
        self._closed = False
        self._shown: tuple = ()
        self._timer = QTimer(self)
        self._timer.setInterval(int(tick_ms))
        self._timer.timeout.connect(self._tick)
        # the calls are followed while off too: turned on, the calls live then are known (and exempt)
        self._connected = self._get_supported()
        if self._connected:
            bridge.callsChanged.connect(self._calls_changed)
            bridge.statusChanged.connect(self._status_changed)
            if presence_vm is not None:
                presence_vm.presenceChanged.connect(self._presence_changed_elsewhere)
                presence_vm.activitiesChanged.connect(self._activities_changed)

    # ------------------------------------------------------------------------------ properties
    def _get_supported(self) -> bool:
        caps = self._bridge.session.backend.capabilities
        return self._service is not None and (caps is None or (caps.presence_write and caps.call_events))

    supported = Property(bool, _get_supported, constant=True)

    def _get_enabled(self) -> bool:
        return self._state.settings.enabled and self._get_supported()

    enabled = Property(bool, _get_enabled, notify=settingsChanged)

    def _get_extend_seconds(self) -> int:
        return self._state.settings.extend_seconds

    extendSeconds = Property(int, _get_extend_seconds, notify=settingsChanged)

    def state(self) -> AfterCallState:
        return self._state

    def _get_phase(self) -> str:
        return self._state.phase.value

    phase = Property(str, _get_phase, notify=stateChanged)

    def _get_active(self) -> bool:
        return self._state.active

    active = Property(bool, _get_active, notify=stateChanged)

    def _get_remaining(self) -> int:
        return self._state.remaining(self._clock())

    remaining = Property(int, _get_remaining, notify=stateChanged)

    def _get_countdown(self) -> str:
        return _mmss(self._get_remaining()) if self._state.phase in (Phase.WRAPPING, Phase.PAUSED) else ""

    countdownText = Property(str, _get_countdown, notify=stateChanged)

    def _get_status(self) -> str:
        phase = self._state.phase
        if phase is Phase.STARTING:
            return translate("AfterCall", "Starting wrap-up…")
        if phase is Phase.WRAPPING:
            return translate("AfterCall", "Wrap-up {get_countdown}").format(get_countdown=self._get_countdown())
        if phase is Phase.PAUSED:
            return translate("AfterCall", "Wrap-up waits for your call ({get_countdown} left)").format(get_countdown=self._get_countdown())
        if phase is Phase.RESTORING:
            return translate("AfterCall", "Ending wrap-up…")
        return ""

    statusText = Property(str, _get_status, notify=stateChanged)

    def _get_message(self) -> str:
        return self._state.message

    message = Property(str, _get_message, notify=stateChanged)

    def _get_can_extend(self) -> bool:
        return self._state.phase in (Phase.WRAPPING, Phase.PAUSED)

    canExtend = Property(bool, _get_can_extend, notify=stateChanged)

    def _get_can_ready(self) -> bool:
        return self._state.phase in (Phase.STARTING, Phase.WRAPPING, Phase.PAUSED) and not self._state.ready_early

    canReady = Property(bool, _get_can_ready, notify=stateChanged)

    # ---------------------------------------------------------------------------------- driving
    def _feed(self, *events: core.Event) -> None:
        if self._closed:
            return
        writes: list[PresenceWrite] = []
        for event in events:
            self._state, out = core.step(self._state, event)
            writes.extend(out)
        for write in writes:
            self._tasks.spawn(self._write(write), name=f"after-call-{write.purpose}")
        self._sync()

    def _sync(self) -> None:
        if self._state.phase is Phase.WRAPPING:
            if not self._timer.isActive():
                self._timer.start()
        elif self._timer.isActive():
            self._timer.stop()
        shown = (self._state.phase, self._get_remaining(), self._state.message, self._state.ready_early)
        if shown != self._shown:
            self._shown = shown
            self.stateChanged.emit()

    def start(self) -> None:
        """Read my presence and the activity list (call once the loop runs)."""
        if self._get_enabled():
            self._tasks.spawn(self._read_activities(), name="after-call-activities")
            self._read_presence()

    def _tick(self) -> None:
        self._feed(core.Tick(self._clock()))

    def _calls_changed(self, changes: list) -> None:
        events = core.call_events(changes)
        was_idle = not self._state.live
        self._feed(core.Tick(self._clock()), *events)
        if was_idle and self._state.live and self._get_enabled():
            self._read_presence()  # my presence before the call

    def _status_changed(self, status: ConnectionStatus) -> None:
        if status.state is ConnectionState.FAILED:
            self._feed(core.SessionEnded())

    def _presence_changed_elsewhere(self) -> None:
        if self._get_enabled():
            self._read_presence()

    def _activities_changed(self) -> None:
        listed = (self._presence_vm.activities if self._presence_vm is not None else None) or []
        self._feed(core.ActivitiesSeen(tuple(
            Activity(str(a.get("id", "")), str(a.get("name", "")), bool(a.get("available", True))) for a in listed)))

    def _read_presence(self) -> None:
        """One read in flight; a read asked for meanwhile is made after it."""
        if self._closed:
            return
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        self._tasks.spawn(self._read_presence_now(), name="after-call-presence")

    async def _read_presence_now(self) -> None:
        try:
            while True:
                self._read_again = False
                since = core.mark()
                try:
                    presence = await self._service.presence()
                except UserFacingError as exc:
                    log.info("after-call work: my presence could not be read: %s", exc)
                else:
                    self._feed(core.PresenceSeen(presence, since))
                if not self._read_again or self._closed:
                    return
        finally:
            self._reading = False

    async def _read_activities(self) -> None:
        try:
            activities = await self._service.activities()
        except UserFacingError as exc:
            log.info("after-call work: the activity list could not be read: %s", exc)
            return
        self._feed(core.ActivitiesSeen(tuple(activities)))

    async def _write(self, write: PresenceWrite) -> None:
        target = write.target
        changes: dict[str, Any] = {"activity": target.activity, "available": target.available}
        if target.note is not None:
            changes["note"] = target.note
        try:
            presence = await self._service.set_presence(**changes)
        except UserFacingError as exc:
            log.warning("after-call work: the %s presence could not be written: %s", write.purpose, exc)
            self._feed(core.WriteFailed(write.purpose, str(exc)))
            return
        self._feed(core.WriteAnswered(write.purpose, presence, self._clock(), core.mark()))
        if self._presence_vm is not None and not self._closed:
            await self._presence_vm.load()  # the presence panel shows what the server now holds

    # --------------------------------------------------------------------------------- commands
    @Slot()
    def extend(self) -> None:
        self._feed(core.Extend(self._clock()))

    @Slot()
    def ready(self) -> None:
        self._feed(core.Ready())

    @Slot(dict)
    def set_settings_table(self, table: dict) -> None:
        """The ``[after_call]`` table File › Settings… saved: applies to this session at once."""
        self.set_settings(AfterCallSettings.from_table_or_default(table))

    def set_settings(self, settings: AfterCallSettings) -> None:
        if self._closed:
            return
        was_on = self._get_enabled()
        self._feed(core.Tick(self._clock()), core.SettingsChanged(settings))
        self.settingsChanged.emit()
        if not was_on:
            self.start()  # turned on: my presence and the activity list, read now

    async def aclose(self) -> None:
        """The session ends: stop the timer, write nothing more, wait for what is in flight."""
        self._feed(core.SessionEnded())
        self._closed = True
        self._timer.stop()
        if self._connected:
            self._connected = False
            self._bridge.callsChanged.disconnect(self._calls_changed)
            self._bridge.statusChanged.disconnect(self._status_changed)
            if self._presence_vm is not None:
                self._presence_vm.presenceChanged.disconnect(self._presence_changed_elsewhere)
                self._presence_vm.activitiesChanged.disconnect(self._activities_changed)
        await self._tasks.close(3.0)
        self.stateChanged.emit()


__all__ = ["AfterCallViewModel"]
