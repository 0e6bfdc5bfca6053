"""Call forwarding on Dstny Core: the Diversion API and the Activity Diversion Mapping API.

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient` (its ``_json``/``_send`` helpers).
It implements :class:`~cti_desktop.core.capabilities.Forwarding`:

* "forward all my calls to N" is the ``CFWD_ALL`` rule of my PRIMARY line (set: PUT the rule; off:
  DELETE it). The reference also has an *active diversion number* (``{"diversion-number"}``), but
  no way to clear it: it is the diversion that follows the presence (a presence shortcut with
  ``applyDiversionNumber`` sets it, ``activityScoped`` clears it at the next activity change), so
  it is shown, never used as the on/off switch;
* the activity diversions (``{"diversion-mapping":[{activityId, phoneNumber}]}``) say where calls go
  while I am in an activity.

Every answer goes through the pure parsers of :mod:`.wire.diversion`; a body of the wrong shape is a
:class:`~.wire.MalformedResponse`. Nothing here is re-sent after a failure.
"""

from __future__ import annotations

from typing import Any, Mapping

from ...core.errors import InvalidInput, NotFound
from ...core.forwarding import ActivityForwarding, ForwardingState
from . import wire
from .wire import query_flag
from .wire.diversion import FORWARD_ALL, PRIMARY, DiversionLine, DiversionRule

__all__ = ["DIVERSION_FEATURES", "DiversionOps"]

#: What each route is for, in the words a 403/404/… message uses.
DIVERSION_FEATURES: Mapping[str, str] = {
    "div.rules": "Call forwarding",
    "div.rule": "Call forwarding",
    "div.rule_put": "Call forwarding change",
    "div.rule_delete": "Call forwarding change",
    "div.line_rules": "Call forwarding",
    "div.line_rules_delete": "Call forwarding change",
    "div.number": "Presence diversion",
    "div.number_put": "Presence diversion change",
    "adm.list": "Activity forwarding",
    "adm.get": "Activity forwarding",
    "adm.put": "Activity forwarding change",
    "adm.delete": "Activity forwarding change",
}



def _need_number(number: str) -> str:
    text = (number or "").strip()
    if not text:
        raise InvalidInput("Enter the number to forward your calls to")
    return text


class DiversionOps:
    """The Diversion and Activity Diversion Mapping operations of :class:`DstnyClient`."""

    _json: Any
    _send: Any
    #: How many conditional rules the last full read found (``None`` before one): a change of the
    #: forward-all rule leaves them as they were, so it reads back only that one rule.
    _conditional_rules: int | None = None

    # ------------------------------------------------------------------ diversion rules

    async def diversion_rules(self) -> list[DiversionLine]:
        return wire.parse_diversion_rules(await self._json("div.rules"))

    async def diversion_rule(self, rule_type: str = FORWARD_ALL, line_order: str = PRIMARY) -> DiversionRule:
        """One rule of one line; a rule the server does not know (404) is a rule not set."""
        try:
            data = await self._json("div.rule", fields={"line_order": line_order, "rule": rule_type})
        except NotFound:
            return DiversionRule(rule_type=rule_type, line_order=line_order)
        if data is None:
            return DiversionRule(rule_type=rule_type, line_order=line_order)
        return wire.parse_diversion_rule(data, line_order)

    async def set_diversion_rule(self, rule_type: str, number: str, line_order: str = PRIMARY) -> None:
        body = wire.diversion_rule_body(rule_type, _need_number(number), line_order)
        await self._send("div.rule_put", fields={"line_order": line_order, "rule": rule_type}, body=body,
                         command=True)

    async def delete_diversion_rule(self, rule_type: str, line_order: str = PRIMARY) -> None:
        """Remove a rule; one that is not set (404) is already what was asked for."""
        try:
            await self._send("div.rule_delete", fields={"line_order": line_order, "rule": rule_type}, command=True)
        except NotFound:
            pass

    async def line_diversion_rules(self, line_order: str = PRIMARY) -> DiversionLine | None:
        """The rules of one line (the reference's "for specified line order type")."""
        lines = wire.parse_diversion_rules(await self._json("div.line_rules", fields={"line_order": line_order}))
        return next((line for line in lines if line.line_order == line_order), lines[0] if lines else None)

    async def delete_line_diversion_rules(self, line_order: str = PRIMARY) -> None:
        """Remove every rule of one line; a line without rules (404) is already what was asked for."""
        try:
            await self._send("div.line_rules_delete", fields={"line_order": line_order}, command=True)
        except NotFound:
            pass

    # ------------------------------------------------------------------ active diversion number

    async def diversion_number(self) -> str:
        """The active diversion number ("" when none)."""
        try:
            return wire.parse_diversion_number(await self._json("div.number"))
        except NotFound:
            return ""

    async def set_diversion_number(self, number: str, *, activity_scoped: bool = False) -> str:
        """Set the active diversion number; ``activity_scoped``: cleared at the next activity change.

        ``phoneNumber`` and ``activityScoped`` are query parameters: the reference lists them as plain
        parameters and shows no request body (its JSON bodies always come with a sample).
        """
        params = {"phoneNumber": _need_number(number), "activityScoped": query_flag(activity_scoped)}
        data = await self._json("div.number_put", params=params, command=True)
        if data is None:
            return await self.diversion_number()
        return wire.parse_diversion_number(data)

    # ------------------------------------------------------------------ Forwarding (core protocol)

    async def forwarding(self) -> ForwardingState:
        lines = await self.diversion_rules()
        presence_number = await self.diversion_number()
        primary = next((line for line in lines if line.line_order == PRIMARY), lines[0] if lines else None)
        number = ""
        conditional = 0
        for line in lines:
            for rule in line.rules:
                if not rule.number:
                    continue
                if rule.rule_type == FORWARD_ALL and line is primary:
                    number = rule.number
                else:
                    conditional += 1
        self._conditional_rules = conditional
        return ForwardingState(number=number, presence_number=presence_number, conditional=conditional)

    async def _after_forward_all_change(self) -> ForwardingState:
        """The state after the forward-all rule changed: that one rule read back (``div.rule``) and
        the presence diversion; the conditional rules are those of the last full read (the change did
        not touch them; the next poll reads everything). Without a full read yet, everything."""
        conditional = self._conditional_rules
        if conditional is None:
            return await self.forwarding()
        rule = await self.diversion_rule(FORWARD_ALL, PRIMARY)
        presence_number = await self.diversion_number()
        return ForwardingState(number=rule.number, presence_number=presence_number, conditional=conditional)

    async def forward_all(self, number: str) -> ForwardingState:
        await self.set_diversion_rule(FORWARD_ALL, number, PRIMARY)
        return await self._after_forward_all_change()

    async def stop_forwarding(self) -> ForwardingState:
        await self.delete_diversion_rule(FORWARD_ALL, PRIMARY)
        return await self._after_forward_all_change()

    async def forwarding_rules(self) -> list[tuple[str, str]]:
        """The conditional rules of my main line that forward somewhere (forward-all is the header's)."""
        line = await self.line_diversion_rules(PRIMARY)
        return [(r.rule_type, r.number) for r in (line.rules if line else ()) if r.number and r.rule_type != FORWARD_ALL]

    async def clear_forwarding_rules(self) -> ForwardingState:
        """Turn every rule of my main line off (forward-all included)."""
        await self.delete_line_diversion_rules(PRIMARY)
        return await self.forwarding()

    async def divert_with_presence(self, number: str) -> ForwardingState:
        """A presence shortcut's diversion: the active diversion number, cleared at the next activity
        change (``activityScoped``), as the shortcut's diversion lasts as long as its presence."""
        await self.set_diversion_number(number, activity_scoped=True)
        return await self.forwarding()

    # ------------------------------------------------------------------ activity diversion mapping

    async def activity_forwarding(self) -> list[ActivityForwarding]:
        return wire.parse_activity_diversions(await self._json("adm.list"))

    async def activity_forwarding_of(self, activity_id: str) -> ActivityForwarding | None:
        try:
            data = await self._json("adm.get", fields={"activity": activity_id})
        except NotFound:
            return None
        if data is None:
            return None
        item = wire.parse_activity_diversion(data)
        return item if item.number else None

    async def set_activity_forwarding(self, activity_id: str, number: str) -> ActivityForwarding:
        if not (activity_id or "").strip():
            raise InvalidInput("Choose the activity whose calls should be forwarded")
        body = {"phoneNumber": _need_number(number)}  # the reference's request sample
        data = await self._json("adm.put", fields={"activity": activity_id}, body=body, command=True)
        if isinstance(data, dict) and data:
            return wire.parse_activity_diversion(data)
        return ActivityForwarding(activity_id=activity_id, number=body["phoneNumber"])

    async def clear_activity_forwarding(self, activity_id: str) -> None:
        try:
            await self._send("adm.delete", fields={"activity": activity_id}, command=True)
        except NotFound:
            pass
