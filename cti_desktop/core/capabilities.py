"""What a backend can do, as protocols the core and the view-models program against.

A provider implements the protocols its backend supports and declares them in
:class:`Capabilities`. Every method is a coroutine; every failure is a
:class:`~cti_desktop.core.errors.UserFacingError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from .call_operations import CAPABILITY_NAMES
from .forwarding import ActivityForwarding, ForwardingState
from .models import (
    Activity,
    Call,
    CommLogItem,
    Contact,
    ContactDraft,
    Device,
    Group,
    GroupCallLogItem,
    Line,
    Presence,
    QueueStats,
    Role,
)


@runtime_checkable
class CallControl(Protocol):
    """Commands on calls. Each returns the call's new state as the server reported it."""

    async def get_calls(self) -> list[Call]: ...
    async def get_call(self, call_id: str) -> Call | None: ...
    async def make_call(self, destination: str, *, device_id: str | None = None, line: Line | None = None) -> Call: ...
    async def answer(self, call: Call, device_id: str) -> Call: ...
    async def hangup(self, call: Call) -> None: ...
    async def hold(self, call: Call) -> Call: ...
    async def resume(self, call: Call) -> Call: ...
    async def mute(self, call: Call) -> Call: ...
    async def unmute(self, call: Call) -> Call: ...
    async def park(self, call: Call) -> Call: ...
    async def dtmf(self, call: Call, digits: str) -> Call: ...
    async def transfer(self, call: Call, destination: str) -> Call: ...
    async def transfer_to_call(self, call: Call, target: Call) -> Call: ...
    async def consultation(self, call: Call, destination: str) -> Call: ...
    async def alternate(self, call: Call, target: Call) -> Call: ...
    async def conference(self, call: Call, target: Call) -> Call: ...
    async def remove_participant(self, call: Call, participant_id: str) -> Call: ...
    async def leave_conference(self, call: Call) -> Call: ...
    async def move(self, call: Call, device_id: str) -> Call: ...
    async def pickup(self, call_id: str, device_id: str) -> Call: ...
    async def recording(self, call: Call, op: str) -> Call: ...
    async def devices(self) -> list[Device]: ...
    async def lines(self) -> list[Line]: ...


@runtime_checkable
class Queues(Protocol):
    async def groups(self) -> list[Group]: ...
    async def login(self, group: Group) -> None: ...
    async def logout(self, group: Group) -> None: ...
    async def queue_stats(self) -> list[QueueStats]: ...
    async def group_call_log(self, group: Group | None = None) -> list[GroupCallLogItem]: ...
    async def assigned_call_log(self) -> list[GroupCallLogItem]: ...
    async def set_call_log_state(self, item_id: str, state: str, note: str = "") -> GroupCallLogItem: ...


@runtime_checkable
class PresenceService(Protocol):
    async def presence(self) -> Presence: ...
    async def activities(self) -> list[Activity]: ...
    async def roles(self) -> list[Role]: ...
    async def set_presence(
        self,
        *,
        activity: str | None = None,
        available: bool | None = None,
        note: str | None = None,
        role: str | None = None,
        expires: datetime | None = None,
    ) -> Presence: ...


@runtime_checkable
class Forwarding(Protocol):
    """Call forwarding: read it, forward every call to a number, turn that off; and the numbers calls
    are forwarded to while in a presence activity (empty list where the phone system has none)."""

    async def forwarding(self) -> ForwardingState: ...
    async def forward_all(self, number: str) -> ForwardingState: ...
    async def stop_forwarding(self) -> ForwardingState: ...
    async def divert_with_presence(self, number: str) -> ForwardingState:
        """Divert calls to ``number`` until the presence activity changes (a presence shortcut's diversion)."""
        ...
    async def activity_forwarding(self) -> list[ActivityForwarding]: ...
    async def set_activity_forwarding(self, activity_id: str, number: str) -> ActivityForwarding: ...
    async def clear_activity_forwarding(self, activity_id: str) -> None: ...


@runtime_checkable
class ForwardingRules(Protocol):
    """The conditional forwarding rules of my main line (on busy, no answer, unreachable…) as
    ``(rule type, number)``, and turning every rule of that line off at once."""

    async def forwarding_rules(self) -> list[tuple[str, str]]: ...
    async def clear_forwarding_rules(self) -> ForwardingState: ...


@runtime_checkable
class Directory(Protocol):
    async def search(self, query: str, limit: int = 25) -> list[Contact]: ...
    async def favourites(self) -> list[Contact]: ...


@dataclass(frozen=True, slots=True)
class HistoryLink:
    """A link a call-history entry carries: a voicemail, a recording, a fax document, a CRM record.

    ``url`` is an http(s) URL the backend checked (:func:`~cti_desktop.core.links.safe_url`);
    whoever opens it checks it again. ``kind`` is ``voicemail``, ``recording``, ``fax``, ``crm`` (open).
    """

    kind: str
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class CallRecord(CommLogItem):
    """A communication-log item with the links the phone system gave for it (voicemail, recording…)."""

    links: tuple[HistoryLink, ...] = ()


@runtime_checkable
class History(Protocol):
    """My call history. Items may be :class:`CallRecord` values carrying links. ``types``: the item
    types to read (``MISSED_CALL``, ``VOICEMAIL``, …); empty: all."""

    async def history(self, *, max_items: int = 100, types: Sequence[str] = ()) -> list[CommLogItem]: ...
    async def mark_seen(self, item_id: str) -> None: ...


@runtime_checkable
class Messaging(Protocol):
    async def send_sms(self, to: str, text: str) -> None: ...


@runtime_checkable
class ContactStore(Protocol):
    """A place the desktop can add contacts to (the caller of a call)."""

    #: How the store is called in the panel ("… contacts").
    name: str

    async def create_contact(self, draft: ContactDraft) -> Contact: ...


@runtime_checkable
class WebhookSubscriptions(Protocol):
    """The phone system's call-notification subscriptions (each with ``id``, ``event_type``,
    ``callback_url``, ``display_url``, ``enabled``, ``failed_count``, ``last_error``)."""

    async def webhook_subscriptions(self) -> list[Any]: ...
    async def create_webhook_subscription(self, callback_url: str, event_type: str, *,
                                          notification_email: str | None = None) -> Any: ...
    async def update_webhook_subscription(self, subscription_id: str, *, callback_url: str, event_type: str,
                                          enabled: bool | None = None,
                                          notification_email: str | None = None) -> Any: ...
    async def delete_webhook_subscription(self, subscription_id: str) -> None: ...
    async def ensure_subscriptions(self, callback_url: str, event_types: Iterable[str] = ..., *,
                                   notification_email: str | None = None) -> list[Any]: ...


@runtime_checkable
class Webhooks(Protocol):
    """The settings' view of a phone system's webhooks: its subscriptions, this desktop's receiver."""

    #: The phone system's name, for the window's words.
    vendor: str
    subscriptions: WebhookSubscriptions

    @property
    def callback_url(self) -> str:
        """The running receiver's callback URL (with its secret); "" when none runs."""
        ...

    def mask(self, url: str) -> str:
        """``url`` fit to show: the receiver's secret masked."""
        ...


@runtime_checkable
class QueueStatsFollower(Protocol):
    async def run(self) -> None: ...
    def stop(self) -> None: ...


@runtime_checkable
class QueueStatsStream(Protocol):
    """Live queue statistics pushed by the server into a board (the wallboard)."""

    def follower(
        self,
        board: Any,
        *,
        heartbeat_interval: float,
        check_every: float,
        backoff_initial: float,
        on_status: Callable[[Any], None],
        on_denied: Callable[[str], None],
        on_error: Callable[[str], None],
    ) -> QueueStatsFollower:
        """A follower that keeps ``board`` current while ``run()`` runs; closes what it opened."""
        ...


@runtime_checkable
class Changes(Protocol):
    """Changes the phone system announces (``backend.changes``): what changed, by topic
    (:mod:`cti_desktop.core.changes`), so whoever shows it re-reads it at once; ``live`` while every
    change stream is connected (polling may then slow down). Started and stopped with the session."""

    @property
    def live(self) -> bool: ...

    def subscribe(self, listener: Callable[[Any], None]) -> Callable[[], None]:
        """Call ``listener(ChangeNotice)`` for every notice until the returned function is called."""
        ...


@dataclass(frozen=True, slots=True)
class Capabilities:
    """Which of the protocols a backend offers, and the call-control operations it supports."""

    call_control: frozenset[str] = frozenset()
    call_events: bool = False
    queues: bool = False
    queue_stats: bool = False
    presence_read: bool = False
    presence_write: bool = False
    directory: bool = False
    history: bool = False
    sms: bool = False
    #: Where a ringing call is answered when the desktop cannot answer it (words for the screen-pop,
    #: e.g. "Answer on your phone"); "" for the general words.
    answer_elsewhere: str = ""
    #: The backend offers :class:`Forwarding` (as ``backend.forwarding``).
    forwarding: bool = False

    def can(self, op: str) -> bool:
        return op in self.call_control


#: Every call-control operation name (the capabilities of the call-operation table).
ALL_CALL_OPS: frozenset[str] = CAPABILITY_NAMES
