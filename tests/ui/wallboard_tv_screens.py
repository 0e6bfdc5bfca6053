"""Run by ``test_wallboard_tv.py`` in a process of its own, on Qt's offscreen platform with two screens
(a config file names them): the wallboard in TV mode on the first screen, then moved to the second,
which has another size and another DPI. Prints one JSON line per screen: its name, size, device pixel
ratio, the TV grid and the waiting count's font pixel size.

    QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json python wallboard_tv_screens.py SIMULATOR_URL
"""

from __future__ import annotations

import asyncio
import json
import os
import sys

os.environ.setdefault("QT_API", "pyside6")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cti_desktop.core.credentials import Credentials  # noqa: E402
from cti_desktop.core.session import Account, Session  # noqa: E402
from cti_desktop.providers.dstny.backend import connect_dstny  # noqa: E402
from cti_desktop.ui.wallboard import WallboardWindow  # noqa: E402
from cti_desktop.viewmodels.session_bridge import SessionBridge  # noqa: E402
from cti_desktop.viewmodels.wallboard import WallboardViewModel  # noqa: E402


async def until(predicate, timeout: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError(f"waiting for {what} timed out")
        await asyncio.sleep(0.02)


async def main(base_url: str) -> None:
    app = QApplication.instance()
    account = Account("dstny", base_url, "demo.example", "super1")
    backend = await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=1.0, backoff_initial=0.1)
    session = Session(account, backend)
    session.start()
    bridge = SessionBridge(session)
    vm = WallboardViewModel(bridge, flush_hz=20, order_every=0.05, heartbeat_interval=1.0, backoff_initial=0.1)
    window = WallboardWindow(vm)
    try:
        window.show()
        vm.start()
        await until(lambda: vm.live and vm.model.rowCount() == 4, 15, "four tiles")
        vm.tvMode = True
        for screen in app.screens():
            if window.screen() is not screen:
                window.showNormal()
                window.windowHandle().setScreen(screen)
                window.setGeometry(screen.availableGeometry())
                window.showFullScreen()

            def settled(screen=screen) -> bool:
                grid, area = window.tv_grid, window.tiles.maximumViewportSize()
                return (window.screen() is screen and window.size() == screen.geometry().size()
                        and grid is not None and grid.columns * grid.tile.width() > area.width() - 1 - grid.columns)

            await until(settled, 5, f"the grid on {screen.name()}")
            await asyncio.sleep(0.1)
            grid, style = window.tv_grid, window.tv_style()
            print(json.dumps({"screen": screen.name(), "height": window.height(), "width": window.width(),
                              "dpr": window.devicePixelRatio(), "columns": grid.columns, "rows": grid.rows,
                              "figure_pixels": style.figure_pixels,
                              "physical_figure_pixels": style.figure_pixels * window.devicePixelRatio()}), flush=True)
    finally:
        await vm.aclose()
        bridge.detach()
        await session.aclose()
        window.close()


if __name__ == "__main__":
    application = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(application)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main(sys.argv[1]))
