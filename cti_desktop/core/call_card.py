"""How one call is presented on the call panel: its words, and which operations it offers now.

:func:`present_call` is a pure function of the call, the person's other calls, their devices, what
the backend can do and why commands are off (if they are). The rules:

* An operation is offered exactly when the server's ``actions`` list allows it (plus the device
  list, and for two-call operations the state of the other call) — never a guess beyond that —
  and the backend declares it (:class:`~cti_desktop.core.capabilities.Capabilities`); nothing is
  offered while ``block`` says why commands are off.
* Swap (alternate) is offered on an active call that may be held, towards a held call that may be
  resumed or an inbound ringing call that may be answered; and on a held call that may be resumed,
  towards an active call that may be held.
* Connect calls (attended transfer) is offered on a connected call the server lets transfer,
  towards another connected call or an outgoing call still ringing; Conference on a connected call
  towards another connected call.

Beside it, the words and values the panel's view-model shows: :func:`card_values` (a card as the
item's property values, by their Qt names), :func:`mobile_values` (the transfer of the call on the
person's mobile), :func:`commands_block` (why call buttons are off) and :func:`capability_note` /
:func:`unsupported_reason` (what the account's backend cannot do, in words).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from cti_desktop.i18n import translate

from .call_operations import OPERATIONS, words_for
from .capabilities import ALL_CALL_OPS, Capabilities
from .connection import ConnectionState, ConnectionStatus
from .dialing import format_for_display
from .mobile_transfer import MobileTransfer, describe_transfer
from .models import Call, CallAction, CallStatus, Device
from .vendors import catalog

CONNECTED = (CallStatus.ACTIVE.value, CallStatus.HELD.value)


def format_duration(seconds: int) -> str:
    """``65`` → ``"1:05"``, ``3725`` → ``"1:02:05"``."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def status_text(call: Call) -> str:
    """The call's status in words."""
    status = call.status
    if status == CallStatus.RINGING:
        return translate("CallCard", "Ringing") if call.inbound else translate("CallCard", "Calling…")
    if status == CallStatus.INITIATED:
        return translate("CallCard", "Dialling…")
    if status == CallStatus.ACTIVE:
        return translate("CallCard", "In conference") if call.conference else translate("CallCard", "Connected")
    if status == CallStatus.HELD:
        return translate("CallCard", "On hold")
    if status == CallStatus.TERMINATED:
        return translate("CallCard", "Ended")
    return status.replace("_", " ").capitalize() if status else translate("CallCard", "Unknown")


def device_label(device: Device | None, device_id: str) -> str:
    if device is None:
        return device_id
    return device.name or device.type_name or device.kind or device.device_id


def supports(capabilities: Capabilities | None, capability: str) -> bool:
    """The backend can do ``capability`` (a backend that declares no call control is not limited)."""
    if capabilities is None or not capabilities.call_control:
        return True
    return capabilities.can(capability)


@dataclass(frozen=True, slots=True)
class Choice:
    """Something an operation may act on: a device or another call (``id``) and its words."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    id: str
    name: str
    number: str


@dataclass(frozen=True, slots=True)
class CallCard:
    """One call as the panel shows it. ``offered`` holds the names of the operations offered now."""

    call_id: str
    remote_name: str
    remote_number: str
    company: str
    status: str
    status_text: str
    inbound: bool
    via: str
    muted: bool
    recording: bool
    recording_text: str
    conference: bool
    participants: tuple[ParticipantRow, ...]
    event_text: str
    answer_devices: tuple[Choice, ...]
    move_devices: tuple[Choice, ...]
    alternate_targets: tuple[Choice, ...]
    transfer_targets: tuple[Choice, ...]
    conference_targets: tuple[Choice, ...]
    disabled_reason: str
    offered: frozenset[str]

    def offers(self, name: str) -> bool:
        return name in self.offered


def selected_call(calls: Sequence[Call], pinned: str = "") -> str:
    """The call the panel selects: an inbound ringing call first, else the one the person picked
    (``pinned``), else the active, else the held, else the first one; "" when there are none."""
    ringing = next((c for c in calls if c.status == CallStatus.RINGING and c.inbound), None)
    if ringing is not None:
        return ringing.call_id
    if pinned and any(c.call_id == pinned for c in calls):
        return pinned
    for status in (CallStatus.ACTIVE, CallStatus.HELD):
        found = next((c for c in calls if c.status == status), None)
        if found is not None:
            return found.call_id
    return calls[0].call_id if calls else ""


def answer_device_ids(call: Call, devices: Iterable[Device]) -> list[str]:
    """Where ``call`` may be answered: the server's list for ANSWER, else every device of the person."""
    if not call.allows(CallAction.ANSWER):
        return []
    ids = list(call.devices_for(CallAction.ANSWER))
    if not ids:
        ids = [d.device_id for d in devices]
    return ids


def move_device_ids(call: Call, devices: Iterable[Device]) -> list[str]:
    """Where ``call`` may be moved: the server's list for MOVE (else every device), minus its own."""
    if not call.allows(CallAction.MOVE):
        return []
    own = [a for a in call.actions if a.action == CallAction.MOVE]
    candidates = list(own[0].device_ids) if own and own[0].device_ids else [d.device_id for d in devices]
    return [d for d in candidates if d not in call.device_ids]


def present_call(
    call: Call,
    calls: Sequence[Call] = (),
    *,
    devices: Sequence[Device] = (),
    capabilities: Capabilities | None = None,
    block: str = "",
    region: str = "SE",
) -> CallCard:
    """``call`` as the panel shows it, among the person's ``calls`` (it may be one of them)."""
    remote = call.remote
    number = format_for_display(remote.display_number or remote.number, region)
    if call.conference and call.participants:
        name = translate("CallCard", "Conference ({count} participants)").format(count=len(call.participants))
    else:
        name = remote.name or number or translate("CallCard", "Unknown caller")
    others = [c for c in calls if c.call_id != call.call_id and c.status != CallStatus.TERMINATED]
    status = call.status
    connected = status in CONNECTED

    def label(c: Call) -> str:
        party = c.remote
        shown = party.name or format_for_display(party.display_number or party.number, region) or translate("CallCard", "Unknown")
        return f"{shown} ({status_text(c).lower()})"

    if status == CallStatus.ACTIVE and call.allows(CallAction.HOLD):
        alt = [c for c in others if (c.status == CallStatus.HELD and c.allows(CallAction.RESUME))
               or (c.status == CallStatus.RINGING and c.inbound and c.allows(CallAction.ANSWER))]
    elif status == CallStatus.HELD and call.allows(CallAction.RESUME):
        alt = [c for c in others if c.status == CallStatus.ACTIVE and c.allows(CallAction.HOLD)]
    else:
        alt = []
    if connected and call.allows(CallAction.TRANSFER):
        xfer = [c for c in others if c.status in CONNECTED
                or (c.status in (CallStatus.RINGING, CallStatus.INITIATED) and not c.inbound)]
    else:
        xfer = []
    conf = [c for c in others if c.status in CONNECTED] if connected else []

    answer_ids = answer_device_ids(call, devices)
    move_ids = move_device_ids(call, devices)
    if call.allows(CallAction.SAVE_REC) or call.allows(CallAction.DISCARD_REC):
        rec_text = translate("CallCard", "Recording stopped: save or discard it")
    elif call.recording:
        rec_text = translate("CallCard", "Recording paused") if call.allows(CallAction.RESUME_REC) else translate("CallCard", "Recording")
    else:
        rec_text = ""

    allowed = {
        "answer": bool(answer_ids),
        "hangup": status != CallStatus.TERMINATED,
        "dtmf": status == CallStatus.ACTIVE,
        "move": bool(move_ids),
        "consultation": connected and call.allows(CallAction.TRANSFER),
        "alternate": bool(alt),
        "transfer_to_call": bool(xfer),
        "conference": bool(conf),
        "remove_participant": call.conference and bool(call.participants),
        "leave_conference": call.conference and connected,
    }
    offered = frozenset(
        op.name for op in OPERATIONS
        if op.flag and not block and supports(capabilities, op.needs)
        # the rest are offered exactly when the server lists their action
        and allowed.get(op.name, op.action is not None and call.allows(op.action))
    )

    known = {d.device_id: d for d in devices}

    def device(device_id: str) -> Choice:
        return Choice(device_id, device_label(known.get(device_id), device_id))

    return CallCard(
        call_id=call.call_id,
        remote_name=name,
        remote_number=number if number != name else "",
        company=remote.company,
        status=status,
        status_text=status_text(call),
        inbound=call.inbound,
        via=call.history.via if call.history else "",
        muted=call.muted,
        recording=bool(call.recording),
        recording_text=rec_text,
        conference=call.conference,
        participants=tuple(
            ParticipantRow(
                p.id,
                p.party.name or format_for_display(p.party.display_number or p.party.number, region) or translate("CallCard", "Unknown"),
                format_for_display(p.party.display_number or p.party.number, region),
            )
            for p in call.participants
        ),
        event_text=call.event_description,
        answer_devices=tuple(device(d) for d in answer_ids),
        move_devices=tuple(device(d) for d in move_ids),
        alternate_targets=tuple(Choice(c.call_id, label(c)) for c in alt),
        transfer_targets=tuple(Choice(c.call_id, label(c)) for c in xfer),
        conference_targets=tuple(Choice(c.call_id, label(c)) for c in conf),
        disabled_reason=block,
        offered=offered,
    )


def card_values(card: CallCard) -> dict[str, Any]:
    """A presented call as the item's property values (Qt names; choices as plain dicts)."""
    values: dict[str, Any] = {
        "callId": card.call_id,
        "remoteName": card.remote_name,
        "remoteNumber": card.remote_number,
        "company": card.company,
        "status": card.status,
        "statusText": card.status_text,
        "inbound": card.inbound,
        "via": card.via,
        "muted": card.muted,
        "recording": card.recording,
        "recordingText": card.recording_text,
        "conference": card.conference,
        "participants": [{"id": p.id, "name": p.name, "number": p.number} for p in card.participants],
        "eventText": card.event_text,
        "answerDevices": [{"id": d.id, "name": d.label} for d in card.answer_devices],
        "moveDevices": [{"id": d.id, "name": d.label} for d in card.move_devices],
        "alternateTargets": [{"callId": c.id, "label": c.label} for c in card.alternate_targets],
        "transferTargets": [{"callId": c.id, "label": c.label} for c in card.transfer_targets],
        "conferenceTargets": [{"callId": c.id, "label": c.label} for c in card.conference_targets],
        "disabledReason": card.disabled_reason,
    }
    for op in OPERATIONS:
        if op.flag:
            values[op.flag] = card.offers(op.name)
    return values


def mobile_values(on_mobile: bool, transfer: MobileTransfer | None, block: str, *,
                  any_transfer: bool) -> dict[str, Any]:
    """The mobile-transfer values of one call (Qt names): ``on_mobile`` — it is the call on the
    person's mobile and the account can transfer it; ``transfer`` — the ongoing transfer of this
    call, if any; ``any_transfer`` — a transfer of some call is ongoing (one at a time)."""
    return {
        "onMobile": on_mobile,
        "canTransferFromMobile": on_mobile and not block and not any_transfer,
        "canCancelMobileTransfer": transfer is not None and transfer.attended is not False and not block,
        "mobileTransferText": describe_transfer(transfer) if transfer is not None else "",
    }


def commands_block(can_control: bool, status: ConnectionStatus) -> str:
    """Why call commands are off, in words; ``""`` when they are on."""
    if not can_control:
        return translate("CallCard", "This account cannot control calls from here")
    if status.state is not ConnectionState.LIVE:
        return (
            translate("CallCard", "Call buttons are off until the connection is live again ({describe}); the calls shown may be out of date").format(describe=status.describe())
        )
    return ""


def capability_note(capabilities: Capabilities | None, backend: str) -> str:
    """One sentence on what ``backend`` cannot do with calls ("" when it can do everything)."""
    if capabilities is None or not capabilities.call_control or capabilities.call_control >= ALL_CALL_OPS:
        return ""
    vendors = catalog()
    reason = vendors.missing_reason(backend, "call_control")
    why = reason.split(": ", 1)[1] if ": " in reason else reason
    return f"{vendors.label(backend)}: {why}."


def unsupported_reason(capabilities: Capabilities | None, backend: str, op: str) -> str:
    """Why ``op`` (a CallControl method name) is never offered by ``backend``; "" when it is."""
    if supports(capabilities, op):
        return ""
    return catalog().missing_reason(backend, "call_control", what=words_for(op))
