"""``cti-desktop logout``: the stored ticket is revoked on the server, then removed from the keyring;
a server that cannot be told never keeps the secret stored. Real processes, real simulator."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_cli import PY, account, cli_env, sim_process  # noqa: E402,F401  (the simulator fixture)

D = "demo.example"


def _env(store: Path, **extra: str) -> dict[str, str]:
    return cli_env(PYTHON_KEYRING_BACKEND="keyring_file_backend.FileKeyring", KEYRING_TEST_FILE=str(store), **extra)


def _stored_ticket(store: Path) -> str | None:
    data = json.loads(store.read_text()) if store.exists() else {}
    tickets = [v for k, v in data.items() if "ticket" in k]
    return tickets[0] if tickets else None


def _status_with(url: str, ticket: str) -> int:
    return httpx.get(f"{url}/api/user/devices/{D}/agent1", timeout=10,
                     headers={"Authorization": f"Bearer {ticket}", "Accept": "application/json"}).status_code


def _run(url: str, command: str, store: Path, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "cti_desktop", command, *account(url)], capture_output=True, text=True,
                          env=_env(store, **extra), timeout=30)


def test_logout_revokes_the_stored_ticket_and_removes_it(sim_process, tmp_path):
    store = tmp_path / "keyring.json"
    assert _run(sim_process, "login", store, CTI_DESKTOP_PASSWORD="demo").returncode == 0
    ticket = _stored_ticket(store)
    assert ticket and _status_with(sim_process, ticket) == 200
    result = _run(sim_process, "logout", store)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ("Signed out of agent1@demo.example (dstny): the server revoked the ticket, "
                             "and it is removed from the system keyring.\n")
    assert _stored_ticket(store) is None
    assert _status_with(sim_process, ticket) == 401


def test_logout_with_nothing_stored_says_so(sim_process, tmp_path):
    result = _run(sim_process, "logout", tmp_path / "keyring.json")
    assert result.returncode == 0 and "nothing was stored" in result.stderr


@pytest.mark.parametrize("fault", [{"errorRate": 1.0}, {"latencyMs": 20000}])
def test_logout_removes_the_ticket_even_when_the_server_cannot_revoke_it(sim_process, tmp_path, fault):
    store = tmp_path / "keyring.json"
    assert _run(sim_process, "login", store, CTI_DESKTOP_PASSWORD="demo").returncode == 0
    ticket = _stored_ticket(store)
    httpx.post(sim_process + "/_sim/faults", json={**fault, "routes": ["ticket.revoke"]}, timeout=10).raise_for_status()
    try:
        result = _run(sim_process, "logout", store)
    finally:
        httpx.post(sim_process + "/_sim/reset", timeout=10)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "sign-out:" in lines[0] and "(the server did not revoke it)" in lines[1], lines
    assert ticket not in result.stderr and "Traceback" not in result.stderr
    assert _stored_ticket(store) is None
