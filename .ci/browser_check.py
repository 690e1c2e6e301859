"""Renders an HTML report in headless Chromium and checks what a reader
would see: the screenshot is not blank, the page logs no console error, and
the DOM has one <mark> per span the report says it shows.

    python3 .ci/browser_check.py REPORT.html SCREENSHOT.png
"""
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--window-size=1200,1600",
]


def chromium(*args):
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            ["chromium", *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args],
            capture_output=True, text=True, timeout=120,
        )


def png_pixels(path):
    """Decoded rows of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6), f"unexpected PNG format {depth}/{color}"
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return rows, channels


def main():
    report, shot = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    url = "file://" + report
    shown = chromium(f"--screenshot={shot}", url)
    errors = [l for l in shown.stderr.splitlines() if "CONSOLE" in l and ("Uncaught" in l or "error" in l.lower())]
    assert not errors, f"console errors: {errors}"
    rows, channels = png_pixels(shot)
    colours = {row[i:i + 3] for row in rows[::8] for i in range(0, len(row), channels * 8)}
    assert len(colours) > 3, f"blank screenshot: {len(colours)} colours"
    dom = chromium("--dump-dom", url).stdout
    marks = len(re.findall(r"<mark\b", dom))
    said = sum(int(n) for n in re.findall(r"· (\d+) spans</h4>", dom))
    assert marks == said and marks > 0, f"{marks} <mark> elements for {said} spans shown"
    print(f"browser check: screenshot {len(rows)} rows, {len(colours)} colours; {marks} <mark> for {said} spans; no console errors")


if __name__ == "__main__":
    main()
