"""A PDF page with a text layer that is a laid-out newspaper page (a paper's own e-paper PDF, one
PDF per 版: several columns, heads in big type, rules between stories), read through the layout
stage (`core.layout`) as a scanned page is: the text layer's lines stand in for the OCR's (exact
characters with their boxes, confidence 1), and the page rendered by pypdfium2 is the image the
stage reads rules, boxes and pictures from. A page of fewer columns (an article, a report, a
booklet Baoku exported in two columns) is no laid-out page: `importing.pdf` reads it as before."""

from __future__ import annotations

import regex as re

from ..layout.blocks import ratios
from ..layout.geometry import gutters, is_latin
from ..layout.typesize import body_size, type_sizes
from ..layout.vertical import is_vertical
from ..ocr.page import OcrLine, OcrPage
from ..script import CJK_CLASS
from .pdfglyphs import SizedChar

LAID_OUT_COLUMNS = 3  # a page of this many body columns or more is a newspaper page laid out
PIECE_GAP = 0.9  # a gap of this many of its characters' sizes parts a text-layer line in two (a gutter)
VERTICAL_RUN = 3  # characters one under another, at the least, that are a line set vertically
VERTICAL_STEP = 1.2  # ... each the next this many of its sizes below the one before, at the most
VERTICAL_PAGE = 0.6  # a page with this share of its characters in vertical runs is set in vertical columns
BESIDE = 0.15  # a character this many of its sizes from another on its line is set across
ROW = 0.35  # a character whose middle is this many of its sizes from a row's first's is on that row
TWICE = 0.3  # the same character this near the one before it is that one drawn again
RESIZED = 1.3  # characters side by side whose sizes differ more are on two lines
WORD_GAP = 0.2  # a gap of this share of the size between two Latin characters is a word space
_CJK = re.compile(f"[{CJK_CLASS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def text_layer_lines(chars: list[dict], scale: float) -> list[OcrLine]:
    """A page's characters as pdfplumber reads them (boxes in points) as OCR lines in pixels at
    `scale`, as the OCR's detector boxes them: a head set vertically is a line down its column
    (`vertical_runs`); the rest stand in rows (a character's middle near the row's first's), each
    row parted where a gap as wide as a character stands in it (two columns' lines at one height
    are two lines; a gap its own space characters fill is none: 市区　晴　28～38℃; type much
    bigger or smaller beside it is another line); its text its
    characters', a space only between two Latin words; a character drawn twice over itself (bold
    made by printing twice) is read once. A page set in vertical columns (most of its characters
    in vertical runs) is read so throughout: every character with none beside it stands in a
    column, parted as a row is (digits and marks narrower than the column's Han too), and only
    what is set across (the running head, a figure set in a row) in rows."""
    every = [c for c in chars if c.get("text")]
    inked = [c for c in every if c["text"].strip()]
    stacks = vertical_runs(inked)
    if sum(len(run) for run in stacks) >= VERTICAL_PAGE * max(len(inked), 1):
        near = _beside_test(every)
        across = [c for c in every if near(c)]
        down = [c for c in every if not near(c)]
        runs = _rows(across) + [[t["orig"] for t in run] for run in _rows([_turned(c) for c in down])]
        return [ln for ln in (_line(run, scale) for run in runs) if ln.text]
    taken = {id(c) for run in stacks for c in run}
    runs = stacks + _rows([c for c in every if id(c) not in taken])
    return [ln for ln in (_line(run, scale) for run in runs) if ln.text]


def _rows(chars: list[dict]) -> list[list[dict]]:
    """Characters in rows (a character's middle near the row's first's), each row parted where a
    gap wider than PIECE_GAP of a character stands (or the type size jumps), left to right."""
    rest = sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2)
    rows: list[list[dict]] = []
    for c in rest:
        mid = (c["top"] + c["bottom"]) / 2
        first = rows[-1][0] if rows else None
        if first is not None and mid - (first["top"] + first["bottom"]) / 2 <= ROW * _size(c, first):
            rows[-1].append(c)
        else:
            rows.append([c])
    out: list[list[dict]] = []
    for row in rows:
        run: list[dict] = []
        for c in sorted(row, key=lambda c: c["x0"]):
            if run and c["text"] == run[-1]["text"] and abs(c["x0"] - run[-1]["x0"]) < TWICE * _size(c, run[-1]):
                continue
            if run and (c["x0"] - run[-1]["x1"] > PIECE_GAP * _size(c, run[-1]) or _resized(c, run[-1])):
                out.append(run)
                run = []
            run.append(c)
        if run:
            out.append(run)
    return out


def _turned(c: dict) -> dict:
    """A character as it stands on the page turned a quarter to the left: a column read top to
    bottom is a row read left to right (the original kept as "orig")."""
    return {"text": c["text"], "size": c.get("size"), "x0": c["top"], "x1": c["bottom"], "top": -c["x1"],
            "bottom": -c["x0"], "orig": c}


def _mid(c: dict) -> tuple[float, float]:
    return (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2


def _csize(c: dict) -> float:
    return c.get("size") or (c["bottom"] - c["top"]) or 1.0


def _beside_test(chars: list[dict]):
    """A test of whether a character has another beside it on its own line (within BESIDE of
    its size): set across, not in a column."""
    rows: dict[int, list[dict]] = {}
    for c in chars:
        rows.setdefault(round(_mid(c)[1] / 4), []).append(c)

    def beside(c: dict) -> bool:
        y = round(_mid(c)[1] / 4)
        return any(o is not c and abs(_mid(o)[1] - _mid(c)[1]) < 0.3 * _csize(c)
                   and min(abs(o["x0"] - c["x1"]), abs(c["x0"] - o["x1"])) <= BESIDE * _csize(c)
                   for k in (y - 1, y, y + 1) for o in rows.get(k, ()))
    return beside


def vertical_runs(chars: list[dict]) -> list[list[dict]]:
    """Characters set one under another (a head set vertically beside its story, 竖题), each run
    top to bottom: VERTICAL_RUN or more of one size, centred on one upright axis, each the next
    within VERTICAL_STEP of its size below the one before (body lines stand further apart), and
    none with a character beside it on its own line (a grid of horizontal lines set tight)."""
    size, mid, beside = _csize, _mid, _beside_test(chars)

    axis: dict[int, list[dict]] = {}
    for c in chars:
        axis.setdefault(round(mid(c)[0] / 2), []).append(c)
    below: dict[int, dict] = {}
    for c in chars:
        x, y = mid(c)
        near = [o for k in (round(x / 2) - 1, round(x / 2), round(x / 2) + 1) for o in axis.get(k, ())
                if o is not c and abs(mid(o)[0] - x) < 0.15 * size(c) and abs(size(o) - size(c)) < 0.1 * size(c)
                and 0.5 * size(c) < mid(o)[1] - y <= VERTICAL_STEP * size(c)]
        if near:
            below[id(c)] = min(near, key=lambda o: mid(o)[1])
    above = {id(o) for o in below.values()}
    runs: list[list[dict]] = []
    for c in chars:
        if id(c) in above or id(c) not in below:
            continue
        run = [c]
        while id(run[-1]) in below and len(run) < len(chars):
            run.append(below[id(run[-1])])
        if len(run) >= VERTICAL_RUN and not any(beside(o) for o in run):
            runs.append(run)
    return runs


def _resized(a: dict, b: dict) -> bool:
    """Two characters side by side in type sizes too far apart for one line (a headline beside a
    line of the box next to it); a space takes the size of what it parts."""
    if not (a["text"].strip() and b["text"].strip() and a.get("size") and b.get("size")):
        return False
    return max(a["size"], b["size"]) > RESIZED * min(a["size"], b["size"])


def _size(a: dict, b: dict) -> float:
    return max(a.get("size") or (a["bottom"] - a["top"]), b.get("size") or (b["bottom"] - b["top"]), 1.0)


def _line(run: list[dict], scale: float) -> OcrLine:
    """A run of characters as one OCR line; its spaces (they kept its words together) are no
    characters of it."""
    run = [c for c in run if c["text"].strip()]
    if not run:
        return OcrLine("", (0, 0, 0, 0), 1.0)

    def box(c: dict) -> tuple[int, int, int, int]:
        return (round(c["x0"] * scale), round(c["top"] * scale), round(c["x1"] * scale), round(c["bottom"] * scale))

    text = ""
    for prev, c in zip([None, *run], run):
        ch = _SURROGATE.sub("\ufffd", c["text"])
        if prev is not None and c["x0"] - prev["x1"] > WORD_GAP * _size(c, prev) \
                and not (_CJK.match(prev["text"]) or _CJK.match(ch)):
            text += " "
        text += ch
    boxes = [box(c) for c in run]
    whole = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return OcrLine(text, whole, 1.0, [SizedChar(_SURROGATE.sub("\ufffd", c["text"]), b, 1.0, _csize(c) * scale,
                                                c.get("glyph", "")) for c, b in zip(run, boxes)])


def laid_out(lines: list[OcrLine], width: int) -> bool:
    """Whether a page's lines stand in LAID_OUT_COLUMNS columns or more, as the layout stage finds
    columns (its body lines' characters, display type left out), or in vertical columns (read
    right to left by the layout stage; the page-text rules read rows)."""
    if len(lines) < 12:
        return False
    if is_vertical(lines):
        return True
    sizes, _ = type_sizes(lines)
    body = max(body_size(sizes, lines), 1.0)
    latin = sum(is_latin(ln) for ln in lines) > 0.5 * len(lines)
    display = ratios(False, latin)[1] * body
    size_of = {id(ln): s for ln, s in zip(lines, sizes)}
    return len(gutters(lines, body, width, lambda ln: size_of[id(ln)] >= display)) >= LAID_OUT_COLUMNS


def rendered_page(data: bytes, index: int, scale: float):
    """Page `index` of a PDF rendered grey at `scale` pixels a point, as a numpy array."""
    import numpy as np
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return np.asarray(pdf[index].render(scale=scale, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()


def read_laid_out(lines: list[OcrLine], data: bytes, index: int, scale: float, info, language: str, turn: int = 0,
                  photos: list | None = None, warnings: list[str] | None = None):
    """A laid-out PDF page's articles by the layout stage, as a scanned page's are; the page keeps
    the PDF itself as its image (rendered when shown), its lines and blocks in pixels at `scale`.
    A page whose text stands turned (`turn`, `pdfturn`) is laid out turned upright (its lines
    are), its lines and blocks turned back onto the page as it shows. What its text layer does
    not say (characters with no Unicode value, type drawn with no text) is read from the
    rendering by OCR (`pdfocr`; `photos`: the PDF's pictures, boxes on the upright page in
    pixels); what stays unread is said in `warnings`."""
    from ..model import PageScan
    from .pdfocr import read_untexted
    from .pdfturn import shown_box, upright_image
    from .scan import scanned_page

    shown = rendered_page(data, index, scale)
    height, width = shown.shape
    gray = upright_image(shown, turn)
    lines, left = read_untexted(lines, gray, photos or [])
    if left and warnings is not None:
        from ..plural import plural

        warnings.append(f"{plural(left, 'character')} with no Unicode value in the PDF's font map could not be read "
                        "from the page's image either: shown as \ufffd")
    page = scanned_page(OcrPage(gray.shape[1], gray.shape[0], lines), info, language, gray)
    laid = page.scan
    scan_lines, blocks = (laid.lines, laid.blocks) if laid else ([], [])
    if turn:
        def back(box):
            return tuple(int(v) for v in shown_box(box, turn, width, height))

        for ln in scan_lines:
            ln.box, ln.chars = back(ln.box), [(t, back(b), c) for t, b, c in ln.chars]
        for b in blocks:
            b.box = back(b.box)
    page.scan = PageScan(data, "application/pdf", index, width, height, scan_lines, text_layer=True, blocks=blocks)
    return page
