"""Text the detector gave no box at all, looked for again: after the page's detection, ink standing
outside every box, in glyphs of text size gathered into lines, is cut out with a margin and the
detector looks at that crop alone, at the page's own resolution.

Seen on the page at 2,000 px, a headline beside busy columns can be missed whole (a vertical head
in two columns, the first line of a framed head); on its own, the same detector boxes it at once.
What is not looked at again:
- rules and frames: a piece of ink long and thin, or large and hollow, is no glyph;
- pictures: a large solid piece of ink is no glyph, and a crop whose paper is not white (a
  photo's grey fields) is not looked at;
- specks and small marks: a glyph is at least a tenth of a line tall, and a group of them
  under nine tenths of the page's line height (a stray comma, a row of missing-glyph squares in
  body type) is left alone;
and a box found there is kept only where it stands on the unread ink, clear of the page's boxes,
and is shaped as a line or column of type (twice as long as thick at least: in a line drawing on
white, a cartoon on an old page, the detector boxes strokes in squarish boxes).
"""

from __future__ import annotations

DARK = 128  # a pixel darker than this is ink
MARGIN = 3  # px: the page's boxes are taken this much wider (their glyphs' edges)
MIN_GLYPH = 0.1  # a piece of a glyph is at least this share of a line's height on its shorter side...
MIN_INK = 0.02  # ... or holds at least this share of a line's height squared in pixels
RULE = 8  # a piece this many times longer than thick, and longer than two lines, is a rule
LARGEST = 4  # a glyph is at most this many lines tall or wide (display type), else a picture or frame
SOLID = 0.6  # a piece filling this share of its bounding box, over a line high, is a picture's
HOLLOW = 0.12  # a piece over two lines on a side filling under this share is a frame
GATHER = 0.6  # glyphs this share of a line apart are gathered into one region
LEAST = 0.9  # a region is at least this share of the page's line height on its shorter side
LONGEST = 2.0  # and this many line heights on its longer side (a glyph or two: a mark, not text)
PAD = 1.0  # the crop reaches this many line heights around a region
GREY = 0.25  # a crop with this share of grey (neither paper nor ink) is a picture's
LINE_SHAPE = 2.0  # a box found is a line (or column) of type: this many times longer than thick
KEEP = 0.5  # a box found is kept when under this share of it lies in the page's boxes
FINE = 2500  # px: a page longer than this is looked at in blocks of 2 × 2 pixels for unread ink
MOST = 8  # regions looked at again on one page at most (the largest first)


def unread_regions(gray, boxes, line: float) -> list[tuple[int, int, int, int]]:
    """Regions (x0, y0, x1, y1) of `gray` (the page, grey) where ink of glyphs of text size stands
    outside every box in `boxes` (four corners each), `line` the page's median line height. A large
    page is looked at in blocks of 2 × 2 pixels (any ink in a block is ink): a third of the time."""
    import cv2
    import numpy as np

    ink = (gray < DARK).astype(np.uint8)
    covered = cv2.dilate(_filled(gray.shape, boxes), np.ones((2 * MARGIN + 1, 2 * MARGIN + 1), np.uint8))
    left = ink & (1 - covered)
    f = 2 if max(gray.shape) > FINE else 1
    if f > 1:
        h, w = left.shape
        left = (cv2.resize(left[:h - h % 2, :w - w % 2] * 255, (w // 2, h // 2), interpolation=cv2.INTER_AREA) > 0)
        left = left.astype(np.uint8)
    line /= f
    n, _, stats, _ = cv2.connectedComponentsWithStats(left, connectivity=8)
    glyphs = np.zeros_like(left)
    for x, y, bw, bh, area in stats[1:]:
        if _glyph(bw, bh, area, line):
            glyphs[y:y + bh, x:x + bw] = 1
    reach = max(1, int(GATHER * line))
    gathered = cv2.dilate(glyphs, np.ones((reach, reach), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(gathered, connectivity=8)
    out = []
    for x, y, bw, bh, _ in stats[1:]:
        x0, y0 = x + reach // 2, y + reach // 2  # (the gathering's reach taken off again)
        x1, y1 = x + bw - reach // 2, y + bh - reach // 2
        if min(x1 - x0, y1 - y0) >= LEAST * line and max(x1 - x0, y1 - y0) >= LONGEST * line:
            out.append((int(x0 * f), int(y0 * f), int(x1 * f), int(y1 * f)))
    out.sort(key=lambda r: -(r[2] - r[0]) * (r[3] - r[1]))
    return out[:MOST]


def _glyph(bw: int, bh: int, area: int, line: float) -> bool:
    short, long = min(bw, bh), max(bw, bh)
    if short < MIN_GLYPH * line and area < MIN_INK * line * line:
        return False  # a speck
    if long > RULE * short and long > 2 * line:
        return False  # a rule
    if long > LARGEST * line:
        return False  # a picture's shape or a frame
    if area > SOLID * bw * bh and short > line:
        return False  # a solid shape: a picture's
    if long > 2 * line and area < HOLLOW * bw * bh:
        return False  # a frame's corner, a box
    return True


def crop_of(gray, region, line: float) -> tuple[int, int, int, int] | None:
    """The crop looked at around a region, or None when it is a picture's (its paper grey)."""
    h, w = gray.shape
    pad = int(PAD * line)
    x0, y0, x1, y1 = region
    x0, y0, x1, y1 = max(0, x0 - pad), max(0, y0 - pad), min(w, x1 + pad), min(h, y1 + pad)
    part = gray[y0:y1, x0:x1]
    grey = float(((part >= 60) & (part < 200)).mean()) if part.size else 1.0
    if grey >= GREY:
        return None
    return x0, y0, x1, y1


def kept(found, gray, boxes, line: float) -> list:
    """Of the boxes found in crops (four corners each, in the page's pixels), those standing on
    ink clear of the page's boxes."""
    import numpy as np

    if not found:
        return []
    covered = _filled(gray.shape, boxes)
    ink = gray < DARK
    out = []
    for quad in found:
        q = np.asarray(quad, dtype=np.float32)
        w, h = float(np.ptp(q[:, 0])), float(np.ptp(q[:, 1]))
        if max(w, h) < LINE_SHAPE * min(w, h):
            continue  # no line nor column of type: a drawing's strokes (a cartoon's smoke, feathers)
        mine = _filled(gray.shape, [quad])
        area = int(mine.sum())
        if not area:
            continue
        inside = mine.astype(bool)
        if int((inside & (covered == 1)).sum()) >= KEEP * area:
            continue
        if int((inside & ink & (covered == 0)).sum()) < MIN_INK * line * line:
            continue
        out.append(quad)
        covered |= mine  # (two crops that overlap find a line once)
    return out


def _filled(shape, quads):
    """A mask of `shape` with the boxes `quads` (four corners each) filled with 1."""
    import cv2
    import numpy as np

    mask = np.zeros(shape[:2], np.uint8)
    for quad in quads:
        cv2.fillPoly(mask, [np.asarray(quad, dtype=np.int32)], 1)
    return mask


def looked_again(detector, image, boxes, parts=()) -> list:
    """The boxes `detector(crop)` finds in crops of `image` (the page, as the detector saw it)
    around ink no box in `boxes` (the detector's) nor in `parts` (the same parted into columns,
    ocr.columns.parted) holds, in the page's pixels (four corners each)."""
    import cv2
    import numpy as np

    if not len(boxes):
        return []
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    line = float(np.median([np.ptp(np.asarray(b)[:, 1]) for b in boxes]))
    if line < 4:
        return []
    boxes = list(boxes) + [np.asarray(p, dtype=np.float32) for p in parts]
    found = []
    for region in unread_regions(gray, boxes, line):
        crop = crop_of(gray, region, line)
        if crop is None:
            continue
        x0, y0, x1, y1 = crop
        for quad in detector(np.ascontiguousarray(image[y0:y1, x0:x1])):
            found.append(np.asarray(quad, dtype=np.float32) + np.array([x0, y0], dtype=np.float32))
    return kept(found, gray, boxes, line)
