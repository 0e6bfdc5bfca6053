"""Screenshots of My photo (presence panel) and a device's icon in My devices (real app, simulator).

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshots_photo.py

Signs in like ``tools/screenshots.py`` (same seeded simulator, throw-away settings, no keyring) and
then, through the app's own view-models and widgets:

* draws a portrait, saves it as a PNG in a temporary folder (the person's own file), chooses it with
  "Change photo…" in the presence panel → ``docs/screenshots/my-photo.png``;
* opens File → My devices…, chooses the desk phone and its "Type 2" icon →
  ``docs/screenshots/my-devices-icon.png``.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
shots = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shots)


def portrait(path: Path) -> None:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    image = QImage(1200, 1200, QImage.Format.Format_RGB32)  # large: it is scaled down before upload
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, 1200))
    sky.setColorAt(0, QColor("#5aa9e6"))
    sky.setColorAt(1, QColor("#e0f0ff"))
    painter.fillRect(image.rect(), sky)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2f3e46"))
    painter.drawEllipse(QRectF(250, 820, 700, 700))  # shoulders
    painter.setBrush(QColor("#f1c27d"))
    painter.drawEllipse(QRectF(400, 300, 400, 480))  # face
    painter.setBrush(QColor("#4a3728"))
    painter.drawChord(QRectF(380, 250, 440, 330), 0, 180 * 16)  # hair
    painter.end()
    assert image.save(str(path), "PNG")


async def scenario(controller, sim, opts) -> None:
    until, save = shots.until, shots.save
    window, ws = await shots.open_window(controller, shots.window_size(opts.size), lambda ws: ws.presence_vm.loaded)

    # (1) My photo in the presence panel
    window.show_left_tab("presence")
    box = ws.presence.photo_box
    await until(lambda: box.vm.loaded, 10, "my photo")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "portrait.png"
        portrait(path)
        box.choose_file()
        box.dialog.fileSelected.emit(str(path))  # what choosing the file in the chooser emits
        box.dialog.reject()
        await until(lambda: box.vm.notice == "Photo changed", 15, "the upload")
    await asyncio.sleep(0.6)
    window.notice_area.clear()
    save(window.grab(), opts.out / "my-photo.png")

    # (2) My devices: the desk phone's icon
    devices = window.open_devices()
    await until(lambda: devices.list.count() > 0, 10, "the device list")
    row = next(i for i in range(devices.list.count()) if "Desk phone —" in devices.list.item(i).text())
    devices.list.setCurrentRow(row)
    await until(lambda: devices.vm.icon, 10, "the device icon")
    index = devices.icon_combo.findData("TYPE_2")
    devices.icon_combo.setCurrentIndex(index)
    devices.icon_combo.activated.emit(index)
    await until(lambda: devices.vm.icon == "TYPE_2" and devices.notice_label.text(), 10, "the icon change")
    await asyncio.sleep(0.6)
    save(devices.grab(), opts.out / "my-devices-icon.png")
    devices.close()


shots.scenario = scenario

if __name__ == "__main__":
    sys.exit(shots.main())
