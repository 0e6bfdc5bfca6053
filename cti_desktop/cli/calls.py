"""The call commands: ``dial`` a number, ``answer``, ``hangup``, ``hold`` or ``resume`` a call
(the obvious one unless a call id is given), each printing the server's answer as one JSON line."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from cti_desktop.accounts import VENDORS, missing_reason, vendor_name
from cti_desktop.core.call_operations import operation
from cti_desktop.core.commands import CallCommands
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import Call, CallAction, CallStatus
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Session

from .account import open_session
from .output import call_json, emit

__all__ = ["account_name", "caps_choose_device", "cmd_call_command"]


def _pick_call(calls: list[Call], args: argparse.Namespace, *, prefer: tuple[str, ...], action: str | None) -> Call:
    if args.call_id:
        for call in calls:
            if call.call_id == args.call_id:
                return call
        raise InvalidInput(f"There is no current call with id {args.call_id!r}")
    candidates = [c for c in calls if action is None or c.allows(action)]
    for status in prefer:
        for call in candidates:
            if call.status == status:
                return call
    if candidates:
        return candidates[0]
    raise InvalidInput("There is no call to do that to right now")


async def cmd_call_command(args: argparse.Namespace, secrets: SecretStore) -> int:
    session = await open_session(args, secrets)
    try:
        control = session.backend.call_control
        commands: CallCommands = session.commands  # type: ignore[assignment]
        if control is None or commands is None:
            raise InvalidInput(f"{account_name(session)} cannot control calls")
        if args.command == "dial":
            device = args.device or (await _default_device(control) if caps_choose_device(session) else None)
            call = await commands.make_call(args.target.dial, device_id=device)
            emit(call_json(call))
            return 0
        calls = await control.get_calls()
        op = operation(args.command)
        prefer = {
            "answer": (CallStatus.RINGING,),
            "hangup": (CallStatus.ACTIVE, CallStatus.HELD, CallStatus.RINGING, CallStatus.INITIATED),
            "hold": (CallStatus.ACTIVE,),
            "resume": (CallStatus.HELD,),
        }[args.command]
        caps = session.backend.capabilities
        if caps.call_control and not caps.can(op.needs):
            raise InvalidInput(missing_reason(session.backend.name, "call_control", what=f"{args.command} command"))
        call = _pick_call(calls, args, prefer=tuple(s.value for s in prefer), action=op.action)
        if args.state_token is not None:
            call = dataclasses.replace(call, state_token=_token(args.state_token))
        if args.command == "answer":
            devices = call.devices_for(CallAction.ANSWER.value)
            device = args.device or (devices[0] if devices else None)
            if not device:
                raise InvalidInput("The server named no device to answer this call on; use --device")
            result = await commands.run(op, call, device)
        else:
            result = await commands.run(op, call)
        emit(call_json(result) if isinstance(result, Call) else {"kind": "call", "callId": call.call_id, "status": "TERMINATED"})
        return 0
    finally:
        await session.aclose()


def account_name(session: Session) -> str:
    return vendor_name(session.backend.name)


def caps_choose_device(session: Session) -> bool:
    """The phone system calls from one of the person's devices (the default one unless ``--device``)."""
    spec = VENDORS.get(session.backend.name)
    return spec is not None and spec.dials_from_device


def _token(text: str) -> int | str:
    return int(text) if text.lstrip("-").isdigit() else text


async def _default_device(control: Any) -> str:
    devices = await control.devices()
    if not devices:
        raise InvalidInput("This user has no device to call from")
    for kind in ("SOFTPHONE", "DESKPHONE"):
        for device in devices:
            if device.kind.upper() == kind:
                return device.device_id
    return devices[0].device_id
