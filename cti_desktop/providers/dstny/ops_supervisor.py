"""Supervisor calls on the Dstny Core API: listen in (``MONITOR``), whisper (``WHISPER``) and barge
in (``BARGE``) on an agent's active call.

The reference makes them an ordinary make-call from one of the supervisor's devices, with the
agent as ``destination`` ("A SIP or tel URI") and the mode as the call's ``type`` (the enum also has
``INTRUSION``, the older intrusion into a colleague's call, as the mode ``intrude``).
Who may supervise whom is the server's word: the ACD/attendant-group answer lists the person's
``roles`` in each group (``[{type: AGENT}]`` in the reference; ``SUPERVISOR`` is the role that
allows supervising, an assumption in the vendor's naming) and the group's ``agents``; the make-call
answer (or its refusal, in words) is the final say.
"""

from __future__ import annotations

from typing import Any

from ...core.errors import InvalidInput
from ...core.models import Call
from ...core.supervision import SupervisedAgent, SupervisedGroup, SupervisionMode
from . import wire

#: Each mode → the reference's make-call ``type``.
CALL_TYPES = {
    SupervisionMode.LISTEN: "MONITOR",
    SupervisionMode.WHISPER: "WHISPER",
    SupervisionMode.BARGE: "BARGE",
    SupervisionMode.INTRUDE: "INTRUSION",
}


class SupervisorOps:
    """Mixed into :class:`~.client.DstnyClient`."""

    domain: str
    _json: Any
    make_call: Any

    async def supervised_groups(self) -> list[SupervisedGroup]:
        """The person's ACD/attendant groups with their roles and agents (statistics left out)."""
        data = await self._json("acd.groups", params={"ignoreStatistics": "true", "ignoreAgents": "false"})
        return wire.parse_supervised_groups(data)

    def _agent_uri(self, agent: SupervisedAgent) -> str:
        if agent.user_id:
            return f"sip:{agent.user_id}@{agent.domain or self.domain}"
        if agent.number:
            return agent.number
        raise InvalidInput("The server named no user id or number for this agent")

    async def supervise(self, agent: SupervisedAgent, mode: SupervisionMode, *,
                        device_id: str | None = None) -> Call:
        try:
            call_type = CALL_TYPES[SupervisionMode(mode)]
        except (KeyError, ValueError):
            raise InvalidInput(f"Unknown way of supervising a call: {mode!r}") from None
        return await self.make_call(self._agent_uri(agent), device_id=device_id, call_type=call_type)
