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

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

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

    def __getattribute__(self, name: str) -> Any:
        # The words are stored in English (marked for extraction in the table below) and read in
        # the agent's language: every reader of ``op.menu`` or ``op.what`` gets translated text.
        value = object.__getattribute__(self, name)
        if name in _WORD_FIELDS and value:
            return translate("CallOperations", value)
        return value

    @property
    def needs(self) -> str:
        """The capability a backend must declare for this operation."""
        return self.capability or self.name


#: The fields of :class:`CallOperation` that hold words shown to the agent.
_WORD_FIELDS = frozenset({"words", "what", "button", "button_name", "tip", "menu", "menu_active", "menu_tip"})


def _rec(step: str) -> Callable[..., Awaitable[Any]]:
    return lambda control, call: control.recording(call, step)


def _transfer_as(kind: str) -> Callable[..., Awaitable[Any]]:
    return lambda control, call, destination: control.transfer(call, destination, type=kind)


#: The Calls menu's submenus: their key (``CallOperation.menu_group``) → their title.
MENU_GROUPS: Mapping[str, str] = MappingProxyType({"transfer_as": QT_TRANSLATE_NOOP("CallOperations", "T&ransfer as"), "recording": QT_TRANSLATE_NOOP("CallOperations", "R&ecording")})

#: The transfer variants: what the transfer is sent as (the ``type`` of a transfer, besides the
#: plain one) → operation name, words, what, card flag, button, tooltip, and the menu entry and key.
#: Each needs the backend's ``transfer`` and is offered exactly where the server lets the call be
#: transferred.
_TRANSFER_VARIANTS = (
    ("transfer_to_voicemail", "VOICEMAIL", QT_TRANSLATE_NOOP("CallOperations", "transfer to voicemail"), QT_TRANSLATE_NOOP("CallOperations", "Transfer to voicemail"),
     "canTransferToVoicemail", QT_TRANSLATE_NOOP("CallOperations", "To voicemail"), QT_TRANSLATE_NOOP("CallOperations", "Send the caller straight to the destination's voicemail"),
     QT_TRANSLATE_NOOP("CallOperations", "Transfer to &voicemail…"), "Ctrl+Shift+V",
     QT_TRANSLATE_NOOP("CallOperations", "Transfer to voicemail: type or pick where to, then Enter")),
    ("transfer_camp_on", "CAMP_ON", QT_TRANSLATE_NOOP("CallOperations", "camp-on transfer"), QT_TRANSLATE_NOOP("CallOperations", "Camp-on transfer"), "canTransferCampOn",
     QT_TRANSLATE_NOOP("CallOperations", "Camp on"),
     QT_TRANSLATE_NOOP("CallOperations", "Transfer and wait: when the colleague is busy, the caller waits until they are free"),
     QT_TRANSLATE_NOOP("CallOperations", "&Camp-on transfer…"), "Ctrl+Shift+Q", QT_TRANSLATE_NOOP("CallOperations", "Camp-on transfer: type or pick where to, then Enter")),
    ("transfer_bypass_diversion", "DIVERSION_BYPASS", QT_TRANSLATE_NOOP("CallOperations", "transfer past diversion"), QT_TRANSLATE_NOOP("CallOperations", "Transfer past diversion"),
     "canTransferBypassDiversion", QT_TRANSLATE_NOOP("CallOperations", "Past diversion"),
     QT_TRANSLATE_NOOP("CallOperations", "Ring the colleague themselves, even when they have diverted their calls"),
     QT_TRANSLATE_NOOP("CallOperations", "Transfer past &diversion…"), "Ctrl+Shift+B",
     QT_TRANSLATE_NOOP("CallOperations", "Transfer past diversion: type or pick where to, then Enter")),
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
    CallOperation("make_call", lambda c, destination, **kw: c.make_call(destination, **kw), QT_TRANSLATE_NOOP("CallOperations", "dial"),
                  what=QT_TRANSLATE_NOOP("CallOperations", "Dial"), on_call=False),
    CallOperation("answer", lambda c, call, device_id: c.answer(call, device_id), QT_TRANSLATE_NOOP("CallOperations", "answering from the desktop"),
                  action=_R.ANSWER.value, what=QT_TRANSLATE_NOOP("CallOperations", "Answer"), flag="canAnswer", button=QT_TRANSLATE_NOOP("CallOperations", "Answer"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Answer"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Answer this call (on the chosen device)"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Answer"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Answer"), shortcut="Ctrl+Shift+A", menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Answer the ringing call"),
                  prefers=(_S.RINGING.value,)),
    CallOperation("hangup", lambda c, call: c.hangup(call), QT_TRANSLATE_NOOP("CallOperations", "hang up"),
                  what=QT_TRANSLATE_NOOP("CallOperations", "Hang up"), flag="canHangup", button=QT_TRANSLATE_NOOP("CallOperations", "Hang up"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Hang up"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "End this call (reject it while it rings)"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Hang up"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Hang up"), shortcut="Ctrl+Shift+H",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Hang up, reject or cancel the selected call"),
                  prefers=(_S.ACTIVE.value, _S.RINGING.value, _S.INITIATED.value, _S.HELD.value,)),
    CallOperation("hold", lambda c, call: c.hold(call), QT_TRANSLATE_NOOP("CallOperations", "hold"),
                  action=_R.HOLD.value, what=QT_TRANSLATE_NOOP("CallOperations", "Hold"), flag="canHold", button=QT_TRANSLATE_NOOP("CallOperations", "Hold"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Hold"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Put this call on hold"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "H&old / resume"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "H&old"), shortcut="Ctrl+Shift+O",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Put the selected call on hold, or resume it"), toggle="resume",
                  prefers=(_S.ACTIVE.value, _S.HELD.value,)),
    CallOperation("resume", lambda c, call: c.resume(call), QT_TRANSLATE_NOOP("CallOperations", "resume"),
                  action=_R.RESUME.value, what=QT_TRANSLATE_NOOP("CallOperations", "Resume"), flag="canResume", button=QT_TRANSLATE_NOOP("CallOperations", "Resume"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Resume"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Take this call off hold"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "Res&ume")),
    CallOperation("mute", lambda c, call: c.mute(call), QT_TRANSLATE_NOOP("CallOperations", "mute"),
                  action=_R.MUTE.value, what=QT_TRANSLATE_NOOP("CallOperations", "Mute"), flag="canMute", button=QT_TRANSLATE_NOOP("CallOperations", "Mute"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Mute"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Mute your microphone on this call"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Mute / unmute"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Mute"), shortcut="Ctrl+Shift+M",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Mute or unmute your microphone on the selected call"), toggle="unmute",
                  prefers=(_S.ACTIVE.value,)),
    CallOperation("unmute", lambda c, call: c.unmute(call), QT_TRANSLATE_NOOP("CallOperations", "unmute"),
                  action=_R.UNMUTE.value, what=QT_TRANSLATE_NOOP("CallOperations", "Unmute"), flag="canUnmute", button=QT_TRANSLATE_NOOP("CallOperations", "Unmute"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Unmute"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Unmute your microphone on this call"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "Un&mute")),
    CallOperation("dtmf", lambda c, call, digits: c.dtmf(call, digits), QT_TRANSLATE_NOOP("CallOperations", "keypad tones"),
                  what=QT_TRANSLATE_NOOP("CallOperations", "Keypad"), flag="canDtmf", button=QT_TRANSLATE_NOOP("CallOperations", "Keypad"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Keypad"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Send keypad tones (DTMF) on this call"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Keypad…"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Keypad…"), shortcut="Ctrl+Shift+K",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Open the keypad to send tones on the selected call"), prefers=(_S.ACTIVE.value,)),
    CallOperation("park", lambda c, call: c.park(call), QT_TRANSLATE_NOOP("CallOperations", "park"),
                  action=_R.PARK.value, what=QT_TRANSLATE_NOOP("CallOperations", "Park"), flag="canPark", button=QT_TRANSLATE_NOOP("CallOperations", "Park"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Park"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Park this call so that anyone can pick it up"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Park"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Park"), shortcut="Ctrl+Shift+P",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Park the selected call so that anyone can pick it up"), prefers=_TALKING),
    CallOperation("move", lambda c, call, device_id: c.move(call, device_id), QT_TRANSLATE_NOOP("CallOperations", "moving calls between devices"),
                  action=_R.MOVE.value, what=QT_TRANSLATE_NOOP("CallOperations", "Move"), flag="canMove", button=QT_TRANSLATE_NOOP("CallOperations", "Move"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Move"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Move this call to another of your devices"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "Mo&ve to another device…"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "Mo&ve to another device…"), shortcut="Ctrl+Shift+E",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Move the selected call to another of your devices (choose one when there are several)"),
                  prefers=_TALKING),
    CallOperation("transfer", lambda c, call, destination: c.transfer(call, destination), QT_TRANSLATE_NOOP("CallOperations", "transfer"),
                  action=_R.TRANSFER.value, what=QT_TRANSLATE_NOOP("CallOperations", "Transfer"), flag="canTransfer", button=QT_TRANSLATE_NOOP("CallOperations", "Transfer"),
                  button_name=QT_TRANSLATE_NOOP("CallOperations", "Transfer"), tip=QT_TRANSLATE_NOOP("CallOperations", "Blind transfer: pass the call on at once"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Transfer…"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Transfer…"), shortcut="Ctrl+Shift+T",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Type where to transfer the selected call"),
                  prefers=(_S.ACTIVE.value, _S.HELD.value,)),
    *(CallOperation(name, _transfer_as(kind), words, capability="transfer", action=_R.TRANSFER.value, what=what,
                    flag=flag, button=button, button_name=what, tip=tip, menu=menu, menu_active=menu,
                    shortcut=key, menu_tip=menu_tip, prefers=_TALKING,
                    menu_group="transfer_as")
      for name, kind, words, what, flag, button, tip, menu, key, menu_tip in _TRANSFER_VARIANTS),
    CallOperation("consultation", lambda c, call, destination: c.consultation(call, destination),
                  QT_TRANSLATE_NOOP("CallOperations", "consultation calls"), action=_R.TRANSFER.value, what=QT_TRANSLATE_NOOP("CallOperations", "Consult"), flag="canConsult",
                  button=QT_TRANSLATE_NOOP("CallOperations", "Consult"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Consult"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Call the destination first, keeping this caller on hold"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Consult…"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Consult…"), shortcut="Ctrl+Shift+C",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Type or pick whom to consult, then Enter: the selected call waits on hold"),
                  prefers=_TALKING),
    CallOperation("alternate", lambda c, call, target: c.alternate(call, target), QT_TRANSLATE_NOOP("CallOperations", "switching between calls"),
                  what=QT_TRANSLATE_NOOP("CallOperations", "Swap"), flag="canAlternate", button=QT_TRANSLATE_NOOP("CallOperations", "Swap"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Swap calls"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Hold the active call and take the other one"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Swap calls"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Swap calls"), shortcut="Ctrl+Shift+X",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Hold the active call and take the other one"), prefers=_TALKING),
    CallOperation("transfer_to_call", lambda c, call, target: c.transfer_to_call(call, target),
                  QT_TRANSLATE_NOOP("CallOperations", "attended transfer"), what=QT_TRANSLATE_NOOP("CallOperations", "Connect calls"), flag="canTransferToCall", button=QT_TRANSLATE_NOOP("CallOperations", "Connect"),
                  button_name=QT_TRANSLATE_NOOP("CallOperations", "Connect calls"), tip=QT_TRANSLATE_NOOP("CallOperations", "Attended transfer: connect this caller with your other call"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "Co&nnect calls"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "Co&nnect calls"), shortcut="Ctrl+Shift+N",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Attended transfer: connect the selected caller with your other call"), prefers=_TALKING),
    CallOperation("conference", lambda c, call, target: c.conference(call, target), QT_TRANSLATE_NOOP("CallOperations", "conference"),
                  what=QT_TRANSLATE_NOOP("CallOperations", "Conference"), flag="canConference", button=QT_TRANSLATE_NOOP("CallOperations", "Conference"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Conference"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Join this call and your other call"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "Con&ference"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "Con&ference"), shortcut="Ctrl+Shift+J",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Join the selected call and your other call in a conference"), prefers=_TALKING),
    CallOperation("leave_conference", lambda c, call: c.leave_conference(call), QT_TRANSLATE_NOOP("CallOperations", "conference"),
                  what=QT_TRANSLATE_NOOP("CallOperations", "Leave conference"), flag="canLeaveConference", button=QT_TRANSLATE_NOOP("CallOperations", "Leave"), button_name=QT_TRANSLATE_NOOP("CallOperations", "Leave conference"),
                  tip=QT_TRANSLATE_NOOP("CallOperations", "Leave the conference; the others stay connected"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Leave conference"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Leave conference"), shortcut="Ctrl+Shift+L",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Leave the conference; the others stay connected"), prefers=_TALKING),
    CallOperation("remove_participant", lambda c, call, participant_id: c.remove_participant(call, participant_id),
                  QT_TRANSLATE_NOOP("CallOperations", "conference"), what=QT_TRANSLATE_NOOP("CallOperations", "Remove participant"), flag="canRemoveParticipant"),
    CallOperation("pickup", lambda c, call_id, device_id: c.pickup(call_id, device_id), QT_TRANSLATE_NOOP("CallOperations", "call pickup"),
                  what=QT_TRANSLATE_NOOP("CallOperations", "Pick up"), on_call=False),
    CallOperation("recording", lambda c, call, step: c.recording(call, step), QT_TRANSLATE_NOOP("CallOperations", "recording control"),
                  what=QT_TRANSLATE_NOOP("CallOperations", "Recording")),
    CallOperation("start_recording", _rec("start"), QT_TRANSLATE_NOOP("CallOperations", "recording control"), capability="recording",
                  action=_R.START_REC.value, what=QT_TRANSLATE_NOOP("CallOperations", "Recording (start)"), flag="canStartRecording", button=QT_TRANSLATE_NOOP("CallOperations", "Record"),
                  button_name=QT_TRANSLATE_NOOP("CallOperations", "Start recording"), tip=QT_TRANSLATE_NOOP("CallOperations", "Start recording this call"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Start / stop recording"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Start recording"), shortcut="Ctrl+Shift+R",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Start recording the selected call, or stop the recording"), toggle="stop_recording",
                  prefers=_TALKING, menu_group="recording"),
    CallOperation("pause_recording", _rec("pause"), QT_TRANSLATE_NOOP("CallOperations", "recording control"), capability="recording",
                  action=_R.PAUSE_REC.value, what=QT_TRANSLATE_NOOP("CallOperations", "Recording (pause)"), flag="canPauseRecording",
                  button=QT_TRANSLATE_NOOP("CallOperations", "Pause rec."), button_name=QT_TRANSLATE_NOOP("CallOperations", "Pause recording"), tip=QT_TRANSLATE_NOOP("CallOperations", "Pause the recording"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Pause / resume recording"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Pause recording"), shortcut="Ctrl+Shift+I",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Pause the selected call's recording, or resume it"), toggle="resume_recording",
                  prefers=_TALKING, menu_group="recording"),
    CallOperation("resume_recording", _rec("resume"), QT_TRANSLATE_NOOP("CallOperations", "recording control"), capability="recording",
                  action=_R.RESUME_REC.value, what=QT_TRANSLATE_NOOP("CallOperations", "Recording (resume)"), flag="canResumeRecording",
                  button=QT_TRANSLATE_NOOP("CallOperations", "Resume rec."), button_name=QT_TRANSLATE_NOOP("CallOperations", "Resume recording"), tip=QT_TRANSLATE_NOOP("CallOperations", "Resume the recording"),
                  menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Resume recording")),
    CallOperation("stop_recording", _rec("stop"), QT_TRANSLATE_NOOP("CallOperations", "recording control"), capability="recording",
                  action=_R.STOP_REC.value, what=QT_TRANSLATE_NOOP("CallOperations", "Recording (stop)"), flag="canStopRecording", button=QT_TRANSLATE_NOOP("CallOperations", "Stop rec."),
                  button_name=QT_TRANSLATE_NOOP("CallOperations", "Stop recording"), tip=QT_TRANSLATE_NOOP("CallOperations", "Stop the recording"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "S&top recording")),
    CallOperation("save_recording", _rec("save"), QT_TRANSLATE_NOOP("CallOperations", "recording control"), capability="recording",
                  action=_R.SAVE_REC.value, what=QT_TRANSLATE_NOOP("CallOperations", "Recording (save)"), flag="canSaveRecording", button=QT_TRANSLATE_NOOP("CallOperations", "Save rec."),
                  button_name=QT_TRANSLATE_NOOP("CallOperations", "Save recording"), tip=QT_TRANSLATE_NOOP("CallOperations", "Keep the recording"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "Sa&ve recording"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "Sa&ve recording"), shortcut="Ctrl+Shift+Y",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Keep the stopped recording of the selected call"), menu_group="recording"),
    CallOperation("discard_recording", _rec("discard"), QT_TRANSLATE_NOOP("CallOperations", "recording control"), capability="recording",
                  action=_R.DISCARD_REC.value, what=QT_TRANSLATE_NOOP("CallOperations", "Recording (discard)"), flag="canDiscardRecording",
                  button=QT_TRANSLATE_NOOP("CallOperations", "Discard rec."), button_name=QT_TRANSLATE_NOOP("CallOperations", "Discard recording"), tip=QT_TRANSLATE_NOOP("CallOperations", "Throw the recording away"),
                  menu=QT_TRANSLATE_NOOP("CallOperations", "&Discard recording"), menu_active=QT_TRANSLATE_NOOP("CallOperations", "&Discard recording"), shortcut="Ctrl+Shift+D",
                  menu_tip=QT_TRANSLATE_NOOP("CallOperations", "Throw the stopped recording of the selected call away"), menu_group="recording"),
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
