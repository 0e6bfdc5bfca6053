"""The client's route tables against the simulators' own, vendor by vendor.

Each simulator (``cti_desktop/simulator/<vendor>/routes.py``) writes its routes from the vendor's
document, never importing the client's (``cti_desktop/providers/<vendor>/routes.py``). This test
compares the two — route names, method, path template with the field names normalised (``{}``),
and, where both sides have one, the Dstny ticket scope, the Telavox base and whether the vendor's
document confirms the path (Dstny, Voxloud) — and fails listing every difference, so a wrong path
on either side is seen instead of being copied into the test double.

Differences we know of are listed below with their reason, in two kinds:

* ``CLIENT_FIXES`` — the client disagrees with the vendor's reference or our contract (the reference
  wins, the contract second); the simulator follows the document. ``test_no_client_fix_is_pending``
  is a strict xfail while one is listed, so the open fix shows in every run and the list must be
  emptied once the client is fixed;
* ``SIMULATOR_ONLY`` — routes the simulator serves on purpose that the client never calls.

Any other difference, and any listed one that has gone, fails ``test_route_tables_agree``.
"""

from __future__ import annotations

import re

import pytest

from cti_desktop.providers.dstny import routes as client_dstny
from cti_desktop.providers.dstny.routes import scope_for as client_dstny_scope
from cti_desktop.providers.telavox import routes as client_telavox
from cti_desktop.providers.voxloud import routes as client_voxloud
from cti_desktop.simulator.dstny import routes as sim_dstny
from cti_desktop.simulator.telavox import routes as sim_telavox
from cti_desktop.simulator.voxloud import routes as sim_voxloud

_FIELD = re.compile(r"\{[^{}]*\}")


def normalised(template: str) -> str:
    return _FIELD.sub("{}", template)


def _client(vendor: str) -> dict[str, dict[str, str | None]]:
    if vendor == "dstny":
        return {n: {"method": r.method, "path": normalised(r.template), "scope": client_dstny_scope(n),
                    "confirmed": r.confirmed}
                for n, r in client_dstny.DEFAULT_ROUTES.items()}
    if vendor == "telavox":
        return {n: {"method": r.method, "path": normalised(r.template), "base": r.base}
                for n, r in client_telavox.DEFAULT_ROUTES.items()}
    return {n: {"method": r.method, "path": normalised(r.template), "in the reference": r.confirmed}
            for n, r in client_voxloud.DEFAULT_ROUTES.items()}


def _simulator(vendor: str) -> dict[str, dict[str, str | None]]:
    if vendor == "dstny":
        return {n: {"method": r.method, "path": normalised(r.template), "scope": r.scope, "confirmed": r.confirmed}
                for n, r in sim_dstny.ROUTES.items()}
    if vendor == "telavox":
        return {n: {"method": r.method, "path": normalised(r.template), "base": r.base}
                for n, r in sim_telavox.ROUTES.items()}
    return {n: {"method": r.method, "path": normalised(r.template),
                "in the reference": r.source == sim_voxloud.REFERENCE}
            for n, r in sim_voxloud.ROUTES.items()}


def differences(client: dict, simulator: dict) -> set[str]:
    """One line per difference: a route only one side has, or an attribute the two sides disagree on."""
    found = {f"{name}: only in the client" for name in client.keys() - simulator.keys()}
    found |= {f"{name}: only in the simulator" for name in simulator.keys() - client.keys()}
    for name in client.keys() & simulator.keys():
        for key in client[name].keys() & simulator[name].keys():
            if client[name][key] != simulator[name][key]:
                found.add(f"{name}: {key} client {client[name][key]!r} != simulator {simulator[name][key]!r}")
    return found


CLIENT_FIXES: dict[str, dict[str, str]] = {
    "dstny": {},
    "telavox": {},
    "voxloud": {},
}

SIMULATOR_ONLY: dict[str, dict[str, str]] = {
    "dstny": {},
    "telavox": {},
    "voxloud": {
        "ctc.get: only in the simulator": "in the reference; the client never reads one click-to-call back",
        "ctc.delete: only in the simulator": "in the reference; the client never removes a click-to-call",
    },
}

VENDORS = ("dstny", "telavox", "voxloud")


def report(lines: set[str]) -> str:
    return "\n".join(sorted(lines))


@pytest.mark.parametrize("vendor", VENDORS)
def test_route_tables_agree(vendor):
    found = differences(_client(vendor), _simulator(vendor))
    known = CLIENT_FIXES[vendor].keys() | SIMULATOR_ONLY[vendor].keys()
    unexpected = found - known
    assert not unexpected, f"{vendor}: the client's and the simulator's route tables differ:\n{report(unexpected)}"
    gone = known - found
    assert not gone, f"{vendor}: listed differences no longer found (remove them from the list):\n{report(gone)}"


@pytest.mark.parametrize("vendor", [
    pytest.param(v, marks=pytest.mark.xfail(strict=True, reason=f"client fixes pending: {sorted(CLIENT_FIXES[v])}"))
    if CLIENT_FIXES[v] else v
    for v in VENDORS
])
def test_no_client_fix_is_pending(vendor):
    found = differences(_client(vendor), _simulator(vendor)) - SIMULATOR_ONLY[vendor].keys()
    assert not found, f"{vendor}: the client still disagrees with the vendor's document:\n{report(found)}"


def test_every_dstny_route_has_a_scope_but_the_ticket_routes():
    # a route without a scope would be served to any ticket: only ticket creation and revocation may be
    assert {n for n, r in sim_dstny.ROUTES.items() if r.scope is None} == {"ticket.create", "ticket.revoke"}
    assert {r.scope for r in sim_dstny.ROUTES.values()} - {None} <= set(sim_dstny.GRANTABLE_SCOPES)


def test_the_comparison_sees_a_changed_path_method_or_scope():
    client = _client("dstny")
    sim = _simulator("dstny")
    baseline = differences(client, sim)
    moved = dict(sim, **{"cc.hold": dict(sim["cc.hold"], path="/callcontrol/{}/{}/calls/{}/held")})
    assert differences(client, moved) - baseline == {
        "cc.hold: path client '/callcontrol/{}/{}/calls/{}/hold' != simulator '/callcontrol/{}/{}/calls/{}/held'"}
    posted = dict(client, **{"cc.hangup": dict(client["cc.hangup"], method="POST")})
    assert differences(posted, sim) - baseline == {"cc.hangup: method client 'POST' != simulator 'DELETE'"}
    assert differences(client, {n: r for n, r in sim.items() if n != "sms.send"}) - baseline == {
        "sms.send: only in the client"}
