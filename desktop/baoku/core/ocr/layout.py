"""From OCR lines to page text: columns, reading order, headlines and paragraphs, read off the
boxes themselves (layout models found for news pages took a six-column page for one table).

- **Columns** are the x ranges the body lines cover, split at the gutters no body line crosses.
- **Reading order**: lines that span several columns (headlines, a banner) cut the page into
  bands; within a band the columns are read left to right, each top to bottom.
- **Headlines** are lines whose glyphs are clearly taller than the body's; each stands on a line
  of its own in the page text, as on a page lifted from the layout.
- **Paragraphs**: a body line starts a new paragraph when it is indented, when the line before it
  ended short of the column's edge, or after a blank band. A paragraph cut by a column's foot is
  left cut: the page-text splitter joins it, as it does for text lifted from a layout.
- **Spaces** the recogniser drops (本报记者 林晓东) come back where two characters stand apart by
  more than half a character.

The page text then goes through the same splitter as page text (`importing.pagetext`), so bylines,
datelines, captions, kickers and subheads follow the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from .engine import OcrLine, OcrPage

HEADLINE_RATIO = 1.3  # glyphs this much taller than the body's are a headline
INDENT = 1.2  # characters of indent that start a paragraph
SHORT_END = 1.5  # characters short of the column's edge that end one
GAP_LINES = 0.9  # a blank band this many line heights tall ends one
SPACE = 0.3  # a gap between two characters this wide (in characters) is a space


@dataclass
class Chunk:
    """One line of the page text (a paragraph, or a headline line) and the OCR lines it came from."""

    text: str
    lines: list[int]


PUNCT = set("，。、；：？！“”‘’（）《》「」『』【】—…·,.;:?!()")


def spaced(line: OcrLine, size: float) -> str:
    """The line's text with the spaces the recogniser dropped put back (from its character boxes):
    where two characters stand apart by clearly more than the line's usual gap. Punctuation, whose
    glyph fills half its box, never makes a space."""
    chars = line.chars
    if not chars or "".join(c.text for c in chars) != line.text.replace(" ", ""):
        return line.text
    gaps = [b.box[0] - a.box[2] for a, b in zip(chars, chars[1:])
            if a.text not in PUNCT and b.text not in PUNCT]
    usual = median(gaps) if gaps else 0
    out = chars[0].text
    for a, b in zip(chars, chars[1:]):
        if a.text not in PUNCT and b.text not in PUNCT and b.box[0] - a.box[2] - usual > SPACE * size:
            out += " "
        out += b.text
    return out


def gutters(lines: list[OcrLine], body: float, width: int) -> list[tuple[int, int]]:
    """The columns' x ranges: where the body's characters are, split at the gutters none crosses.
    Characters, not lines: the recogniser's line boxes sometimes run across a narrow gutter."""
    covered = bytearray(width + 1)
    for ln in lines:
        if ln.height > HEADLINE_RATIO * body:
            continue
        for c in ln.chars or ():
            covered[max(c.box[0], 0):min(c.box[2], width)] = b"\x01" * (min(c.box[2], width) - max(c.box[0], 0))
        if not ln.chars:
            covered[max(ln.box[0], 0):min(ln.box[2], width)] = b"\x01" * (min(ln.box[2], width) - max(ln.box[0], 0))
    runs: list[tuple[int, int]] = []
    start = None
    for x, c in enumerate(covered):
        if c and start is None:
            start = x
        elif not c and start is not None:
            runs.append((start, x))
            start = None
    if start is not None:
        runs.append((start, width))
    cols: list[tuple[int, int]] = []
    for a, b in runs:  # a gap narrower than a character is between two characters, not columns
        if cols and a - cols[-1][1] < body:
            cols[-1] = (cols[-1][0], b)
        else:
            cols.append((a, b))
    return cols or [(0, width)]


def split_at_gutters(lines: list[OcrLine], cols: list[tuple[int, int]]) -> list[OcrLine]:
    """Each line cut where it crosses a gutter, so that every piece sits in one column."""
    out: list[OcrLine] = []
    for ln in lines:
        if len(cols) < 2 or not ln.chars:
            out.append(ln)
            continue
        pieces: list[list] = [[ln.chars[0]]]
        for a, b in zip(ln.chars, ln.chars[1:]):
            if any(a.box[2] <= g0 and b.box[0] >= g1 for g0, g1 in zip([c[1] for c in cols], [c[0] for c in cols[1:]])):
                pieces.append([b])
            else:
                pieces[-1].append(b)
        if len(pieces) == 1:
            out.append(ln)
            continue
        for cs in pieces:
            box = (min(c.box[0] for c in cs), min(c.box[1] for c in cs), max(c.box[2] for c in cs),
                   max(c.box[3] for c in cs))
            out.append(OcrLine("".join(c.text for c in cs), box, min(c.confidence for c in cs), cs))
    return out


def page_chunks(page: OcrPage) -> list[Chunk]:
    """The page's text in reading order, as page-text lines."""
    lines = page.lines
    if not lines:
        return []
    heights = [ln.height for ln in lines if len(ln.text) >= 4] or [ln.height for ln in lines]
    body = float(median(heights))
    cols = gutters(lines, body, page.width)
    lines = page.lines = split_at_gutters(lines, cols)

    def column_of(ln: OcrLine) -> int | None:
        """The column a line sits in, or None when it spans more than one."""
        inside = [i for i, (a, b) in enumerate(cols) if ln.box[0] < b and ln.box[2] > a]
        return inside[0] if len(inside) == 1 else None

    order = sorted(range(len(lines)), key=lambda i: (lines[i].box[1], lines[i].box[0]))
    spanning = [i for i in order if column_of(lines[i]) is None]
    cuts = [lines[i].box[1] for i in spanning] + [page.height + 1]
    chunks: list[Chunk] = []
    top = -1
    for n, cut in enumerate(cuts):
        band = [i for i in order if i not in spanning and top <= lines[i].box[1] < cut]
        for c in range(len(cols)):
            chunks += _column_chunks([i for i in band if column_of(lines[i]) == c], lines, cols[c], body)
        if n < len(spanning):
            i = spanning[n]
            chunks.append(Chunk(spaced(lines[i], lines[i].height), [i]))
        top = cut
    return [c for c in chunks if c.text.strip()]


def _column_chunks(ids: list[int], lines: list[OcrLine], col: tuple[int, int], body: float) -> list[Chunk]:
    out: list[Chunk] = []
    prev: OcrLine | None = None
    for i in sorted(ids, key=lambda i: lines[i].box[1]):
        ln = lines[i]
        text = spaced(ln, min(ln.height, body * 1.5))
        display = ln.height > HEADLINE_RATIO * body
        starts = (prev is None or display or prev.height > HEADLINE_RATIO * body
                  or ln.box[0] - col[0] >= INDENT * body
                  or col[1] - prev.box[2] >= SHORT_END * body
                  or ln.box[1] - prev.box[3] >= GAP_LINES * body)
        if starts or not out:
            out.append(Chunk(text, [i]))
        else:
            last = out[-1]
            glue = " " if last.text[-1:].isascii() and last.text[-1:].isalnum() and text[:1].isascii() else ""
            out[-1] = Chunk(last.text + glue + text, last.lines + [i])
        prev = ln
    return out


def page_text(chunks: list[Chunk]) -> str:
    return "\n\n".join(c.text for c in chunks) + "\n"
