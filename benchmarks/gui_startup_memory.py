"""Start-up time and memory of the desktop app, against a bare Qt window.

Each run starts ``cti-desktop --server URL --domain demo.example --user agent1`` (secret from
``CTI_DESKTOP_PASSWORD=demo``, a throw-away settings folder, no keyring) as its own process and
times from starting it until it prints ``cti-desktop: window`` — the first top-level window (the
main window, in its "Connecting…" state, or the sign-in dialog) is exposed — and until it prints
``cti-desktop: live`` — the main window is shown AND the connection is Live
(``CTI_DESKTOP_BENCHMARK_STARTUP=report``). After a few idle seconds
(signed in, no calls) it reads the process's resident memory: RSS (``VmRSS`` in
``/proc/PID/status``) and USS (the ``Private_*`` lines of ``/proc/PID/smaps_rollup``), then ends
it with SIGTERM (the app's clean shutdown). A first run of each, not counted, warms the file cache
and writes the byte code an installed app has (``PYTHONDONTWRITEBYTECODE`` is not passed on).

With ``--python`` the app and the baseline run on another interpreter: a virtualenv with only the
runtime dependencies measures what an agent's machine runs. A development environment also holds the
test tools, and some libraries import whatever optional extras they find (httpx its command line
with ``rich`` and ``click``, httpcore ``trio``: ~0.2 s and ~10 MiB more).

The baseline is the least a Qt app can do: ``python -c "…QApplication([]); QWidget().show()"`` timed
until its window is exposed (both lines at once), measured
the same way. The app's main window alone (``WINDOW_ALONE``: "Connecting…", nothing signed in) is timed
the same way too: the part of the first window that is the window itself. Where the ``twinkle`` softphone is installed and there is a display (Xvfb), it is measured
too: until a window of its process is mapped (``xwininfo``), then its memory after the same idle time.
The runs take turns (app, baseline, window alone, Twinkle; again), so that every ratio compares
runs made at the same moments of a machine whose speed varies.

    python benchmarks/gui_startup_memory.py --runs 5            # offscreen
    python benchmarks/gui_startup_memory.py --python V/bin/python   # an install with only its runtime dependencies
    python benchmarks/gui_startup_memory.py --python V/bin/python --against OLD/bin/python   # before/after, alternately
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
    "from PySide6.QtCore import QEvent, QObject\n"
    "from PySide6.QtGui import QWindow\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "class Exposed(QObject):\n"
    "    def eventFilter(self, obj, event):\n"
    "        if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():\n"
    "            app.removeEventFilter(self)\n"
    "            print('cti-desktop: window', flush=True)\n"
    "            print('cti-desktop: live', flush=True)\n"
    "        return False\n"
    "app = QApplication([])\n"
    "exposed = Exposed()\n"
    "app.installEventFilter(exposed)\n"
    "w = QWidget()\n"
    "w.show()\n"
    "app.exec()\n"
)


#: The app's own main window alone, in its "Connecting…" state, with what it cannot be drawn
#: without (Qt's namespace of enums, the settings it is laid out and themed from, its modules):
#: nothing signs in. How much of the app's first window is the window itself, and how much the rest
#: of start-up (the command line, the single-instance check, the loop, the sign-in's set-up).
WINDOW_ALONE = BARE.replace(
    "w = QWidget()\n",
    "from cti_desktop.startup import skip_pyside_source_scan\n"
    "skip_pyside_source_scan()\n"
    "from cti_desktop.core.settings import SettingsStore\n"
    "from cti_desktop.ui.main_window import MainWindow\n"
    "from cti_desktop.ui.notices import NoticeCenter\n"
    "store = SettingsStore()\n"
    "w = MainWindow.connecting('agent1@demo.example', 'https://pbx.example', NoticeCenter(), store.load(), store)\n",
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


Run = tuple[float, float, int, int]  # (first window s, live s, RSS KiB, USS KiB)


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def one_run(cmd: list[str], env: dict[str, str], idle: float) -> Run:
    t0 = time.monotonic()
    # Run outside the source tree: `python -m` puts the working folder first on the path, so from the
    # repository root another interpreter would run this checkout instead of its own install.
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            cwd=tempfile.gettempdir())
    try:
        assert proc.stdout is not None
        window = None
        while True:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"{cmd[0]} ended before it was live (exit status {proc.wait()})")
            if line.strip() == "cti-desktop: window" and window is None:
                window = time.monotonic() - t0
            if line.strip() == "cti-desktop: live":
                break
        elapsed = time.monotonic() - t0
        if window is None:
            raise RuntimeError(f"{cmd[0]} was live without reporting its first window")
        time.sleep(idle)
        rss, uss = memory(proc.pid)
        return window, elapsed, rss, uss
    finally:
        _stop(proc)


def _mapped_window_of(pid: int, env: dict[str, str]) -> bool:
    """Whether the X server shows a mapped top-level window of process ``pid`` (``_NET_WM_PID``)."""
    tree = subprocess.run(["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True).stdout
    for line in tree.splitlines():
        word = line.strip().split(" ", 1)[0]
        if not word.startswith("0x"):
            continue
        props = subprocess.run(["xprop", "-id", word, "_NET_WM_PID", "WM_STATE"], env=env,
                               capture_output=True, text=True).stdout
        if f"= {pid}" in props:
            info = subprocess.run(["xwininfo", "-id", word], env=env, capture_output=True, text=True).stdout
            if "IsViewable" in info:
                return True
    return False


def twinkle_run(env: dict[str, str], idle: float, home: str) -> Run:
    """Twinkle from start until a window of its process is mapped (X only), then its memory."""
    t0 = time.monotonic()
    proc = subprocess.Popen(["twinkle"], env=dict(env, HOME=home), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        while not _mapped_window_of(proc.pid, env):
            if proc.poll() is not None:
                raise RuntimeError(f"twinkle ended before it showed a window (exit status {proc.returncode})")
            if time.monotonic() - t0 > 30:
                raise RuntimeError("twinkle showed no window in 30 s")
            time.sleep(0.005)
        elapsed = time.monotonic() - t0
        time.sleep(idle)
        rss, uss = memory(proc.pid)
        return elapsed, elapsed, rss, uss
    finally:
        _stop(proc)


def summary(name: str, runs: list[Run], *, live_too: bool = True) -> tuple[float, float, float, float]:
    window = [r[0] * 1000 for r in runs]
    live = [r[1] * 1000 for r in runs]
    rss = statistics.median(r[2] for r in runs) / 1024
    uss = statistics.median(r[3] for r in runs) / 1024
    live_text = (f"live median {statistics.median(live):5.0f} ms (best {min(live):.0f}, worst {max(live):.0f})"
                 if live_too else "live: -")
    print(f"{name:>8}: first window median {statistics.median(window):5.0f} ms (best {min(window):.0f}, worst "
          f"{max(window):.0f})   {live_text}   RSS {rss:6.1f} MiB   USS {uss:6.1f} MiB   (n={len(runs)})")
    return statistics.median(window), statistics.median(live), rss, uss


def twinkle_installed() -> bool:
    return shutil.which("twinkle") is not None and shutil.which("xwininfo") is not None \
        and shutil.which("xprop") is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle", type=float, default=3.0, help="seconds signed in and idle before reading memory")
    parser.add_argument("--python", default="",
                        help="the interpreter of an install to measure (its cti_desktop and PySide6), e.g. a "
                             "virtualenv made with `python -m venv V && V/bin/pip install .`: only the runtime "
                             "dependencies, as an agent's machine has them (default: this interpreter)")
    parser.add_argument("--against", default="",
                        help="another install's interpreter (e.g. of an older commit) whose app runs alternately with "
                             "this one's, run for run, so that both see the same moments of a noisy machine")
    opts = parser.parse_args()
    if opts.runs < 1:
        parser.error("--runs must be at least 1")
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: render off-screen
    config = tempfile.mkdtemp(prefix="cti-desktop-bench-")
    # An installed app starts from compiled byte code (pip, the bundle and the .deb all carry it); a
    # shell that forbids writing it would time the compiler instead: the warm-up run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({"CTI_DESKTOP_PASSWORD": "demo", "CTI_DESKTOP_CONFIG_DIR": config, "XDG_STATE_HOME": config,
                "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "CTI_DESKTOP_BENCHMARK_STARTUP": "report"})
    python = opts.python or sys.executable
    exe = None if opts.python else shutil.which("cti-desktop")
    app_cmd = [exe] if exe else [python, "-m", "cti_desktop"]
    other: list[Run] = []
    app: list[Run] = []
    bare: list[Run] = []
    alone: list[Run] = []
    twinkle: list[Run] = []
    bare_cmd = [python, "-c", BARE]
    alone_cmd = [python, "-c", WINDOW_ALONE]
    with_twinkle = twinkle_installed() and bool(env.get("DISPLAY")) and not env.get("QT_QPA_PLATFORM")
    home = tempfile.mkdtemp(prefix="cti-desktop-bench-twinkle-") if with_twinkle else ""
    with SimulatorProcess("--seed", "1") as sim:
        account = ["--server", sim.base_url, "--domain", "demo.example", "--user", "agent1"]
        cmd = app_cmd + account
        other_cmd = [opts.against, "-m", "cti_desktop", *account] if opts.against else None
        # Warm the file cache (and write the first settings) once, not counted.
        one_run(cmd, env, 0.5)
        if other_cmd:
            one_run(other_cmd, env, 0.5)
        one_run(bare_cmd, env, 0.2)
        one_run(alone_cmd, env, 0.2)
        if with_twinkle:
            twinkle_run(env, 0.2, home)
        # Run for run, each one after the other: every ratio compares runs made at the same
        # moments of the machine (its speed varies by ±15 % from minute to minute here).
        for _ in range(opts.runs):
            app.append(one_run(cmd, env, opts.idle))
            if other_cmd:
                other.append(one_run(other_cmd, env, opts.idle))
            bare.append(one_run(bare_cmd, env, opts.idle))
            alone.append(one_run(alone_cmd, env, 0.5))
            if with_twinkle:
                twinkle.append(twinkle_run(env, opts.idle, home))
    print(f"Interpreter: {python}")
    print(f"Desktop app start-up until the first window is shown, until the main window is shown and the "
          f"connection is Live, and memory after {opts.idle:.0f} s signed in and idle "
          f"(Qt platform {env.get('QT_QPA_PLATFORM') or 'xcb'}):")
    w_app, t_app, rss_app, uss_app = summary("app", app)
    w_bare, t_bare, rss_bare, uss_bare = summary("baseline", bare)
    if other:
        w_o, t_o, rss_o, _uss_o = summary("against", other)
        print(f"  against: {opts.against}, run alternately with the app: first window {w_o / w_bare:.2f}×, "
              f"live {t_o / t_bare:.2f}×, RSS {rss_o / rss_bare:.2f}× the bare window (the app: "
              f"{w_app / w_bare:.2f}×, {t_app / t_bare:.2f}×, {rss_app / rss_bare:.2f}×)")
    w_alone, _t_alone, rss_alone, _uss_alone = summary("window", alone, live_too=False)
    print(f"   window: the app's main window alone, connecting, nothing signed in: first window "
          f"{w_alone / w_bare:.2f}× the bare QWidget window; the app's is {w_app / w_alone:.2f}× that "
          f"(memory {rss_alone:.0f} MiB after 0.5 s)")
    if twinkle:
        w_tw, _t_tw, rss_tw, _uss_tw = summary("twinkle", twinkle, live_too=False)
        print(f"  twinkle: first window {w_tw / w_bare:.1f}×, RSS {rss_tw / rss_bare:.1f}× the bare QWidget window")
    elif not twinkle_installed():
        print("  twinkle: not measured (the twinkle package, xwininfo and xprop are needed)")
    else:
        print("  twinkle: not measured (it needs an X display: run under xvfb-run without QT_QPA_PLATFORM)")
    print(f"   ratio: first window {w_app / w_bare:.2f}× (goal ≤ 1.5×), live {t_app / t_bare:.2f}× (goal ≤ 3×), "
          f"RSS {rss_app / rss_bare:.2f}× (goal ≤ 1.6×, +{rss_app - rss_bare:.0f} MiB), "
          f"USS {uss_app / uss_bare:.1f}× (+{uss_app - uss_bare:.0f} MiB) the bare QWidget window")


if __name__ == "__main__":
    main()
