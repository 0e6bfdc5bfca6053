"""Instant start: the main window is on the screen at once, "Connecting…", while a sign-in that needs
no question runs; the same window fills in when the session is there; a failed sign-in brings the
sign-in dialog and the connecting window goes.

The sign-in is held up by a loopback TCP relay in front of the real simulator that forwards nothing
until the test opens its gate (or, for the failure, closes every connection it was given).
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
import shiboken6
from support import until

from cti_desktop.app import DesktopApp
from cti_desktop.core.secrets import SecretStore


class GatedRelay:
    """Accepts connections on 127.0.0.1 and relays them to ``target`` once :meth:`open` is called;
    :meth:`refuse` closes every held and later connection instead."""

    def __init__(self, target: str) -> None:
        parts = urlsplit(target)
        self.host, self.port = parts.hostname, parts.port
        self.gate = asyncio.Event()
        self.refusing = False
        self.accepted = 0
        self._server: asyncio.base_events.Server | None = None
        self._pipes: set[asyncio.Task] = set()

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def open(self) -> None:
        self.gate.set()

    def refuse(self) -> None:
        self.refusing = True
        self.gate.set()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        me = asyncio.current_task()
        self._pipes.add(me)
        me.add_done_callback(self._pipes.discard)
        await self.gate.wait()
        if self.refusing:
            writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection(self.host, self.port)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                dst.close()

        for task in (asyncio.ensure_future(pipe(reader, up_writer)), asyncio.ensure_future(pipe(up_reader, writer))):
            self._pipes.add(task)
            task.add_done_callback(self._pipes.discard)

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._pipes):
            task.cancel()
        await asyncio.gather(*self._pipes, return_exceptions=True)


def args_for(server: str) -> argparse.Namespace:
    return argparse.Namespace(server=server, domain="demo.example", user="agent1", ca_file=None, heartbeat=1.0,
                              demo=False, seed=None, verbose=False)


def _connecting_window(controller: DesktopApp):
    window = controller._connecting_window
    return window if window is not None and window.isVisible() else None


@contextmanager
def connecting_app(sim, arun, app, monkeypatch, *, first_window=False):
    """The app signing in as agent1 (password from the environment) through a :class:`GatedRelay` in
    front of ``sim``; yields ``(controller, relay)`` once the connecting window is up and the relay
    holds the sign-in's connection, and quits the app and closes the relay after. With
    ``first_window`` the window is first put on the screen before the loop runs, as the app's
    process does (``show_first_window``), and start-up goes on in it."""
    monkeypatch.setenv("CTI_DESKTOP_PASSWORD", "demo")
    app.setQuitOnLastWindowClosed(False)
    relay = GatedRelay(sim.base_url)
    server = arun(relay.start())
    quits = []
    controller = DesktopApp(args_for(server), app=app, secrets=SecretStore(use_keyring=False), tray=False,
                            backoff_initial=0.1, quit=lambda: quits.append(True))
    try:
        if first_window:
            assert controller.show_first_window() is True
            early = controller._connecting_window
            assert early.isVisible() and early.account_label.text() == "agent1@demo.example"
        controller.start()
        arun(until(lambda: _connecting_window(controller) is not None and relay.accepted, timeout=5))
        if first_window:
            assert controller._connecting_window is early  # start-up went on in the first window
        yield controller, relay
    finally:
        controller.request_quit()
        arun(until(lambda: quits, timeout=10))
        arun(relay.aclose())


@pytest.mark.parametrize("first_window", [False, True], ids=["from-the-loop", "before-the-loop"])
def test_the_window_is_shown_connecting_before_sign_in_and_fills_in_when_live(sim, arun, keep_running, monkeypatch,
                                                                              first_window):
    with connecting_app(sim, arun, keep_running, monkeypatch, first_window=first_window) as (controller, relay):
        first = controller._connecting_window
        # signing in is still on its way: the window names the account and says so, panels wait
        assert controller.session is None and controller.window is None
        assert first.account_label.text() == "agent1@demo.example"
        assert first.connecting_status.text() == "Connecting…"
        assert "Connecting…" in first.windowTitle()
        assert [s.accessibleName() for s in first.connecting_sections] == [
            "Dial pad and presence: connecting", "Queues: connecting", "Calls: connecting", "Contacts: connecting"]
        assert all(not s.isEnabled() for s in first.connecting_sections)
        assert controller.login_dialog is None

        relay.open()
        arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=10))
        # the very window on the screen filled in: no second window
        assert controller.window is first and first.isVisible()
        assert controller._connecting_window is None
        assert first.connection.text == "Live"
        assert first.windowTitle().endswith("agent1@demo.example — CTI Desktop")
        assert first.findChild(type(first.centralWidget()), "connecting") is None
        assert first.calls_section.isEnabled() and first.calls_section.isVisible()
    assert controller.window is None and controller.session is None


def test_a_failed_sign_in_shows_the_dialog_and_the_connecting_window_goes(sim, arun, keep_running, monkeypatch):
    with connecting_app(sim, arun, keep_running, monkeypatch) as (controller, relay):
        first = controller._connecting_window
        relay.refuse()
        arun(until(lambda: controller.login_dialog is not None and controller.login_dialog.isVisible(), timeout=15))
        assert controller.session is None and controller.window is None
        assert controller._connecting_window is None
        assert not shiboken6.isValid(first) or not first.isVisible()
        assert controller.login_vm.error  # the dialog says why


def test_a_first_window_whose_sign_in_needs_a_question_gives_way_to_the_dialog(sim, arun, keep_running, monkeypatch):
    """The first window is shown before the keyring is asked; with no secret anywhere the sign-in
    dialog opens, names what it needs, and the window goes."""
    monkeypatch.delenv("CTI_DESKTOP_PASSWORD", raising=False)
    monkeypatch.delenv("CTI_DESKTOP_TICKET", raising=False)
    keep_running.setQuitOnLastWindowClosed(False)
    quits = []
    controller = DesktopApp(args_for(sim.base_url), app=keep_running, secrets=SecretStore(use_keyring=False),
                            tray=False, quit=lambda: quits.append(True))
    assert controller.show_first_window() is True
    first = controller._connecting_window
    assert first.isVisible() and "Connecting…" in first.windowTitle()
    controller.start()
    arun(until(lambda: controller.login_dialog is not None and controller.login_dialog.isVisible(), timeout=5))
    assert "Enter the password or a ticket for agent1@demo.example" in controller.login_dialog.error_label.text()
    assert controller._connecting_window is None
    assert not shiboken6.isValid(first) or not first.isVisible()
    controller.login_dialog.reject()
    arun(until(lambda: quits, timeout=5))


def test_no_first_window_before_the_loop_when_start_up_opens_the_dialog(sim, keep_running, monkeypatch):
    """Neither the demo, nor an account on the command line, nor a saved profile: the sign-in dialog
    is the first window, so nothing is shown before the loop runs."""
    args = argparse.Namespace(server=None, domain=None, user=None, ca_file=None, heartbeat=1.0, demo=False,
                              seed=None, verbose=False, backend=None, option=[])
    controller = DesktopApp(args, app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            quit=lambda: None)
    assert controller.show_first_window() is False
    assert controller._connecting_window is None and controller.window is None


def test_importing_the_app_does_not_import_the_chart_web_server_or_keyring_stacks():
    """What only some paths need (the wallboard's chart library and numpy, the demo's and the
    receiver's web server, the keyring) is imported when that path runs, not at start-up."""
    code = ("import sys, cti_desktop.app\n"
            "heavy = ['pyqtgraph', 'numpy', 'uvicorn', 'starlette', 'keyring', 'cti_desktop.simulator']\n"
            "print(','.join(m for m in heavy if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""
