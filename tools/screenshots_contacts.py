"""Screenshots of My contacts, the contact details, busy elsewhere and My devices (real app, simulator).

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshots_contacts.py

Signs in like ``tools/screenshots.py`` (same seeded simulator, throw-away settings, no keyring) and
then, through the app's own view-models and widgets:

* adds three contacts of the person's own, opens "My contacts" with one being edited →
  ``docs/screenshots/my-contacts.png``;
* searches the directory for a colleague, chooses them (their details show under the results) and
  marks the person busy elsewhere for an hour in the presence panel → ``docs/screenshots/contact-details.png``;
* opens File → My devices…, chooses the softphone → ``docs/screenshots/my-devices.png``.
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


async def scenario(controller, sim, opts) -> None:
    from cti_desktop.core.contact_book import ContactForm

    until, save = shots.until, shots.save
    window, ws = await shots.open_window(controller, shots.window_size(opts.size), lambda ws: ws.presence_vm.loaded and ws.book_vm.loaded)

    # (1) My contacts
    for form in (ContactForm("Ada", "Lovelace", "Analytical Engines AB", "ada@engines.example", "+46850654760", "VIP"),
                 ContactForm("Bo", "Ek", "Ek & Son Bygg", "", "+46701112233"),
                 ContactForm("", "", "Stockholm Taxi", "", "+4681500000", "FAVORITE")):
        assert await ws.book_vm.add_contact(form), ws.book_vm.error
    window.follow_tabs.setCurrentWidget(ws.book)
    ws.book.select(ws.book_vm.contacts[0]["id"])
    ws.book.edit_button.click()
    await asyncio.sleep(0.8)
    window.notice_area.clear()
    save(window.grab(), opts.out / "my-contacts.png")
    ws.book.cancel_button.click()

    # (2) contact details under the search, and busy elsewhere in the presence panel
    window.follow_tabs.setCurrentWidget(ws.contacts)
    ws.contacts.search_box.setText("agent2")
    await until(lambda: ws.contacts_vm.resultsQuery == "agent2" and ws.contacts_vm.count > 0, 10, "the search")
    row = next(r for r in range(ws.contacts_vm.count) if ws.contacts_vm.model.contact(r).id == "agent2")
    ws.contacts.list_view.setCurrentIndex(ws.contacts_vm.model.index(row))
    await until(lambda: ws.details_vm.fields, 10, "the contact details")
    window.show_left_tab("presence")
    assert await ws.busy_vm.mark_for(60), ws.busy_vm.error
    await asyncio.sleep(0.8)
    window.notice_area.clear()
    save(window.grab(), opts.out / "contact-details.png")
    await ws.busy_vm.clear_mark()

    # (3) My devices
    devices = window.open_devices()
    await until(lambda: devices.list.count() > 0, 10, "the device list")
    devices.list.setCurrentRow(0)
    await until(lambda: devices.detail_rows(), 10, "the device details")
    await asyncio.sleep(0.6)
    save(devices.grab(), opts.out / "my-devices.png")
    devices.close()


shots.scenario = scenario

if __name__ == "__main__":
    sys.exit(shots.main())
