"""The app shell: start-up from account options, errors reported without stopping, clean shutdown."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging

import pytest
import qasync
from PySide6.QtCore import QObject, Signal
from support import until

from cti_desktop.app import DesktopApp
from cti_desktop.error_reporter import ErrorReporter
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.settings import SettingsStore
from cti_desktop.ui.notices import NoticeCenter


def args_for(sim, **extra) -> argparse.Namespace:
    values = dict(server=sim.base_url, domain="demo.example", user="agent1", ca_file=None, heartbeat=1.0,
                  demo=False, seed=None, verbose=False)
    values.update(extra)
    return argparse.Namespace(**values)


class Thrower(QObject):
    poke = Signal()
    poke_async = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.poke.connect(self.plain)
        self.poke_async.connect(self.later)

    def plain(self) -> None:
        raise ValueError("a plain slot broke")

    @qasync.asyncSlot()
    async def later(self) -> None:
        await asyncio.sleep(0)
        raise KeyError("an async slot broke")


def test_starts_from_account_options_and_quits_cleanly_when_the_window_closes(sim, arun, keep_running, monkeypatch, caplog):
    monkeypatch.setenv("CTI_DESKTOP_PASSWORD", "demo")
    quits = []
    controller = DesktopApp(args_for(sim), app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            backoff_initial=0.1, quit=lambda: quits.append(True))
    assert keep_running.quitOnLastWindowClosed() is True  # no tray: the window is the way back in
    keep_running.setQuitOnLastWindowClosed(False)  # ...but this test's loop must outlive the window
    gc.unfreeze()
    controller.start()
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=10))
    window = controller.window
    assert window.isVisible()
    # once started, start-up's objects are kept out of full garbage collections (no long pauses)
    arun(until(lambda: gc.get_freeze_count() > 0, timeout=5))
    assert window.connection.text == "Live"
    missed = window.workspace.history_vm.unseenMissed
    expected = "agent1@demo.example — CTI Desktop"
    assert window.windowTitle() == (f"({missed}) {expected}" if missed else expected)
    # nothing was written: the environment's password is not a profile, and never a secret
    assert not SettingsStore().load().profiles

    session = controller.session
    window.close()  # no tray: closing the window quits
    arun(until(lambda: quits, timeout=10))
    assert controller.session is None and controller.window is None
    assert session._closed and not session._tasks
    # the window's geometry was remembered
    assert SettingsStore().load().window.geometry


def test_missing_secret_opens_the_sign_in_dialog_with_words(sim, arun, keep_running, monkeypatch):
    monkeypatch.delenv("CTI_DESKTOP_PASSWORD", raising=False)
    monkeypatch.delenv("CTI_DESKTOP_TICKET", raising=False)
    quits = []
    controller = DesktopApp(args_for(sim), app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            quit=lambda: quits.append(True))
    keep_running.setQuitOnLastWindowClosed(False)
    controller.start()
    arun(until(lambda: controller.login_dialog is not None and controller.login_dialog.isVisible(), timeout=5))
    dialog = controller.login_dialog
    assert "Enter the password or a ticket for agent1@demo.example" in dialog.error_label.text()
    assert dialog.server_edit.text() == sim.base_url and dialog.user_edit.text() == "agent1"
    dialog.reject()  # "Quit" with nobody signed in ends the app
    arun(until(lambda: quits, timeout=5))


def test_errors_in_slots_are_logged_and_shown_and_the_app_keeps_running(qtbot, qloop, arun, tmp_path, caplog):
    from PySide6.QtWidgets import QMainWindow

    from cti_desktop.ui.notices import NoticeArea

    window = QMainWindow()
    qtbot.addWidget(window)
    area = NoticeArea()
    window.setCentralWidget(area)
    window.show()
    notices = NoticeCenter()
    notices.attach(area)
    reporter = ErrorReporter(notices, tmp_path / "cti-desktop.log")
    reporter.install()
    thrower = Thrower()
    try:
        with caplog.at_level(logging.ERROR, logger="cti_desktop"):
            thrower.poke.emit()
            thrower.poke_async.emit()
            arun(until(lambda: reporter.count == 2, timeout=5))
    finally:
        reporter.uninstall()
    assert window.isVisible()
    texts = area.texts()
    assert any("ValueError: a plain slot broke" in t and "keeps running" in t for t in texts)
    assert any("KeyError" in t and "an async slot broke" in t for t in texts)
    assert str(tmp_path / "cti-desktop.log") in texts[0]
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(logged) == 2 and all(r.exc_info for r in logged)
    # a banner is dismissable from the keyboard
    banner = area.banners()[0]
    banner.close_button.click()
    assert len(area.banners()) == 1


def test_loop_exception_handler_reports_and_secrets_are_masked(qtbot, qloop, tmp_path, caplog):
    notices = NoticeCenter()
    reporter = ErrorReporter(notices, None)
    # the loop handler itself, called the way asyncio calls it (the fixture's own handler stays installed)
    with caplog.at_level(logging.ERROR, logger="cti_desktop"):
        reporter.loop_handler(qloop, {"message": "Task exception was never retrieved",
                                      "exception": RuntimeError("GET /x?ticket=abc123 failed")})
        reporter.loop_handler(qloop, {"message": "cancelled", "exception": asyncio.CancelledError()})
    assert reporter.count == 1
    text, level = notices.history[-1]
    assert level == "error" and "RuntimeError" in text and "abc123" not in text
    notices.close_all()


@pytest.mark.parametrize("vendor", ["telavox", "voxloud"])
def test_demo_of_another_vendor_starts_its_simulator_signs_in_and_stops_cleanly(vendor, arun, keep_running):
    quits = []
    args = argparse.Namespace(server=None, domain=None, user=None, ca_file=None, heartbeat=1.0, demo=vendor,
                              seed=3, verbose=False, backend="dstny", option=[])
    controller = DesktopApp(args, app=keep_running, tray=False, backoff_initial=0.1, quit=lambda: quits.append(True))
    keep_running.setQuitOnLastWindowClosed(False)
    assert controller.demo and controller.demo_vendor == vendor
    controller.start()
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=15))
    session = controller.session
    assert session.backend.name == vendor
    workspace = controller.window.workspace
    assert not workspace.queues_vm.supported and workspace.queues_vm.unsupportedNote.startswith(vendor.title())
    assert not SettingsStore().load().profiles  # a demo saves nothing
    simulators = controller.simulator
    controller.request_quit()
    arun(until(lambda: quits, timeout=15))
    assert session._closed and controller.simulator is None
    assert simulators.telavox is None and simulators.voxloud is None


def test_the_global_keys_listen_a_moment_after_start_up(sim, arun, keep_running, monkeypatch):
    """Importing the keyboard library would hold up the first live picture: the keys start a moment
    after start-up."""
    monkeypatch.setenv("CTI_DESKTOP_PASSWORD", "demo")
    keep_running.setQuitOnLastWindowClosed(False)
    controller = DesktopApp(args_for(sim), app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            backoff_initial=0.1, quit=lambda: None)
    controller.start()
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=10))
    keys = controller.window.workspace.global_keys
    assert not keys.started  # not yet: start-up went first
    arun(until(lambda: keys.started, timeout=10))
    arun(controller.shutdown())


def test_the_calls_come_first_then_the_other_panels_load(sim, arun, keep_running, monkeypatch):
    """The panels' first reads start once the calls are live, so the call state's snapshot is never
    queued behind them."""
    monkeypatch.setenv("CTI_DESKTOP_PASSWORD", "demo")
    keep_running.setQuitOnLastWindowClosed(False)
    controller = DesktopApp(args_for(sim), app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            backoff_initial=0.1, quit=lambda: None)
    early = []  # panels started while the calls were not live yet

    async def watch():
        while True:
            workspace, session = controller.workspace, controller.session
            if workspace is not None and session is not None and workspace._panels_started:
                if session.status.state.value != "live":
                    early.append(session.status.state.value)
                return
            await asyncio.sleep(0)

    watcher = asyncio.ensure_future(watch(), loop=asyncio.get_event_loop())
    controller.start()
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=10))
    arun(asyncio.wait_for(watcher, 5))
    assert early == []
    workspace = controller.window.workspace
    arun(until(lambda: workspace.presence_vm.activityId, timeout=10, what="the presence read"))
    arun(controller.shutdown())
