"""The application icon for each platform, rendered from installer/linux/ramstein-planner.svg.

    .venv/bin/python installer/make_icons.py OUTDIR       (the build scripts run this)

writes OUTDIR/ramstein.ico (Windows: 16-256 px), OUTDIR/ramstein.icns (macOS: 16-1024 px) and
OUTDIR/ramstein.png (256 px), so that no binary icon is kept in the repository. Both container
formats are written here byte by byte (they are simple: a directory of images) rather than
with iconutil or Pillow, so the same command works on every build machine; Qt's own image
plugins read them back in tests/integration/test_installer.py.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parent / "linux" / "ramstein-planner.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)  # what Explorer and the taskbar ask for
# (type code, pixels): the PNG-based icns types macOS has read since 10.7/10.8.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """An ICO entry as a classic 32-bit DIB (what every Windows tool reads below 256 px)."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):  # bottom-up rows of BGRA, as the format wants
        line = image.constScanLine(y)
        rows.append(bytes(line)[: size * 4])  # Format_ARGB32 is B, G, R, A in memory (little endian)
    mask_stride = ((size + 31) // 32) * 4  # the AND mask: all 0, the alpha channel does the work
    return header + b"".join(rows) + bytes(mask_stride * size)


def write_ico(renderer: QSvgRenderer, target: Path) -> None:
    images = []
    for size in ICO_SIZES:
        image = render(renderer, size)
        images.append((size, png_bytes(image) if size >= 256 else dib_bytes(image)))
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    target.write_bytes(directory + b"".join(data for _, data in images))


def write_icns(renderer: QSvgRenderer, target: Path) -> None:
    cache: dict[int, bytes] = {}
    chunks = []
    for code, size in ICNS_TYPES:
        if size not in cache:
            cache[size] = png_bytes(render(renderer, size))
        chunks.append(code.encode("ascii") + struct.pack(">I", 8 + len(cache[size])) + cache[size])
    body = b"".join(chunks)
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make_icons.py OUTDIR", file=sys.stderr)
        return 2
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build machine may have no display
    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG}: not a valid SVG", file=sys.stderr)
        return 1
    write_ico(renderer, outdir / "ramstein.ico")
    write_icns(renderer, outdir / "ramstein.icns")
    render(renderer, 256).save(str(outdir / "ramstein.png"), "PNG")
    del app
    for name in ("ramstein.ico", "ramstein.icns", "ramstein.png"):
        print(f"{outdir / name} ({(outdir / name).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
