"""The readers of the groups' roles and agents (who may be supervised): any value or bytes → groups
or agents, or MalformedResponse; nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.supervision import SupervisedAgent, SupervisedGroup
from cti_desktop.providers.dstny import wire
from hostile import BOUNDED, json_bytes, json_values, mutated_examples

READERS = {
    wire.parse_supervised_groups: list,
    wire.parse_supervised_group: SupervisedGroup,
    wire.parse_group_agent: SupervisedAgent,
}
readers = st.sampled_from(sorted(READERS, key=lambda f: f.__name__))


def _read(parse, value):
    try:
        result = parse(value)
    except wire.MalformedResponse as exc:
        assert exc.message == wire.UNREADABLE
        return
    assert isinstance(result, READERS[parse])
    if isinstance(result, list):
        assert all(isinstance(g, SupervisedGroup) for g in result)
        assert all(isinstance(a, SupervisedAgent) for g in result for a in g.agents)


@BOUNDED
@given(parse=readers, value=st.one_of(json_values("dstny"), mutated_examples("dstny")))
def test_any_decoded_value(parse, value):
    _read(parse, value)


@BOUNDED
@given(parse=readers, body=json_bytes("dstny"))
def test_any_body(parse, body):
    try:
        value = wire.parse_json(body)
    except wire.MalformedResponse:
        return
    _read(parse, value)


def test_the_references_groups_read():
    """The reference's ACD/attendant-group examples (roles [{type: AGENT}], both agent shapes)."""
    import json
    from pathlib import Path

    examples = json.loads((Path(__file__).resolve().parents[1] / "providers" / "dstny" / "data"
                           / "dstny_reference_examples.json").read_text(encoding="utf-8"))["examples"]
    first = next(e["raw"] for e in examples if '"isNightMode": true' in e["raw"] and '"userId": "jdoe"' in e["raw"])
    group = wire.parse_supervised_group(json.loads(_unmark(first)))
    assert group.roles == ("AGENT",) and not group.supervisor
    assert group.agents == (SupervisedAgent("jdoe", "Jane Doe", "+1555123445", "sampleorg.com"),)
    listing = next(e["raw"] for e in examples if e["raw"].startswith('{- "groups": ['))
    groups = wire.parse_supervised_groups(json.loads(_unmark(listing)))
    assert [g.id for g in groups] == ["21", "5", "25"]
    jane = groups[1].agents[0]
    assert (jane.name, jane.logged_in, jane.available, jane.in_call) == ("Jane Doe", True, True, None)


def _unmark(raw: str) -> str:
    """Redoc's '- ' list markers off (outside strings), as the seed-example tests do."""
    out, in_str, esc, last = [], False, False, ""
    i = 0
    while i < len(raw):
        ch = raw[i]
        if in_str:
            out.append(ch)
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str, last = False, '"'
            i += 1
            continue
        if ch == '"':
            in_str = True
        elif ch == "-" and last in ("", "{", "[", ",") and i + 1 < len(raw) and raw[i + 1] in " \n":
            i += 1
            continue
        out.append(ch)
        if not ch.isspace():
            last = ch
        i += 1
    return "".join(out)
