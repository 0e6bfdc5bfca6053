"""The backend the panels get, signed in through the composition root (``accounts.connect_account``),
has the whole shape of the core ``Backend``: every attribute declared, each service taken from the
telephony backend as it is (no probing), against the simulators on loopback."""

from __future__ import annotations

import typing

from cti_desktop.accounts import AccountBackend, connect_account
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.session import Account, Backend, Session
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

#: Every attribute the core Backend declares (its annotations) and its methods.
BACKEND_ATTRIBUTES = sorted(typing.get_type_hints(Backend))
BACKEND_METHODS = ("follow_calls", "reconnect_now", "aclose", "missing_reason")


def signed_in(arun, account: Account, credentials: Credentials) -> AccountBackend:
    backend = arun(connect_account(account, credentials))
    assert isinstance(backend, AccountBackend)
    return backend


def assert_full_shape(backend) -> None:
    missing = [name for name in (*BACKEND_ATTRIBUTES, *BACKEND_METHODS) if not hasattr(backend, name)]
    assert missing == [], f"{type(backend).__name__} lacks {missing}"


def test_the_backend_protocol_lists_what_the_panels_use():
    for name in ("forwarding", "colleagues", "changes", "answer_places", "directories", "call_control",
                 "presence", "directory", "messaging", "queues", "queue_stats_stream", "webhooks"):
        assert name in BACKEND_ATTRIBUTES, name


def test_a_dstny_account_has_every_backend_attribute_and_its_services_are_passed_on(sim, arun):
    backend = signed_in(arun, Account("dstny", sim.base_url, "demo.example", "agent1"), Credentials(password="demo"))
    try:
        assert_full_shape(backend)
        assert_full_shape(backend.primary)
        for name in ("call_control", "presence", "queues", "forwarding", "colleagues", "changes", "answer_places"):
            assert getattr(backend, name) is getattr(backend.primary, name) is not None, name
        assert [d.name for d in backend.directories] and backend.directories[0].inner is backend.primary.directory
    finally:
        arun(backend.aclose())


def test_a_telavox_account_declares_what_it_has_not_as_none(tvx, arun):
    account = Account("telavox", tvx.base_url, "", "agent1", options={"poll_interval": 0.5})
    backend = signed_in(arun, account, Credentials(password="demo"))
    try:
        assert_full_shape(backend)
        assert_full_shape(backend.primary)
        assert (backend.forwarding, backend.colleagues, backend.changes, backend.answer_places) == (None,) * 4
        assert backend.missing_reason("queues", what="queues").startswith("Telavox has no queues")
    finally:
        arun(backend.aclose())


def test_the_dial_pad_of_a_signed_in_dstny_account_offers_the_servers_answer_places(sim, arun):
    # Through the composition root, as a person signs in: the answer places reach the dial pad
    # (before, AccountBackend did not pass them on and "Call via…" showed none in the real app).
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    session = Session(account, signed_in(arun, account, Credentials(password="demo")))
    session.start()
    bridge = SessionBridge(session)
    vm = DialPadViewModel(bridge)
    try:
        assert arun(session.wait_live(10)), session.status
        arun(vm.load_async())
        assert vm.answerPlaces == [{"id": "mobile", "name": "Mobile"}] and vm.selectedAnswerPlace == "mobile"
    finally:
        bridge.detach()
        arun(session.aclose())
