"""The headless commands with --backend telavox|voxloud, as a person or a script runs them (subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
from accounts_support import GIULIA


def run(*args: str, env: dict[str, str], timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cti_desktop", *args], capture_output=True, text=True, check=False,
                          env=env, timeout=timeout)


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CTI_DESKTOP_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.update(extra)
    return env


def test_telavox_dial_refused_hold_in_words_and_hang_up(tvx):
    env = clean_env(CTI_DESKTOP_PASSWORD="demo")
    account = ["--backend", "telavox", "--server", tvx.base_url, "--user", "agent1"]
    dialled = run("dial", "+46705550199", *account, env=env)
    assert dialled.returncode == 0, dialled.stderr
    assert json.loads(dialled.stdout)["remote"]["number"] == "+46705550199"
    hold = run("hold", *account, env=env)
    assert hold.returncode == 1 and "Telavox has no hold" in hold.stderr and "Traceback" not in hold.stderr
    hung = run("hangup", *account, env=env)
    assert hung.returncode == 0, hung.stderr
    missing = run("dial", "123", "--backend", "telavox", "--server", tvx.base_url, env=clean_env())
    assert missing.returncode == 1 and "--user" in missing.stderr


def test_voxloud_watch_prints_the_webhook_call_and_a_bad_key_fails_in_words(vox):
    bad = run("watch", "--backend", "voxloud", "--server", vox.base_url, "--user", "101",
              env=clean_env(CTI_DESKTOP_API_KEY="nope"))
    assert bad.returncode == 1 and "API key was refused" in bad.stderr
    env = clean_env(CTI_DESKTOP_API_KEY="demo-key")
    watch = subprocess.Popen(
        [sys.executable, "-m", "cti_desktop", "watch", "--backend", "voxloud", "--server", vox.base_url,
         "--user", "101", "--option", "webhook_port=0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        lines = []
        for line in watch.stdout:
            lines.append(json.loads(line))
            if lines[-1].get("state") == "live":
                break
        else:  # the watch ended before it was live: nothing below could then be checked
            raise AssertionError(f"the watch never went live: {lines}")
        httpx.post(vox.base_url + "/_sim/calls", json={"to": "101", "from": GIULIA}, timeout=15).raise_for_status()
        for line in watch.stdout:
            event = json.loads(line)
            if event["kind"] == "call":
                assert event["status"] == "RINGING" and event["remote"]["number"] == GIULIA and event["inbound"]
                break
        else:  # the watch ended without printing the call
            raise AssertionError("the watch printed no call event")
    finally:
        watch.terminate()
        watch.wait(10)
