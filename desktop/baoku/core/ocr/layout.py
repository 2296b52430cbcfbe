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

from ..script import join_lines
from .engine import OcrLine, OcrPage

HEADLINE_RATIO = 1.3  # glyphs this much taller than the body's are a headline
INDENT = 1.2  # characters of indent that start a paragraph
SHORT_END = 1.5  # characters short of the column's edge that end one
GAP_LINES = 0.9  # a blank band this many line heights tall ends one
GUTTER = 0.5  # a strip no character covers, this many line heights wide, is a gutter
CROSSING = 0.15  # x where fewer lines than this share of a column's run are a gutter
SPACE = 0.3  # a gap between two characters this wide (in characters) is a space


@dataclass
class Chunk:
    """One line of the page text (a paragraph, or a headline line) and the OCR lines it came from."""

    text: str
    lines: list[int]


PUNCT = set("，。、；：？！“”‘’（）《》「」『』【】—…·,.;:?!()")


def _han(ch: str) -> bool:
    return ch not in PUNCT and not ch.isascii() and not ch.isspace()


def spaced(line: OcrLine, size: float) -> str:
    """The line's text with the spaces the recogniser dropped put back (from its character boxes):
    where two characters stand apart by clearly more than the line's usual gap. Punctuation, whose
    glyph fills half its box, never makes a space. The spaces the line has (ALTO's SP) stay."""
    chars = line.chars
    if not chars or "".join(c.text for c in chars) != line.text.replace(" ", ""):
        return line.text
    before = set()  # offsets (in the text without spaces) a space of the line's own stands before
    k = 0
    for ch in line.text:
        if ch == " ":
            before.add(k)
        else:
            k += 1
    starts, k = [], 0  # where each box's text starts (a box may hold a word, as for Latin text)
    for c in chars:
        starts.append(k)
        k += len(c.text)
    # The usual gap is taken between Han characters only: digits and Latin letters set close
    # together (10月11日) would make it too small, and every wider Han gap a false space.
    gaps = [b.box[0] - a.box[2] for a, b in zip(chars, chars[1:]) if _han(a.text) and _han(b.text)] or \
        [b.box[0] - a.box[2] for a, b in zip(chars, chars[1:]) if a.text not in PUNCT and b.text not in PUNCT]
    usual = median(gaps) if gaps else 0
    out = chars[0].text
    for k, (a, b) in enumerate(zip(chars, chars[1:]), 1):
        if starts[k] in before or (a.text not in PUNCT and b.text not in PUNCT and b.box[0] - a.box[2] - usual > SPACE * size):
            out += " "
        out += b.text
    return out


def glyph(ln: OcrLine) -> float:
    """How big a line's type is: the median width of its Han characters' boxes (a CJK glyph is
    square), or its height when it has none. Box heights alone mislead: the recogniser pads a
    short line (景象。) as tall as a headline's."""
    widths = [c.box[2] - c.box[0] for c in ln.chars if c.text not in PUNCT and not c.text.isascii()]
    return float(median(widths)) if widths else float(ln.height)


def gutters(lines: list[OcrLine], body: float, width: int, big=None) -> list[tuple[int, int]]:
    """The columns' x ranges: where the body's characters are, split at the gutters (nearly) none
    crosses. Counted over characters, not line boxes, and by how many lines cover each x: the
    recogniser now and then reads two columns' lines as one line across a narrow gutter, and that
    line must not close the gutter."""
    width = max(width, 1)
    delta = [0] * (width + 2)
    for ln in lines:
        if (big or (lambda ln: ln.height > HEADLINE_RATIO * body))(ln):
            continue
        for x0, _, x1, _ in ([c.box for c in ln.chars] if ln.chars else [ln.box]):
            x0, x1 = min(max(x0, 0), width), min(max(x1, 0), width)
            if x1 > x0:
                delta[x0] += 1
                delta[x1] -= 1
    cover, depth = [], 0
    for d in delta[:width]:
        depth += d
        cover.append(depth)
    ranked = sorted(c for c in cover if c)
    if not ranked:
        return [(0, width)]
    low = max(0, int(CROSSING * ranked[int(len(ranked) * 0.9)]))  # a gutter a few merged lines cross is one
    runs: list[tuple[int, int]] = []
    start = None
    for x, c in enumerate(cover + [0]):
        if c > low and start is None:
            start = x
        elif c <= low and start is not None:
            runs.append((start, x))
            start = None
    cols: list[tuple[int, int]] = []
    for a, b in runs:  # a narrow gap is between two characters or words, not columns (a gutter is ≥ 1 em)
        if cols and a - cols[-1][1] < GUTTER * body:
            cols[-1] = (cols[-1][0], b)
        else:
            cols.append((a, b))
    return cols or [(0, width)]


def split_at_gutters(lines: list[OcrLine], cols: list[tuple[int, int]], big=lambda ln: False) -> list[OcrLine]:
    """Each body line cut where it crosses a gutter, so that every piece sits in one column:
    between two characters whose centres stand either side of the gutter's middle. `big` lines
    (headlines across their story's columns) are left whole."""
    middles = [(a[1] + b[0]) / 2 for a, b in zip(cols, cols[1:])]
    out: list[OcrLine] = []
    for ln in lines:
        if not middles or not ln.chars or big(ln):
            out.append(ln)
            continue
        pieces: list[list] = [[ln.chars[0]]]
        for a, b in zip(ln.chars, ln.chars[1:]):
            ca, cb = (a.box[0] + a.box[2]) / 2, (b.box[0] + b.box[2]) / 2
            if any(ca < m <= cb for m in middles):
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


@dataclass
class Layout:
    """A page read in order: its lines (each within one column) and the page-text lines made of them."""

    lines: list[OcrLine]
    chunks: list[Chunk]

    def text(self) -> str:
        return "\n\n".join(c.text for c in self.chunks) + "\n"


def lay_out(page: OcrPage) -> Layout:
    """The page's text in reading order, as page-text lines, over the page's lines cut at the
    gutters (the page itself is left as the recogniser gave it)."""
    lines = page.lines
    if not lines:
        return Layout([], [])
    heights = [ln.height for ln in lines if len(ln.text) >= 4] or [ln.height for ln in lines]
    body = float(median(heights))
    glyphs = [glyph(ln) for ln in lines if len(ln.text) >= 4] or [glyph(ln) for ln in lines]
    body_glyph = float(median(glyphs))

    def big(ln: OcrLine) -> bool:
        return glyph(ln) > HEADLINE_RATIO * body_glyph

    cols = gutters(lines, body, page.width, big)
    lines = split_at_gutters(lines, cols, big)

    def column_at(x: float) -> int:
        return min(range(len(cols)), key=lambda k: 0 if cols[k][0] <= x < cols[k][1] else
                   min(abs(x - cols[k][0]), abs(x - cols[k][1])))

    def columns_of(ln: OcrLine) -> list[int]:
        """The columns a line stands in: where its characters' centres are (a comma's box often
        reaches back over the gutter)."""
        if big(ln):  # a headline: every column it covers a good part of
            inside = [k for k, (a, b) in enumerate(cols) if min(ln.box[2], b) - max(ln.box[0], a) > body / 2]
            return inside or [column_at((ln.box[0] + ln.box[2]) / 2)]
        centres = [(c.box[0] + c.box[2]) / 2 for c in ln.chars] or [(ln.box[0] + ln.box[2]) / 2]
        return sorted({column_at(x) for x in centres})

    display = [i for i in range(len(lines))
               if big(lines[i]) or len(columns_of(lines[i])) > 1]
    heads = sorted(display, key=lambda i: (lines[i].box[1], lines[i].box[0]))
    body_ids = [i for i in range(len(lines)) if i not in set(display)]
    span = {h: _head_span(lines[h], columns_of(lines[h]), [(columns_of(lines[i])[0], lines[i]) for i in body_ids],
                          len(cols)) for h in heads}
    owned: dict[int | None, dict[int, list[int]]] = {None: {}, **{h: {} for h in heads}}
    for i in body_ids:  # each body line belongs to the nearest head above it over its column
        c, y = columns_of(lines[i])[0], lines[i].box[1]
        above = [h for h in heads if c in span[h] and lines[h].box[1] <= y]
        owned[above[-1] if above else None].setdefault(c, []).append(i)
    chunks: list[Chunk] = []
    for owner in [None] + heads:
        if owner is not None:
            chunks.append(Chunk(spaced(lines[owner], lines[owner].height), [owner]))
        before: tuple[Chunk, int] | None = None  # the last chunk of the column before, and its column
        for c in sorted(owned[owner]):
            mine = _column_chunks(owned[owner][c], lines, cols[c], body, big)
            if before and mine and _runs_on(before[0], lines, cols[before[1]], mine[0], cols[c], body, big):
                last = chunks.pop()
                mine[0] = Chunk(join_lines(last.text, mine[0].text), last.lines + mine[0].lines)
            chunks += mine
            before = (mine[-1], c) if mine else before
    return Layout(lines, [c for c in chunks if c.text.strip()])


ENDS = tuple("。！？”」』…）)")


def _runs_on(last: Chunk, lines: list[OcrLine], col: tuple[int, int], first: Chunk, nxt: tuple[int, int],
             body: float, big) -> bool:
    """A paragraph cut at a column's foot goes on at the next column's head: its last line is
    full to the column's edge and ends mid-sentence, and the next column starts unindented."""
    end, start = lines[last.lines[-1]], lines[first.lines[0]]
    if big(end) or big(start):
        return False
    return (col[1] - end.box[2] < SHORT_END * body and not last.text.rstrip().endswith(ENDS)
            and start.box[0] - nxt[0] < INDENT * body)


def _head_span(head: OcrLine, under: list[int], body: list[tuple[int, OcrLine]], columns: int) -> set[int]:
    """The columns a headline stands over: those it covers, widened to each side while the
    column beside has no body text level with it (a short headline over a wide story)."""
    y0, y1 = head.box[1], head.box[3]
    busy = {c for c, ln in body if y0 < (ln.box[1] + ln.box[3]) / 2 < y1}  # a body line level with it
    lo, hi = min(under), max(under)
    while lo > 0 and lo - 1 not in busy:
        lo -= 1
    while hi < columns - 1 and hi + 1 not in busy:
        hi += 1
    return set(range(lo, hi + 1))


def _column_chunks(ids: list[int], lines: list[OcrLine], col: tuple[int, int], body: float, big) -> list[Chunk]:
    out: list[Chunk] = []
    prev: OcrLine | None = None
    for i in sorted(ids, key=lambda i: lines[i].box[1]):
        ln = lines[i]
        text = spaced(ln, min(ln.height, body * 1.5))
        display = big(ln)
        starts = (prev is None or display or big(prev)
                  or ln.box[0] - col[0] >= INDENT * body
                  or col[1] - prev.box[2] >= SHORT_END * body
                  or ln.box[1] - prev.box[3] >= GAP_LINES * body)
        if starts or not out:
            out.append(Chunk(text, [i]))
        else:
            last = out[-1]
            out[-1] = Chunk(join_lines(last.text, text), last.lines + [i])
        prev = ln
    return out
