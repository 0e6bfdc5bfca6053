"""A private D-Bus session bus with a tiny freedesktop notification server on it, for tests.

``PrivateSessionBus`` starts ``dbus-daemon`` (Debian package ``dbus-daemon``) with a minimal
configuration of its own (no service activation, so no real notification daemon can be started by
it). ``NotificationServer`` owns ``org.freedesktop.Notifications`` (or any other name) on that bus in
a thread of its own, records every ``Notify`` call exactly as it was marshalled, and can emit
``ActionInvoked`` as a person pressing a button would. It follows the Desktop Notifications
Specification 1.2 (method and signal signatures).

No ``from __future__ import annotations`` here: dbus-fast reads the D-Bus signatures from the
annotations as written.
"""

import asyncio
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from dbus_fast.aio import MessageBus
from dbus_fast.service import ServiceInterface, method, signal

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class PrivateSessionBus:
    """``with PrivateSessionBus() as bus: bus.address`` — a dbus-daemon of the test's own."""

    def __init__(self) -> None:
        self.address = ""
        self._dir = ""
        self._proc: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("dbus-daemon") is not None

    def __enter__(self) -> "PrivateSessionBus":
        self._dir = tempfile.mkdtemp(prefix="cti-dbus-")
        config = Path(self._dir) / "bus.conf"
        config.write_text(CONFIG.format(dir=self._dir), encoding="utf-8")
        self._proc = subprocess.Popen(
            ["dbus-daemon", "--nofork", "--nopidfile", "--print-address=1", f"--config-file={config}"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        self.address = self._proc.stdout.readline().strip()
        if not self.address:
            self.__exit__()
            raise RuntimeError("dbus-daemon did not start")
        return self

    def __exit__(self, *exc) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
            self._proc.stdout.close()
            self._proc = None
        shutil.rmtree(self._dir, ignore_errors=True)


class _Notifications(ServiceInterface):
    def __init__(self, server: "NotificationServer") -> None:
        super().__init__("org.freedesktop.Notifications")
        self._server = server

    @method()
    def GetCapabilities(self) -> "as":  # noqa: F722, F821
        return list(self._server.capabilities)

    @method()
    def GetServerInformation(self) -> "ssss":  # noqa: F722, F821
        return ["cti-test-notifications", "cti-desktop tests", "1.0", "1.2"]

    @method()
    def Notify(self, app_name: "s", replaces_id: "u", app_icon: "s", summary: "s",  # noqa: F821
               body: "s", actions: "as", hints: "a{sv}", expire_timeout: "i") -> "u":  # noqa: F722, F821
        with self._server.lock:
            self._server.next_id += 1
            nid = self._server.next_id
            self._server.received.append({
                "id": nid, "app_name": app_name, "replaces_id": replaces_id, "app_icon": app_icon,
                "summary": summary, "body": body, "actions": list(actions),
                "hints": {k: v.value for k, v in hints.items()}, "expire_timeout": expire_timeout,
            })
        return nid

    @method()
    def CloseNotification(self, nid: "u") -> None:  # noqa: F821
        self.NotificationClosed(nid, 3)

    @signal()
    def NotificationClosed(self, nid, reason) -> "uu":  # noqa: F821
        return [nid, reason]

    @signal()
    def ActionInvoked(self, nid, action_key) -> "us":  # noqa: F821
        return [nid, action_key]


class NotificationServer:
    """Owns ``name`` on the bus at ``address`` from a thread of its own; records ``Notify`` calls."""

    def __init__(self, address: str, name: str = "org.freedesktop.Notifications",
                 capabilities: tuple[str, ...] = ("body", "actions", "body-markup")) -> None:
        self.address = address
        self.name = name
        self.capabilities = capabilities
        self.received: list[dict] = []
        self.lock = threading.Lock()
        self.next_id = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._interface: _Notifications | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name=f"notification server {name}", daemon=True)
        self._error: BaseException | None = None

    def __enter__(self) -> "NotificationServer":
        self._thread.start()
        if not self._ready.wait(10) or self._error is not None:
            raise RuntimeError(f"the test notification server did not start: {self._error!r}")
        return self

    def __exit__(self, *exc) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        try:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            bus = await MessageBus(bus_address=self.address).connect()
            self._interface = _Notifications(self)
            bus.export("/org/freedesktop/Notifications", self._interface)
            await bus.request_name(self.name)
        except BaseException as exc:  # reported to the test by __enter__
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        await self._stop.wait()
        bus.disconnect()
        await bus.wait_for_disconnect()

    def notifications(self) -> list[dict]:
        with self.lock:
            return list(self.received)

    def press(self, nid: int, action_key: str) -> None:
        """Emit ``ActionInvoked`` as the server does when a person presses a button."""
        self._loop.call_soon_threadsafe(self._interface.ActionInvoked, nid, action_key)

    def wait_for(self, count: int, timeout: float = 5.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.notifications()
            if len(got) >= count:
                return got
            time.sleep(0.01)
        return self.notifications()

