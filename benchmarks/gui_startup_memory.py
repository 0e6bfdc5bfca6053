"""Start-up time and memory of the desktop app, against a bare Qt window.

Each run starts ``cti-desktop --server URL --domain demo.example --user agent1`` (secret from
``CTI_DESKTOP_PASSWORD=demo``, a throw-away settings folder, no keyring) as its own process and
times from starting it until it prints ``cti-desktop: live`` — the moment the main window is shown
AND the connection is Live (``CTI_DESKTOP_BENCHMARK_STARTUP=report``). After a few idle seconds
(signed in, no calls) it reads the process's resident memory: RSS (``VmRSS`` in
``/proc/PID/status``) and USS (the ``Private_*`` lines of ``/proc/PID/smaps_rollup``), then ends
it with SIGTERM (the app's clean shutdown). The baseline is the least a Qt app can do: ``python -c
"…QApplication([]); QWidget().show()"`` timed until its window is shown, measured the same way.

    python benchmarks/gui_startup_memory.py --runs 5            # offscreen
    xvfb-run -s "-screen 0 1600x1000x24" env -u QT_QPA_PLATFORM python benchmarks/gui_startup_memory.py
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from simproc import SimulatorProcess  # noqa: E402

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget()\n"
    "w.show()\n"
    "QTimer.singleShot(0, lambda: print('cti-desktop: live', flush=True))\n"
    "app.exec()\n"
)


def memory(pid: int) -> tuple[int, int]:
    """(RSS, USS) in KiB."""
    rss = uss = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Private_"):
            uss += int(line.split()[1])
    return rss, uss


def one_run(cmd: list[str], env: dict[str, str], idle: float) -> tuple[float, int, int]:
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        while True:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{cmd[0]} ended before it was live (exit status {proc.wait()})")
            if line.strip() == "cti-desktop: live":
                break
        elapsed = time.monotonic() - t0
        time.sleep(idle)
        rss, uss = memory(proc.pid)
        return elapsed, rss, uss
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def summary(name: str, runs: list[tuple[float, int, int]]) -> tuple[float, float, float]:
    times = [r[0] * 1000 for r in runs]
    rss = statistics.median(r[1] for r in runs) / 1024
    uss = statistics.median(r[2] for r in runs) / 1024
    print(f"{name:>8}: start-up median {statistics.median(times):7.0f} ms  (best {min(times):.0f}, worst "
          f"{max(times):.0f})   RSS {rss:6.1f} MiB   USS {uss:6.1f} MiB   (n={len(runs)})")
    return statistics.median(times), rss, uss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle", type=float, default=3.0, help="seconds signed in and idle before reading memory")
    opts = parser.parse_args()
    if opts.runs < 1:
        parser.error("--runs must be at least 1")
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: render off-screen
    config = tempfile.mkdtemp(prefix="cti-desktop-bench-")
    env.update({"CTI_DESKTOP_PASSWORD": "demo", "CTI_DESKTOP_CONFIG_DIR": config, "XDG_STATE_HOME": config,
                "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "CTI_DESKTOP_BENCHMARK_STARTUP": "report"})
    exe = shutil.which("cti-desktop")
    app_cmd = [exe] if exe else [sys.executable, "-m", "cti_desktop"]
    with SimulatorProcess("--seed", "1") as sim:
        cmd = app_cmd + ["--server", sim.base_url, "--domain", "demo.example", "--user", "agent1"]
        one_run(cmd, env, 0.5)  # warm the file cache (and write the first settings) once, not counted
        app = [one_run(cmd, env, opts.idle) for _ in range(opts.runs)]
    bare_cmd = [sys.executable, "-c", BARE]
    one_run(bare_cmd, env, 0.2)
    bare = [one_run(bare_cmd, env, opts.idle) for _ in range(opts.runs)]
    print(f"Desktop app start-up until the window is shown and the connection is Live, and memory after "
          f"{opts.idle:.0f} s signed in and idle (Qt platform {env.get('QT_QPA_PLATFORM') or 'xcb'}):")
    t_app, rss_app, uss_app = summary("app", app)
    t_bare, rss_bare, uss_bare = summary("baseline", bare)
    print(f"   ratio: start-up {t_app / t_bare:.1f}×, RSS {rss_app / rss_bare:.1f}× (+{rss_app - rss_bare:.0f} MiB), "
          f"USS {uss_app / uss_bare:.1f}× (+{uss_app - uss_bare:.0f} MiB) the bare QWidget window")


if __name__ == "__main__":
    main()
