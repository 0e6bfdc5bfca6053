"""Distribution/ACD groups, queue statistics and the group call log.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

from typing import Any

from ....core.models import Group, GroupCallLogItem, QueueStats
from ...wire_common import to_int as _int
from ...wire_common import to_str as _str
from .base import _dict, _opt_dict, _list, _items, _bool, _first, parse_datetime, number_from_uri


def parse_group(value: Any) -> Group:
    """A distribution group (``{id,domain,name,type,loggedIn,…}``) or a legacy ACD group."""
    d = _dict(value, "group")
    stat = _opt_dict(d.get("statistic"))
    return Group(
        id=_str(d.get("id")),
        domain=_str(d.get("domain")),
        name=_str(d.get("name")),
        type=_str(d.get("type")),
        logged_in=_bool(_first(d, "loggedIn", "isLoggedIn")),
        night_mode=_bool(_first(d, "nightMode", "isNightMode")),
        logged_in_agents=_int(_first(d, "loggedInAgents") if "loggedInAgents" in d else stat.get("numberOfLoggedInAgents")),
        free_agents=_int(_first(d, "freeAgents") if "freeAgents" in d else stat.get("numberOfFreeAgents")),
        calls_waiting=_int(_first(d, "callsWaiting") if "callsWaiting" in d else stat.get("numberOfCallsInQueue")),
    )


def parse_groups(value: Any) -> list[Group]:
    """``{"group":[…]}`` from the distribution-groups API."""
    return [parse_group(g) for g in _items(value, "group", "groups") if isinstance(g, dict)]


def parse_acd_group(value: Any) -> Group:
    return parse_group(value)


def parse_acd_groups(value: Any) -> list[Group]:
    """``{"groups":[…statistic…]}`` from the legacy ACD/attendant-group API."""
    return [parse_group(g) for g in _items(value, "groups", "ACD groups") if isinstance(g, dict)]


def _presence_counts(value: Any) -> tuple[tuple[str, int], ...]:
    out = []
    for p in _list(value, "current-agent-presence"):
        if isinstance(p, dict):
            name = _str(p.get("name"))
            if name:
                out.append((name, max(0, _int(p.get("count")))))
    return tuple(out)


def parse_queue_stat(value: Any) -> QueueStats:
    d = _dict(value, "QueueStat")

    def n(key: str) -> int:
        return max(0, _int(d.get(key)))

    return QueueStats(
        id=_str(d.get("id")),
        domain=_str(d.get("domain")),
        name=_str(d.get("name")),
        number=_str(d.get("number")),
        queue_length=n("queueLength"),
        available_agents=n("availableAgents"),
        logged_in_agents=n("loggedInAgents"),
        longest_waiting=n("longestWaiting"),
        last_wait=n("lastWait"),
        average_wait=n("averageWait"),
        answered_period=n("answeredCallsForPeriod"),
        dropped_period=n("droppedCallsForPeriod"),
        total_period=n("totalCallsForPeriod"),
        answered_24h=n("answeredCallsLast24h"),
        dropped_24h=n("droppedCallsLast24h"),
        total_24h=n("totalCallsLast24h"),
        agent_presence=_presence_counts(_first(d, "current-agent-presence", "currentAgentPresence")),
    )


def parse_queue_stats_json(value: Any) -> list[QueueStats]:
    """``{"queue":[QueueStat…]}``, a bare list, or one ``QueueStat`` → statistics."""
    if isinstance(value, dict) and "queue" not in value and ("id" in value or "queueLength" in value):
        return [parse_queue_stat(value)]
    return [parse_queue_stat(q) for q in _items(value, "queue", "queue statistics") if isinstance(q, dict)]


def parse_group_call_log_item(value: Any) -> GroupCallLogItem:
    d = _dict(value, "callLogItem")
    agent = d.get("agent")
    handled = _opt_dict(d.get("handledStatus"))
    handled_agent = handled.get("agent")

    def who(a: Any) -> str:
        if isinstance(a, dict):
            return _str(_first(a, "name", "userId", "number"))
        return _str(a)

    return GroupCallLogItem(
        item_id=_str(d.get("itemId")),
        group_id=_str(d.get("groupId")),
        item_type=_str(d.get("itemType")).upper(),
        caller_number=number_from_uri(d.get("callerNumber")),
        callback_number=number_from_uri(d.get("callbackToNumber")),
        start_time=parse_datetime(d.get("startTime")),
        call_duration=max(0, _int(d.get("callDuration"))),
        queue_duration=max(0, _int(d.get("queueDuration"))),
        call_count=max(1, _int(d.get("callCount"), 1)),
        agent=who(agent),
        handled_state=_str(_first(handled, "state") or d.get("state")).upper(),
        handled_by=who(handled_agent),
        handled_note=_str(_first(handled, "note") or d.get("note")),
        forward_reason=_str(d.get("forwardReason")),
    )


def parse_group_call_log(value: Any) -> list[GroupCallLogItem]:
    """``{"callLogItem":[…], "generatedAt", …}`` → items."""
    return [parse_group_call_log_item(i) for i in _items(value, "callLogItem", "group call log") if isinstance(i, dict)]
