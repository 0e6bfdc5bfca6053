"""The Dstny simulator's own password-ticket check against values worked out by hand from the contract.

The contract (``shared/api/dstny-core.md``, "Creating a ticket") describes the ``t`` parameter::

    h1 = md5_hex(f"{user}:{domain}:{password}")
    h2 = md5_hex(f"{user}:{PERMS}:{h1}")          # PERMS = the scopes joined with ':'
    t  = "D" + b64(domain) + "." + b64(f"P:{h2}:{user}:{PERMS}")   # base64 without '=' padding

It has no worked example, so the values below were computed once outside Python with coreutils
(``printf '%s' 'alice:foo.com:s3cret' | md5sum``, then ``base64 | tr -d =``) and are written here as
literals: neither the client's nor the simulator's code produced them.
"""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cti_desktop.simulator.dstny.tickets import (
    BadPasswordTicket,
    PasswordTicket,
    expected_digest,
    password_matches,
    read_password_ticket,
)

# alice@foo.com, password s3cret, scopes CALLS and USER
ALICE_H1 = "d3e01278cb21631c08ef9ccf82b4c936"  # md5("alice:foo.com:s3cret")
ALICE_H2 = "0dc7cd62c458cd20113d6f708ee55388"  # md5("alice:CALLS:USER:" + h1)
ALICE_T = "DZm9vLmNvbQ.UDowZGM3Y2Q2MmM0NThjZDIwMTEzZDZmNzA4ZWU1NTM4ODphbGljZTpDQUxMUzpVU0VS"

# agent1@demo.example, password demo (the simulator's demo user), scopes CALLS and USER
AGENT1_T = "DZGVtby5leGFtcGxl.UDpmNjhmYTU1MGJlZWQyNTY2YjhiYThlYzMzODI3YmRlZTphZ2VudDE6Q0FMTFM6VVNFUg"
# the same with the password "wrong"
AGENT1_WRONG_T = "DZGVtby5leGFtcGxl.UDo2ZWFlOTc0Mzc4ODE5ZGFiNGRjZjZiNjRkMGM0MDI0NDphZ2VudDE6Q0FMTFM6VVNFUg"


def test_digest_is_the_contracts_h2():
    assert expected_digest("alice", "foo.com", "s3cret", ("CALLS", "USER")) == ALICE_H2


def test_reads_the_contracts_ticket_and_checks_its_password():
    ticket = read_password_ticket(ALICE_T)
    assert ticket == PasswordTicket("foo.com", "alice", ("CALLS", "USER"), ALICE_H2)
    assert password_matches(ticket, "s3cret")
    assert not password_matches(ticket, "s3cret ")
    # the scopes are part of the digest: the same digest claimed for other scopes does not match
    assert not password_matches(PasswordTicket("foo.com", "alice", ("CALLS",), ALICE_H2), "s3cret")


@pytest.mark.parametrize("t", ["", "D", "Dabc", "X" + ALICE_T[1:], "DZm9vLmNvbQ.", "D!!.UDo",
                               "DZm9vLmNvbQ.UToxOmFsaWNl",  # "Q:1:alice": not a P ticket
                               "DZm9vLmNvbQ.UDo6YWxpY2U",  # "P::alice": no digest
                               ])
def test_refuses_what_is_not_a_password_ticket(t):
    with pytest.raises(BadPasswordTicket):
        read_password_ticket(t)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_read_or_refused_with_its_own_error(t):
    try:
        ticket = read_password_ticket("D" + t)
    except BadPasswordTicket:
        return
    assert isinstance(ticket, PasswordTicket) and ticket.user and ticket.digest


def _create(sim, t: str, scopes=("CALLS", "USER")) -> httpx.Response:
    params = [("platform", "other"), *[("api", s) for s in scopes], ("name", "hand"), ("t", t)]
    return httpx.post(sim.api_url + "/tickets/demo.example/agent1", params=params, timeout=10)


def test_simulator_grants_a_ticket_for_the_hand_made_t(sim):
    r = _create(sim, AGENT1_T)
    assert r.status_code == 200, r.text
    assert r.json()["allowedApis"] == ["CALLS", "USER"]
    with httpx.Client(base_url=sim.api_url, headers={"Authorization": "Bearer " + r.json()["token"]}) as c:
        assert c.get("/user/info/demo.example/agent1/presence").status_code == 200  # USER
        assert c.get("/callstate/demo.example/agent1").status_code == 403  # CALL_CONTROL was not granted


def test_simulator_refuses_a_wrong_digest_and_a_malformed_t(sim):
    assert _create(sim, AGENT1_WRONG_T).status_code == 401
    assert _create(sim, ALICE_T).status_code == 401  # another domain and user than the path's
    assert _create(sim, "Dnot-a-ticket").status_code == 400


def test_presence_shortcut_delete_of_the_reference(sim):
    # "Delete a specific presence shortcut for a user" (the reference): in the simulator's table, not
    # yet in the client's (see test_route_tables_agree.CLIENT_FIXES)
    token = _create(sim, AGENT1_T).json()["token"]
    with httpx.Client(base_url=sim.api_url, headers={"Authorization": "Bearer " + token}, timeout=10) as c:
        base = "/user/presenceshortcuts/demo.example/agent1"
        ids = [s["id"] for s in c.get(base).json()["presenceShortcut"]]
        assert "2" in ids
        assert c.delete(base + "/2").status_code == 204
        assert [s["id"] for s in c.get(base).json()["presenceShortcut"]] == [i for i in ids if i != "2"]
        assert c.get(base + "/2").status_code == 404
        assert c.delete(base + "/2").status_code == 404
