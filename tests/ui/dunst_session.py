"""A real freedesktop notification server for the tests: dunst on a private Xvfb screen and a
private D-Bus session bus (Debian packages ``dunst``, ``xvfb``, ``dbus-daemon``).

``with DunstSession() as dunst:`` gives ``dunst.address`` (the bus to set as
``DBUS_SESSION_BUS_ADDRESS``), :meth:`DunstSession.displayed` (``dunstctl count displayed``) and
:meth:`DunstSession.invoke` — dunst's context menu (``dunstctl context``) run with a ``dmenu`` of ours
that picks the action line whose label is asked for, as a person picking it from the menu would.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from freedesktop_notification_server import PrivateSessionBus
from xvfb_display import XvfbDisplay, stop

# dunst's context menu lists "#<label> (<summary>) [<id>,<action key>]"; print the wanted one.
DMENU = """#!/bin/sh
want=$(cat "{want}")
grep -m1 "^#$want ("
"""


class DunstSession:
    @staticmethod
    def missing() -> str:
        """Why the session cannot run here ("" when it can)."""
        tools = [t for t in ("dunst", "dunstctl", "Xvfb", "dbus-daemon") if shutil.which(t) is None]
        return f"not installed: {', '.join(tools)} (Debian: dunst xvfb dbus-daemon)" if tools else ""

    def __init__(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="cti-dunst-"))
        self._bus = PrivateSessionBus()
        self._xvfb: XvfbDisplay | None = None
        self._dunst: subprocess.Popen | None = None
        self.address = ""
        self.display = ""

    def __enter__(self) -> "DunstSession":
        try:
            self._start()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start(self) -> None:
        self._xvfb = XvfbDisplay().__enter__()
        self.display = self._xvfb.display
        self._bus.__enter__()
        self.address = self._bus.address
        want = self._dir / "want"
        want.write_text("Answer", encoding="utf-8")
        dmenu = self._dir / "dmenu"
        dmenu.write_text(DMENU.format(want=want), encoding="utf-8")
        dmenu.chmod(0o755)
        config = self._dir / "dunstrc"
        config.write_text(f"[global]\ndmenu = {dmenu}\n", encoding="utf-8")
        self._dunst = subprocess.Popen(["dunst", "-config", str(config)], env=self.env(),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 5
        while self.displayed() is None:
            if time.monotonic() > deadline or self._dunst.poll() is not None:
                raise RuntimeError("dunst did not start")
            time.sleep(0.05)

    def env(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.address)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def displayed(self) -> int | None:
        """How many notifications dunst shows now (None while it does not answer)."""
        done = subprocess.run(["dunstctl", "count", "displayed"], env=self.env(), capture_output=True, text=True,
                              timeout=5)
        text = done.stdout.strip()
        return int(text) if done.returncode == 0 and text.isdigit() else None

    async def invoke(self, label: str) -> None:
        """Pick the action ``label`` of the notification shown, from dunst's context menu."""
        (self._dir / "want").write_text(label, encoding="utf-8")
        process = await asyncio.create_subprocess_exec("dunstctl", "context", env=self.env(),
                                                       stdout=asyncio.subprocess.DEVNULL,
                                                       stderr=asyncio.subprocess.DEVNULL)
        await asyncio.wait_for(process.wait(), 10)

    def __exit__(self, *exc: object) -> None:
        stop(self._dunst)
        if self._xvfb is not None:
            self._xvfb.__exit__()
        self._dunst = self._xvfb = None
        if self.address:
            self._bus.__exit__()
            self.address = ""
        shutil.rmtree(self._dir, ignore_errors=True)
