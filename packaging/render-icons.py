#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Batchsmith contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders the app icon's PNGs, Windows .ico and macOS .icns from the one SVG.

The results are committed, so building needs no SVG renderer; run this again after changing the SVG.
Needs rsvg-convert (Debian: librsvg2-bin). Both .ico and .icns may hold PNG images as they are.
"""
import pathlib
import struct
import subprocess

HERE = pathlib.Path(__file__).resolve().parent
APP_ID = "io.github.batchsmith.Batchsmith"
HICOLOR = HERE / "linux" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG)],
                          check=True, capture_output=True).stdout


def write_ico(pngs: dict, path: pathlib.Path) -> None:
    sizes = (16, 32, 48, 256)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    path.write_bytes(header + entries + blobs)


def write_icns(pngs: dict, path: pathlib.Path) -> None:
    # icp4/icp5/icp6: 16/32/64 px; ic07/ic08: 128/256 px; each chunk is a PNG file.
    chunks = b""
    for kind, size in ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)):
        chunks += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def main() -> None:
    pngs = {size: render(size) for size in SIZES}
    for size, data in pngs.items():
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    write_ico(pngs, HERE / "windows" / "batchsmith.ico")
    write_icns(pngs, HERE / "macos" / "batchsmith.icns")


if __name__ == "__main__":
    main()
