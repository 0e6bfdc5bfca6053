"""Screenshots of the favourites: the contact details' favourite state, the contacts panel's menu
(Reset favourites to my organisation's template…) and the question before a contact is removed.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/favourites_screenshot.py

Signs in like ``tools/screenshots.py`` (same seeded simulator, throw-away settings, no keyring), then
through the app's own widgets:

* searches for a colleague and chooses them: the details say whether they are a favourite (the
  server's verify), with the button to change it → ``docs/screenshots/contact-favourite.png``;
* opens the contacts panel's "⋯" menu → ``docs/screenshots/favourites-template-menu.png``;
* asks to remove the first favourite from my contacts (the question, before anything is sent) →
  ``docs/screenshots/remove-contact.png``.

Menus and questions are windows of their own, so those two are taken from the screen.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
shots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shots)


def _screen_of(window):
    """The screen's picture of the region of ``window`` (and what floats over it)."""
    from PySide6.QtWidgets import QApplication

    geometry = window.frameGeometry()
    return QApplication.primaryScreen().grabWindow(0, geometry.x(), geometry.y(), geometry.width(),
                                                   geometry.height())


async def scenario(controller, sim, opts) -> None:
    until, save = shots.until, shots.save
    window, ws = await shots.open_window(controller, (1100, 720), lambda ws: True, "the connection")
    window.follow_tabs.setCurrentWidget(ws.contacts)
    window.notice_area.clear()

    # (1) the details' favourite state
    ws.contacts.search_box.setText("agent2")
    await until(lambda: ws.contacts_vm.resultsQuery == "agent2" and ws.contacts_vm.count > 0, 10, "the search")
    row = ws.contacts_vm.model.row_of("agent2")
    ws.contacts.list_view.setCurrentIndex(ws.contacts_vm.model.index(row))
    await until(lambda: ws.details_vm.favourite is not None and ws.details_vm.fields, 10, "the favourite state")
    await asyncio.sleep(0.6)
    window.notice_area.clear()
    save(window.grab(), opts.out / "contact-favourite.png")

    # (2) the panel's menu
    ws.contacts.search_box.setText("")
    await until(lambda: ws.contacts_vm.showingFavourites and ws.contacts_vm.count > 0, 10, "the favourites")
    button = ws.contacts.menu_button
    menu = ws.contacts.panel_menu
    corner = button.mapToGlobal(button.rect().bottomRight())
    menu.popup(corner - type(corner)(menu.sizeHint().width(), 0))  # opened leftwards, inside the window
    await asyncio.sleep(0.8)
    save(_screen_of(window), opts.out / "favourites-template-menu.png")
    ws.contacts.panel_menu.hide()

    # (3) the question before a removal (answered Cancel: nothing is sent)
    ws.contacts.list_view.setCurrentIndex(ws.contacts_vm.model.index(0))
    box = ws.contacts.ask_remove(0)
    await asyncio.sleep(0.8)
    save(_screen_of(window), opts.out / "remove-contact.png")
    box.reject()
    await asyncio.sleep(0.2)


shots.scenario = scenario

if __name__ == "__main__":
    sys.exit(shots.main())
