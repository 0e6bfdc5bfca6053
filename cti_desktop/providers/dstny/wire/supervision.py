"""The ACD/attendant groups' ``roles`` and ``agents``: who the person may supervise.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. The reference prints agents in
two shapes (``{name, number, userId}`` and ``{firstName, lastName, activity, skillLevel, isLoggedIn,
isAvailable}``) and the user's roles in the group as ``roles: [{type: AGENT}]``; both shapes are read,
and ``loggedIn``/``available``/``inCall`` without the ``is`` too. A role list of plain strings is
accepted. Anything not a group or agent object raises :class:`MalformedResponse`.
"""

from __future__ import annotations

from typing import Any

from ....core.supervision import SupervisedAgent, SupervisedGroup
from ...wire_common import to_str as _str
from .base import MalformedResponse, _dict, _first, _items, _list, _opt_bool, number_from_uri


def parse_group_agent(value: Any, group_domain: str = "") -> SupervisedAgent:
    d = _dict(value, "agent")
    name = _str(d.get("name")).strip()
    if not name:
        name = " ".join(p for p in (_str(d.get("firstName")).strip(), _str(d.get("lastName")).strip()) if p)
    user = _str(_first(d, "userId", "user", "id")).strip()
    domain = group_domain
    if "@" in user:
        user, _, domain = user.partition("@")
    return SupervisedAgent(
        user_id=user,
        name=name,
        number=number_from_uri(d.get("number")),
        domain=domain,
        logged_in=bool(_opt_bool(_first(d, "isLoggedIn", "loggedIn"))),
        available=_opt_bool(_first(d, "isAvailable", "available")),
        in_call=_opt_bool(_first(d, "inCall", "isInCall", "incall")),
    )


def _roles(value: Any) -> tuple[str, ...]:
    out = []
    for role in _list(value, "roles"):
        if isinstance(role, dict):
            role = role.get("type")
        text = _str(role).strip().upper()
        if text:
            out.append(text)
    return tuple(out)


def parse_supervised_group(value: Any) -> SupervisedGroup:
    d = _dict(value, "group")
    gid = _str(d.get("id")).strip()
    if not gid:
        raise MalformedResponse("group: no id")
    domain = _str(d.get("domain")).strip()
    return SupervisedGroup(
        id=gid,
        name=_str(d.get("name")).strip(),
        domain=domain,
        type=_str(d.get("type")).strip().upper(),
        roles=_roles(d.get("roles")),
        agents=tuple(parse_group_agent(a, domain) for a in _list(d.get("agents"), "agents")),
    )


def parse_supervised_groups(value: Any) -> list[SupervisedGroup]:
    """``{"groups":[…]}`` of the ACD/attendant-group API (or a bare list) → groups with roles and agents."""
    return [parse_supervised_group(g) for g in _items(value, "groups", "ACD groups")]
