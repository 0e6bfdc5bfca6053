"""The headless commands' output: one JSON object per line on stdout, and the exit statuses."""

from __future__ import annotations

import json
import sys
from typing import Any

from cti_desktop.core.connection import ConnectionStatus
from cti_desktop.core.models import Call

__all__ = ["EXIT_ERROR", "EXIT_STALE", "EXIT_USAGE", "call_json", "connection_json", "emit"]

from .exit_codes import EXIT_ERROR, EXIT_STALE, EXIT_USAGE  # noqa: E402 - importable from here too


def call_json(call: Call, change: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "call"}
    if change:
        data["change"] = change
    data.update(
        callId=call.call_id,
        status=call.status,
        remote={"number": call.remote.number, "name": call.remote.name, "displayNumber": call.remote.display_number},
        inbound=call.inbound,
        actions=list(call.action_names),
        stateToken=call.state_token,
        via=call.history.via if call.history else "",
        muted=call.muted,
        recording=call.recording,
        conference=call.conference,
        devices=list(call.device_ids),
    )
    if call.event:
        data["event"] = call.event
    return data


def connection_json(status: ConnectionStatus) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "connection", "state": status.state.value}
    if status.reason:
        data["reason"] = status.reason
    age = status.age()
    if status.state.value == "stale" and age is not None:
        data["ageSeconds"] = round(age, 1)
    if status.retry_in is not None:
        data["retryIn"] = round(status.retry_in, 2)
    return data


def emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()

