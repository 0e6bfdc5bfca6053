"""The headless commands as a person or a script runs them: real processes, real simulator."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time

import httpx
import pytest

PY = sys.executable


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTI_DESKTOP_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.update(extra)
    return env


class Lines:
    """Reads a process's stdout lines on a thread, so tests can wait with a timeout."""

    def __init__(self, proc: subprocess.Popen):
        self.q: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, args=(proc.stdout,), daemon=True).start()

    def _pump(self, stream):
        for line in stream:
            self.q.put(line)

    def next(self, timeout: float) -> str:
        return self.q.get(timeout=timeout)

    def wait_for(self, predicate, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("timed out waiting for a matching line")
            try:
                data = json.loads(self.next(remaining))
            except queue.Empty:
                raise AssertionError("timed out waiting for a matching line") from None
            if predicate(data):
                return data


@pytest.fixture
def sim_process():
    proc = subprocess.Popen([PY, "-m", "cti_desktop", "sim", "--port", "0", "--heartbeat", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
    try:
        first = proc.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:"), first
        yield first
    finally:
        proc.terminate()
        proc.wait(10)


def account(url: str) -> list[str]:
    return ["--server", url, "--domain", "demo.example", "--user", "agent1"]


def test_watch_follows_calls_and_heals_after_a_drop(sim_process):
    url = sim_process
    watch = subprocess.Popen([PY, "-m", "cti_desktop", "watch", *account(url), "--heartbeat", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=cli_env(CTI_DESKTOP_PASSWORD="demo"))
    try:
        lines = Lines(watch)
        lines.wait_for(lambda d: d == {"kind": "connection", "state": "live"} or d.get("state") == "live", 15)
        call_id = httpx.post(url + "/_sim/calls", json={"to": "agent1", "from": "+46701234567", "fromName": "Ada"}).json()["callId"]
        ringing = lines.wait_for(lambda d: d.get("kind") == "call" and d.get("callId") == call_id, 5)
        assert ringing["status"] == "RINGING" and "ANSWER" in ringing["actions"]
        assert ringing["remote"]["name"] == "Ada"

        httpx.post(url + "/_sim/streams/drop", json={"outageMs": 1000}).raise_for_status()
        httpx.post(url + f"/_sim/calls/{call_id}/remote-hangup").raise_for_status()
        ended = lines.wait_for(lambda d: d.get("callId") == call_id and d.get("status") == "TERMINATED", 10)
        assert ended["change"] == "ended"
    finally:
        watch.terminate()
        out, err = watch.communicate(timeout=10)
    assert "Traceback" not in err


def test_commands_answer_hold_resume_hangup_and_a_stale_token(sim_process):
    url = sim_process
    env = cli_env(CTI_DESKTOP_PASSWORD="demo")
    call_id = httpx.post(url + "/_sim/calls", json={"to": "agent1", "from": "+46701234567"}).json()["callId"]

    def run(*args):
        return subprocess.run([PY, "-m", "cti_desktop", *args, *account(url)], capture_output=True, text=True, env=env, timeout=30)

    answered = run("answer")
    assert answered.returncode == 0, answered.stderr
    assert json.loads(answered.stdout)["status"] == "ACTIVE"
    held = json.loads(run("hold", call_id).stdout)
    assert held["status"] == "HELD"
    old_token = held["stateToken"]
    assert json.loads(run("resume").stdout)["status"] == "ACTIVE"

    stale = run("hold", call_id, "--state-token", str(old_token))
    assert stale.returncode == 3
    assert stale.stderr.startswith("stale state:") and "Traceback" not in stale.stderr
    state = httpx.get(url + "/_sim/state").json()
    assert json.dumps(state).count(call_id) >= 1

    assert run("hangup", call_id).returncode == 0
    dialed = run("dial", "+46 8 123 456 78")
    assert dialed.returncode == 0, dialed.stderr
    assert json.loads(dialed.stdout)["kind"] == "call"


def test_no_secret_and_no_keyring_is_a_clear_message(sim_process):
    result = subprocess.run([PY, "-m", "cti_desktop", "watch", *account(sim_process)], capture_output=True,
                            text=True, env=cli_env(), timeout=30)
    assert result.returncode == 1
    assert "no system keyring" in result.stderr.lower() and "CTI_DESKTOP_PASSWORD" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_wrong_password_is_a_clear_message(sim_process):
    result = subprocess.run([PY, "-m", "cti_desktop", "hold", *account(sim_process)], capture_output=True,
                            text=True, env=cli_env(CTI_DESKTOP_PASSWORD="wrong"), timeout=30)
    assert result.returncode == 1 and result.stderr.startswith("error:")
    assert "wrong" not in result.stderr and "Traceback" not in result.stderr


def test_missing_account_options_are_named():
    result = subprocess.run([PY, "-m", "cti_desktop", "watch"], capture_output=True, text=True, env=cli_env(), timeout=30)
    assert result.returncode == 1 and "--server" in result.stderr and "Traceback" not in result.stderr
