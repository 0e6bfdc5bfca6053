"""Screenshots of the wallboard's TV mode, from the real app against the embedded Dstny simulator.

    XVFB_SIZE=1920x1080x24 /work/shared/tools/xvfb-shot /tmp/x.png 60 -- python tools/wallboard_tv_screenshot.py
    (or: xvfb-run -s "-screen 0 1920x1080x24" python tools/wallboard_tv_screenshot.py)

Signs in as the supervisor ``super1`` (as ``tools/screenshots.py`` does), puts callers in three queues
through the simulator's control API (one warning, one critical), opens the wallboard (Queues →
Wallboard) and turns TV mode on with its own button (it goes full screen):

* the four seeded queues → ``docs/screenshots/wallboard-tv.png``;
* two more queues added by the simulator's queue load (six in all) → ``docs/screenshots/wallboard-tv-6.png``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import run_app, save, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, sim, out: Path) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:
        for gid, waiting in ((101, 2), (102, 7), (104, 3)):
            (await http.post(f"/_sim/queues/{gid}", json={"callsWaiting": waiting})).raise_for_status()
        await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
        window = controller.window
        await until(lambda: window.vm.live, 20, "the session")
        board = window.open_wallboard()
        vm = board.vm
        await until(lambda: vm.live and vm.model.rowCount() == 4 and vm.organisation is not None, 20, "the wallboard")
        board.tv_button.click()
        await until(lambda: board.window().isFullScreen() and board.tv_grid is not None, 10, "TV mode")
        await asyncio.sleep(1.5)
        save(board.window().grab(), out / "wallboard-tv.png")
        grid = board.tv_grid
        print(f"4 queues: {grid.columns}×{grid.rows} tiles of {grid.tile.width()}×{grid.tile.height()}, "
              f"figures {grid.figure_pixels} px on a {board.window().height()} px high screen")

        (await http.post("/_sim/queues/load", json={"queues": 2, "rate": 0.2, "seconds": 120})).raise_for_status()
        await until(lambda: vm.model.rowCount() == 6, 20, "six queues")
        await asyncio.sleep(1.5)
        save(board.window().grab(), out / "wallboard-tv-6.png")
        grid = board.tv_grid
        print(f"6 queues: {grid.columns}×{grid.rows} tiles of {grid.tile.width()}×{grid.tile.height()}, "
              f"figures {grid.figure_pixels} px on a {board.window().height()} px high screen")
        (await http.delete("/_sim/queues/load")).raise_for_status()
        board.tv_button.click()
        board.close()
        await asyncio.sleep(0.3)


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, sim, ROOT / "docs" / "screenshots"),
                   name="wallboard TV screenshots", user="super1")


if __name__ == "__main__":
    sys.exit(main())
