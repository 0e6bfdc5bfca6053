"""Every JSON example of the vendor's reference page parses, and the wire parsers read them.

The reference (the vendor's ``dstny-core-api-reference.txt``) is a redoc dump: JSON examples are
written with ``- `` list markers (``{- "key": value,`` … ``}, - {``). We strip those markers (outside
strings) to get JSON. The vendor's page has a few examples with a trailing comma before ``}``; those
commas are dropped too (counted separately, so a change in the dump is noticed). The examples are
kept in ``data/dstny_reference_examples.json`` (made by ``tools/extract_dstny_examples.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cti_desktop.core.models import CallStatus
from cti_desktop.providers.dstny import wire
from support import strip_redoc_markers as strip_markers

#: The examples, extracted from the vendor's reference by ``tools/extract_dstny_examples.py``.
DATA = Path(__file__).resolve().parent / "data" / "dstny_reference_examples.json"

def drop_trailing_commas(text: str) -> tuple[str, int]:
    out: list[str] = []
    in_str = esc = False
    dropped = 0
    for ch in text:
        if in_str:
            out.append(ch)
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        if ch in "}]":
            k = len(out) - 1
            while k >= 0 and out[k].isspace():
                k -= 1
            if k >= 0 and out[k] == ",":
                del out[k]
                dropped += 1
        out.append(ch)
    return "".join(out), dropped


def to_json(raw: str) -> tuple[object, int]:
    text, dropped = drop_trailing_commas(strip_markers(raw))
    return json.loads(text), dropped


EXAMPLES = [(e["line"], e["raw"]) for e in json.loads(DATA.read_text(encoding="utf-8"))["examples"]]


def test_example_count():
    # The dump holds 203 JSON examples (request and response bodies, many repeated per operation).
    assert len(EXAMPLES) >= 100
    assert len(EXAMPLES) == 203


def test_only_the_known_examples_need_trailing_commas_dropped():
    fixed = [line for line, raw in EXAMPLES if to_json(raw)[1]]
    assert fixed == [5244, 5316, 6103, 6173]  # the vCard "Description" examples: "parseType": "Resource",}


@pytest.mark.parametrize(("line", "raw"), EXAMPLES, ids=[f"line{n}" for n, _ in EXAMPLES])
def test_every_example_is_json(line, raw):
    value, _ = to_json(raw)
    assert isinstance(value, (dict, list))


# ----------------------------------------------------------------------------------------------
# Classify by keys and feed the matching parser


def classify(value: object) -> str | None:
    if isinstance(value, list):
        if value and isinstance(value[0], dict) and "deviceId" in value[0]:
            return "devices"
        return None
    assert isinstance(value, dict)
    keys = set(value)
    if "generated-id" in keys or (
        isinstance(value.get("field"), list) and value["field"] and isinstance(value["field"][0], dict) and "fieldName" in value["field"][0]
    ):
        return "error"
    if "fullState" in keys and "calls" in keys:
        return "snapshot"
    if "callId" in keys and "stateToken" in keys:
        return "call"
    if "groups" in keys:
        return "acd_groups"
    if "group" in keys and isinstance(value["group"], list):
        return "groups"
    if "statistic" in keys and "id" in keys:
        return "acd_group"
    if "queue" in keys or "queueLength" in keys:
        return "queue_stats"
    if "callLogItem" in keys:
        return "group_call_log"
    if "itemId" in keys and "groupId" in keys:
        return "group_call_log_item"
    if "historyItems" in keys:
        return "commlog"
    if "contact" in keys:
        return "contacts"
    if "firstname" in keys and "contactStatus" in keys and "presence" in keys:
        return "contact"
    if "activity" in keys and ("idle" in keys or "available" in keys) and not isinstance(value["activity"], list):
        return "presence"
    if keys == {"activity"} and isinstance(value["activity"], list):
        return "activities"
    if keys == {"role"}:
        return "roles"
    if keys == {"answerplace"}:
        return "answer_places"
    if keys == {"line"}:
        return "lines"
    if "presenceShortcut" in keys:
        return "shortcuts"
    if "token" in keys and "allowedApis" in keys:
        return "ticket"
    return None


PARSERS = {
    "error": wire.parse_error_body,
    "snapshot": wire.parse_call_snapshot,
    "call": wire.parse_call_state,
    "acd_groups": wire.parse_acd_groups,
    "groups": wire.parse_groups,
    "acd_group": wire.parse_acd_group,
    "queue_stats": wire.parse_queue_stats_json,
    "group_call_log": wire.parse_group_call_log,
    "group_call_log_item": wire.parse_group_call_log_item,
    "commlog": wire.parse_commlog,
    "contacts": wire.parse_contacts,
    "contact": wire.parse_contact,
    "presence": wire.parse_presence,
    "activities": wire.parse_activities,
    "roles": wire.parse_roles,
    "answer_places": wire.parse_answer_places,
    "lines": wire.parse_lines,
    "devices": wire.parse_devices,
    "shortcuts": wire.parse_presence_shortcuts,
    "ticket": wire.parse_ticket,
}

CLASSIFIED = [(line, kind, value) for line, raw in EXAMPLES if (kind := classify(value := to_json(raw)[0]))]


def test_classification_finds_every_kind():
    kinds = {kind for _, kind, _ in CLASSIFIED}
    assert kinds == set(PARSERS)
    calls = [line for line, kind, _ in CLASSIFIED if kind == "call"]
    assert len(calls) >= 30  # every command answers with a CallState


@pytest.mark.parametrize(("line", "kind", "value"), CLASSIFIED, ids=[f"line{n}-{k}" for n, k, _ in CLASSIFIED])
def test_every_classified_example_parses(line, kind, value):
    result = PARSERS[kind](value)
    if kind == "call":
        assert result.call_id == value["callId"]
        assert result.state_token == int(value["stateToken"])
        assert result.status == value["status"]
        if "telUri" in value.get("remoteParty", {}):
            assert not result.remote.number.startswith("tel:")
        for action in value.get("actions", []) if isinstance(value.get("actions"), list) else []:
            assert result.allows(action["action"])
    elif kind == "error":
        assert result  # description or code
    elif kind in ("snapshot", "acd_groups", "groups", "queue_stats", "group_call_log", "commlog", "contacts",
                  "activities", "roles", "answer_places", "lines", "devices", "shortcuts"):
        assert len(result) >= 1


def _example(kind: str, pred=lambda v: True):
    for _line, k, value in CLASSIFIED:
        if k == kind and pred(value):
            return value
    raise AssertionError(f"no {kind} example")


def test_snapshot_held_call_key_fields():
    calls = wire.parse_call_snapshot(_example("snapshot", lambda v: v["calls"][0]["status"] == "HELD"))
    (call,) = calls
    assert call.state_token == 487345453
    assert call.status == CallStatus.HELD
    assert call.call_id == "aaa111bbb"
    assert call.remote.number == "+46277464"
    assert call.remote.name == "Bob Bobson"
    assert call.remote.display_number == "7464"
    assert call.allows("RESUME") and call.allows("TRANSFER") and not call.allows("HOLD")
    assert call.device_ids == ("+1555555",)


def test_conference_call_with_history_info():
    call = wire.parse_call_state(_example("call", lambda v: v.get("event") == "PARTICIPANT_ADDED"))
    assert call.conference and call.inbound
    assert call.remote.kind == "SERVICE_ID" and call.remote.number == "+46277100"
    first, second = call.participants
    assert first.party.name == "Adrian Hocksley"
    assert first.history.subject == "Main Switchboad number"
    assert first.history.previous_party.kind == "FUNCTION_NUMBER_ID"
    assert first.history.via == "Main Switchboad number"
    assert first.history.camp_on
    assert second.history is None
    assert call.recording == "EXTERNAL"
    assert call.action_names == ("MOVE", "HOLD", "SAVE_REC", "PAUSE_REC")


def test_vendor_example_with_stringified_lists():
    # The reference writes deviceIds/actions of the full CallState as unquoted strings.
    value = _example("call", lambda v: isinstance(v.get("actions"), str))
    call = wire.parse_call_state(value)
    assert call.device_ids == ("+1555555",)
    assert call.allows("ANSWER")
    assert call.devices_for("ANSWER") == ("+1555555",)
    assert call.event == "FAILED" and call.event_description.startswith("Call setup failed")
    assert call.recording == "RECORDING" and call.recordable and call.muted
    assert call.history.acd_support  # "+134777": present means ACD support
    assert call.correlation_id.startswith("h4p91m")


def test_groups_and_acd_groups():
    (group,) = wire.parse_groups(_example("groups"))
    assert (group.id, group.domain, group.name, group.type) == ("35", "sampleorg.com", "customer_acd", "ACD")
    assert group.logged_in and not group.night_mode
    assert (group.logged_in_agents, group.free_agents, group.calls_waiting) == (4, 3, 1)
    acd = wire.parse_acd_groups(_example("acd_groups"))
    assert [g.id for g in acd] == ["21", "5", "25"]
    assert acd[1].logged_in and acd[2].logged_in_agents == 2 and acd[2].type == "ACD_LIGHT"
    legacy = wire.parse_acd_group(_example("acd_group", lambda v: "isLoggedIn" in v))
    assert legacy.logged_in and legacy.night_mode and legacy.calls_waiting == 3


def test_queue_stats():
    (q,) = wire.parse_queue_stats_json(_example("queue_stats", lambda v: "queue" in v))
    assert q.id == "67899" and q.name == "ACD_Taxi" and q.queue_length == 3
    assert (q.answered_period, q.dropped_period, q.total_period) == (41, 6, 60)
    assert (q.answered_24h, q.dropped_24h, q.total_24h) == (38, 4, 50)
    assert q.agent_presence == (("Available", 1),)
    (single,) = wire.parse_queue_stats_json(_example("queue_stats", lambda v: "queueLength" in v))
    assert single == q


def test_group_call_log():
    (item,) = wire.parse_group_call_log(_example("group_call_log"))
    assert item.item_id == "15" and item.group_id == "35" and item.item_type == "ANSWERED"
    assert item.caller_number == "+46887654321" and item.callback_number == "+46887654123"
    assert item.handled_state == "INPROGRESS" and item.handled_by == "Jane Doe"
    assert item.handled_note.startswith("Wants to be called back")
    assert item.start_time.year == 2018 and item.call_count == 35 and item.forward_reason == "NO_AGENTS"


def test_commlog():
    items = wire.parse_commlog(_example("commlog", lambda v: len(v["historyItems"]) == 3))
    assert [i.item_type for i in items] == ["INCOMING_CALL", "OUTGOING_CALL", "MISSED_CALL"]
    assert items[2].seen is False and items[0].seen is True
    assert items[0].remote.number == "+1555123001" and items[0].remote.name == "Jane Doe"
    assert items[0].duration == 145
    (vm,) = wire.parse_commlog(_example("commlog", lambda v: ".GroupInboxVoiceMailDTO" in v["historyItems"][0]))
    assert vm.item_type == "VOICEMAIL" and vm.item_id == "370"


def test_contacts_and_presence():
    (c,) = wire.parse_contacts(_example("contacts", lambda v: "contactEntryId" in v["contact"][0]))
    assert c.id == "Y29udGFjdElkQGV4YW1wbGUub3JnQGRpcmVjdG9yeQ"
    assert c.display_name == "Alice Alisson" and c.favourite and c.kind == "SHORTCUT"
    assert c.source == "dstny" and c.available is True and c.presence_activity == "1230040550060"
    single = wire.parse_contact(_example("contact", lambda v: "phonenumbers" in v))
    assert single.numbers == ("+46812345001", "+46456345001") and single.available is None
    p = wire.parse_presence(_example("presence", lambda v: "idle" in v and v.get("idle") is True))
    assert p.activity == "meeting" and p.available is False and p.idle and p.activity_expires.year == 2010


def test_config_lists_ticket_and_error():
    acts = wire.parse_activities(_example("activities"))
    assert [a.id for a in acts] == ["available", "lunch", "meeting"] and acts[0].default and not acts[1].available
    assert [r.name for r in wire.parse_roles(_example("roles"))] == ["Business", "Private", "Support"]
    (line,) = wire.parse_lines(_example("lines"))
    assert line.active and line.type == "OFFICE_FIXED" and line.group_id == "0"
    devices = wire.parse_devices(_example("devices", lambda v: len(v) == 2))
    assert devices[1].kind == "MOBILE" and devices[1].status == "ACTIVE"
    ticket = wire.parse_ticket(_example("ticket"))
    assert ticket.token == "2343.ZSDjndiJSDjksHj" and ticket.allowed_apis == ("CALLS",)
    assert "2343" not in repr(ticket)
    assert wire.parse_error_body(_example("error")) == "string"  # the reference's placeholder description
