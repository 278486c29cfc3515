#!/usr/bin/env python3
"""Draws NoteFirst's toolbar and store icons (a note with a pen stroke on a rounded
square) as PNGs with nothing but the standard library. Run once when the art changes:
    python3 extension/tools/make-icons.py extension/icons
"""
import struct
import sys
import zlib
from pathlib import Path

BG = (22, 94, 131)  # deep teal blue: reads on light and dark toolbars
NOTE = (255, 255, 255)
INK = (22, 94, 131)
ACCENT = (246, 178, 60)


def rounded_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1


def colour_at(u, v):
    """Colour at unit coordinates (0..1), or None for transparent."""
    if not rounded_rect(u, v, 0.0, 0.0, 1.0, 1.0, 0.22):
        return None
    colour = BG
    if rounded_rect(u, v, 0.2, 0.18, 0.8, 0.78, 0.07):
        colour = NOTE
        for top in (0.32, 0.45, 0.58):
            if 0.3 <= u <= (0.7 if top < 0.5 else 0.55) and top <= v <= top + 0.055:
                colour = INK
    # The speech-bubble tail under the note.
    if 0.3 <= u <= 0.45 and 0.78 <= v <= 0.9 and (v - 0.78) <= (0.45 - u) * 0.8:
        colour = NOTE
    if (u - 0.74) ** 2 + (v - 0.72) ** 2 <= 0.13 ** 2:
        colour = ACCENT
    return colour


def draw(size, samples=4):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            n = acc[3]
            if n:
                row += bytes([acc[0] // n, acc[1] // n, acc[2] // n, 255 * n // (samples * samples)])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "extension/icons")
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        (out / f"{size}.png").write_bytes(draw(size))
