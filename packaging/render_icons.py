"""Render the app's SVG icon to PNGs with Qt's own SVG renderer (no other tool needed).

    python packaging/render_icons.py SVG OUT_DIR [SIZE ...]          hicolor theme layout (the .deb)
    python packaging/render_icons.py --ico SVG FILE.ico               one 256 px icon (Windows)
    python packaging/render_icons.py --iconset SVG DIR.iconset        the sizes iconutil wants (macOS)

The first writes OUT_DIR/<N>x<N>/apps/cti-desktop.png for each size (default 16 22 24 32 48 64 128
256 512). Runs headless (the offscreen platform); exits non-zero when the SVG cannot be rendered.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


#: The files of a macOS .iconset: name → pixel size.
ICONSET = {f"icon_{n}x{n}{suffix}.png": n * scale for n in (16, 32, 128, 256, 512)
           for suffix, scale in (("", 1), ("@2x", 2))}


def main(argv: list[str]) -> int:
    mode = argv[0] if argv and argv[0] in ("--ico", "--iconset") else None
    if mode:
        argv = argv[1:]
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    svg, out = Path(argv[0]), Path(argv[1])
    if mode == "--ico":
        targets = {out: 256}
    elif mode == "--iconset":
        targets = {out / name: size for name, size in ICONSET.items()}
    else:
        sizes = [int(s) for s in argv[2:]] or list(DEFAULT_SIZES)
        targets = {out / f"{n}x{n}" / "apps" / "cti-desktop.png": n for n in sizes}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    if not renderer.isValid():
        print(f"render_icons: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    for target, size in targets.items():
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "ICO" if target.suffix == ".ico" else "PNG"):
            print(f"render_icons: cannot write {target}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
