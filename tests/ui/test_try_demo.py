"""'Try the demo' in the sign-in dialog: the real app, the real dialog, the embedded demo simulator."""

from __future__ import annotations

import argparse
import asyncio

import pytest
from PySide6.QtCore import Qt
from support import until

from cti_desktop.app import DesktopApp
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.settings import SettingsStore


def first_run_args() -> argparse.Namespace:
    """`cti-desktop` with no options and no saved profile: the first run."""
    return argparse.Namespace(server=None, domain=None, user=None, ca_file=None, heartbeat=1.0, demo=None,
                              seed=3, verbose=False, backend=None, option=[])


@pytest.mark.parametrize("system", ["dstny", "telavox"])
def test_try_the_demo_signs_in_to_the_demo_phone_system_and_saves_nothing(system, qtbot, arun, keep_running):
    quits = []
    secrets = SecretStore(use_keyring=False)
    controller = DesktopApp(first_run_args(), app=keep_running, secrets=secrets, tray=False, backoff_initial=0.1,
                            quit=lambda: quits.append(True))
    keep_running.setQuitOnLastWindowClosed(False)
    assert not controller.demo
    controller.start()
    arun(until(lambda: controller.login_dialog is not None and controller.login_dialog.isVisible(), timeout=5))
    dialog = controller.login_dialog
    assert dialog.demo_button.isVisible() and dialog.demo_button.isEnabled()
    if system != "dstny":  # the chosen phone system's demo
        dialog.backend_box.setCurrentIndex(dialog.backend_box.findData(system))
        dialog.backend_box.activated.emit(dialog.backend_box.currentIndex())
        assert controller.login_vm.backend == system

    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=20))
    assert not dialog.isVisible()  # the dialog closed itself
    session = controller.session
    assert session.backend.name == system
    assert session.account.server == controller.simulator.running[system].base_url
    assert controller.demo  # as --demo: demo notice, nothing saved
    assert any("Demo mode" in text for text, _level in controller.notices.history)
    assert not SettingsStore().load().profiles
    assert secrets._memory == {}  # no secret kept, not even for the session

    simulators = controller.simulator
    controller.request_quit()
    arun(until(lambda: quits, timeout=15))
    assert session._closed and controller.simulator is None
    assert simulators.running == {}


def test_after_signing_out_of_the_demo_try_the_demo_again_uses_the_same_demo_phone_system(qtbot, arun, keep_running):
    quits = []
    controller = DesktopApp(first_run_args(), app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            backoff_initial=0.1, quit=lambda: quits.append(True))
    keep_running.setQuitOnLastWindowClosed(False)
    controller.start()
    arun(until(lambda: controller.login_dialog is not None and controller.login_dialog.isVisible(), timeout=5))
    qtbot.mouseClick(controller.login_dialog.demo_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=20))
    simulators, first = controller.simulator, controller.session
    controller.request_sign_out(forget=True)
    arun(until(lambda: first._closed and controller.login_dialog.isVisible(), timeout=10))
    arun(until(lambda: not any(t.get_name() == "sign-out" for t in asyncio.all_tasks()), timeout=10))
    qtbot.mouseClick(controller.login_dialog.demo_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=20))
    assert controller.simulator is simulators and controller.session is not first and controller.demo
    controller.request_quit()
    arun(until(lambda: quits, timeout=15))
    assert simulators.running == {}
