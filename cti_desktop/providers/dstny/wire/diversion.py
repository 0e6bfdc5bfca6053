"""Diversion (call forwarding) and activity diversion mapping: the Diversion API and the Activity
Diversion Mapping API of the reference.

* diversion rules — ``{"user":{domain,userid}, "userDiversionLineRules":[{lineNumber, lineOrderType
  (PRIMARY|SECONDARY), lineType, "userDiversionRules":[{phoneNumber?, diversionRoutingRulesType}]}]}``;
  a rule without ``phoneNumber`` is not set;
* one rule — ``{lineOrderType, phoneNumber, diversionRoutingRulesType}``;
* the active diversion number — ``{"diversion-number": "+14423455"}``;
* activity diversions — ``{"diversion-mapping":[{activityId, phoneNumber}]}``, one: ``{activityId, phoneNumber}``.

Every ``parse_*`` here returns a value or raises :class:`~.base.MalformedResponse`, for any decoded
JSON at all (``tests/property/test_dstny_diversion_parsers.py``). Rule types and line orders stay
open (an unknown value is kept as text); an entry of the wrong shape inside a list is skipped.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ....core.forwarding import ActivityForwarding
from ...wire_common import to_str as _str
from .base import MalformedResponse, _dict, _items, number_from_uri

#: The rule that takes every call ("forward all").
FORWARD_ALL = "CFWD_ALL"
#: The line the person's own number rings on.
PRIMARY = "PRIMARY"
#: The rule types of the reference (``diversionRuleType``), best known first.
RULE_TYPES = (
    "CFWD_ALL",
    "CFWD_ON_BUSY",
    "CFWD_ON_BUSY_IN_CALL",
    "CFWD_NO_ANSWER",
    "CFWD_UNREACHABLE",
    "CFWD_NO_ANSWER_OR_UNREACHABLE",
    "CFWD_ON_BUSY_OR_UNREACHABLE",
    "CFWD_ON_BUSY_IN_CALL_OR_UNREACHABLE",
)
LINE_ORDERS = ("PRIMARY", "SECONDARY")


@dataclass(frozen=True, slots=True)
class DiversionRule:
    rule_type: str
    number: str = ""  # "" when the rule is not set
    line_order: str = ""


@dataclass(frozen=True, slots=True)
class DiversionLine:
    line_number: str
    line_order: str
    line_type: str = ""
    rules: tuple[DiversionRule, ...] = ()

    def rule(self, rule_type: str) -> DiversionRule | None:
        return next((r for r in self.rules if r.rule_type == rule_type), None)


def _number(value: Any) -> str:
    return number_from_uri(_str(value))


def parse_diversion_rule(value: Any, line_order: str = "") -> DiversionRule:
    """``{lineOrderType?, phoneNumber?, diversionRoutingRulesType}`` → :class:`DiversionRule`."""
    d = _dict(value, "diversion rule")
    rule_type = _str(d.get("diversionRoutingRulesType") or d.get("diversionRuleType")).upper()
    if not rule_type:
        raise MalformedResponse("diversion rule without diversionRoutingRulesType")
    order = _str(d.get("lineOrderType")).upper() or line_order
    number = "" if rule_type == "NONE" else _number(d.get("phoneNumber"))
    return DiversionRule(rule_type=rule_type, number=number, line_order=order)


def parse_diversion_rules(value: Any) -> list[DiversionLine]:
    """The diversion rules of my lines (all of them, or those of one line order)."""
    lines = []
    for raw in _items(value, "userDiversionLineRules", "diversion rules"):
        if not isinstance(raw, dict):
            continue
        order = _str(raw.get("lineOrderType")).upper()
        rules = []
        for r in _items(raw.get("userDiversionRules"), "userDiversionRules", "diversion rules of a line"):
            if isinstance(r, dict):
                try:
                    rules.append(parse_diversion_rule(r, order))
                except MalformedResponse:
                    continue
        lines.append(DiversionLine(line_number=_number(raw.get("lineNumber")), line_order=order,
                                   line_type=_str(raw.get("lineType")), rules=tuple(rules)))
    return lines


def parse_diversion_number(value: Any) -> str:
    """``{"diversion-number": "+14423455"}`` → the number; ``""`` for none (an empty body, ``null``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _number(value)
    d = _dict(value, "diversion number")
    for key in ("diversion-number", "diversionNumber", "phoneNumber"):
        if key in d:
            raw = d[key]
            if isinstance(raw, (dict, list)):
                raise MalformedResponse("diversion number is not text")
            return _number(raw)
    return ""


def parse_activity_diversion(value: Any) -> ActivityForwarding:
    """``{activityId, phoneNumber}`` → :class:`~cti_desktop.core.forwarding.ActivityForwarding`."""
    d = _dict(value, "activity diversion")
    activity = _str(d.get("activityId"))
    if not activity:
        raise MalformedResponse("activity diversion without activityId")
    return ActivityForwarding(activity_id=activity, number=_number(d.get("phoneNumber")))


def parse_activity_diversions(value: Any) -> list[ActivityForwarding]:
    """``{"diversion-mapping":[…]}`` → the activities that forward, in the server's order (those
    without a number or an activity are left out)."""
    out = []
    for raw in _items(value, "diversion-mapping", "activity diversions"):
        if isinstance(raw, dict):
            try:
                item = parse_activity_diversion(raw)
            except MalformedResponse:
                continue
            if item.number:
                out.append(item)
    return out


def diversion_rule_body(rule_type: str, number: str, line_order: str = PRIMARY) -> dict[str, Any]:
    """The body of "set one rule": ``{lineOrderType, phoneNumber, diversionRoutingRulesType}``."""
    return {"lineOrderType": line_order, "phoneNumber": number, "diversionRoutingRulesType": rule_type}
