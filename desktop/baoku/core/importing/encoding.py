"""Decode text files: UTF-8 (with or without BOM), UTF-16 (with BOM, or without when one byte
order reads as text), UTF-32 with its BOM, GB18030/GBK, Big5 (and its
Hong Kong and Microsoft extensions, Big5-HKSCS and cp950).

The decoded text is exactly the source's characters: full-width and half-width forms are kept as
they are. Only line endings are normalised to \\n.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..coded import Coded
from ..errors import ImportRejected

# Tried in this order; of those that read the file strictly and write it back byte for byte, the
# most plausible wins (a Big5 file is usually also "valid" GB18030, as garbage).
CANDIDATES = ["gb18030", "big5", "cp950", "big5hkscs"]
MIN_PLAUSIBLE = 0.35  # below this share of plausible characters, it is not text in these encodings
SAMPLE = 4000  # characters looked at to judge plausibility
# UTF-16 without a byte order mark must read as text almost throughout: real text, Chinese or
# Latin, reads at 1.0, the other byte order of English at about 0.4, binary junk up to 0.4.
UTF16_PLAUSIBLE = 0.9


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise ImportRejected with a clear reason."""
    if not data.strip():
        raise ImportRejected(Coded("unreadable", where=name, kind="empty"))
    if data.startswith(b"\xef\xbb\xbf"):
        return _finish(_strict(data[3:], "utf-8", name), name), "utf-8-sig"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # (before UTF-16: its mark begins FF FE too)
        return _finish(_strict(data, "utf-32", name), name), "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _finish(_strict(data, "utf-16", name), name), "utf-16"
    if b"\x00" in data:  # UTF-16 without its byte order mark (Windows tools write it), or not text
        found = _utf16_without_bom(data) or _with_stray_nuls(data)
        if found is None:
            raise ImportRejected(Coded("unreadable", where=name, kind="nul_bytes"))
        text, enc = found
        return _finish(text, name), enc
    try:
        return _finish(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            raise ImportRejected(Coded("unreadable", where=name, kind="truncated", encoding=" UTF-8")) from None
        utf8_error = e
    readable: list[tuple[float, int, str, str]] = []
    for order, enc in enumerate(CANDIDATES):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if text.encode(enc) != data:  # not what the file says
            continue
        readable.append((plausibility(text), -order, enc, text))
    if readable:
        if len({t for *_, t in readable}) > 1:  # they disagree: let charset-normalizer choose, if it can
            import charset_normalizer  # (only for a file that is not UTF-8: it takes a while to load)

            best = charset_normalizer.from_bytes(data, cp_isolation=[r[2] for r in readable]).best()
            chosen = next((r for r in readable if best is not None and r[2] == best.encoding), None)
        else:
            chosen = None
        score, _, enc, text = chosen or max(readable)
        if score >= MIN_PLAUSIBLE:
            return _finish(text, name), enc
    if any(_ends_inside(data[:-k], enc) for enc in CANDIDATES for k in (1, 2, 3)):
        raise ImportRejected(Coded("unreadable", where=name, kind="truncated", encoding=""))
    raise ImportRejected(Coded("unreadable", where=name, kind="undecodable", reason=utf8_error.reason,
                               at=utf8_error.start))


def _with_stray_nuls(data: bytes) -> tuple[str, str] | None:
    """(text, "utf-8") for UTF-8 text holding a few NUL bytes (a tool's slip): a NUL is a
    character of its own in UTF-8, never part of another, so the file reads as UTF-8 with its NULs
    kept as the source has them (shown as ␀). None for more of them than a text has control
    characters (see _finish), or bytes that are not UTF-8 (a legacy encoding's reading of them
    could not be told from UTF-16 cut short)."""
    if data.count(b"\x00") > max(8, len(data) // 100):
        return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when the bytes read strictly as UTF-16 in one byte order as plausible text
    holding no NUL; when both orders do, charset-normalizer chooses (it tells them apart on a
    page, not on a line: plausibility decides a line). None for anything else."""
    if len(data) % 2:
        return None
    readable: list[tuple[float, str, str]] = []
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if "\x00" not in text and score >= UTF16_PLAUSIBLE:
            readable.append((score, enc, text))
    if len(readable) > 1:
        import charset_normalizer

        best = charset_normalizer.from_bytes(data, cp_isolation=["utf_16_le", "utf_16_be"]).best()
        said = best.encoding.replace("_", "-") if best is not None else None
        readable = [r for r in readable if r[1] == said] or readable
    if not readable:
        return None
    _, enc, text = max(readable)
    return text, enc


def _ends_inside(head: bytes, enc: str) -> bool:
    """True when the file would read in this encoding but for its last few bytes."""
    if not head:
        return False
    try:
        head.decode(enc)
        return True
    except UnicodeDecodeError:
        return False


@lru_cache(maxsize=65536)
def _common(c: str) -> bool:
    """A character Chinese text is mostly made of: ASCII, the common Han characters of GB2312 or of
    Big5's first level, CJK and full-width punctuation, currency and letterlike symbols."""
    o = ord(c)
    if o < 0x80:
        return c.isprintable() or c in "\n\t"
    if 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or 0x20A0 <= o <= 0x214F:
        return True
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA440 <= int.from_bytes(c.encode("big5"), "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


def plausibility(text: str) -> float:
    """The share of a text's characters that are common in Chinese text (see _common): a file
    read in the wrong encoding is mostly rare characters, box drawing and kana."""
    sample = text[:SAMPLE]
    return sum(map(_common, sample)) / max(1, len(sample))


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
        raise ImportRejected(Coded("unreadable", where=name, kind="binary", controls=controls))
    if not text.strip():
        raise ImportRejected(Coded("unreadable", where=name, kind="no_text"))
    return text
