"""The simulator as a deployment that refuses a ticket scope or lacks routes (``/_sim/deployment``)."""

from __future__ import annotations

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from cti_desktop.simulator.dstny.routes import GRANTABLE_SCOPES, ROUTES
from cti_desktop.simulator.dstny.tickets import ScopeRefused, grant_scopes
from cti_desktop.providers.dstny.ticket import password_ticket

D = "demo.example"


def ticket(sim, scopes: list[str]) -> httpx.Response:
    params = [("platform", "other"), *[("api", s) for s in scopes], ("name", "t"), ("expires", "3600"),
              ("t", password_ticket("agent1", D, "demo", scopes))]
    return httpx.post(f"{sim.api_url}/tickets/{D}/agent1", params=params, timeout=10)


def deployment(sim, body: dict | None = None, method: str = "POST") -> httpx.Response:
    return httpx.request(method, sim.base_url + "/_sim/deployment", json=body, timeout=10)


def test_a_refused_scope_is_rejected_by_name_or_left_out(sim):
    assert deployment(sim, {"refuseScopes": ["SMS"]}).json() == {
        "refuseScopes": ["SMS"], "scopeRefusal": "reject", "withoutRoutes": []}
    refused = ticket(sim, ["CALL_CONTROL", "SMS"])
    assert refused.status_code == 403
    assert refused.json()["field"][0] == {"fieldName": "api", "code": "api.not.allowed",
                                          "description": "The ticket cannot be granted for SMS", "name": "SMS"}
    assert ticket(sim, ["CALL_CONTROL"]).json()["allowedApis"] == ["CALL_CONTROL"]

    deployment(sim, {"scopeRefusal": "omit"})
    assert ticket(sim, ["CALL_CONTROL", "SMS"]).json()["allowedApis"] == ["CALL_CONTROL"]

    # Reset gives the full deployment back.
    httpx.post(sim.base_url + "/_sim/reset", timeout=10).raise_for_status()
    assert ticket(sim, ["CALL_CONTROL", "SMS"]).json()["allowedApis"] == ["CALL_CONTROL", "SMS"]


def test_a_route_the_deployment_lacks_answers_as_an_unknown_path(sim):
    token = ticket(sim, ["DISTRIBUTION_GROUP"]).json()["token"]
    url = sim.api_url + ROUTES["dg.groups"].template.format(d=D, u="agent1")
    headers = {"Authorization": "Bearer " + token}
    assert httpx.get(url, headers=headers, timeout=10).status_code == 200
    deployment(sim, {"withoutRoutes": ["dg.groups"]})
    gone = httpx.get(url, headers=headers, timeout=10)
    assert gone.status_code == 404 and gone.json()["field"][0]["code"] == "resource.not.found"
    deployment(sim, method="DELETE")
    assert httpx.get(url, headers=headers, timeout=10).status_code == 200


def test_the_control_api_refuses_bad_settings_and_changes_nothing(sim):
    for body in ({"withoutRoutes": ["no.such.route"]}, {"scopeRefusal": "maybe"}, {"refuseScopes": "SMS"},
                 {"refuseScopes": [1]}):
        response = deployment(sim, {"refuseScopes": ["SMS"], **body})
        assert response.status_code == 400 and response.json()["error"], body
    assert deployment(sim, method="GET").json()["refuseScopes"] == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*GRANTABLE_SCOPES, "CALL_RECORDING", "X"]), max_size=12),
       st.lists(st.sampled_from(GRANTABLE_SCOPES), max_size=4), st.booleans())
def test_grant_scopes_grants_only_what_was_asked_proven_known_and_not_refused(requested, refused, reject):
    try:
        granted = grant_scopes(requested, requested, GRANTABLE_SCOPES, refused, reject=reject)
    except ScopeRefused as exc:
        assert reject and exc.scopes and set(exc.scopes) <= set(refused) & set(requested)
        return
    assert not (reject and set(refused) & set(requested))
    assert list(granted) == [s for s in dict.fromkeys(requested) if s in GRANTABLE_SCOPES and s not in refused]
