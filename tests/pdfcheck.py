"""What a print shop checks in a PDF, read back with pypdf and pdfplumber (and poppler when present)."""

from __future__ import annotations

import re
import shutil
import subprocess
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
