"""Screenshot: a phone system that refuses one ticket scope still signs in; that feature says why.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshot_refused_scope.py

Starts the PBX simulator (fixed seed, no demo traffic) as a deployment that refuses the
``COMMUNICATION_LOG`` scope (``POST /_sim/deployment {"refuseScopes": ["COMMUNICATION_LOG"]}``),
signs in as ``agent1`` exactly as ``cti-desktop --server URL --domain demo.example --user agent1``
with ``CTI_DESKTOP_PASSWORD=demo`` does (a throw-away settings folder, no keyring), opens the call
history tab and saves ``docs/screenshots/refused-scope.png``: the app is signed in and live, and the
call history says in words that this account's ticket lacks its scope.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import open_window, run_app, save, until, window_size  # noqa: E402  (the README screenshots' own helpers)

REFUSED = "COMMUNICATION_LOG"


async def scenario(controller, opts: argparse.Namespace) -> None:
    window, ws = await open_window(controller, window_size(opts.size), lambda ws: ws.presence_vm.loaded)
    window.follow_tabs.setCurrentWidget(ws.history)
    await until(lambda: REFUSED in (ws.history_vm.error or getattr(ws.history_vm, "refreshError", "") or ""), 20,
                "the call history's words")
    window.notice_area.clear()  # "no system keyring" in a bare X server: dismissed, as a person would
    await asyncio.sleep(1.0)
    save(window.grab(), opts.out / "refused-scope.png")
    print("call history says:", ws.history_vm.error or ws.history_vm.refreshError)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--size", default="1280x800")
    p.add_argument("--timeout", type=float, default=60.0)
    opts = p.parse_args(argv)

    def refuse_the_scope(sim) -> None:
        import httpx

        httpx.post(sim.base_url + "/_sim/deployment", json={"refuseScopes": [REFUSED]}, timeout=10).raise_for_status()

    return run_app(lambda controller, sim: scenario(controller, opts), name="screenshot", timeout=opts.timeout,
                   prepare=refuse_the_scope)


if __name__ == "__main__":
    sys.exit(main())
