"""Users and their numbers (DIDs).

Part of :mod:`cti_desktop.providers.voxloud.wire`, which re-exports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ....core.models import Line
from ...wire_common import to_str as _str
from .base import MalformedResponse


@dataclass(frozen=True, slots=True)
class Did:
    number: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class VoxloudUser:
    """A PBX user (extension) and the outbound caller IDs it may use."""

    id: str
    first_name: str = ""
    last_name: str = ""
    extension: str = ""
    outbound_did: Did | None = None
    available_dids: tuple[Did, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.extension or self.id

    def lines(self) -> list[Line]:
        """The caller IDs as core lines; the one currently selected is ``active``."""
        dids = list(self.available_dids)
        if self.outbound_did is not None and all(d.number != self.outbound_did.number for d in dids):
            dids.insert(0, self.outbound_did)
        current = self.outbound_did.number if self.outbound_did else ""
        return [Line(type="DID", number=d.number, name=d.label, active=d.number == current) for d in dids]


def _did(value: Any) -> Did | None:
    if not isinstance(value, dict):
        return None
    number = _str(value.get("number"))
    return Did(number, _str(value.get("label"))) if number else None


def parse_users(value: Any) -> list[VoxloudUser]:
    """``GET /v2/users``: a list (or ``{data: [...]}``); users without an id are skipped."""
    if isinstance(value, dict) and isinstance(value.get("data"), list):
        value = value["data"]
    if not isinstance(value, list):
        raise MalformedResponse("users: expected a list")
    users = []
    for item in value:
        if not isinstance(item, dict) or not _str(item.get("id")):
            continue
        cli = item.get("outbound_cli") if isinstance(item.get("outbound_cli"), dict) else {}
        raw_dids = cli.get("available_dids")
        available = tuple(d for d in (_did(v) for v in raw_dids) if d) if isinstance(raw_dids, list) else ()
        users.append(
            VoxloudUser(
                id=_str(item.get("id")),
                first_name=_str(item.get("first_name")),
                last_name=_str(item.get("last_name")),
                extension=_str(item.get("extension_number")),
                outbound_did=_did(cli.get("outbound_did")),
                available_dids=available,
            )
        )
    return users
