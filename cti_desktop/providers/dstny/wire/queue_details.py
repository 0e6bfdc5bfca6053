"""One ACD/ACD Light/Attendant group as ``acd.group`` returns it: the queue details dialog's data.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. The reference's body is
``{id, domain, name, type, loggedIn, nightMode, agents: [{firstName, lastName, activity, skillLevel,
isLoggedIn, isAvailable}], roles: [{type}], statistic: {numberOfLoggedInAgents, numberOfFreeAgents,
numberOfCallsInQueue}, allowUsingFunctionNumber, distributionType, phoneNumber}``; its older
example spells ``isLoggedIn``/``isNightMode``/``isAllowUsingFunctionNumber`` and agents as
``{name, number, userId}``: both are read. ``statistic`` is absent when ``ignoreStatistics`` was
asked. Anything that is not a group object with an id raises :class:`MalformedResponse`.
"""

from __future__ import annotations

from typing import Any

from ....core.queue_reads import QueueAgent, QueueDetails
from ...wire_common import to_int as _int
from ...wire_common import to_str as _str
from .base import MalformedResponse, _dict, _first, _list, _opt_bool, _opt_dict, number_from_uri

__all__ = ["parse_queue_agent", "parse_queue_details"]


def parse_queue_agent(value: Any) -> QueueAgent:
    d = _dict(value, "agent")
    name = _str(d.get("name")).strip()
    if not name:
        name = " ".join(p for p in (_str(d.get("firstName")).strip(), _str(d.get("lastName")).strip()) if p)
    if not name:
        name = _str(_first(d, "userId", "number")).strip()
    skill = d.get("skillLevel")
    return QueueAgent(
        name=name,
        activity=_str(d.get("activity")).strip(),
        logged_in=bool(_opt_bool(_first(d, "isLoggedIn", "loggedIn"))),
        available=bool(_opt_bool(_first(d, "isAvailable", "available"))),
        skill_level=None if skill is None or isinstance(skill, bool) or _str(skill).strip() == ""
        else max(0, _int(skill)),
    )


def _count(stat: dict[str, Any], key: str) -> int | None:
    return max(0, _int(stat[key])) if stat.get(key) is not None else None


def parse_queue_details(value: Any) -> QueueDetails:
    d = _dict(value, "group")
    gid = _str(d.get("id")).strip()
    if not gid:
        raise MalformedResponse("group: no id")
    stat = _opt_dict(d.get("statistic"))
    roles = []
    for role in _list(d.get("roles"), "roles"):
        text = _str(role.get("type") if isinstance(role, dict) else role).strip().upper()
        if text:
            roles.append(text)
    return QueueDetails(
        id=gid,
        domain=_str(d.get("domain")).strip(),
        name=_str(d.get("name")).strip(),
        type=_str(d.get("type")).strip().upper(),
        logged_in=bool(_opt_bool(_first(d, "loggedIn", "isLoggedIn"))),
        night_mode=bool(_opt_bool(_first(d, "nightMode", "isNightMode"))),
        phone_number=number_from_uri(d.get("phoneNumber")),
        distribution_type=_str(d.get("distributionType")).strip().upper(),
        function_number_allowed=_opt_bool(_first(d, "allowUsingFunctionNumber", "isAllowUsingFunctionNumber")),
        roles=tuple(roles),
        agents=tuple(parse_queue_agent(a) for a in _list(d.get("agents"), "agents")),
        logged_in_agents=_count(stat, "numberOfLoggedInAgents"),
        free_agents=_count(stat, "numberOfFreeAgents"),
        calls_waiting=_count(stat, "numberOfCallsInQueue"),
    )
