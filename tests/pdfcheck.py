"""What a print shop checks in a PDF, read back with pypdf and pdfplumber (and poppler when present)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

WHITESPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return WHITESPACE.sub("", text)


def fonts(path: Path) -> list[dict]:
    """Every font any page uses: name, subtype, whether its program is embedded."""
    found: dict[str, dict] = {}
    for page in PdfReader(str(path)).pages:
        res = page.get("/Resources") or {}
        for ref in (res.get("/Font") or {}).values():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            desc_holder = font
            if font.get("/Subtype") == "/Type0":
                desc_holder = font["/DescendantFonts"][0].get_object()
            desc = desc_holder.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[name] = {"name": name, "subtype": str(font.get("/Subtype")), "embedded": embedded,
                           "subset": bool(re.match(r"^/?[A-Z]{6}\+", name))}
    return list(found.values())


def pdffonts(path: Path) -> list[list[str]] | None:
    """poppler's own listing (rows of columns), or None when poppler-utils is not installed."""
    if not shutil.which("pdffonts"):
        return None
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


# A justified line's last glyph box reaches past the column edge by the letter spacing (at most half
# a character); the gutter between columns is wider than this.
PAD_X = 8.0
Box = tuple[float, float, float, float]  # x, y, width, height in PDF coordinates (origin bottom left)


def pdftotext(path: Path, boxes: list[Box] | None = None) -> list[str] | None:
    """poppler's text of every page, read box by box (columns in order) when boxes are given;
    None when poppler-utils is not installed."""
    if not shutil.which("pdftotext"):
        return None
    reader = PdfReader(str(path))
    pages, height = len(reader.pages), float(reader.pages[0].mediabox.height)
    texts = []
    for n in range(1, pages + 1):
        parts = []
        for x, y, w, h in boxes or [None]:  # type: ignore[misc]
            args = ["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n)]
            if boxes:
                top = height - y - h
                args += ["-r", "72", "-x", str(int(x - PAD_X)), "-y", str(int(top - 2)),
                         "-W", str(int(w + 2 * PAD_X)), "-H", str(int(h + 4))]
            parts.append(subprocess.run(args + [str(path), "-"], capture_output=True, text=True,
                                        check=True).stdout)
        texts.append("\n".join(parts))
    return texts


def page_texts(path: Path, boxes: list[Box] | None = None) -> list[str]:
    """Text of every page (pdfplumber); with boxes (the frames of the type area), only what lies in
    them, box by box, leaving out the running header and footer."""
    texts = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            if not boxes:
                texts.append(page.extract_text() or "")
                continue
            parts = []
            for x, y, w, h in boxes:
                top = float(page.height) - (y + h)
                box = (x - PAD_X, top - 2, x + w + PAD_X, top + h + 2)
                parts.append(page.crop(box).extract_text() or "")
            texts.append("\n".join(parts))
    return texts


def lines(texts: list[str]) -> list[str]:
    return [ln for text in texts for ln in text.splitlines() if ln.strip()]


# -- typesetting, from pdfplumber's character positions -----------------------------------------

FULL_CLOSE = set("，。、；：？！）》」』】〕〉”’")
FULL_PUNCT = FULL_CLOSE | set("（《「『【〔〈“‘")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
LATIN = re.compile(r"[A-Za-z0-9]")


@dataclass
class PrintedLine:
    page: int  # 1-based
    frame: int  # index of the frame (column) in reading order
    baseline: float  # PDF points from the page top
    chars: list[dict]  # pdfplumber chars, left to right

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def size(self) -> float:
        return round(max(c["size"] for c in self.chars), 1)

    @property
    def left(self) -> float:
        return self.chars[0]["x0"]

    def right_ink(self) -> float:
        """Where the line's last glyph ends: for a full-width closing mark, where its outline
        ends (it may be set half width at a line end, its empty half past the measure)."""
        c = self.chars[-1]
        if c["text"] in FULL_CLOSE:
            return c["x0"] + _ink_right(c["text"]) * c["size"]
        return c["x1"]


def _ink_right(ch: str) -> float:
    """Right edge of the mark's outline in the bundled serif, in em (read from its glyf box)."""
    from baoku.core.export.fonts import FontSet

    return FontSet().ink(ch, FontSet.SERIF)[1]


def printed_lines(path: Path, boxes: list[Box]) -> list[PrintedLine]:
    """Every line of text inside the boxes (the frames), page by page and frame by frame, in
    reading order; grouped by baseline, so a Latin word in another face stays on its line."""
    out: list[PrintedLine] = []
    with pdfplumber.open(str(path)) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            height = float(page.height)
            for f, (x, y, w, h) in enumerate(boxes):
                rows: dict[float, list[dict]] = {}
                for c in page.chars:
                    base = height - c["matrix"][5]
                    if x - 1 <= c["x0"] < x + w and height - (y + h) - 2 <= base <= height - y + 2:
                        rows.setdefault(round(base * 2) / 2, []).append(c)
                for base in sorted(rows):
                    chars = sorted(rows[base], key=lambda c: c["x0"])
                    if "".join(c["text"] for c in chars).strip():
                        out.append(PrintedLine(n, f, base, chars))
    return out


def past_measure(lines: list[PrintedLine], boxes: list[Box], tolerance: float = 0.3,
                 ink: bool = False) -> list[tuple]:
    """Lines whose last glyph box (with `ink`: its outline) runs past their frame's right edge, or
    whose first starts before its left edge."""
    bad = []
    for ln in lines:
        x, _, w, _ = boxes[ln.frame]
        over = (ln.right_ink() if ink else ln.chars[-1]["x1"]) - (x + w)
        under = x - ln.left
        if over > tolerance or under > tolerance:
            bad.append((round(max(over, under), 1), ln.page, ln.text[-24:]))
    return bad


def split_dashes(lines: list[PrintedLine]) -> list[str]:
    """Places where a 破折号 (——) or 省略号 (……) is cut by a line end: a line ending in the mark
    and the next one starting with it."""
    return [a.text + " / " + b.text for a, b in zip(lines, lines[1:])
            for mark in "—…" if a.text.endswith(mark) and b.text.startswith(mark)]


def pairs(lines: list[PrintedLine], first: re.Pattern | set, second: re.Pattern | set):
    """Neighbouring characters on a line: (line, a, b) for a in `first` and b in `second`."""
    def is_(c, what):
        return bool(what.match(c["text"])) if isinstance(what, re.Pattern) else c["text"] in what
    for ln in lines:
        for a, b in zip(ln.chars, ln.chars[1:]):
            if is_(a, first) and is_(b, second):
                yield ln, a, b


def word_gaps(lines: list[PrintedLine], word: str) -> list[list[float]]:
    """For each place `word` is printed whole on a line, the gaps between its letters (points)."""
    found = []
    for ln in lines:
        text = ln.text
        start = text.find(word)
        while start >= 0:
            cs = ln.chars[start:start + len(word)]
            found.append([b["x0"] - a["x1"] for a, b in zip(cs, cs[1:])])
            start = text.find(word, start + 1)
    return found
