"""Call forwarding: "Forward my calls to…", turning it off, and where calls go per presence activity.

The state is always the server's: every change is sent, then read back (the answer is the truth,
nothing is assumed); a change made elsewhere (another device, the portal, a presence shortcut) is
read at once where the account announces it (``backend.changes``), and a polite poll keeps it
current otherwise (slower while the announcements are live) — the header shows it at all times. What the person types
is checked and normalised like the dialler does (:func:`~cti_desktop.core.forwarding.normalise_forward_number`),
and a refusal says why in words before anything is sent.

Shown only when the account's phone system offers it (``capabilities.forwarding`` and a
``backend.forwarding`` service, :class:`~cti_desktop.core.capabilities.Forwarding`).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core import changes as topics
from cti_desktop.core.capabilities import ForwardingRules
from cti_desktop.core.dialing import format_for_display
from cti_desktop.core.errors import InvalidInput, NotSupported, UserFacingError
from cti_desktop.core.forwarding_reads import ActivityForwardingRead
from cti_desktop.core.forwarding import (
    ActivityForwarding,
    ForwardingState,
    describe_forwarding,
    normalise_forward_number,
    rule_words,
)
from cti_desktop.core.models import Activity
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .changes import ChangeFollower, changes_of
from .polling import PollingViewModel
from .session_bridge import SessionBridge
from .base import command

log = logging.getLogger(__name__)


def _label(identifier: str) -> str:
    return identifier.replace("_", " ").replace("-", " ").strip().capitalize() if identifier else ""


class ForwardingViewModel(PollingViewModel):
    """My call forwarding and the commands that change it.

    Properties: ``supported`` (constant), ``forwarded`` (every call goes elsewhere), ``number`` (the
    forward-all number, "" when off), ``presenceNumber`` (a diversion that follows the presence),
    ``headerText`` ("Forwarded to +46 70 123 45 67" / "Not forwarded"), ``detailText``,
    ``activityForwarding`` (list of ``{activityId, activityName, number, display}``),
    ``activities`` (``{id, name}`` of the activities one may map), ``loaded``, ``refreshError``,
    plus ``error``/``busy``. ``check(text)`` says what is wrong with a number as it is typed.
    """

    stateChanged = Signal()
    activityForwardingChanged = Signal()
    #: An activity was opened for editing: (activity id, its number as the server has it now, "" when none).
    activityEditReady = Signal(str, str)

    STALE_WORDS = QT_TRANSLATE_NOOP("StaleWords", "Call forwarding may be out of date")

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None, *, default_region: str = "SE",
                 poll_interval: float = 15.0, max_backoff: float = 120.0) -> None:
        super().__init__(bridge, parent, poll_interval=poll_interval, max_backoff=max_backoff,
                         poll_name="forwarding-poll")
        backend = bridge.session.backend
        caps = backend.capabilities
        self._service = backend.forwarding if caps is not None and caps.forwarding else None
        self._presence = backend.presence
        self._region = default_region
        self._state = ForwardingState()
        self._activity_name = ""
        self._mapping: list[ActivityForwarding] = []
        #: The conditional rules of my main line, where the phone system lists them: (type, number).
        self._rules: list[tuple[str, str]] = []
        self._activities: list[Activity] = []
        self._started = False
        #: Changes announced by the phone system: where calls go, the activities, my presence.
        self.changes = ChangeFollower(changes_of(backend), (topics.FORWARDING, topics.ACTIVITIES, topics.PRESENCE),
                                      self._changed, poller=self._poller, parent=self)

    def _changed(self, what: frozenset[str]) -> None:
        if topics.ACTIVITIES in what:
            self._activities = []  # read again with the next read
        if self._wants_polling():
            self._poller.poke()

    # ------------------------------------------------------------------------------ properties
    def _get_supported(self) -> bool:
        return self._service is not None

    #: The account's phone system can forward calls (else nothing of this is shown).
    supported = Property(bool, _get_supported, constant=True)

    def _get_forwarded(self) -> bool:
        return self._state.active

    forwarded = Property(bool, _get_forwarded, notify=stateChanged)

    def _get_number(self) -> str:
        return self._state.number

    number = Property(str, _get_number, notify=stateChanged)

    def _get_presence_number(self) -> str:
        return self._state.presence_number

    presenceNumber = Property(str, _get_presence_number, notify=stateChanged)

    def _get_header_text(self) -> str:
        if not self._loaded:
            return translate("Forwarding", "Forwarding…")
        return describe_forwarding(self._state, self._activity_name)

    headerText = Property(str, _get_header_text, notify=stateChanged)

    def _get_detail_text(self) -> str:
        if not self._loaded:
            return translate("Forwarding", "Reading your call forwarding…")
        s = self._state
        parts = []
        if s.number:
            parts.append(translate("Forwarding", "Every call to you is forwarded to {format_for_display}.").format(format_for_display=format_for_display(s.number, '')))
        if s.presence_number:
            by = translate("Forwarding", "while you are “{activity_name}”").format(activity_name=self._activity_name) if self._activity_name else translate("Forwarding", "by your presence")
            verb = translate("Forwarding", "are diverted") if not s.number else translate("Forwarding", "would be diverted")
            parts.append(translate("Forwarding", "Calls {verb} to {number} {by}; this ends when your presence changes.").format(verb=verb, number=format_for_display(s.presence_number, ''), by=by))
        if self._rules:
            said = "; ".join(translate("Forwarding", "{rule} to {number}").format(rule=rule_words(kind), number=format_for_display(number, ""))
                             for kind, number in self._rules)
            parts.append(translate("Forwarding", "Calls are also forwarded {said}.").format(said=said))
            others = s.conditional - len(self._rules)
            if others > 0:
                parts.append(translate("Forwarding", "%n more rule forward calls on your other line.", None, others) if others == 1
                             else translate("Forwarding", "%n more rules forward calls on your other line.", None, others))
        elif s.conditional:
            rules = (translate("Forwarding", "%n other rule forwards", None, s.conditional) if s.conditional == 1
                     else translate("Forwarding", "%n other rules forward", None, s.conditional))
            parts.append(translate("Forwarding", "{rules} some calls (when you are busy or do not answer, or on your other line).").format(rules=rules))
        return " ".join(parts) or translate("Forwarding", "Calls ring you as usual.")

    detailText = Property(str, _get_detail_text, notify=stateChanged)

    def _rules_service(self) -> ForwardingRules | None:
        return self._service if isinstance(self._service, ForwardingRules) else None

    rulesSupported = Property(bool, lambda self: self._rules_service() is not None, constant=True)

    def _get_rules(self) -> list:
        return [{"type": kind, "words": rule_words(kind), "display": format_for_display(number, "")}
                for kind, number in self._rules]

    #: The conditional rules of my main line: [{type, words ("when you are busy"), display}].
    rules = Property("QVariantList", _get_rules, notify=stateChanged)

    def state(self) -> ForwardingState:
        return self._state

    def _get_activity_forwarding(self) -> list:
        names = {a.id: a.name for a in self._activities}
        return [{"activityId": m.activity_id, "activityName": names.get(m.activity_id) or _label(m.activity_id),
                 "number": m.number, "display": format_for_display(m.number, "")} for m in self._mapping]

    activityForwarding = Property("QVariantList", _get_activity_forwarding, notify=activityForwardingChanged)

    def _get_activities(self) -> list:
        # The default activity ("available") rings me: forwarding belongs to the others.
        return [{"id": a.id, "name": a.name or _label(a.id)} for a in self._activities if not a.available]

    activities = Property("QVariantList", _get_activities, notify=activityForwardingChanged)

    # --------------------------------------------------------------------------------- input
    def check(self, text: str) -> str:
        """The number as it will be sent, or :class:`InvalidInput` saying what is wrong."""
        return normalise_forward_number(text, self._region)

    @Slot(str, result=str)
    def problemWith(self, text: str) -> str:  # noqa: N802 - Qt API
        """What is wrong with ``text`` as a forwarding number, in words ("" when it is fine)."""
        try:
            self.check(text)
        except InvalidInput as exc:
            return str(exc)
        return ""

    # ------------------------------------------------------------------------------- reading
    def start(self) -> None:
        """Follow the forwarding from now on (the header always shows it). Call once the loop runs."""
        if self._service is None or self._started:
            return
        self._started = True
        self._apply_polling()

    def _wants_polling(self) -> bool:
        return self._service is not None and self._started

    @Slot()
    def presence_changed(self) -> None:
        """The presence changed here: where calls go may have too (read again soon, once)."""
        if self._wants_polling():
            self._poller.poke()

    def _need_service(self):
        if self._service is None:
            raise NotSupported(translate("Forwarding", "This account cannot forward calls"))
        return self._service

    async def _activity_name_for(self, state: ForwardingState) -> str:
        if not state.presence_number or self._presence is None:
            return ""
        try:
            presence = await self._presence.presence()
        except UserFacingError as exc:  # the name is a nicety: the header says "Diverted to …" without it
            log.info("presence for the forwarding header unavailable: %s", exc)
            return ""
        known = next((a for a in self._activities if a.id == presence.activity), None)
        return known.name if known else _label(presence.activity)

    async def _load_activities(self) -> None:
        if self._activities or self._presence is None:
            return
        try:
            self._activities = await self._presence.activities()
        except UserFacingError as exc:
            log.info("activities for activity forwarding unavailable: %s", exc)

    def _apply(self, state: ForwardingState, activity_name: str, *, force: bool = False) -> None:
        changed = force or state != self._state or activity_name != self._activity_name or not self._loaded
        self._state = state
        self._activity_name = activity_name
        self._update("_loaded", True, self.loadedChanged)
        if changed:
            self.stateChanged.emit()

    def _apply_mapping(self, mapping: list[ActivityForwarding]) -> None:
        if mapping != self._mapping:
            self._mapping = mapping
            self.activityForwardingChanged.emit()

    async def _read(self) -> None:
        service = self._need_service()
        generation = self._generation
        await self._load_activities()
        state = await service.forwarding()
        mapping = await service.activity_forwarding()
        rules_service = self._rules_service()
        rules = await rules_service.forwarding_rules() if rules_service is not None else []
        name = await self._activity_name_for(state)
        if generation == self._generation:
            rules_changed = rules != self._rules
            self._rules = rules
            self._apply(state, name, force=rules_changed)
            self._apply_mapping(mapping)
        self._set_refresh_error("")

    async def load(self) -> bool:
        """Read the forwarding now. ``True`` on success."""
        return await self._read_or_say(translate("Forwarding", "Could not read your call forwarding"))

    @command()
    async def refresh(self) -> None:
        await self.load()

    # ------------------------------------------------------------------------------ commands
    async def _command(self, work) -> bool:
        async def run() -> bool:
            self._generation += 1  # a poll that started before this command is stale
            try:
                state = await work()
            finally:
                self._generation += 1
            self._apply(state, await self._activity_name_for(state))
            return True

        done = bool(await self.guarded(run()))
        if not done:
            await self._reread_after()  # a failed command may still have changed something
        return done

    async def forward_to(self, text: str) -> bool:
        """Forward every call to the number typed (checked first; nothing is sent when it is wrong)."""
        try:
            number = self.check(text)
        except InvalidInput as exc:
            self.set_error(str(exc))
            return False
        service = self._service
        if service is None:
            self.set_error(translate("Forwarding", "This account cannot forward calls"))
            return False
        return await self._command(lambda: service.forward_all(number))

    async def stop(self) -> bool:
        """Turn the forwarding of every call off (calls ring me again)."""
        service = self._service
        if service is None:
            self.set_error(translate("Forwarding", "This account cannot forward calls"))
            return False
        return await self._command(service.stop_forwarding)

    async def clear_all_rules(self) -> bool:
        """Turn every forwarding rule of my main line off (forward-all and the conditional ones)."""
        service = self._rules_service()
        if service is None:
            self.set_error(translate("Forwarding", "This account cannot turn its forwarding rules off at once"))
            return False
        done = await self._command(service.clear_forwarding_rules)
        await self._reread_after()  # the rules themselves
        return done

    async def set_activity_forwarding(self, activity_id: str, text: str) -> bool:
        async def run() -> bool:
            service = self._need_service()
            if not any(a.id == activity_id for a in self._activities) and self._activities:
                raise InvalidInput(translate("Forwarding", "“{activity_id}” is not one of your presence activities").format(activity_id=activity_id))
            number = self.check(text)
            await service.set_activity_forwarding(activity_id, number)
            return True

        done = bool(await self.guarded(run()))
        await self._reread_after()
        return done

    async def edit_activity(self, activity_id: str) -> str | None:
        """Open one activity's forwarding for editing: its number read fresh from the server (the
        list may be old), announced with ``activityEditReady``. Returns the number ("" when the
        activity forwards nowhere now), or ``None`` when it could not be read (the error says why)."""
        activity_id = str(activity_id or "")

        async def run() -> str:
            service = self._need_service()
            if not activity_id:
                raise InvalidInput(translate("Forwarding", "Choose the activity whose forwarding you want to change"))
            if isinstance(service, ActivityForwardingRead):
                self._generation += 1  # a poll that started before this read is older than it
                item = await service.activity_forwarding_of(activity_id)
                number = item.number if item is not None else ""
                mapping = [m for m in self._mapping if m.activity_id != activity_id]
                if number:
                    index = next((i for i, m in enumerate(self._mapping) if m.activity_id == activity_id),
                                 len(mapping))
                    mapping.insert(index, ActivityForwarding(activity_id=activity_id, number=number))
                self._apply_mapping(mapping)
                return number
            return next((m.number for m in self._mapping if m.activity_id == activity_id), "")

        number = await self.guarded(run())
        if number is None:
            return None
        self.activityEditReady.emit(activity_id, number)
        return number

    @command(str)
    async def editActivity(self, activity_id: str) -> None:  # noqa: N802 - Qt API
        await self.edit_activity(activity_id)

    async def clear_activity_forwarding(self, activity_id: str) -> bool:
        async def run() -> bool:
            await self._need_service().clear_activity_forwarding(activity_id)
            return True

        done = bool(await self.guarded(run()))
        await self._reread_after()
        return done

    @command(str)
    async def forwardTo(self, text: str) -> None:  # noqa: N802 - Qt API
        await self.forward_to(text)

    @command()
    async def clearAllRules(self) -> None:  # noqa: N802 - Qt API
        await self.clear_all_rules()

    @command()
    async def stopForwarding(self) -> None:  # noqa: N802 - Qt API
        await self.stop()

    @command(str, str)
    async def setActivityForwarding(self, activity_id: str, text: str) -> None:  # noqa: N802 - Qt API
        await self.set_activity_forwarding(activity_id, text)

    @command(str)
    async def clearActivityForwarding(self, activity_id: str) -> None:  # noqa: N802 - Qt API
        await self.clear_activity_forwarding(activity_id)

    async def aclose(self) -> None:
        self._started = False
        await self.close_commands()
        self.changes.detach()
        await self._poller.aclose()


__all__ = ["ForwardingViewModel"]
