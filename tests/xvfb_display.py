"""A private Xvfb screen for tests that need a real X server (Debian package ``xvfb``)."""

from __future__ import annotations

import os
import shutil
import subprocess


def stop(process: subprocess.Popen | None) -> None:
    """End ``process`` (terminate, then kill after 5 s) if it still runs."""
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


class XvfbDisplay:
    """``with XvfbDisplay() as x: x.display`` — ``":<n>"`` of a fresh Xvfb, ended afterwards."""

    def __init__(self, screen: str = "1024x768x24") -> None:
        self.display = ""
        self._screen = screen
        self._process: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return shutil.which("Xvfb") is not None

    def __enter__(self) -> "XvfbDisplay":
        read, write = os.pipe()
        self._process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", self._screen,
                                          "-nolisten", "tcp"], pass_fds=(write,),
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.__exit__()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        return self

    def __exit__(self, *exc: object) -> None:
        process, self._process = self._process, None
        stop(process)
