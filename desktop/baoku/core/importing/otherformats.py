"""Files of a kind Baoku does not read as page text, told by their first bytes: a file named
outright on the command line (or in the window) is read as page text whatever its name ends in,
so an HTML page or an RTF document had its markup stored as the article's text, and a Word
document, a GIF or a PNG named .txt was "a file whose encoding cannot be told". Each is now named
for what it is, with what to do instead (coded: `unreadable`, kind `other_format`).

Only signatures no page of text begins with are taken: a file's magic bytes, and for markup its
opening tag or control word (after a byte order mark and blank space)."""

from __future__ import annotations

import re

# The format's key (coded.py and the window word it) by its first bytes.
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "jp2"), (b"\xff\x4f\xff\x51", "jp2"),
    (b"GIF87a", "gif"), (b"GIF89a", "gif"), (b"%PDF-", "pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office_old"), (b"{\\rtf", "rtf"),
    (b"\x1f\x8b", "gzip"), (b"7z\xbc\xaf\x27\x1c", "7z"), (b"Rar!\x1a\x07", "rar"),
]
# What a ZIP holds says which document it is (Office Open XML, OpenDocument, EPUB).
_ZIPPED = [(b"word/", "docx"), (b"xl/", "xlsx"), (b"ppt/", "pptx"), (b"application/epub+zip", "epub"),
           (b"application/vnd.oasis.opendocument", "odf")]
_HTML = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)

# Kinds that Baoku reads under their own name (a page scan, a PDF, a ZIP of files).
RENAMED = {"png": ".png", "jpeg": ".jpg", "tiff": ".tif", "webp": ".webp", "jp2": ".jp2", "pdf": ".pdf", "zip": ".zip"}


def other_format(data: bytes) -> str | None:
    """The key of the format `data` is in, when it is one that is not page text; else None."""
    for magic, key in _MAGIC:
        if data.startswith(magic):
            return key
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:2] == b"BM" and len(data) > 26 and int.from_bytes(data[2:6], "little") == len(data):
        return "bmp"  # (its header gives the file's own size: "BM" alone begins words too)
    if data[4:8] == b"ftyp":
        return "video"
    if data.startswith(b"PK\x03\x04"):
        head = data[:4096]
        return next((key for mark, key in _ZIPPED if mark in head), "zip")
    if _HTML.match(data.removeprefix(b"\xef\xbb\xbf")[:4096]):
        return "html"
    return None
