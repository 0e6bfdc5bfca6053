"""Dstny diversion readers (``wire.diversion``): any bytes or decoded value → a value of the right
type, or :class:`MalformedResponse`; nothing else.

The examples below are copied from the vendor's reference (Dstny Core API reference, "Diversion API"
and "Activity Diversion Mapping API"), trimmed; they seed the generated and mutated inputs.
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

from cti_desktop.core.forwarding import ActivityForwarding
from cti_desktop.providers.dstny import wire
from common import ReaderFamily, reader_properties
from hostile import hostile_text, mutated, mutated_bytes

# Dstny Core API reference, Diversion API: "Retrieves a user's diversion rules."
RULES = {"user": {"domain": "example.com", "userid": "albo"}, "userDiversionLineRules": [
    {"lineNumber": "+123460000", "lineOrderType": "PRIMARY", "lineType": "OFFICE_FIXED", "userDiversionRules": [
        {"diversionRoutingRulesType": "CFWD_ALL"},
        {"phoneNumber": "+12345679", "diversionRoutingRulesType": "CFWD_ON_BUSY"},
        {"phoneNumber": "+12345678", "diversionRoutingRulesType": "CFWD_NO_ANSWER"}]},
    {"lineNumber": "+123467890", "lineOrderType": "SECONDARY", "lineType": "OFFICE_MOBILE", "userDiversionRules": [
        {"diversionRoutingRulesType": "CFWD_ALL"},
        {"phoneNumber": "+12345678", "diversionRoutingRulesType": "CFWD_NO_ANSWER"}]}]}
# "Retrieves a user's diversion rules for a specific line order and rule type."
RULE = {"lineOrderType": "PRIMARY", "phoneNumber": "+12345678", "diversionRoutingRulesType": "CFWD_NO_ANSWER"}
# "Retrieves a user's active diversion number."
NUMBER = {"diversion-number": "+14423455"}
# Activity Diversion Mapping API: "Get all activity diversions for a user." and one activity.
MAPPING = {"diversion-mapping": [{"activityId": "busy", "phoneNumber": "+12345678"},
                                 {"activityId": "lunch", "phoneNumber": "+12345679"}]}
ONE_MAPPING = {"activityId": "lunch", "phoneNumber": "+12345679"}

EXAMPLES = (RULES, RULE, NUMBER, MAPPING, ONE_MAPPING)
READERS = {
    wire.parse_diversion_rules: list,
    wire.parse_diversion_rule: wire.DiversionRule,
    wire.parse_diversion_number: str,
    wire.parse_activity_diversions: list,
    wire.parse_activity_diversion: ActivityForwarding,
}
KEYS = sorted({"user", "domain", "userid", "userDiversionLineRules", "lineNumber", "lineOrderType", "lineType",
               "userDiversionRules", "phoneNumber", "diversionRoutingRulesType", "diversion-number",
               "diversion-mapping", "activityId"})
leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from([10**400, 2**63]),
                   st.floats(allow_nan=True, allow_infinity=True), hostile_text,
                   st.sampled_from(["PRIMARY", "CFWD_ALL", "NONE", "+46701234567", "tel:+4612;x=y", ""]))
values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.one_of(st.sampled_from(KEYS), hostile_text), inner, max_size=6),
                      max_leaves=25)
mutated_examples = mutated(EXAMPLES, values)
FAMILY = ReaderFamily(READERS, wire.MalformedResponse, decode=wire.parse_json, message=wire.UNREADABLE)
test_any_decoded_value, test_any_body = reader_properties(
    FAMILY, values=st.one_of(values, mutated_examples),
    bodies=st.one_of(mutated_bytes([json.dumps(e).encode() for e in EXAMPLES]),
                     mutated_examples.map(lambda v: json.dumps(v, default=str).encode("utf-8", "surrogatepass"))))


def test_the_reference_examples_read():
    lines = wire.parse_diversion_rules(RULES)
    assert [(l.line_order, l.line_number, l.line_type) for l in lines] == [
        ("PRIMARY", "+123460000", "OFFICE_FIXED"), ("SECONDARY", "+123467890", "OFFICE_MOBILE")]
    assert lines[0].rule("CFWD_ALL").number == "" and lines[0].rule("CFWD_ON_BUSY").number == "+12345679"
    assert wire.parse_diversion_rule(RULE) == wire.DiversionRule("CFWD_NO_ANSWER", "+12345678", "PRIMARY")
    assert wire.parse_diversion_number(NUMBER) == "+14423455"
    assert wire.parse_diversion_number(None) == "" and wire.parse_diversion_number({}) == ""
    assert wire.parse_activity_diversions(MAPPING) == [ActivityForwarding("busy", "+12345678"),
                                                       ActivityForwarding("lunch", "+12345679")]
    assert wire.parse_activity_diversion(ONE_MAPPING) == ActivityForwarding("lunch", "+12345679")


def test_wrong_shapes_are_refused():
    for parse, value in ((wire.parse_diversion_rules, 5), (wire.parse_diversion_rule, {"phoneNumber": "+1"}),
                         (wire.parse_diversion_number, {"diversion-number": ["+1"]}),
                         (wire.parse_activity_diversion, {"phoneNumber": "+1"}), (wire.parse_activity_diversions, 3.5)):
        try:
            parse(value)
        except wire.MalformedResponse:
            continue
        raise AssertionError(f"{parse.__name__} accepted {value!r}")
