"""Distribution groups (log in/out, the group call log), the legacy ACD/attendant groups and queue
statistics of :class:`~.client.DstnyClient`.
"""

from __future__ import annotations

import logging
from typing import Any, Sequence

from ...core.errors import NotFound, NotSupported
from ...core.models import Group, GroupCallLogItem, QueueStats
from ...core.queue_reads import QueueDetails
from . import wire
from .wire import MalformedResponse, query_flag

log = logging.getLogger("cti_desktop.providers.dstny")


class GroupOps:
    """Mixed into :class:`~.client.DstnyClient`; uses its request helpers."""

    _json: Any
    _send: Any

    # ------------------------------------------------------------------ distribution groups

    async def groups(self) -> list[Group]:
        return wire.parse_groups(await self._json("dg.groups"))

    async def _group_op(self, route: str, group: Group) -> None:
        # The reference lists grpid-domain as required ("If omitted, … the same as domain"): always sent.
        params = {"grpid-domain": group.domain or self.domain}
        await self._send(route, fields={"grp": group.id}, params=params, command=True)

    async def _group_login(self, route: str, action: str, group: Group) -> None:
        """The current operation (the Distribution Group API's log in/out of a user); when the server
        does not know it (404) or does not offer it (405/501), the deprecated ACD/attendant agent
        operation (``…/agents/{user@domain}?action=``), which older servers have."""
        try:
            await self._group_op(route, group)
        except (NotFound, NotSupported) as current:
            log.info("%s refused (%s); trying the deprecated ACD/attendant agent %s", route,
                     type(current).__name__, action)
            try:
                await self._acd_agent(group, action)
            except (NotFound, NotSupported):
                raise current from None

    async def login(self, group: Group) -> None:
        await self._group_login("dg.login", "login", group)

    async def logout(self, group: Group) -> None:
        await self._group_login("dg.logout", "logout", group)

    async def group_call_log(self, group: Group | None = None, *, item_types: Sequence[str] = (),
                             max_items: int | None = None, caller_number: str | None = None,
                             since: str | None = None, older_than: str | None = None) -> list[GroupCallLogItem]:
        params: list[tuple[str, str]] = [("itemType", t) for t in item_types]
        if max_items is not None:
            params.append(("limit", str(int(max_items))))  # the reference's name
        if caller_number:
            params.append(("callerNumber", caller_number))
        if since:
            params.append(("since", since))
        if older_than:
            params.append(("olderThan", older_than))
        if group is None:
            data = await self._json("dg.calllog", params=params or None)
        else:
            if group.domain:
                params.append(("groupDomain", group.domain))
            data = await self._json("dg.group_calllog", fields={"grp": group.id}, params=params or None)
        return wire.parse_group_call_log(data)

    async def assigned_call_log(self, group: Group | None = None) -> list[GroupCallLogItem]:
        if group is None:
            return wire.parse_group_call_log(await self._json("dg.assigned"))
        params = {"groupDomain": group.domain} if group.domain else None
        return wire.parse_group_call_log(await self._json("dg.group_assigned", fields={"grp": group.id}, params=params))

    async def set_call_log_state(self, item_id: str, state: str, note: str = "") -> GroupCallLogItem:
        state = state.strip().upper()
        data = await self._json("dg.assign", fields={"item": item_id}, body={"state": state, "note": note}, command=True)
        if isinstance(data, dict) and data.get("itemId") is not None:
            return wire.parse_group_call_log_item(data)
        return GroupCallLogItem(item_id=str(item_id), group_id="", item_type="", handled_state=state, handled_note=note)

    # ------------------------------------------------------------------ legacy ACD/attendant groups

    async def acd_groups(self, *, ignore_statistics: bool = False, ignore_agents: bool = False) -> list[Group]:
        params = {"ignoreStatistics": query_flag(ignore_statistics), "ignoreAgents": query_flag(ignore_agents)}
        return wire.parse_acd_groups(await self._json("acd.groups", params=params))

    async def queue_details(self, group: Group) -> QueueDetails:
        """One of my queues in full (``acd.group``: agents, roles, night mode, number, statistics),
        for the queues panel's "Details…" (core ``QueueDetailsReader``)."""
        data = await self._json("acd.group", fields={"group": group.id, "group_domain": group.domain or self.domain},
                                params={"ignoreStatistics": query_flag(False)})
        if data is None:
            raise MalformedResponse("Queue details: the server sent an empty answer")
        return wire.parse_queue_details(data)

    async def _acd_agent(self, group: Group, action: str) -> None:
        await self._send(
            "acd.agent",
            fields={"group": group.id, "group_domain": group.domain or self.domain, "agent": self.agent_address},
            params={"action": action},
            command=True,
        )

    async def acd_login(self, group: Group) -> None:
        """The deprecated ACD/attendant agent login (:meth:`login` uses it only as a fallback)."""
        await self._acd_agent(group, "login")

    async def acd_logout(self, group: Group) -> None:
        await self._acd_agent(group, "logout")

    # ------------------------------------------------------------------ queue statistics

    async def queue_stats(self, *, include_federation: bool = False) -> list[QueueStats]:
        """Statistics of the groups this user supervises."""
        return wire.parse_queue_stats_json(
            await self._json("qs.user", params={"includeFederation": query_flag(include_federation)})
        )

    async def organisation_queue_stats(self) -> list[QueueStats]:
        return wire.parse_queue_stats_json(await self._json("qs.organisation"))

    async def queue_stat(self, queue_id: str) -> QueueStats:
        stats = wire.parse_queue_stats_json(await self._json("qs.queue", fields={"queue": queue_id}))
        if not stats:
            raise NotFound("Queue statistics: the server does not know this queue")
        return stats[0]
