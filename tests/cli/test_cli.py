"""The headless commands as a person or a script runs them: real processes, real simulator."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from pathlib import Path

from cti_desktop.core.dialing import normalise_dial_string
from cti_desktop.core.errors import InvalidInput

PY = sys.executable
TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTI_DESKTOP_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    # our copy of the package, and tests/ for the misbehaving keyring backends
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(TESTS), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
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


def _simulator_process(*options: str):
    """``cti-desktop sim --port 0`` with ``options`` in a process of its own; yields its URL."""
    proc = subprocess.Popen([PY, "-m", "cti_desktop", "sim", "--port", "0", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env())
    try:
        first = proc.stdout.readline().strip()
        assert first.startswith("http://127.0.0.1:"), first
        yield first
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def sim_process():
    yield from _simulator_process("--heartbeat", "1")


def account(url: str) -> list[str]:
    return ["--server", url, "--domain", "demo.example", "--user", "agent1"]


class Watch:
    """A running ``cti-desktop watch``: its process, its JSON lines, and what it wrote on stderr once
    it has been stopped."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.lines = Lines(process)
        self.err = ""


@contextlib.contextmanager
def watching(url: str, *extra: str, password: str = "demo"):
    """Start ``watch`` for agent1 on ``url``; on leaving, stop it and check it never printed a traceback."""
    process = subprocess.Popen([PY, "-m", "cti_desktop", "watch", *account(url), *extra], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=cli_env(CTI_DESKTOP_PASSWORD=password))
    w = Watch(process)
    try:
        yield w
    finally:
        process.send_signal(signal.SIGCONT)  # in case a test froze it
        process.terminate()
        _out, w.err = process.communicate(timeout=10)
    assert "Traceback" not in w.err


def test_watch_follows_calls_and_heals_after_a_drop(sim_process):
    url = sim_process
    with watching(url, "--heartbeat", "1") as w:
        lines = w.lines
        lines.wait_for(lambda d: d == {"kind": "connection", "state": "live"} or d.get("state") == "live", 15)
        call_id = httpx.post(url + "/_sim/calls", json={"to": "agent1", "from": "+46701234567", "fromName": "Ada"}).json()["callId"]
        ringing = lines.wait_for(lambda d: d.get("kind") == "call" and d.get("callId") == call_id, 5)
        assert ringing["status"] == "RINGING" and "ANSWER" in ringing["actions"]
        assert ringing["remote"]["name"] == "Ada"

        httpx.post(url + "/_sim/streams/drop", json={"outageMs": 1000}).raise_for_status()
        httpx.post(url + f"/_sim/calls/{call_id}/remote-hangup").raise_for_status()
        ended = lines.wait_for(lambda d: d.get("callId") == call_id and d.get("status") == "TERMINATED", 10)
        assert ended["change"] == "ended"


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


# ------------------------------------------------------------------------------------------ dial
def _words(number: str) -> str:
    try:
        normalise_dial_string(number, "SE")
    except InvalidInput as exc:
        return str(exc)
    raise AssertionError(f"{number!r} was accepted by the dial pad")


@pytest.mark.parametrize("number", [
    pytest.param("+46\x0770 123 45 67", id="control-character"),
    pytest.param("070\x1b[31m1234567", id="escape-sequence"),
    pytest.param("+46" + "7" * 10_000, id="10-KB"),
    pytest.param("+46 \u0667\u0660 123 45 67", id="arabic-indic-digits"),
    pytest.param("\uff10\uff17\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17", id="full-width-digits"),
    pytest.param("1 800 FLOWERS", id="letters"),
    pytest.param("+46 70 123 45 67 ext. 55", id="extension"),
])
def test_dial_refuses_what_the_dial_pad_refuses_and_sends_nothing(sim_process, number):
    url = sim_process
    result = subprocess.run([PY, "-m", "cti_desktop", "dial", number, *account(url)], capture_output=True,
                            text=True, env=cli_env(CTI_DESKTOP_PASSWORD="demo"), timeout=30)
    assert result.returncode == 2
    assert result.stderr == f"error: {_words(number)}\n"
    assert result.stdout == ""
    assert httpx.get(url + "/_sim/state").json()["calls"] == []


def test_dial_sends_the_number_the_dial_pad_would_send(sim_process):
    url = sim_process
    result = subprocess.run([PY, "-m", "cti_desktop", "dial", "08-123 456 78", *account(url)], capture_output=True,
                            text=True, env=cli_env(CTI_DESKTOP_PASSWORD="demo"), timeout=30)
    assert result.returncode == 0, result.stderr
    calls = httpx.get(url + "/_sim/state").json()["calls"]
    assert [c["remoteParty"]["telUri"] for c in calls] == ["tel:" + normalise_dial_string("08-123 456 78", "SE").dial]


# ----------------------------------------------------------------------------------------- watch
def test_expected_failures_on_stderr_are_one_line_each_without_a_traceback(sim_process):
    """A 503 outage while reconnecting is an expected failure: at most one masked line per event."""
    import re

    url = sim_process
    with watching(url, "--heartbeat", "1") as w:
        w.lines.wait_for(lambda d: d.get("state") == "live", 15)
        httpx.post(url + "/_sim/calls", json={"to": "agent1", "from": "+46701234567"}).raise_for_status()
        httpx.post(url + "/_sim/streams/drop", json={"outageMs": 1500}).raise_for_status()
        w.lines.wait_for(lambda d: "503" in d.get("reason", ""), 10)
        # half the requests answer 503: streams reopen, and the snapshot after them often fails
        httpx.post(url + "/_sim/faults", json={"errorRate": 0.5}).raise_for_status()
        time.sleep(6)
        httpx.delete(url + "/_sim/faults").raise_for_status()
    err = w.err
    assert err.strip(), "the outage logged nothing: the test did not reach the failure paths"
    for line in err.splitlines():
        assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (WARNING|ERROR|CRITICAL) cti_desktop\.", line), line
    assert "demo" not in err.replace("demo.example", "")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_watch_stopped_by_a_signal_says_closed_and_does_not_end_live_calls(sim_process, signum):
    url = sim_process
    watch = subprocess.Popen([PY, "-m", "cti_desktop", "watch", *account(url), "--heartbeat", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=cli_env(CTI_DESKTOP_PASSWORD="demo"))
    try:
        lines = Lines(watch)
        lines.wait_for(lambda d: d.get("state") == "live", 15)
        call_id = httpx.post(url + "/_sim/calls", json={"to": "agent1", "from": "+46701234567"}).json()["callId"]
        lines.wait_for(lambda d: d.get("callId") == call_id and d.get("status") == "RINGING", 5)
        watch.send_signal(signum)
        assert watch.wait(5) == 0
        after = []
        while True:
            try:
                after.append(json.loads(lines.next(2)))
            except queue.Empty:
                break
    finally:
        if watch.poll() is None:
            watch.kill()
        err = watch.stderr.read()
    assert after and after[-1] == {"kind": "connection", "state": "closed"}
    assert not [d for d in after if d.get("status") == "TERMINATED" or d.get("change") == "ended"], after
    assert "Traceback" not in err
    # the call is still ringing on the server: nothing we printed said otherwise
    assert [c["status"] for c in httpx.get(url + "/_sim/state").json()["calls"] if c["callId"] == call_id] == ["RINGING"]


# --------------------------------------------------------------------------------------- keyring
FAILING_BACKENDS = {
    "OSErrorKeyring": "The system keyring failed with OSError",
    "ValueErrorKeyring": "The system keyring failed with ValueError",
    "RuntimeErrorKeyring": "The system keyring failed with RuntimeError",
    "LockedKeyring": "The system keyring is locked",
}


@pytest.mark.parametrize("backend", sorted(FAILING_BACKENDS))
def test_a_failing_keyring_is_one_clear_message_for_watch(sim_process, backend):
    result = subprocess.run([PY, "-m", "cti_desktop", "watch", *account(sim_process)], capture_output=True, text=True,
                            env=cli_env(PYTHON_KEYRING_BACKEND=f"keyring_test_backends.{backend}"), timeout=30)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    words = FAILING_BACKENDS[backend]
    assert last.startswith("error: No secret for agent1@demo.example (dstny) in this session")
    assert words[:1].lower() + words[1:] in last and "CTI_DESKTOP_PASSWORD" in last
    assert "Input/output" not in result.stderr and "too long" not in result.stderr  # the backend's text stays out


@pytest.mark.parametrize("backend", [*sorted(FAILING_BACKENDS), "SetFailsKeyring"])
def test_login_with_a_failing_keyring_never_says_signed_in(sim_process, backend):
    result = subprocess.run([PY, "-m", "cti_desktop", "login", *account(sim_process)], capture_output=True, text=True,
                            env=cli_env(PYTHON_KEYRING_BACKEND=f"keyring_test_backends.{backend}",
                                        CTI_DESKTOP_PASSWORD="demo"), timeout=30)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Signed in" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("error: the sign-in as agent1@demo.example (dstny) worked, but the ticket was not stored: the system keyring")
    assert "demo" not in last.replace("demo.example", "")


def test_login_with_a_working_keyring_says_signed_in(sim_process):
    result = subprocess.run([PY, "-m", "cti_desktop", "login", *account(sim_process)], capture_output=True, text=True,
                            env=cli_env(PYTHON_KEYRING_BACKEND="keyring_test_backends.MemoryKeyring",
                                        CTI_DESKTOP_PASSWORD="demo"), timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "Signed in as agent1@demo.example (dstny); the ticket is stored in the system keyring.\n"


def test_login_with_no_keyring_says_the_ticket_was_not_stored(sim_process):
    result = subprocess.run([PY, "-m", "cti_desktop", "login", *account(sim_process)], capture_output=True, text=True,
                            env=cli_env(CTI_DESKTOP_PASSWORD="demo"), timeout=30)
    assert result.returncode == 1 and "Signed in" not in result.stderr
    assert result.stderr.startswith("error: ") and "no system keyring is available" in result.stderr


def _wait_for_file(path: Path, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the keyring was never called"
        time.sleep(0.05)


@pytest.mark.parametrize("command,signum", [("login", signal.SIGTERM), ("login", signal.SIGINT),
                                            ("watch", signal.SIGTERM)])
def test_a_hung_keyring_never_keeps_a_command_from_ending_on_a_signal(sim_process, tmp_path, command, signum):
    mark = tmp_path / "keyring-called"
    password = {"CTI_DESKTOP_PASSWORD": "demo"} if command == "login" else {}  # watch asks the keyring
    login = subprocess.Popen([PY, "-m", "cti_desktop", command, *account(sim_process)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True,
                             env=cli_env(PYTHON_KEYRING_BACKEND="keyring_test_backends.HangingKeyring",
                                         KEYRING_TEST_MARK=str(mark), **password))
    try:
        _wait_for_file(mark, login, 20)  # login: signed in, now stuck storing the ticket; watch: stuck reading it
        time.sleep(0.3)
        login.send_signal(signum)
        started = time.monotonic()
        code = login.wait(5)
        took = time.monotonic() - started
    finally:
        if login.poll() is None:
            login.kill()
        _out, err = login.communicate()
    assert took < 2, took
    assert code == 128 + signum
    assert "Traceback" not in err and "Signed in" not in err


def test_login_with_a_hung_keyring_gives_up_in_words(sim_process):
    started = time.monotonic()
    result = subprocess.run([PY, "-m", "cti_desktop", "login", *account(sim_process)], capture_output=True, text=True,
                            env=cli_env(PYTHON_KEYRING_BACKEND="keyring_test_backends.HangingKeyring",
                                        CTI_DESKTOP_PASSWORD="demo"), timeout=30)
    took = time.monotonic() - started
    assert result.returncode == 1 and took < 15, (result.returncode, took)
    assert "Traceback" not in result.stderr and "Signed in" not in result.stderr
    assert "the system keyring did not answer in 5 s" in result.stderr


# -- recovery beyond the streams' own reconnects ---------------------------------------------------


@pytest.fixture
def quiet_sim():
    """A simulator with the default 15 s heartbeat: a dead link is not noticed by the watchdog
    for about 40 s, so anything quicker is the client's own doing."""
    yield from _simulator_process()


@contextlib.contextmanager
def live_watch(url: str):
    """``watching(url)`` once it is live and agent1's phone rings: yields the watch and the call's id."""
    with watching(url) as w:
        w.lines.wait_for(lambda d: d.get("kind") == "connection" and d.get("state") == "live", 15)
        call_id = httpx.post(url + "/_sim/calls", json={"to": "agent1", "from": "+46701234567"}).json()["callId"]
        w.lines.wait_for(lambda d: d.get("callId") == call_id and d.get("status") == "RINGING", 5)
        yield w, call_id


def _ended(call_id: str):
    return lambda d: d.get("callId") == call_id and d.get("status") == "TERMINATED"


def test_sighup_after_a_dead_link_reconnects_at_once(quiet_sim):
    url = quiet_sim
    with live_watch(url) as (w, call_id):
        watch, lines = w.process, w.lines
        httpx.post(url + "/_sim/streams/silence").raise_for_status()
        httpx.post(url + f"/_sim/calls/{call_id}/remote-hangup").raise_for_status()
        with pytest.raises(AssertionError):  # the link is dead: nobody tells the watcher
            lines.wait_for(_ended(call_id), 1.5)
        asked = time.monotonic()
        watch.send_signal(signal.SIGHUP)
        lines.wait_for(_ended(call_id), 3)
        assert time.monotonic() - asked < 2.0
        assert watch.poll() is None


def test_a_frozen_watch_notices_the_clock_jump_and_reconnects(quiet_sim):
    """The laptop lid: the process does not run for a while and its connections are dead."""
    url = quiet_sim
    with live_watch(url) as (w, call_id):
        watch, lines = w.process, w.lines
        httpx.post(url + "/_sim/streams/silence").raise_for_status()
        watch.send_signal(signal.SIGSTOP)
        httpx.post(url + f"/_sim/calls/{call_id}/remote-hangup").raise_for_status()
        time.sleep(4.5)
        woke = time.monotonic()
        watch.send_signal(signal.SIGCONT)
        lines.wait_for(_ended(call_id), 5)
        assert time.monotonic() - woke < 3.5


def test_an_expired_ticket_whose_renewal_meets_server_errors_recovers(quiet_sim):
    """Finding 2: re-creating the ticket against a 5xx (or garbage) used to end watch with status 1."""
    url = quiet_sim
    with live_watch(url) as (w, call_id):
        watch, lines = w.process, w.lines
        httpx.post(url + "/_sim/faults", json={"errorRate": 1.0, "routes": ["ticket.create"]}).raise_for_status()
        httpx.post(url + "/_sim/tickets/expire", json={"user": "agent1"}).raise_for_status()
        httpx.post(url + "/_sim/streams/drop").raise_for_status()  # the streams come back and meet 401
        time.sleep(2.5)
        httpx.post(url + "/_sim/faults", json={"errorRate": 0.0, "malformedRate": 1.0,
                                               "routes": ["ticket.create"]}).raise_for_status()
        time.sleep(2.0)
        assert watch.poll() is None, "watch gave up"
        httpx.delete(url + "/_sim/faults").raise_for_status()
        httpx.post(url + f"/_sim/calls/{call_id}/remote-hangup").raise_for_status()
        lines.wait_for(_ended(call_id), 8)
        other = httpx.post(url + "/_sim/calls", json={"to": "agent1", "from": "+46701234568"}).json()["callId"]
        lines.wait_for(lambda d: d.get("callId") == other and d.get("status") == "RINGING", 3)


def test_watch_started_while_the_ticket_service_fails_keeps_trying_until_it_signs_in(quiet_sim):
    url = quiet_sim
    httpx.post(url + "/_sim/faults", json={"errorRate": 1.0, "routes": ["ticket.create"]}).raise_for_status()
    with watching(url) as w:
        watch, lines = w.process, w.lines
        retry = lines.wait_for(lambda d: d.get("kind") == "connection" and d.get("state") == "reconnecting", 10)
        assert retry["reason"].startswith("signing in:") and retry["retryIn"] >= 0
        time.sleep(1.5)
        assert watch.poll() is None, "watch gave up"
        httpx.delete(url + "/_sim/faults").raise_for_status()
        lines.wait_for(lambda d: d.get("kind") == "connection" and d.get("state") == "live", 10)


def test_watch_with_a_wrong_password_still_stops_at_once(quiet_sim):
    watch = subprocess.run([PY, "-m", "cti_desktop", "watch", *account(quiet_sim)], capture_output=True, text=True,
                           env=cli_env(CTI_DESKTOP_PASSWORD="wrong"), timeout=20)
    assert watch.returncode == 1
    assert "refused" in watch.stderr and "Traceback" not in watch.stderr


def test_a_sighup_while_watch_is_still_signing_in_retries_at_once_and_does_not_end_it(quiet_sim):
    url = quiet_sim
    httpx.post(url + "/_sim/faults", json={"errorRate": 1.0, "routes": ["ticket.create"], "retryAfter": 5}).raise_for_status()
    with watching(url) as w:
        watch, lines = w.process, w.lines
        lines.wait_for(lambda d: d.get("state") == "reconnecting" and d.get("retryIn", 0) >= 4, 10)
        httpx.delete(url + "/_sim/faults").raise_for_status()
        asked = time.monotonic()
        watch.send_signal(signal.SIGHUP)
        lines.wait_for(lambda d: d.get("kind") == "connection" and d.get("state") == "live", 10)
        assert time.monotonic() - asked < 3.0  # not the 5 s the server asked for
        assert watch.poll() is None


def test_the_app_process_leaves_httpx_command_line_out():
    """httpx imports its command line (and click with it) whenever click is installed; the app's
    process marks that module absent, and httpx works without it (click is here: uvicorn needs it)."""
    import importlib.util
    import subprocess
    import sys

    assert importlib.util.find_spec("click") is not None
    probe = ("import sys\n"
             "from cti_desktop.__main__ import main\n"
             "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
             "import httpx\n"
             "print('click' in sys.modules, httpx.URL('https://pbx.example/api').host)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-2:] == ["False", "pbx.example"]
