"""The one table of call operations: what each is called, what allows it, and how it is sent.

Every call-control operation the desktop knows is one :class:`CallOperation` in :data:`OPERATIONS`:

* ``name`` — the key (``"hold"``, ``"start_recording"``); the command line, the menus and the call
  panel name operations by it;
* ``capability`` — the :class:`~cti_desktop.core.capabilities.Capabilities` ``call_control`` entry a
  backend declares when it can do it (for most operations the name itself; every recording step
  needs ``"recording"``);
* ``action`` — the :class:`~cti_desktop.core.models.CallAction` the server must list on the call for
  it to be offered (``None``: not gated by the server's list);
* the words: ``words`` for sentences ("<System> has no hold: …"), ``what`` for the command in an
  error ("Hold: …"), ``button``/``button_name``/``tip`` for the call card, ``flag`` for the card's
  ``can…`` property, and for the Calls menu ``menu``/``menu_active``/``shortcut``/``menu_tip`` and
  ``menu_group`` (the submenu it sits in, see :data:`MENU_GROUPS`);
* ``send`` — how :class:`~cti_desktop.core.commands.CallCommands` sends it: a function of the
  backend's :class:`~cti_desktop.core.capabilities.CallControl` and the operation's arguments.

Every operation the call card offers as one action has a keyboard shortcut here (its paired
operation — resume for hold, unmute for mute, stop for start recording — shares it); the Calls menu,
the shortcuts help (F1) and the card's keyboard handling are built from these rows. Only removing one
participant from a conference has none (it is one button per participant, reached with Tab).

Nothing here imports Qt; the view-models and widgets read the table, nothing dispatches on strings.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .models import Call, CallAction, CallStatus


class UnknownOperation(ValueError):
    """A name that is not in :data:`OPERATIONS` (a programming error, not the person's)."""


@dataclass(frozen=True, slots=True)
class CallOperation:
    """One call-control operation (see the module docstring for each field)."""

    name: str
    send: Callable[..., Awaitable[Any]]
    words: str
    capability: str = ""
    action: str | None = None
    what: str = ""
    flag: str = ""
    button: str = ""
    button_name: str = ""
    tip: str = ""
    #: The operation acts on a call the person sees (``CallCommands.run`` may send it).
    on_call: bool = True
    #: Calls menu entry: its text, the text once the entry means this operation, key and tooltip.
    menu: str = ""
    menu_active: str = ""
    shortcut: str = ""
    menu_tip: str = ""
    #: The operation its menu entry switches to when the call allows that one instead (resume for hold).
    toggle: str = ""
    #: The statuses the keyboard shortcut looks for, best first, when the selected call does not fit.
    prefers: tuple[str, ...] = ()
    #: The Calls menu's submenu the entry sits in (a key of :data:`MENU_GROUPS`; "" for the menu itself).
    menu_group: str = ""

    @property
    def needs(self) -> str:
        """The capability a backend must declare for this operation."""
        return self.capability or self.name


def _rec(step: str) -> Callable[..., Awaitable[Any]]:
    return lambda control, call: control.recording(call, step)


def _transfer_as(kind: str) -> Callable[..., Awaitable[Any]]:
    return lambda control, call, destination: control.transfer(call, destination, type=kind)


#: The Calls menu's submenus: their key (``CallOperation.menu_group``) → their title.
MENU_GROUPS: Mapping[str, str] = MappingProxyType({"transfer_as": "T&ransfer as", "recording": "R&ecording"})

#: The transfer variants: what the transfer is sent as (the ``type`` of a transfer, besides the
#: plain one) → operation name, words, what, card flag, button, tooltip, and the menu entry and key.
#: Each needs the backend's ``transfer`` and is offered exactly where the server lets the call be
#: transferred.
_TRANSFER_VARIANTS = (
    ("transfer_to_voicemail", "VOICEMAIL", "transfer to voicemail", "Transfer to voicemail",
     "canTransferToVoicemail", "To voicemail", "Send the caller straight to the destination's voicemail",
     "Transfer to &voicemail…", "Ctrl+Shift+V"),
    ("transfer_camp_on", "CAMP_ON", "camp-on transfer", "Camp-on transfer", "canTransferCampOn", "Camp on",
     "Transfer and wait: when the colleague is busy, the caller waits until they are free",
     "&Camp-on transfer…", "Ctrl+Shift+Q"),
    ("transfer_bypass_diversion", "DIVERSION_BYPASS", "transfer past diversion", "Transfer past diversion",
     "canTransferBypassDiversion", "Past diversion",
     "Ring the colleague themselves, even when they have diverted their calls",
     "Transfer past &diversion…", "Ctrl+Shift+B"),
)
#: Each transfer variant's operation name → the transfer type it is sent as.
TRANSFER_KINDS: Mapping[str, str] = MappingProxyType({v[0]: v[1] for v in _TRANSFER_VARIANTS})
#: The operations sent to the number in the card's transfer box (a keyboard shortcut puts the focus there).
TO_DESTINATION: frozenset[str] = frozenset({"transfer", "consultation", *TRANSFER_KINDS})

_R = CallAction
_S = CallStatus
#: The statuses of a call the person talks on (or holds), best first, for most shortcuts.
_TALKING = (CallStatus.ACTIVE.value, CallStatus.HELD.value)

#: Every call operation, in the order the call card lays out its buttons.
OPERATIONS: tuple[CallOperation, ...] = (
    CallOperation("make_call", lambda c, destination, **kw: c.make_call(destination, **kw), "dial",
                  what="Dial", on_call=False),
    CallOperation("answer", lambda c, call, device_id: c.answer(call, device_id), "answering from the desktop",
                  action=_R.ANSWER.value, what="Answer", flag="canAnswer", button="Answer", button_name="Answer",
                  tip="Answer this call (on the chosen device)",
                  menu="&Answer", menu_active="&Answer", shortcut="Ctrl+Shift+A", menu_tip="Answer the ringing call",
                  prefers=(_S.RINGING.value,)),
    CallOperation("hangup", lambda c, call: c.hangup(call), "hang up",
                  what="Hang up", flag="canHangup", button="Hang up", button_name="Hang up",
                  tip="End this call (reject it while it rings)",
                  menu="&Hang up", menu_active="&Hang up", shortcut="Ctrl+Shift+H",
                  menu_tip="Hang up, reject or cancel the selected call",
                  prefers=(_S.ACTIVE.value, _S.RINGING.value, _S.INITIATED.value, _S.HELD.value,)),
    CallOperation("hold", lambda c, call: c.hold(call), "hold",
                  action=_R.HOLD.value, what="Hold", flag="canHold", button="Hold", button_name="Hold",
                  tip="Put this call on hold",
                  menu="H&old / resume", menu_active="H&old", shortcut="Ctrl+Shift+O",
                  menu_tip="Put the selected call on hold, or resume it", toggle="resume",
                  prefers=(_S.ACTIVE.value, _S.HELD.value,)),
    CallOperation("resume", lambda c, call: c.resume(call), "resume",
                  action=_R.RESUME.value, what="Resume", flag="canResume", button="Resume", button_name="Resume",
                  tip="Take this call off hold", menu_active="Res&ume"),
    CallOperation("mute", lambda c, call: c.mute(call), "mute",
                  action=_R.MUTE.value, what="Mute", flag="canMute", button="Mute", button_name="Mute",
                  tip="Mute your microphone on this call",
                  menu="&Mute / unmute", menu_active="&Mute", shortcut="Ctrl+Shift+M",
                  menu_tip="Mute or unmute your microphone on the selected call", toggle="unmute",
                  prefers=(_S.ACTIVE.value,)),
    CallOperation("unmute", lambda c, call: c.unmute(call), "unmute",
                  action=_R.UNMUTE.value, what="Unmute", flag="canUnmute", button="Unmute", button_name="Unmute",
                  tip="Unmute your microphone on this call", menu_active="Un&mute"),
    CallOperation("dtmf", lambda c, call, digits: c.dtmf(call, digits), "keypad tones",
                  what="Keypad", flag="canDtmf", button="Keypad", button_name="Keypad",
                  tip="Send keypad tones (DTMF) on this call",
                  menu="&Keypad…", menu_active="&Keypad…", shortcut="Ctrl+Shift+K",
                  menu_tip="Open the keypad to send tones on the selected call", prefers=(_S.ACTIVE.value,)),
    CallOperation("park", lambda c, call: c.park(call), "park",
                  action=_R.PARK.value, what="Park", flag="canPark", button="Park", button_name="Park",
                  tip="Park this call so that anyone can pick it up",
                  menu="&Park", menu_active="&Park", shortcut="Ctrl+Shift+P",
                  menu_tip="Park the selected call so that anyone can pick it up", prefers=_TALKING),
    CallOperation("move", lambda c, call, device_id: c.move(call, device_id), "moving calls between devices",
                  action=_R.MOVE.value, what="Move", flag="canMove", button="Move", button_name="Move",
                  tip="Move this call to another of your devices",
                  menu="Mo&ve to another device…", menu_active="Mo&ve to another device…", shortcut="Ctrl+Shift+E",
                  menu_tip="Move the selected call to another of your devices (choose one when there are several)",
                  prefers=_TALKING),
    CallOperation("transfer", lambda c, call, destination: c.transfer(call, destination), "transfer",
                  action=_R.TRANSFER.value, what="Transfer", flag="canTransfer", button="Transfer",
                  button_name="Transfer", tip="Blind transfer: pass the call on at once",
                  menu="&Transfer…", menu_active="&Transfer…", shortcut="Ctrl+Shift+T",
                  menu_tip="Type where to transfer the selected call",
                  prefers=(_S.ACTIVE.value, _S.HELD.value,)),
    *(CallOperation(name, _transfer_as(kind), words, capability="transfer", action=_R.TRANSFER.value, what=what,
                    flag=flag, button=button, button_name=what, tip=tip, menu=menu, menu_active=menu,
                    shortcut=key, menu_tip=f"{what}: type or pick where to, then Enter", prefers=_TALKING,
                    menu_group="transfer_as")
      for name, kind, words, what, flag, button, tip, menu, key in _TRANSFER_VARIANTS),
    CallOperation("consultation", lambda c, call, destination: c.consultation(call, destination),
                  "consultation calls", action=_R.TRANSFER.value, what="Consult", flag="canConsult",
                  button="Consult", button_name="Consult",
                  tip="Call the destination first, keeping this caller on hold",
                  menu="&Consult…", menu_active="&Consult…", shortcut="Ctrl+Shift+C",
                  menu_tip="Type or pick whom to consult, then Enter: the selected call waits on hold",
                  prefers=_TALKING),
    CallOperation("alternate", lambda c, call, target: c.alternate(call, target), "switching between calls",
                  what="Swap", flag="canAlternate", button="Swap", button_name="Swap calls",
                  tip="Hold the active call and take the other one",
                  menu="&Swap calls", menu_active="&Swap calls", shortcut="Ctrl+Shift+X",
                  menu_tip="Hold the active call and take the other one", prefers=_TALKING),
    CallOperation("transfer_to_call", lambda c, call, target: c.transfer_to_call(call, target),
                  "attended transfer", what="Connect calls", flag="canTransferToCall", button="Connect",
                  button_name="Connect calls", tip="Attended transfer: connect this caller with your other call",
                  menu="Co&nnect calls", menu_active="Co&nnect calls", shortcut="Ctrl+Shift+N",
                  menu_tip="Attended transfer: connect the selected caller with your other call", prefers=_TALKING),
    CallOperation("conference", lambda c, call, target: c.conference(call, target), "conference",
                  what="Conference", flag="canConference", button="Conference", button_name="Conference",
                  tip="Join this call and your other call",
                  menu="Con&ference", menu_active="Con&ference", shortcut="Ctrl+Shift+J",
                  menu_tip="Join the selected call and your other call in a conference", prefers=_TALKING),
    CallOperation("leave_conference", lambda c, call: c.leave_conference(call), "conference",
                  what="Leave conference", flag="canLeaveConference", button="Leave", button_name="Leave conference",
                  tip="Leave the conference; the others stay connected",
                  menu="&Leave conference", menu_active="&Leave conference", shortcut="Ctrl+Shift+L",
                  menu_tip="Leave the conference; the others stay connected", prefers=_TALKING),
    CallOperation("remove_participant", lambda c, call, participant_id: c.remove_participant(call, participant_id),
                  "conference", what="Remove participant", flag="canRemoveParticipant"),
    CallOperation("pickup", lambda c, call_id, device_id: c.pickup(call_id, device_id), "call pickup",
                  what="Pick up", on_call=False),
    CallOperation("recording", lambda c, call, step: c.recording(call, step), "recording control",
                  what="Recording"),
    CallOperation("start_recording", _rec("start"), "recording control", capability="recording",
                  action=_R.START_REC.value, what="Recording (start)", flag="canStartRecording", button="Record",
                  button_name="Start recording", tip="Start recording this call",
                  menu="&Start / stop recording", menu_active="&Start recording", shortcut="Ctrl+Shift+R",
                  menu_tip="Start recording the selected call, or stop the recording", toggle="stop_recording",
                  prefers=_TALKING, menu_group="recording"),
    CallOperation("pause_recording", _rec("pause"), "recording control", capability="recording",
                  action=_R.PAUSE_REC.value, what="Recording (pause)", flag="canPauseRecording",
                  button="Pause rec.", button_name="Pause recording", tip="Pause the recording",
                  menu="&Pause / resume recording", menu_active="&Pause recording", shortcut="Ctrl+Shift+I",
                  menu_tip="Pause the selected call's recording, or resume it", toggle="resume_recording",
                  prefers=_TALKING, menu_group="recording"),
    CallOperation("resume_recording", _rec("resume"), "recording control", capability="recording",
                  action=_R.RESUME_REC.value, what="Recording (resume)", flag="canResumeRecording",
                  button="Resume rec.", button_name="Resume recording", tip="Resume the recording",
                  menu_active="&Resume recording"),
    CallOperation("stop_recording", _rec("stop"), "recording control", capability="recording",
                  action=_R.STOP_REC.value, what="Recording (stop)", flag="canStopRecording", button="Stop rec.",
                  button_name="Stop recording", tip="Stop the recording", menu_active="S&top recording"),
    CallOperation("save_recording", _rec("save"), "recording control", capability="recording",
                  action=_R.SAVE_REC.value, what="Recording (save)", flag="canSaveRecording", button="Save rec.",
                  button_name="Save recording", tip="Keep the recording",
                  menu="Sa&ve recording", menu_active="Sa&ve recording", shortcut="Ctrl+Shift+Y",
                  menu_tip="Keep the stopped recording of the selected call", menu_group="recording"),
    CallOperation("discard_recording", _rec("discard"), "recording control", capability="recording",
                  action=_R.DISCARD_REC.value, what="Recording (discard)", flag="canDiscardRecording",
                  button="Discard rec.", button_name="Discard recording", tip="Throw the recording away",
                  menu="&Discard recording", menu_active="&Discard recording", shortcut="Ctrl+Shift+D",
                  menu_tip="Throw the stopped recording of the selected call away", menu_group="recording"),
)

#: The transfer variants' operations, in the card's order.
TRANSFER_VARIANTS: tuple[CallOperation, ...] = tuple(op for op in OPERATIONS if op.name in TRANSFER_KINDS)

#: Each operation by its name.
BY_NAME: Mapping[str, CallOperation] = MappingProxyType({op.name: op for op in OPERATIONS})

#: Every capability a backend can declare for call control (what ``Capabilities.call_control`` holds
#: for a backend that can do everything).
CAPABILITY_NAMES: frozenset[str] = frozenset(op.needs for op in OPERATIONS)

#: The recording steps (``"start"``, ``"pause"``, …) → their operation, in the card's order.
RECORDING_STEPS: Mapping[str, CallOperation] = MappingProxyType(
    {op.name.removesuffix("_recording"): op for op in OPERATIONS if op.capability == "recording"}
)

#: The Calls menu's entries with a keyboard shortcut, in menu order (submenu entries where their
#: group first appears).
SHORTCUT_OPERATIONS: tuple[CallOperation, ...] = tuple(op for op in OPERATIONS if op.shortcut)

#: The card flag of each operation that has one → the operation.
BY_FLAG: Mapping[str, CallOperation] = MappingProxyType({op.flag: op for op in OPERATIONS if op.flag})


def operation(name: str) -> CallOperation:
    """The operation called ``name``; :class:`UnknownOperation` when there is none."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownOperation(f"no call operation is called {name!r}") from None


def shortcut_target(name: str, calls: Sequence[Call], selected_call_id: str = "",
                    offers: Callable[[Call, CallOperation], bool] | None = None) -> Call | None:
    """The call the keyboard shortcut of operation ``name`` acts on among ``calls`` (those not
    ended): the selected call when it fits, else the first that fits in the operation's preferred
    statuses, else any that fits. A call fits when it offers the operation or its toggle: by
    ``offers(call, operation)`` when given (what the call card offers), else when the server allows
    it (an operation the server does not gate then fits every call). ``None`` when no call fits."""
    op = BY_NAME.get(name)
    if op is None or not op.shortcut:
        raise UnknownOperation(f"unknown shortcut action {name!r}")
    partner = BY_NAME.get(op.toggle)
    pair = [o for o in (op, partner) if o is not None]
    actions = [o.action for o in pair if o.action]

    def fits(call: Call) -> bool:
        if offers is not None:
            return any(offers(call, o) for o in pair)
        return not actions or any(call.allows(a) for a in actions)

    selected = next((c for c in calls if c.call_id == selected_call_id), None)
    if selected is not None and fits(selected):
        return selected
    candidates = [c for c in calls if fits(c)]
    for status in op.prefers:
        for call in candidates:
            if call.status == status:
                return call
    return candidates[0] if candidates else None


def words_for(capability: str) -> str:
    """How a capability is named in a sentence ("<System> has no hold: …")."""
    op = BY_NAME.get(capability)
    if op is not None:
        return op.words
    return next((o.words for o in OPERATIONS if o.needs == capability), capability)


__all__ = [
    "BY_FLAG",
    "BY_NAME",
    "CAPABILITY_NAMES",
    "MENU_GROUPS",
    "OPERATIONS",
    "RECORDING_STEPS",
    "SHORTCUT_OPERATIONS",
    "TRANSFER_KINDS",
    "TRANSFER_VARIANTS",
    "TO_DESTINATION",
    "CallOperation",
    "UnknownOperation",
    "operation",
    "shortcut_target",
    "words_for",
]
