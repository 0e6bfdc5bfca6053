"""File → Sign out revokes the session's ticket on the server before the secret is forgotten here;
Switch profile keeps it; a revocation that fails (server error, no answer in time) never holds the
sign-out up, and is one warning line without the ticket."""

from __future__ import annotations

import argparse
import logging

import httpx
from support import sim_post, until

from cti_desktop.app import DesktopApp
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.sign_out import REVOKE_TIMEOUT

D = "demo.example"


def _args(sim) -> argparse.Namespace:
    return argparse.Namespace(server=sim.base_url, domain=D, user="agent1", ca_file=None, heartbeat=1.0,
                              demo=False, seed=None, verbose=False)


def _signed_in(sim, arun, keep_running, monkeypatch) -> tuple[DesktopApp, str]:
    monkeypatch.setenv("CTI_DESKTOP_PASSWORD", "demo")
    controller = DesktopApp(_args(sim), app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            backoff_initial=0.1, quit=lambda: None)
    keep_running.setQuitOnLastWindowClosed(False)
    controller.start()
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=10))
    ticket = controller.session.backend.client._auth.ticket
    assert ticket
    return controller, ticket


def _status_with(sim, ticket: str) -> int:
    """What the server answers a plain read made with ``ticket`` (the devices list)."""
    response = httpx.get(f"{sim.api_url}/user/devices/{D}/agent1",
                         headers={"Authorization": f"Bearer {ticket}", "Accept": "application/json"}, timeout=10)
    return response.status_code


def _sign_out(controller: DesktopApp, arun, *, forget: bool) -> None:
    controller.request_sign_out(forget=forget)
    arun(until(lambda: controller.session is None and controller.login_dialog is not None
               and controller.login_dialog.isVisible(), timeout=10))
    arun(until(lambda: not controller._tasks, timeout=10))  # the sign-out task has finished


def _quit(controller: DesktopApp, arun) -> None:
    controller.request_quit()
    arun(controller.shutdown_when_quit())


def test_sign_out_revokes_the_ticket_on_the_server(sim, arun, keep_running, monkeypatch):
    controller, ticket = _signed_in(sim, arun, keep_running, monkeypatch)
    assert _status_with(sim, ticket) == 200
    _sign_out(controller, arun, forget=True)
    assert _status_with(sim, ticket) == 401  # the old ticket is refused from now on
    _quit(controller, arun)


def test_switching_profile_keeps_the_ticket(sim, arun, keep_running, monkeypatch):
    controller, ticket = _signed_in(sim, arun, keep_running, monkeypatch)
    _sign_out(controller, arun, forget=False)
    assert _status_with(sim, ticket) == 200
    _quit(controller, arun)


def test_a_server_error_does_not_hold_sign_out_up_and_is_one_warning(sim, arun, keep_running, monkeypatch, caplog):
    controller, ticket = _signed_in(sim, arun, keep_running, monkeypatch)
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "routes": ["ticket.revoke"]})
    with caplog.at_level(logging.INFO, logger="cti_desktop"):
        _sign_out(controller, arun, forget=True)
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING and "sign-out" in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "could not be revoked" in warnings[0].getMessage() and not warnings[0].exc_info
    assert all(ticket not in r.getMessage() for r in caplog.records)
    assert _status_with(sim, ticket) == 200  # the server never heard it: it still stands
    _quit(controller, arun)


def test_a_server_that_does_not_answer_in_time_does_not_hold_sign_out_up(sim, arun, keep_running, monkeypatch,
                                                                        caplog):
    import time

    controller, ticket = _signed_in(sim, arun, keep_running, monkeypatch)
    sim_post(sim, "/_sim/faults", {"latencyMs": 20000, "routes": ["ticket.revoke"]})
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="cti_desktop"):
        _sign_out(controller, arun, forget=True)
    took = time.monotonic() - started
    assert took < REVOKE_TIMEOUT + 3.0, took
    warnings = [r.getMessage() for r in caplog.records if "sign-out" in r.getMessage()]
    assert len(warnings) == 1 and "did not confirm" in warnings[0]
    _quit(controller, arun)
