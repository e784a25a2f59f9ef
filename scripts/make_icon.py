"""Render the app's SVG icon into resources/certbot-assistant.ico (16…256 px) for Windows.

    .venv/bin/python scripts/make_icon.py

The .ico is checked in (PyInstaller and the MSI need it at build time); run this after changing
the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[1]
SVG = REPO / "gui" / "certbot_assistant" / "resources" / "certbot-assistant.svg"
ICO = REPO / "resources" / "certbot-assistant.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    images = [(size, png(renderer, size)) for size in SIZES]
    # ICONDIR + ICONDIRENTRY per image + PNG payloads (PNG-in-ICO, Windows Vista and later).
    header = (
        (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(images).to_bytes(2, "little")
    )
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, data in images:
        dim = 0 if size >= 256 else size
        entries += bytes([dim, dim, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(data).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(data)
        payload += data
    ICO.parent.mkdir(exist_ok=True)
    ICO.write_bytes(header + entries + payload)
    print(f"{ICO} ({ICO.stat().st_size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
