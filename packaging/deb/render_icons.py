"""Render the app's SVG icon to the PNG sizes of the hicolor theme, with Qt's own SVG renderer.

    python packaging/deb/render_icons.py SVG OUT_DIR [SIZE ...]

writes OUT_DIR/<N>x<N>/apps/cti-desktop.png for each size (default 16 22 24 32 48 64 128 256 512).
Runs headless (the offscreen platform); exits non-zero when the SVG cannot be rendered.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    svg, out = Path(argv[0]), Path(argv[1])
    sizes = [int(s) for s in argv[2:]] or list(DEFAULT_SIZES)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    if not renderer.isValid():
        print(f"render_icons: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "cti-desktop.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"render_icons: cannot write {target}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
