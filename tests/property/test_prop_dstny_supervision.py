"""The readers of the groups' roles and agents (who may be supervised): any value or bytes → groups
or agents, or MalformedResponse; nothing else."""

from __future__ import annotations

from hypothesis import strategies as st

from cti_desktop.core.supervision import SupervisedAgent, SupervisedGroup
from cti_desktop.providers.dstny import wire
from common import ReaderFamily, reader_properties
from support import strip_redoc_markers
from hostile import json_bytes, json_values, mutated_examples

READERS = {
    wire.parse_supervised_groups: list,
    wire.parse_supervised_group: SupervisedGroup,
    wire.parse_group_agent: SupervisedAgent,
}


def _check(result) -> None:
    if isinstance(result, list):
        assert all(isinstance(g, SupervisedGroup) for g in result)
        assert all(isinstance(a, SupervisedAgent) for g in result for a in g.agents)


FAMILY = ReaderFamily(READERS, wire.MalformedResponse, decode=wire.parse_json, message=wire.UNREADABLE,
                      check=_check)
test_any_decoded_value, test_any_body = reader_properties(
    FAMILY, values=st.one_of(json_values("dstny"), mutated_examples("dstny")), bodies=json_bytes("dstny"))


def test_the_references_groups_read():
    """The reference's ACD/attendant-group examples (roles [{type: AGENT}], both agent shapes)."""
    import json
    from pathlib import Path

    examples = json.loads((Path(__file__).resolve().parents[1] / "providers" / "dstny" / "data"
                           / "dstny_reference_examples.json").read_text(encoding="utf-8"))["examples"]
    first = next(e["raw"] for e in examples if '"isNightMode": true' in e["raw"] and '"userId": "jdoe"' in e["raw"])
    group = wire.parse_supervised_group(json.loads(strip_redoc_markers(first)))
    assert group.roles == ("AGENT",) and not group.supervisor
    assert group.agents == (SupervisedAgent("jdoe", "Jane Doe", "+1555123445", "sampleorg.com"),)
    listing = next(e["raw"] for e in examples if e["raw"].startswith('{- "groups": ['))
    groups = wire.parse_supervised_groups(json.loads(strip_redoc_markers(listing)))
    assert [g.id for g in groups] == ["21", "5", "25"]
    jane = groups[1].agents[0]
    assert (jane.name, jane.logged_in, jane.available, jane.in_call) == ("Jane Doe", True, True, None)
