"""What an e-paper PDF's text layer does not say, read from the page's own rendering by OCR:
characters whose glyphs have no Unicode value (a font with no ToUnicode map, codes in the Private
Use Area: `pdfglyphs`, each such character U+FFFD with its glyph noted), and type drawn with no
text at all (a head drawn as curves or pasted as a picture). A page with neither is not read by
OCR (a clean e-paper costs nothing more).

The places to read are cut from the page and stacked on one sheet, read in one go: each line
holding unread characters whole (its known characters give the recogniser its context), and each
row of ink no text-layer character, rule or photo accounts for. A glyph read at one place is that
character wherever the same glyph stands (the commonest reading of it wins)."""

from __future__ import annotations

import io
from collections import Counter

from ..errors import Cancelled
from ..ocr.page import OcrLine
from .pdfglyphs import SizedChar

INK = 128  # a pixel darker than this is ink
DRAWN_TYPE = 0.85  # a picture with this share of its pixels white or black is type, not a photo
PAD = 0.35  # a place is cut this many body sizes wider all round
MIN_CONFIDENCE = 0.8  # an OCR line read from untexted ink is taken at this confidence at least
UNKNOWN = "\ufffd"
COVER = 2  # an unread glyph is read at this many of its places (where it stands that often)


def read_untexted(lines: list[OcrLine], gray, photos: list[tuple[int, int, int, int]]) -> tuple[list[OcrLine], int]:
    """The page's lines with their unread characters read from `gray` (the page rendered, pixels
    at the lines' scale) and lines added for type drawn with no text; how many unread characters
    are left unread. `photos` are the boxes of the PDF's pictures (pixels): a photo is no type."""
    unread = _covering([i for i, ln in enumerate(lines) if any(c.text == UNKNOWN for c in ln.chars)], lines)
    body = _body(lines)
    inked = _untexted_rows(gray, lines, photos, body)
    if not unread and not inked:
        return lines, 0
    places = [_padded(lines[i].box, body, gray.shape) for i in unread] + [_padded(b, body, gray.shape) for b in inked]
    try:
        read = _read_sheet(gray, places, _masked(gray, lines, photos), len(unread), body)
    except Cancelled:
        raise
    except Exception:  # noqa: BLE001 - the recogniser failing: the page as its text layer says it
        read = [[] for _ in places]
    votes: dict[str, Counter] = {}
    for k, i in enumerate(unread):
        for c in lines[i].chars:
            if c.text == UNKNOWN and getattr(c, "glyph", ""):
                seen = _at(c.box, read[k])
                if seen:
                    votes.setdefault(c.glyph, Counter())[seen] += 1
    reading = {g: v.most_common(1)[0][0] for g, v in votes.items()}
    out = [_filled(ln, reading) if any(c.text == UNKNOWN for c in ln.chars) else ln for ln in lines]
    for got in read[len(unread):]:
        out += [ln for ln in got if ln.confidence >= MIN_CONFIDENCE and sum(ch.isalnum() for ch in ln.text) >= 2]
    left = sum(c.text == UNKNOWN for ln in out for c in ln.chars)
    return out, left


def _covering(unread: list[int], lines: list[OcrLine]) -> list[int]:
    """Of the lines holding unread characters, enough to see each glyph COVER times (or as often
    as it stands): a glyph is one character wherever it stands, so the rest need no reading. The
    lines richest in glyphs not yet seen enough first; the chosen in the page's order."""
    def glyphs(i: int) -> list[str]:
        return [c.glyph or f"@{i}:{k}" for k, c in enumerate(lines[i].chars) if c.text == UNKNOWN]

    seen: Counter = Counter()
    chosen: list[int] = []
    rest = list(unread)
    while rest:
        best = max(rest, key=lambda i: sum(seen[g] < COVER for g in set(glyphs(i))))
        if not any(seen[g] < COVER for g in glyphs(best)):
            break
        chosen.append(best)
        rest.remove(best)
        seen.update(set(glyphs(best)))
    return sorted(chosen)


def _body(lines: list[OcrLine]) -> float:
    sizes = sorted(getattr(c, "size", 0.0) or (c.box[3] - c.box[1]) for ln in lines for c in ln.chars)
    return float(sizes[len(sizes) // 2]) if sizes else 28.0


def _padded(box, body: float, shape) -> tuple[int, int, int, int]:
    p = int(PAD * body)
    return max(0, box[0] - p), max(0, box[1] - p), min(shape[1], box[2] + p), min(shape[0], box[3] + p)


def _drawn_type(gray, box) -> bool:
    x0, y0, x1, y1 = box
    crop = gray[max(0, y0):y1, max(0, x0):x1]
    return crop.size > 0 and float(((crop < 60) | (crop > 195)).mean()) >= DRAWN_TYPE


def _masked(gray, lines: list[OcrLine], photos):
    """The page with every text-layer character (an unread one too: its line is read whole) and
    every photo whited out: what ink is left is rules, frames and type drawn with no text."""
    out = gray.copy()
    for ln in lines:
        for c in ln.chars:
            x0, y0, x1, y1 = c.box
            out[max(0, y0 - 2):y1 + 3, max(0, x0 - 2):x1 + 3] = 255
    for box in photos:
        if not _drawn_type(gray, box):
            x0, y0, x1, y1 = box
            out[max(0, y0):y1, max(0, x0):x1] = 255
    return out


def _untexted_rows(gray, lines: list[OcrLine], photos, body: float) -> list[tuple[int, int, int, int]]:
    """Rows of glyph-like ink that no text-layer character stands on (rules, frames and photos
    left out): each a box, two glyphs long at least."""
    import cv2
    import numpy as np

    ink = (_masked(gray, lines, photos) < INK).astype(np.uint8)
    long = max(int(3 * body), 12)
    rules = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, long), np.uint8)) | \
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((long, 1), np.uint8))
    ink[rules > 0] = 0
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    glyphs = np.zeros_like(ink)
    for k in range(1, n):
        x, y, w, h, area = stats[k]
        if 0.3 * body <= max(w, h) and h <= 6 * body and w <= 6 * body and area >= 0.04 * body * body:
            glyphs[labels == k] = 1
    if not glyphs.any():
        return []
    joined = cv2.dilate(glyphs, np.ones((max(3, int(0.2 * body)), max(3, int(1.0 * body))), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out = []
    for k in range(1, n):
        x, y, w, h, area = stats[k]
        if w >= 2 * h and w >= 2 * body and int(glyphs[y:y + h, x:x + w].sum()) >= 0.2 * body * body:
            out.append((int(x), int(y), int(x + w), int(y + h)))
    return out


def _read_sheet(gray, places: list, masked, whole: int, body: float) -> list[list[OcrLine]]:
    """The places cut from the page (the first `whole` from the page as it is, the others from
    `masked`) and stacked on one sheet, read by OCR in one go; each place's lines, in the page's
    pixels."""
    import numpy as np
    from PIL import Image

    from ..ocr import engine

    gap = max(int(1.5 * body), 20)
    width = max(x1 - x0 for x0, _, x1, _ in places) + 2 * gap
    height = sum(y1 - y0 for _, y0, _, y1 in places) + gap * (len(places) + 1)
    sheet = np.full((height, width), 255, dtype=np.uint8)
    tops = []
    y = gap
    for k, (x0, y0, x1, y1) in enumerate(places):
        sheet[y:y + y1 - y0, gap:gap + x1 - x0] = (gray if k < whole else masked)[y0:y1, x0:x1]
        tops.append(y)
        y += y1 - y0 + gap
    buf = io.BytesIO()
    Image.fromarray(sheet).save(buf, format="PNG")
    page = engine.recognise_all([buf.getvalue()])[0]
    out: list[list[OcrLine]] = [[] for _ in places]
    for ln in page.lines:
        mid = (ln.box[1] + ln.box[3]) / 2
        k = next((k for k, t in enumerate(tops) if t - gap / 2 <= mid < t + places[k][3] - places[k][1] + gap / 2), None)
        if k is None:
            continue
        dx, dy = places[k][0] - gap, places[k][1] - tops[k]

        def moved(b):
            return (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy)

        chars = [SizedChar(c.text, moved(c.box), c.confidence, _size(ln)) for c in ln.chars]
        out[k].append(OcrLine(ln.text, moved(ln.box), ln.confidence, chars))
    return out


def _size(ln: OcrLine) -> float:
    """A read line's type size: its Han characters' median width (a Han is as wide as its size),
    else most of its box's height."""
    widths = sorted(c.box[2] - c.box[0] for c in ln.chars if "\u3400" <= c.text[:1] <= "\u9fff")
    return float(widths[len(widths) // 2]) if widths else 0.8 * (ln.box[3] - ln.box[1])


def _at(box, read: list[OcrLine]) -> str:
    """The character read where `box` stands (its middle within a read character's box across,
    the nearest), or ''."""
    mx, my = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    best, far = "", None
    for ln in read:
        if not ln.box[1] <= my <= ln.box[3]:
            continue
        for c in ln.chars:
            d = abs((c.box[0] + c.box[2]) / 2 - mx)
            if d <= 0.5 * (box[2] - box[0]) and (far is None or d < far) and c.text.strip():
                best, far = c.text, d
    return best


def _filled(ln: OcrLine, reading: dict[str, str]) -> OcrLine:
    chars = [SizedChar(reading.get(getattr(c, "glyph", ""), c.text) if c.text == UNKNOWN else c.text, c.box,
                       c.confidence, getattr(c, "size", 0.0), getattr(c, "glyph", "")) for c in ln.chars]
    return OcrLine(_text(ln, chars), ln.box, ln.confidence, chars)


def _text(ln: OcrLine, chars: list) -> str:
    """The line's text with its unread characters' new readings, in their order."""
    new = iter(c.text for c, old in zip(chars, ln.chars) if old.text == UNKNOWN)
    return "".join(next(new, ch) if ch == UNKNOWN else ch for ch in ln.text)
