"""The queue-details reader (``acd.group``): any bytes → QueueDetails or MalformedResponse, nothing else."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.queue_reads import QueueAgent, QueueDetails
from cti_desktop.providers.dstny import wire
from common import byte_properties, dstny_read
from hostile import BOUNDED, hostile_text, json_values

# The reference's two samples of "Retrieve information about a specific ACD/ACD Light/Attendant group
# for a user" (the Dstny Core API reference, ACD/Attendant Group API), shortened to one agent each.
REFERENCE_CURRENT = (b'{"id": 5, "domain": "example.org", "name": "TestAttendantGroup", "type": "ATTENDANT",'
                     b' "loggedIn": true, "nightMode": false, "agents": [{"firstName": "Jane", "activity": "Available",'
                     b' "lastName": "Doe", "skillLevel": 3, "isLoggedIn": true, "isAvailable": true}],'
                     b' "roles": [{"type": "AGENT"}], "statistic": {"numberOfLoggedInAgents": 1,'
                     b' "numberOfFreeAgents": 1, "numberOfCallsInQueue": 0}, "allowUsingFunctionNumber": true,'
                     b' "distributionType": "PRIORITY"}')
REFERENCE_OLDER = (b'{"id": 35, "domain": "sampleorg.com", "name": "Customer services", "type": "ACD",'
                   b' "isLoggedIn": true, "isNightMode": true, "agents": [{"name": "Jane Doe", "number": "+1555123445",'
                   b' "userId": "jdoe"}], "roles": [{"type": "AGENT"}], "statistic": {"numberOfLoggedInAgents": 6,'
                   b' "numberOfFreeAgents": 5, "numberOfCallsInQueue": 3}, "isAllowUsingFunctionNumber": true,'
                   b' "distributionType": "string", "phoneNumber": "string"}')
SEEDS = (REFERENCE_CURRENT, REFERENCE_OLDER)


def _check(data) -> None:
    details = dstny_read(lambda d: wire.parse_queue_details(wire.parse_json(d) if isinstance(d, (bytes, str)) else d),
                         data, QueueDetails)
    if details is None:
        return
    assert details.id and details.id == details.id.strip()
    assert all(isinstance(a, QueueAgent) and isinstance(a.name, str) for a in details.agents)
    assert all(a.skill_level is None or a.skill_level >= 0 for a in details.agents)
    for count in (details.logged_in_agents, details.free_agents, details.calls_waiting):
        assert count is None or (isinstance(count, int) and count >= 0)
    assert all(isinstance(r, str) and r and r == r.upper() for r in details.roles)


def test_the_reference_samples_read_in_full():
    current = wire.parse_queue_details(wire.parse_json(REFERENCE_CURRENT))
    assert (current.id, current.name, current.type, current.logged_in, current.night_mode) == (
        "5", "TestAttendantGroup", "ATTENDANT", True, False)
    assert current.agents == (QueueAgent("Jane Doe", "Available", True, True, 3),)
    assert (current.logged_in_agents, current.free_agents, current.calls_waiting) == (1, 1, 0)
    assert current.distribution_type == "PRIORITY" and current.function_number_allowed is True
    older = wire.parse_queue_details(wire.parse_json(REFERENCE_OLDER))
    assert older.night_mode and older.logged_in and older.agents[0].name == "Jane Doe"
    assert older.calls_waiting == 3 and older.roles == ("AGENT",)
    # without statistics (ignoreStatistics) the counts are unknown, not zero
    bare = wire.parse_queue_details({"id": 7, "name": "Sales"})
    assert bare.calls_waiting is None and bare.agents == ()


test_any_bytes, test_any_json_body, test_mutated_reference_samples = byte_properties(_check, SEEDS)


@BOUNDED
@given(agents=st.one_of(json_values("dstny"), hostile_text), statistic=json_values("dstny"),
       skill=st.one_of(json_values("dstny"), hostile_text))
def test_any_agents_statistic_and_skill(agents, statistic, skill):
    _check(json.dumps({"id": 5, "agents": agents, "statistic": statistic}, allow_nan=True))
    _check(json.dumps({"id": "5", "agents": [{"firstName": "A", "skillLevel": skill}]}, allow_nan=True))
