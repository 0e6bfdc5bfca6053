"""Start-up with a settings file that cannot be used: the sign-in dialog says why, in words."""

from __future__ import annotations

import argparse

import pytest
from support import until

from cti_desktop.app import DesktopApp
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.settings import SettingsStore


@pytest.mark.parametrize("content", ["a = " + "[" * 100000, "x = 1" + "1" * 5000])
def test_a_broken_settings_file_opens_the_sign_in_dialog_with_words(content, qloop, arun, keep_running):
    store = SettingsStore()
    store.directory.mkdir(parents=True)
    store.path.write_text(content, encoding="utf-8")
    args = argparse.Namespace(server=None, domain=None, user=None, backend="dstny", ca_file=None, heartbeat=1.0,
                              demo=None, demo_vendor=None, seed=None, verbose=False, wallboard=False)
    quits = []
    controller = DesktopApp(args, app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            quit=lambda: quits.append(True))
    keep_running.setQuitOnLastWindowClosed(False)
    controller.start()
    arun(until(lambda: controller.login_dialog is not None and controller.login_dialog.isVisible(), timeout=5))
    label = controller.login_dialog.settings_label
    assert label.isVisible() and str(store.path) in label.text() and "defaults are in use" in label.text()
    assert store.backup_path.read_text(encoding="utf-8") == content  # kept, not lost
    controller.login_dialog.reject()
    arun(until(lambda: quits, timeout=5))
