"""Provider-neutral models of what an agent desktop shows.

Every provider parses its wire format into these. They are immutable values; a change is a new value.
Enumerations are *open*: a value the server invents later is kept as a plain string rather than
rejected, so ``Call.status`` is a ``str`` compared against the constants of :class:`CallStatus`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cti_desktop.i18n import translate


class OpenEnum(str, enum.Enum):
    """A ``str`` enum whose ``parse`` returns plain strings and keeps unknown values as they came."""

    @classmethod
    def parse(cls, value: Any) -> "str":
        if value is None:
            return ""
        text = str(value).strip()
        try:
            return cls(text.upper()).value
        except ValueError:
            return text


class CallStatus(OpenEnum):
    INITIATED = "INITIATED"
    RINGING = "RINGING"
    ACTIVE = "ACTIVE"
    HELD = "HELD"
    TERMINATED = "TERMINATED"


class CallAction(OpenEnum):
    """What the server says may be done to a call now (its ``actions`` list)."""

    ANSWER = "ANSWER"
    HOLD = "HOLD"
    RESUME = "RESUME"
    MOVE = "MOVE"
    TRANSFER = "TRANSFER"
    PARK = "PARK"
    MUTE = "MUTE"
    UNMUTE = "UNMUTE"
    START_REC = "START_REC"
    STOP_REC = "STOP_REC"
    PAUSE_REC = "PAUSE_REC"
    RESUME_REC = "RESUME_REC"
    SAVE_REC = "SAVE_REC"
    DISCARD_REC = "DISCARD_REC"


class CallEvent(OpenEnum):
    FAILED = "FAILED"
    PARTICIPANT_ADDED = "PARTICIPANT_ADDED"
    PARTICIPANT_LEFT = "PARTICIPANT_LEFT"
    LEFT_CONFERENCE = "LEFT_CONFERENCE"
    MUTED = "MUTED"
    UNMUTED = "UNMUTED"


@dataclass(frozen=True, slots=True)
class Party:
    """The other end of a call, as the server describes it."""

    number: str = ""  # E.164 or extension, without the ``tel:`` scheme
    name: str = ""
    display_number: str = ""
    kind: str = ""  # USER_ID, SERVICE_ID, FUNCTION_NUMBER_ID, … (open)
    company: str = ""

    @property
    def label(self) -> str:
        return self.name or self.display_number or self.number or translate("Models", "Unknown")


@dataclass(frozen=True, slots=True)
class HistoryInfo:
    """How a call reached the person: the queue/switchboard and who passed it on."""

    subject: str = ""
    acd_support: bool = False
    camp_on: bool = False
    initial_party: Party | None = None
    previous_party: Party | None = None
    previous_retarget_reason: str = ""

    @property
    def via(self) -> str:
        """What to show as "came through": the subject, else the previous party."""
        if self.subject:
            return self.subject
        if self.previous_party is not None:
            return self.previous_party.label
        return ""


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    party: Party
    history: HistoryInfo | None = None


@dataclass(frozen=True, slots=True)
class AllowedAction:
    action: str
    device_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Call:
    call_id: str
    state_token: int | str | None
    status: str
    remote: Party = field(default_factory=Party)
    inbound: bool = False
    conference: bool = False
    conference_id: str = ""
    participants: tuple[Participant, ...] = ()
    history: HistoryInfo | None = None
    event: str = ""
    event_description: str = ""
    muted: bool = False
    intruded: bool = False
    duration: int = 0
    recordable: bool = False
    recording: str = ""  # the server's recording state, '' when not recording
    recording_duration: int = 0
    device_ids: tuple[str, ...] = ()
    actions: tuple[AllowedAction, ...] = ()
    correlation_id: str = ""
    #: Local monotonic time (seconds) when this state was received; used for live durations.
    received_at: float = field(default=0.0, compare=False)

    def allows(self, action: str) -> bool:
        return any(a.action == action for a in self.actions)

    def devices_for(self, action: str) -> tuple[str, ...]:
        """Devices the action may use: the action's own list, else the call's devices."""
        for a in self.actions:
            if a.action == action:
                return a.device_ids or self.device_ids
        return ()

    @property
    def action_names(self) -> tuple[str, ...]:
        return tuple(a.action for a in self.actions)

    @property
    def ended(self) -> bool:
        return self.status == CallStatus.TERMINATED


@dataclass(frozen=True, slots=True)
class Device:
    device_id: str
    kind: str = ""  # deviceType, e.g. SOFTPHONE, DESKPHONE, MOBILE (open)
    name: str = ""
    type_name: str = ""
    status: str = ""
    icon: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    """A caller ID the person may call from."""

    type: str
    group_id: str = ""
    number: str = ""
    name: str = ""
    active: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """A distribution group (ACD, ACD light, attendant) and the person's place in it."""

    id: str
    domain: str
    name: str
    type: str = ""
    logged_in: bool = False
    night_mode: bool = False
    logged_in_agents: int = 0
    free_agents: int = 0
    calls_waiting: int = 0


@dataclass(frozen=True, slots=True)
class QueueStats:
    id: str
    domain: str = ""
    name: str = ""
    number: str = ""
    queue_length: int = 0
    available_agents: int = 0
    logged_in_agents: int = 0
    longest_waiting: int = 0
    last_wait: int = 0
    average_wait: int = 0
    answered_period: int = 0
    dropped_period: int = 0
    total_period: int = 0
    answered_24h: int = 0
    dropped_24h: int = 0
    total_24h: int = 0
    agent_presence: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Presence:
    activity: str = ""
    activity_expires: datetime | None = None
    available: bool = True
    note: str = ""
    role: str = ""
    idle: bool = False


@dataclass(frozen=True, slots=True)
class Activity:
    id: str
    name: str = ""
    available: bool = True
    default: bool = False


@dataclass(frozen=True, slots=True)
class Role:
    id: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    numbers: tuple[str, ...] = ()
    preferred_number: str = ""
    email: str = ""
    status: str = ""  # FAVORITE, CONTACT, VIP, BLOCKED (open)
    in_list: bool = False
    in_call: bool = False
    kind: str = ""  # DIRECTORY, SHORTCUT, … (open)
    presence_activity: str = ""
    available: bool | None = None
    source: str = ""  # which directory it came from
    record_url: str = ""  # a CRM link, when the source has one

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.company or self.preferred_number or self.id

    @property
    def favourite(self) -> bool:
        return self.status == "FAVORITE"


@dataclass(frozen=True, slots=True)
class GroupCallLogItem:
    item_id: str
    group_id: str
    item_type: str  # ANSWERED, FORWARDED, MISSED (open)
    caller_number: str = ""
    callback_number: str = ""
    start_time: datetime | None = None
    call_duration: int = 0
    queue_duration: int = 0
    call_count: int = 1
    agent: str = ""
    handled_state: str = ""  # UNHANDLED, INPROGRESS, HANDLED (open)
    handled_by: str = ""
    handled_note: str = ""
    forward_reason: str = ""


@dataclass(frozen=True, slots=True)
class CommLogItem:
    item_id: str
    item_type: str  # MISSED_CALL, INCOMING_CALL, OUTGOING_CALL, VOICEMAIL, RECORDING, … (open)
    remote: Party = field(default_factory=Party)
    start_time: datetime | None = None
    duration: int = 0
    seen: bool = False
    #: a voicemail or recording that has been listened to
    played: bool = False
    #: the group inbox a voicemail was left in ("" for my own items)
    inbox_name: str = ""
    #: the call item this item belongs to ("" when none)
    call_item_id: str = ""
    #: where the message or recording can be listened to, as the server gave it (unchecked: a
    #: view-model offers it only once :func:`cti_desktop.core.links.safe_url` accepts it)
    link: str = ""


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """A contact to create from the desktop (the caller of a call): a first name and a number.

    A :class:`~cti_desktop.core.capabilities.ContactStore` checks it against its own rules before
    anything is sent (:class:`~cti_desktop.core.errors.InvalidInput` in words).
    """

    first_name: str
    primary_phone: str
    last_name: str = ""
