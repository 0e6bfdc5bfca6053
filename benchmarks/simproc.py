"""The simulator in a process of its own, so it does not share the benchmark's interpreter lock."""

from __future__ import annotations

import subprocess
import sys


class SimulatorProcess:
    def __init__(self, *args: str) -> None:
        self.args = args
        self.proc: subprocess.Popen | None = None
        self.base_url = ""

    @property
    def api_url(self) -> str:
        return self.base_url + "/api"

    def __enter__(self) -> "SimulatorProcess":
        self.proc = subprocess.Popen([sys.executable, "-m", "cti_desktop", "sim", "--port", "0", *self.args],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.base_url = self.proc.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            self.proc.kill()
            raise RuntimeError("the simulator did not start")
        return self

    def __exit__(self, *exc) -> None:
        assert self.proc is not None
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
