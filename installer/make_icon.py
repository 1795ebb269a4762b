"""Draw Karavan's icon and write app/resources/icons/karavan.png (256 px) and karavan.ico (16–256 px).

Run once when the icon changes (`python installer/make_icon.py`); the files are committed. The .ico holds
PNG-compressed images, which Windows Vista and later read, so no image library beyond Qt is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "app" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """A teal rounded square with a sun over three dunes and a caravan's path: legible at 16 px."""
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0f6e74"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    p.setBrush(QColor("#f2b134"))
    p.drawEllipse(QPointF(172 * s, 84 * s), 34 * s, 34 * s)
    dunes = QPainterPath(QPointF(8 * s, 190 * s))
    dunes.cubicTo(60 * s, 130 * s, 110 * s, 130 * s, 150 * s, 175 * s)
    dunes.cubicTo(185 * s, 140 * s, 220 * s, 140 * s, 248 * s, 165 * s)
    dunes.lineTo(248 * s, 200 * s)
    dunes.lineTo(8 * s, 200 * s)
    dunes.closeSubpath()
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    p.setClipPath(clip)
    p.setBrush(QColor("#e9d8a6"))
    p.drawPath(dunes)
    p.setBrush(QColor("#d9bf77"))
    p.drawRect(QRectF(8 * s, 200 * s, 240 * s, 48 * s))
    pen = QPen(QColor("#5b3a1a"), max(1.5, 10 * s), Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawLine(QPointF(40 * s, 222 * s), QPointF(216 * s, 222 * s))
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    images = [(size, png_bytes(draw(size))) for size in SIZES]
    (ICONS / "karavan.png").write_bytes(images[-1][1])
    (ICONS / "karavan.ico").write_bytes(ico_bytes(images))
    print(f"wrote {ICONS / 'karavan.png'} and {ICONS / 'karavan.ico'} ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
