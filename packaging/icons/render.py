"""Render sortapp's icon for each platform, with Qt's SVG renderer (PySide6's QtSvg).

    python packaging/icons/render.py

writes, beside this file, ``hicolor/SIZExSIZE/apps/sortapp.png`` (the Linux icon theme's sizes,
16 to 256 px, installed under /usr/share/icons/hicolor by the .deb) and ``sortapp.ico`` (Windows:
the program's and the installer's icon, 16 to 256 px, each size a PNG inside). 16 and 24 px come
from ``sortapp-small.svg``, drawn on the pixel grid; the rest from ``sortapp.svg``. The rendered
files are committed: a build needs no renderer; run this again after changing an SVG.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL = (16, 24)  # drawn from the small variant


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG (a PNG inside an .ico: Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, images = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an .ico
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    _app = QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    pngs = {}
    for size in SIZES:
        svg = HERE / ("sortapp-small.svg" if size in SMALL else "sortapp.svg")
        pngs[size] = render(svg, size)
        target = HERE / "hicolor" / f"{size}x{size}" / "apps" / "sortapp.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    (HERE / "sortapp.ico").write_bytes(ico(pngs))
    # The windows' own icon (the app sets it: a bundle run from its folder has no theme's).
    (HERE.parents[1] / "resources" / "sortapp.png").write_bytes(pngs[256])
    print(f"wrote {len(SIZES)} PNGs under {HERE / 'hicolor'} and {HERE / 'sortapp.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
