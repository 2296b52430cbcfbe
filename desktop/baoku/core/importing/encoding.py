"""Decode text files: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, Big5.

The decoded text is exactly the source's characters: full-width and half-width forms are kept as
they are. Only line endings are normalised to \\n.
"""

from __future__ import annotations

import re

import charset_normalizer

from ..errors import ImportRejected

CANDIDATES = ["gb18030", "big5"]


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise ImportRejected with a clear reason."""
    if not data.strip():
        raise ImportRejected(f"{name}: the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return _finish(_strict(data[3:], "utf-8", name), name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _finish(_strict(data, "utf-16", name), name), "utf-16"
    if b"\x00" in data:
        raise ImportRejected(f"{name}: this is a binary file, not text (it contains NUL bytes)")
    try:
        return _finish(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            raise ImportRejected(
                f"{name}: the file ends in the middle of a UTF-8 character; it looks truncated"
            ) from None
        utf8_error = e
    best = charset_normalizer.from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is None:
        raise ImportRejected(
            f"{name}: cannot read this file as UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), "
            "GB18030 or Big5; it may be truncated, mixed or not text")
    enc = best.encoding
    return _finish(_strict(data, enc, name), name), enc


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ImportRejected(
            f"{name}: not valid {encoding} ({e.reason} at byte {e.start}); the file may be truncated "
            "or mix encodings") from None


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters but \t \n \v \f (\r is gone)


def _finish(text: str, name: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # C-speed: a Python loop over a 6 MB file held up the desktop window's event loop (GIL).
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise ImportRejected(f"{name}: this looks like a binary file, not text ({controls} control characters)")
    if not text.strip():
        raise ImportRejected(f"{name}: the file has no text")
    return text
