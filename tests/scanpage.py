"""A newspaper page set as an image, for the OCR tests: headlines across the columns above their
story, a byline, then the body in columns, paragraphs indented two characters and wrapped at the
column's edge. Drawn with the bundled fonts (Pillow), so no scanner is needed."""

from __future__ import annotations

import io
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def render(stories: list[dict], columns: int = 2, width: int = 1400, size: int = 30, noise: bool = False) -> bytes:
    """PNG bytes of a page. Each story: {"headline", "byline", "paragraphs"}."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    body = ImageFont.truetype(str(FONTS / "uming.ttc"), size)
    head = ImageFont.truetype(str(FONTS / "uming.ttc"), int(size * 1.8))  # the sans face lacks “ ”
    margin, gutter = 60, 50
    col_w = (width - 2 * margin - gutter * (columns - 1)) // columns
    lines_of: list[list[tuple[str, bool]]] = []  # per story: (line text, indented)
    for s in stories:
        out = []
        if s.get("byline"):
            out.append((s["byline"], False))
        for p in s["paragraphs"]:  # wrapped at the column's edge, as a layout program does
            line = "　　"
            for ch in p:
                if body.getlength(line + ch) > col_w:
                    out.append((line, False))
                    line = ""
                line += ch
            out.append((line, False))
        lines_of.append(out)
    lead = int(size * 1.6)
    height = margin + sum(int(size * 3) + (len(ls) // columns + 2) * lead for ls in lines_of) + margin
    img = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(img)
    y = margin
    for s, ls in zip(stories, lines_of):
        d.text((margin, y), s["headline"], font=head, fill=0)
        y += int(size * 3)
        per_col = -(-len(ls) // columns)
        for c in range(columns):
            x = margin + c * (col_w + gutter)
            for k, (text, _) in enumerate(ls[c * per_col:(c + 1) * per_col]):
                d.text((x, y + k * lead), text, font=body, fill=0)
        y += (per_col + 1) * lead
    if noise:
        img = img.rotate(0.4, fillcolor=255).filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def han(text: str) -> str:
    """The Han characters of a text, in order: what an OCR error rate counts."""
    return "".join(ch for ch in text if "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f")


def han_errors(truth: str, got: str) -> int:
    """Han characters wrong, missing or extra in `got`, against `truth` (an edit count over the
    Han characters alone, from difflib's alignment)."""
    import difflib

    a, b = han(truth), han(got)
    errors = 0
    for op, i0, i1, j0, j1 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            errors += max(i1 - i0, j1 - j0)
    return errors


def han_misread(truth: str, got: str) -> int:
    """Han characters misread regardless of order: those of `truth` missing from `got`, or the
    extra ones, whichever is more (a reader that mixes up the columns loses nothing here)."""
    from collections import Counter

    a, b = Counter(han(truth)), Counter(han(got))
    return max(sum((a - b).values()), sum((b - a).values()))
