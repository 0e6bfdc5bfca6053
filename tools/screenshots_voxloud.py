"""Screenshots of the app on a Voxloud account: the screen-pop and the call history.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshots_voxloud.py

(the same apt packages as ``tools/screenshots.py``). Starts the Voxloud simulator with a fixed seed
and no demo traffic, signs in exactly as ``cti-desktop --backend voxloud --server URL --user 101
--option webhook_port=0`` does with ``CTI_DESKTOP_API_KEY=demo-key`` (a throw-away settings folder,
no keyring), then drives calls through the simulator's control API:

* a known caller rings extension 101 → ``docs/screenshots/voxloud-screen-pop.png`` (the pop, once
  the Voxloud contacts have named the caller: no Answer/Reject, where to answer instead);
* that call goes unanswered and leaves a voicemail (its PHONE_CALL record arrives by webhook), a fax
  arrives → ``docs/screenshots/voxloud-call-history.png`` (the main window with the call history:
  the seeded calls, the new missed call selected, its Open menu of links).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import open_window, run_app, save, settle, sim_post, until, window_size  # noqa: E402

KNOWN_CALLER = "+390212345678"  # Giulia Bianchi, Acme Italia, in the seeded contacts


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--size", default="1280x800", help="the main window's size")
    p.add_argument("--timeout", type=float, default=60.0)
    return p.parse_args(argv)


async def scenario(controller, sim, opts: argparse.Namespace) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:
        window, ws = await open_window(controller, window_size(opts.size), lambda ws: ws.history_vm.loaded)
        await asyncio.sleep(0.5)

        # (1) a known caller rings 101: the pop.
        call_id = (await sim_post(http, "/_sim/calls", {"to": "101", "from": KNOWN_CALLER}))["call_id"]
        await until(lambda: ws.screen_pop.window(call_id) is not None, 10, "the screen-pop")
        pop = ws.screen_pop.window(call_id)
        await until(lambda: pop.isVisible() and not pop.item.lookupPending, 10, "the caller lookup")
        await asyncio.sleep(0.6)
        save(pop.grab(), opts.out / "voxloud-screen-pop.png")

        # (2) nobody answers, the caller leaves a voicemail; a fax arrives: the history.
        await sim_post(http, f"/_sim/calls/{call_id}/hangup", {"voicemail": True})
        await sim_post(http, "/_sim/fax", {"to": "101", "from": "+390611122233", "pages": 2})
        await until(lambda: ws.screen_pop.window(call_id) is None, 10, "the pop to close")
        await ws.history_vm.refresh_now()
        window.follow_tabs.setCurrentWidget(ws.history)
        missed = next(i for i in ws.history_vm.items if i["missed"] and i["number"] == KNOWN_CALLER)
        ws.history.select(missed["id"])
        await settle(window, 1.0, 0.2)
        save(window.grab(), opts.out / "voxloud-call-history.png")


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, sim, opts), name="screenshots", user="101",
                   timeout=opts.timeout, backend="voxloud")


if __name__ == "__main__":
    sys.exit(main())
