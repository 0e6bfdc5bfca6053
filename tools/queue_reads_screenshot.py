"""Screenshots of the queue details and the wallboard's organisation row, from the real app against
the embedded Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 60 -- python tools/queue_reads_screenshot.py
    (or: xvfb-run -s "-screen 0 1600x1000x24" python tools/queue_reads_screenshot.py)

Signs in as the supervisor ``super1`` (as ``tools/screenshots.py`` does), puts callers in two queues
through the simulator's control API, then uses the app's own controls:

* "Details…" of Customer Service in the queues panel → ``docs/screenshots/queue-details.png``;
* the wallboard (Queues → Wallboard), its Sales tile opened (double-click / Enter) →
  ``docs/screenshots/wallboard-organisation.png`` (the organisation's totals row, the opened queue).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import open_window, run_app, save, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, sim, out: Path) -> None:
    import httpx

    from cti_desktop.viewmodels.wallboard import QUEUE_ID_ROLE

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:
        for gid, waiting in ((101, 2), (102, 4)):
            (await http.post(f"/_sim/queues/{gid}", json={"callsWaiting": waiting})).raise_for_status()
    window, ws = await open_window(controller, (1280, 800), lambda ws: ws.queues_vm.loaded, "the queues")

    dialog = ws.queues.show_details("101")
    dialog.move(720, 80)
    await until(lambda: ws.queues_vm.details.get("id") == "101", 10, "the queue details")
    dialog.resize(560, 640)
    await asyncio.sleep(0.6)
    save(dialog.grab(), out / "queue-details.png")
    dialog.close()

    board = window.open_wallboard()
    board.resize(1180, 760)
    vm = board.vm
    await until(lambda: vm.organisation is not None and vm.model.rowCount() == 4, 20, "the wallboard")
    index = next(vm.model.index(r) for r in range(vm.model.rowCount())
                 if vm.model.index(r).data(QUEUE_ID_ROLE) == "102")
    board.tiles.setCurrentIndex(index)
    board.tiles.activated.emit(index)
    await until(lambda: vm.detailText.startswith("Sales"), 10, "the opened queue")
    await asyncio.sleep(1.0)
    save(board.grab(), out / "wallboard-organisation.png")
    board.close()
    await asyncio.sleep(0.3)


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, sim, ROOT / "docs" / "screenshots"),
                   name="queue screenshots", user="super1")


if __name__ == "__main__":
    sys.exit(main())
