"""A vertical column of Chinese type, read as the recogniser reads best: its characters upright,
side by side.

rapidocr turns a tall line a quarter round and reads it as a line of characters lying on their
sides. Its recogniser reads most of them so, but a character of strokes stacked one over another
comes apart or changes: 二 lying down was read 一一 (十二 as 十一一), 倌 as 馆 or 信. Here the
column is cut into its characters' cells (vertical type stands on a fixed pitch, each character
in a square cell), and the cells are set side by side, upright, as a horizontal line; each
character read there gets its cell's box on the page.

The pitch is the column's own: the lag at which its rows of ink best repeat (autocorrelation of
the row profile), between 0.8 and 1.6 times the column's ink width; the cuts are laid on that
grid where they cross least ink and moved to the whitest row near each. A stroke never decides a
cut by itself, so the two strokes of 二 or 三, white between them, stay in one cell."""

from __future__ import annotations

import threading

from .page import OcrChar, OcrLine

PITCH = (0.85, 1.45)  # a column's pitch against its ink's width (a glyph's width, plus leading)
MIN_CELLS = 2  # a column shorter than this many cells is read as rapidocr reads it
CLEAN = 0.8  # this share of the cuts must cross (nearly) no ink, else the column is not cut
SNAP = 0.25  # a cut moves at most this share of the pitch to the whitest row near it
GAP = 0.12  # white between two cells set side by side, as a share of the pitch


def _ink(crop):
    """Dark pixels of a crop (grey or RGB), specks of one pixel cleared."""
    import cv2
    import numpy as np

    gray = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY) if crop.ndim == 3 else crop
    gray = cv2.medianBlur(np.ascontiguousarray(gray), 3)
    level = min(160, int(gray.mean()) - 30) if gray.size else 128
    return gray < level


def cells(crop) -> list[tuple[int, int]] | None:
    """The rows (y0, y1) of each character cell of an upright column crop, top to bottom, or None
    when the crop does not stand on a pitch of its own (too short, or its cuts would cross ink)."""
    import numpy as np

    ink = _ink(crop)
    h, w = ink.shape
    cols = ink.sum(axis=0)
    xs = np.nonzero(cols >= max(2, 0.02 * h))[0]
    if len(xs) == 0:
        return None
    width = int(xs[-1] - xs[0] + 1)
    rows = ink[:, xs[0]:xs[-1] + 1].sum(axis=1).astype(float)
    if width < 6 or h < MIN_CELLS * width:
        return None
    body = float(np.median(rows[rows > 0]))
    best = None
    for pitch in range(int(PITCH[0] * width), int(PITCH[1] * width) + 1):
        cuts = _walk(rows, pitch)
        inner = cuts[1:-1]
        dirty = sum(rows[c] > 0.15 * body for c in inner)
        heights = [b - a for a, b in zip(inner, inner[1:])]
        spread = float(np.std(heights)) / pitch if heights else 1.0
        if best is None or (dirty, spread) < best[0]:
            best = ((dirty, spread), cuts)
    (dirty, _), cuts = best
    if dirty > (1 - CLEAN) * max(len(cuts) - 2, 1):
        return None  # the cuts would cross characters: no pitch of its own
    out = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a and rows[a:b].sum() > 0]
    return out if len(out) >= MIN_CELLS else None


def _walk(rows, pitch: int) -> list[int]:
    """Cuts a pitch apart, each at the whitest row near where the pitch puts it (the first where a
    grid of this pitch crosses least ink over the first four cells)."""
    import numpy as np

    h = len(rows)
    padded = np.concatenate([rows, np.zeros(4 * pitch + 2)])

    def cost(y: int) -> float:
        return float(padded[max(0, y - 1):y + 2].sum())

    phase = min(range(pitch), key=lambda f: sum(cost(f + k * pitch) for k in range(4)))
    cuts, reach = [0], max(1, int(SNAP * pitch))
    y = phase if phase > reach else phase + pitch
    if phase > reach:
        cuts.append(phase)
    while y < h - reach:
        a, b = max(cuts[-1] + 1, y - reach), min(h - 1, y + reach)
        window = rows[a:b + 1]
        low = window.min()
        options = [a + int(k) for k in np.nonzero(window == low)[0]]
        cut = min(options, key=lambda v: abs(v - y))
        if low == 0:  # the middle of the white run it falls in
            run = [cut]
            while run[-1] + 1 <= b and rows[run[-1] + 1] == 0:
                run.append(run[-1] + 1)
            while run[0] - 1 >= a and rows[run[0] - 1] == 0:
                run.insert(0, run[0] - 1)
            cut = (run[0] + run[-1]) // 2
        cuts.append(cut)
        y = cut + pitch
    cuts.append(h)
    return cuts


def upright_strip(crop, spans: list[tuple[int, int]]):
    """The column's cells side by side, left to right, each as tall as the tallest, on white;
    with each cell's x range in the strip."""
    import numpy as np

    pitch = max(b - a for a, b in spans)
    gap = max(2, int(GAP * pitch))
    ink = _ink(crop)
    xs = np.nonzero(ink.any(axis=0))[0]
    x0, x1 = (int(xs[0]), int(xs[-1]) + 1) if len(xs) else (0, crop.shape[1])
    x0, x1 = max(0, x0 - gap // 2), min(crop.shape[1], x1 + gap // 2)
    cw = x1 - x0
    shape = (pitch, gap + len(spans) * (cw + gap)) + crop.shape[2:]
    strip = np.full(shape, 255, dtype=crop.dtype)
    ranges = []
    for k, (a, b) in enumerate(spans):
        left = gap + k * (cw + gap)
        top = (pitch - (b - a)) // 2
        strip[top:top + b - a, left:left + cw] = crop[a:b, x0:x1]
        ranges.append((left, left + cw))
    return strip, ranges


def _tall(quad) -> bool:
    """rapidocr's own test: a box half again as tall as it is wide is turned to be read."""
    import numpy as np

    w = max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3]))
    h = max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2]))
    return w > 0 and h / w >= 1.5


SIDE_BY_SIDE = 1.2  # a box this much taller than wide may hold columns side by side
PART_TALL = 2.5  # each of them this much taller than wide
PART_GAP = 0.15  # parted by white this share of the narrower one's width (a glyph's own white is less)
PART_IN = 0.2  # a column is the box's when this share of its width stands in it (one it cut short)


def parted(image, quad) -> list:
    """A box holding vertical columns side by side (a headline set vertically in two columns, its
    kicker beside it: the detector boxes them as one, or one and a slice of the next, and one
    column, or one character, is read), as one box a column, right to left; else the box alone.
    Columns part at white running their whole height, each tall and narrow; what is under half
    as wide as the widest is no column (a slice of the text beside it); a column the box cut
    short is taken whole (the box is looked at half its width wider on each side)."""
    import cv2
    import numpy as np

    q = np.asarray(quad, dtype=np.float32)
    w = int(round(max(np.linalg.norm(q[0] - q[1]), np.linalg.norm(q[2] - q[3]))))
    h = int(round(max(np.linalg.norm(q[0] - q[3]), np.linalg.norm(q[1] - q[2]))))
    if w < 20 or h < 80 or h < SIDE_BY_SIDE * w:
        return [quad]
    m = w // 2  # the margin looked at on each side
    rect = np.array([[m, 0], [m + w, 0], [m + w, h], [m, h]], dtype=np.float32)
    crop = cv2.warpPerspective(image, cv2.getPerspectiveTransform(q, rect), (w + 2 * m, h),
                               borderValue=(255, 255, 255))
    ink = _ink(crop)
    inked = ink.sum(axis=0) > max(1, 0.01 * h)
    runs, start = [], None
    for x, on in enumerate(list(inked) + [False]):
        if on and start is None:
            start = x
        elif not on and start is not None:
            runs.append([start, x])
            start = None
    parts: list[list[int]] = []
    for a, b in runs:  # white narrower than a stroke's space is within a column
        if parts and a - parts[-1][1] < PART_GAP * min(b - a, parts[-1][1] - parts[-1][0]):
            parts[-1][1] = b
        else:
            parts.append([a, b])
    parts = [[a, b] for a, b in parts if min(b, m + w) - max(a, m) >= PART_IN * (b - a)]
    widest = max((b - a for a, b in parts), default=0)
    parts = [[a, b] for a, b in parts if b - a >= 0.5 * widest]  # (a slice of the text beside, a rule)
    if len(parts) < 2:
        return [quad]
    out = []
    for a, b in reversed(parts):
        rows = np.nonzero(ink[:, a:b].any(axis=1))[0]
        top, bottom = int(rows[0]), int(rows[-1]) + 1
        if bottom - top < PART_TALL * (b - a):
            return [quad]
        a, b, top, bottom = max(a - 2, 0), min(b + 2, w + 2 * m), max(top - 2, 0), min(bottom + 2, h)

        def at(u: float, v: float) -> list[float]:
            upper = q[0] + (q[1] - q[0]) * (u - m) / w
            lower = q[3] + (q[2] - q[3]) * (u - m) / w
            return (upper + (lower - upper) * v / h).tolist()

        out.append([at(a, top), at(b, top), at(b, bottom), at(a, bottom)])
    return out


def upright_reads(ocr, image, quads) -> dict[int, OcrLine]:
    """Each tall box's column read upright (cut into its cells, set side by side), by its index
    in `quads`; a box that does not cut into cells, or reads as nothing, is left out."""
    import copy

    import numpy as np
    from rapidocr.ch_ppocr_rec.typings import TextRecInput
    from rapidocr.utils.process_img import get_rotate_crop_image

    todo, strips, rects, where = [], [], [], []
    for k, quad in enumerate(quads):
        if not _tall(quad):
            continue
        crop = get_rotate_crop_image(image, copy.deepcopy(quad))
        if crop.shape[0] < crop.shape[1]:  # turned a quarter to the left by rapidocr: back upright
            crop = np.rot90(crop, -1)
        spans = cells(crop)
        if spans is None:
            continue
        strip, ranges = upright_strip(crop, spans)
        todo.append(k)
        strips.append(strip)
        h, w = strip.shape[:2]
        rects.append(np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32))
        where.append((crop.shape[0], spans, ranges))
    if not strips:
        return {}
    rec = ocr._load_rec_model()(TextRecInput(img=strips, return_word_box=True))
    rec = ocr.cal_rec_boxes(strips, np.array(rects), rec, False)
    out: dict[int, OcrLine] = {}
    for k, (tall, spans, ranges), text, score, words in zip(todo, where, rec.txts, rec.scores,
                                                             rec.word_results or [()] * len(todo)):
        if not text.strip():
            continue
        xs, ys = quads[k][:, 0], quads[k][:, 1]
        x0, y0, x1, y1 = float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())
        scale = (y1 - y0) / max(tall, 1)
        chars = []
        for t, c, b in words or ():
            if b is None:
                continue
            mid = (min(p[0] for p in b) + max(p[0] for p in b)) / 2
            cell = min(range(len(ranges)), key=lambda i: 0 if ranges[i][0] <= mid < ranges[i][1]
                       else min(abs(mid - ranges[i][0]), abs(mid - ranges[i][1])))
            a, z = spans[cell]
            chars.append(OcrChar(t, (int(x0), int(y0 + a * scale), int(x1), int(y0 + z * scale)), float(c)))
        out[k] = OcrLine(text, (int(x0), int(y0), int(x1), int(y1)), float(score), chars)
    return out


MARKS = set("，。、；：？！「」『』（）《》〈〉—…·﹁﹂﹃﹄︵︶︽︾︱︙,.;:?!()")
STROKES = set("一丨ー｜-—_¬")  # what a vertical mark (﹁ ︱) set upright is read as
SHORT = 0.5  # a turned read this much shorter than the upright one missed the column
SURE = 0.9  # a character only one read gives is kept when read at least this surely


def _same_character(x: str, y: str) -> bool:
    """Two forms of one character (說 and 说, 粵 and 粤, 舖 and 鋪)."""
    with _lock:
        t2s, _ = _converters()
        return t2s.convert(x) == t2s.convert(y)


def _simplified(ch: str) -> bool:
    """A character written so only in simplified script (说; not 說, nor 台, written so in both)."""
    with _lock:
        t2s, s2t = _converters()
        return t2s.convert(ch) == ch and s2t.convert(ch) != ch


_lock = threading.Lock()  # an OpenCC converter is not documented as thread-safe
_opencc: tuple = ()


def _converters() -> tuple:
    global _opencc
    if not _opencc:
        import opencc

        _opencc = (opencc.OpenCC("t2s"), opencc.OpenCC("s2t"))
    return _opencc


def merged(upright: OcrLine | None, turned: OcrLine | None) -> OcrLine | None:
    """One column's two reads made one, on the turned read (rapidocr's own, its marks and boxes:
    the layout measures its lines by them). Where the two part on a character, of two forms of
    one character (說 and 说) the turned read's is kept (it keeps a traditional page's forms), of
    two different readings the surer; a character only one read gives is kept when read surely,
    but not the upright read's marks (it reads a bracket set upright as 一, and its commas would
    change the lines' geometry). When the turned read missed most of the column (read as its 。
    alone), or read nothing, the upright read stands alone."""
    from difflib import SequenceMatcher

    if upright is None or not upright.chars or len(upright.chars) != len(upright.text):
        return turned
    if turned is None or not turned.chars or len(turned.chars) != len(turned.text) or \
            len(_letters(turned.chars)) < SHORT * len(_letters(upright.chars)):
        return upright
    a, b = upright.chars, turned.chars
    out: list[OcrChar] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, upright.text, turned.text, autojunk=False).get_opcodes():
        mine, theirs = _letters(a[i1:i2]), b[j1:j2]
        if op == "equal":
            out += theirs
        elif op == "delete":  # read upright only
            out += [c for c in mine if c.text not in STROKES and c.confidence >= SURE]
        elif op == "insert":  # read turned only
            out += [c for c in theirs if c.text in MARKS or c.confidence >= SURE]
        else:
            if not any(c.text in STROKES for c in theirs):
                mine = [c for c in mine if c.text not in STROKES]
            letters = _letters(theirs)
            if not letters:  # the turned read saw marks there (a bracket set upright reads as 入 or 一)
                out += theirs + [c for c in mine if c.confidence >= SURE]
            elif len(mine) == len(letters):
                pick = iter([_either(x, y) for x, y in zip(mine, letters)])
                out += [next(pick) if c.text not in MARKS else c for c in theirs]
            elif _surety(mine) > _surety(letters):  # the turned read's marks around them kept
                lead = [c for c in theirs[:1] if c.text in MARKS]
                tail = [c for c in theirs[1:][-1:] if c.text in MARKS]
                out += lead + [OcrChar(c.text, c.box, c.confidence) for c in mine] + tail
            else:
                out += theirs
    if not out:
        return turned
    text = "".join(c.text for c in out)
    return OcrLine(text, turned.box, turned.confidence if text == turned.text else
                   min(upright.confidence, turned.confidence), out)


def _letters(chars: list[OcrChar]) -> list[OcrChar]:
    return [c for c in chars if c.text not in MARKS]


def _either(x: OcrChar, y: OcrChar) -> OcrChar:
    """The upright read's character `x` or the turned read's `y`, in `y`'s box."""
    if _same_character(x.text, y.text) and (_simplified(x.text) or _simplified(y.text)):
        return y  # a simplified form and its full one: the turned read's (of 舖 and 鋪, the surer)
    if y.confidence >= x.confidence:
        return y
    return OcrChar(x.text, y.box, x.confidence)


def _surety(chars: list[OcrChar]) -> float:
    return min((c.confidence for c in chars), default=0.0)
