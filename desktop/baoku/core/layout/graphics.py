"""What the page image shows besides text: rules (the lines that part stories, columns, a box's
frame) and pictures. Read from the image with OpenCV (it comes with rapidocr), on the page
turned upright by the skew the text showed, so that they stand in the same coordinates as the
deskewed lines."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..ocr.reading import speckled
from .paper import lit_paper

Box = tuple[int, int, int, int]


@dataclass
class Graphics:
    hrules: list[Box] = field(default_factory=list)
    vrules: list[Box] = field(default_factory=list)
    figures: list[Box] = field(default_factory=list)
    drawn: list[Box] = field(default_factory=list)  # text boxes standing on a picture's tone
    frames: list[Box] = field(default_factory=list)  # boxes an unruled border frames (`frames`)
    boxes: list[Box] = field(default_factory=list)  # boxes straight rules close all round (`adverts`, Chinese pages)


RULE = 5.0  # a dark run this many body sizes long is a rule (a headline's 一 is 2.5 at most)
INK = 165  # grey below this is ink, for rules
GAP = 4.0  # pieces of one rule broken by noise or a faint print, this many body sizes apart, are one
TONE = 200  # grey below this is tone, for pictures (a tint behind a label is lighter)


def upright(gray, angle: float):
    """The grey image turned by `angle` (radians, as `geometry.skew_angle` gives it) about its
    centre, the corners filled white."""
    import cv2

    if abs(angle) < 1e-4:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), math.degrees(angle), 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def find_graphics(gray, body: float, text_boxes: list[Box]) -> Graphics:
    """Rules and pictures of an upright grey page (a numpy uint8 array). `body` is the body type
    size in pixels; `text_boxes` are the lines', kept out of the pictures."""
    import cv2
    import numpy as np

    h, w = gray.shape
    ink = (gray < INK).astype(np.uint8)
    length = max(int(RULE * body), 20)
    thick = max(int(body * 0.45), 3)
    hpieces: list[Box] = []
    vpieces: list[Box] = []
    noisy = speckled(gray)
    for horizontal in (True, False):
        # On a speckled page a rule is read over three rows (columns) at once: one printed two
        # pixels thick keeps its run where the noise specks white holes into each row a few dozen
        # pixels apart (s12: a row rule read as three short pieces let the story above take the
        # briefs under it). Not on a clean page: an old page's close-set type would join into runs.
        across = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 3) if horizontal else (3, 1))) \
            if noisy else ink
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        runs = cv2.morphologyEx(across, cv2.MORPH_OPEN, kernel)
        n, _, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
        for x, y, bw, bh, area in stats[1:n]:  # thin on average: a long rule printed a little
            if horizontal and bw >= length and area <= thick * bw:  # aslant spans more rows than
                hpieces.append((int(x), int(y), int(x + bw), int(y + bh)))  # its thickness
            elif not horizontal and bh >= length and area <= thick * bh:
                vpieces.append((int(x), int(y), int(x + bw), int(y + bh)))
    hpieces = [r for r in hpieces if not _in_type(r, text_boxes)]
    out = Graphics(_merge(hpieces, body, horizontal=True), _merge(vpieces, body, horizontal=False))
    gray = lit_paper(gray)  # tone is told from the paper, on a page scanned dim too (rules: from the ink)
    framed = _framed(_pictures(gray, body, text_boxes, out), hpieces, vpieces, text_boxes, body)
    worded = [b for b in text_boxes if _worded(b, body)]
    out.figures = [f for f in _paper_parted(gray, framed, body)  # (after the frames, which join what
                   if not _text_on_tone(f, worded)]  # stands near)
    drawings = [d for d in _drawings(ink, hpieces, vpieces, text_boxes, body)
                if not any(_overlap(d, f) for f in out.figures)]
    out.figures += drawings
    out.drawn = _on_tone(gray, body, [b for b in text_boxes if any(_within(b, f) for f in out.figures)])
    out.drawn += [b for b in text_boxes if any(mostly_in(b, d) for d in drawings)]  # a drawing's strokes read
    # Edges inside a picture are the picture's, not rules of the page: taken out piece by piece
    # before the pieces are joined (two pictures side by side, their frames' top edges level,
    # make no rule across both).
    inside = lambda r: any(f[0] - body <= r[0] and r[2] <= f[2] + body and f[1] - body <= r[1]  # noqa: E731
                           and r[3] <= f[3] + body for f in out.figures)
    out.hrules = _merge([r for r in hpieces if not inside(r)], body, horizontal=True)
    out.vrules = _merge([r for r in vpieces if not inside(r)], body, horizontal=False)
    return out



TYPE_ROWS = 0.25  # a run of ink this share of a line's height or more inside its box's top and foot is its type's


def _in_type(rule: Box, text_boxes: list[Box]) -> bool:
    """A horizontal run of ink lying in a line's middle rows, within its ends: the line's own type
    (its letters' serifs and x-height joined in a row), no rule. On the Park Record's ALTO, boxed
    to the glyphs, the body measured 18.3 px (the scan's OCR 23.3), the least rule 5 body sizes, and
    45 of the 86 "rules" found were runs inside a line of type (7 of 28 on the scan): one under
    TOM P. COSTAS, parted his union's name from his signature into an article of its own."""
    mid = (rule[1] + rule[3]) / 2
    return any(b[0] - 2 <= rule[0] and rule[2] <= b[2] + 2 and
               b[1] + TYPE_ROWS * (b[3] - b[1]) <= mid <= b[3] - TYPE_ROWS * (b[3] - b[1]) for b in text_boxes)


STEM = 0.3  # a vertical run within this share of a display line's height over and under its box is its letter's


def strokes_off(vrules: list[Box], heads: list[Box]) -> list[Box]:
    """A Latin page's vertical rules less its display lines' letter stems: a dark run between a
    display line's ends, reaching at most a third of its height over and under its box (The Park
    Record's M of Mining Matters, a stem 200 px long in type 150 px tall, cut the head in two as a
    column rule). A column rule runs on down the columns past a head."""
    def stem(r: Box) -> bool:
        return any(h[0] <= r[0] and r[2] <= h[2] and r[1] >= h[1] - STEM * (h[3] - h[1]) and
                   r[3] <= h[3] + STEM * (h[3] - h[1]) for h in heads)

    return [r for r in vrules if not stem(r)]

def _framed(figures: list[Box], hpieces: list[Box], vpieces: list[Box], text_boxes: list[Box],
            body: float) -> list[Box]:
    """Each picture as far as the frame drawn round it: a rule along its top or foot, within a
    line or two of its tone and over all its width, and a side rule from that rule's end down (or
    up) past the tone, with no text inside. A photo's light parts (a sky, pale blossom) leave its
    tone short of its frame, and the frame's edges would otherwise stand as rules of the page
    (one between the picture and its caption, or, two pictures' tops level, one across both)."""
    out = []
    for f in figures:
        best = f
        for h in hpieces:
            y = (h[1] + h[3]) / 2
            top, foot = f[1] - 2 * body <= y <= f[1] + body, f[3] - body <= y <= f[3] + 2 * body
            if not (top or foot) or h[0] > f[0] + body or h[2] < f[2] - body:
                continue
            for v in vpieces:
                if min(abs(v[0] - h[0]), abs(v[2] - h[2])) > body / 2 or v[1] > f[1] + body or v[3] < f[3] - body:
                    continue
                if top and abs(v[1] - h[1]) <= body / 2:
                    box = (h[0], h[1], h[2], v[3])
                elif foot and abs(v[3] - h[3]) <= body / 2:
                    box = (h[0], v[1], h[2], h[3])
                else:
                    continue
                if not any(_within(t, box) for t in text_boxes) and \
                        (box[2] - box[0]) * (box[3] - box[1]) > (best[2] - best[0]) * (best[3] - best[1]):
                    best = box
        out.append((min(best[0], f[0]), min(best[1], f[1]), max(best[2], f[2]), max(best[3], f[3])))
    return _joined(out, body / 2)


def _drawings(ink, hpieces: list[Box], vpieces: list[Box], text_boxes: list[Box], body: float) -> list[Box]:
    """Line drawings: a frame of four rules, at least three body sizes each way, round white with
    some ink (outlined shapes) and no line of words inside (a stroke or three the recogniser read
    as a letter or two are the drawing's). A boxed story or a table holds words; a photo has tone."""
    out: list[Box] = []
    near = body / 2
    for t in hpieces:
        for f in hpieces:
            if f[1] - t[3] < 3 * body or abs(f[0] - t[0]) > near or abs(f[2] - t[2]) > near or t[2] - t[0] < 3 * body:
                continue
            sides = [v for v in vpieces if v[1] <= t[3] + near and v[3] >= f[1] - near]
            if not (any(abs(v[0] - t[0]) <= near for v in sides) and any(abs(v[2] - t[2]) <= near for v in sides)):
                continue
            box = (min(t[0], f[0]), t[1], max(t[2], f[2]), f[3])
            read = [b for b in text_boxes if mostly_in(b, box)]
            if len(read) > 3 or any(_worded(b, body) for b in read):
                continue  # (a framed table's cells are read as many short lines)
            inner = ink[box[1] + 4:box[3] - 4, box[0] + 4:box[2] - 4]
            if inner.size and inner.mean() > 0.005 and not any(_overlap(box, o) for o in out):
                out.append(box)
    return out


WORDY = 8  # lines of words within a "picture", and
WORDY_SHARE = 0.25  # of the page's lines of words, that make it text on a tone, not a picture


def _text_on_tone(fig: Box, worded: list[Box]) -> bool:
    """Tone holding a good part of the page's lines of words is text printed on it, not a picture:
    a page whose paper scanned darker than TONE (a 1935 page at grey 179) with text its lines left
    unread between them (Tesseract's ALTO of it skips a column) was one picture over the whole
    page, and every line in it the picture's lettering: 0 articles. A photo holds a sign or two, a
    chart its labels and figures (the Park Record's retail prices: ten short lines of a page's
    900), and stays a picture."""
    held = sum(1 for b in worded if _within(b, fig))
    return held >= WORDY and held >= WORDY_SHARE * len(worded)


def _worded(b: Box, body: float) -> bool:
    """A line read in a frame that is a line of words: over three body sizes wide, and wide for its
    height as a row of characters is. Two rounds of a drawing read as one line (d11's O。, on a
    speckled page: its box as tall as it is wide, near) are not."""
    return b[2] - b[0] > 3 * body and b[2] - b[0] > 1.8 * (b[3] - b[1])


def mostly_in(box: Box, fig: Box, share: float = 0.5) -> bool:
    """Over `share` of `box` within `fig` (a round of a drawing read as a letter, its box past the frame)."""
    w, h = min(box[2], fig[2]) - max(box[0], fig[0]), min(box[3], fig[3]) - max(box[1], fig[1])
    return w > 0 and h > 0 and w * h > share * (box[2] - box[0]) * (box[3] - box[1])


def _overlap(a: Box, b: Box) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _within(box: Box, fig: Box) -> bool:
    return fig[0] <= box[0] and box[2] <= fig[2] and fig[1] <= box[1] and box[3] <= fig[3]


def _on_tone(gray, body: float, boxes: list[Box]) -> list[Box]:
    """The text boxes whose surroundings are mostly a picture's tone: words drawn in a photo (a
    sign, a numeral, a chart's label), not a headline on white paper that a frame encloses."""
    import numpy as np

    h, w = gray.shape
    pad = max(int(body * 0.5), 3)
    out = []
    for x0, y0, x1, y1 in boxes:
        a0, b0, a1, b1 = max(0, x0 - pad), max(0, y0 - pad), min(w, x1 + pad), min(h, y1 + pad)
        ring = (gray[b0:b1, a0:a1] < TONE).astype(np.float32)
        inner = ring[y0 - b0:y1 - b0, x0 - a0:x1 - a0]
        n = ring.size - inner.size
        if n > 0 and (ring.sum() - inner.sum()) / n > 0.5:
            out.append((x0, y0, x1, y1))
    return out


def _merge(rules: list[Box], body: float, horizontal: bool) -> list[Box]:
    """Pieces of one rule (broken by a gap, a slight slant) as one."""
    key = (lambda r: (r[1], r[0])) if horizontal else (lambda r: (r[0], r[1]))
    out: list[Box] = []
    for r in sorted(rules, key=key):
        for k, o in enumerate(out):
            if horizontal and abs(o[1] - r[1]) < body * 0.4 and r[0] - o[2] < body * GAP and o[0] - r[2] < body * GAP:
                out[k] = (min(o[0], r[0]), min(o[1], r[1]), max(o[2], r[2]), max(o[3], r[3]))
                break
            if not horizontal and abs(o[0] - r[0]) < body * 0.4 and r[1] - o[3] < body * GAP and o[1] - r[3] < body * GAP:
                out[k] = (min(o[0], r[0]), min(o[1], r[1]), max(o[2], r[2]), max(o[3], r[3]))
                break
        else:
            out.append(r)
    return out


def _pictures(gray, body: float, text_boxes: list[Box], rules: Graphics) -> list[Box]:
    """Regions of tone where no text was read: photos, drawings, maps."""
    import cv2
    import numpy as np

    tone = (gray < TONE).astype(np.uint8)
    pad = max(int(body * 0.3), 2)
    for x0, y0, x1, y1 in text_boxes:  # text is not a picture
        tone[max(0, y0 - pad):y1 + pad, max(0, x0 - pad):x1 + pad] = 0
    side = max(int(body * 0.5), 3)
    for x0, y0, x1, y1 in rules.hrules + rules.vrules:  # nor is a rule, unless tone is on both its
        horizontal = x1 - x0 > y1 - y0  # sides: a line drawn in a photo, not a frame or a column rule
        if horizontal:
            a, b = tone[max(0, y0 - side):max(0, y0 - 2), x0:x1], tone[y1 + 2:y1 + side, x0:x1]
        else:
            a, b = tone[y0:y1, max(0, x0 - side):max(0, x0 - 2)], tone[y0:y1, x1 + 2:x1 + side]
        if a.size and b.size and a.mean() > 0.5 and b.mean() > 0.5:
            continue
        tone[max(0, y0 - 2):y1 + 2, max(0, x0 - 2):x1 + 2] = 0
    step = max(int(body / 3), 2)  # a gutter between two photos is four steps or more
    h, w = tone.shape
    small = cv2.resize(tone.astype(np.float32), (max(w // step, 1), max(h // step, 1)), interpolation=cv2.INTER_AREA)
    mask = (small > 0.35).astype(np.uint8)
    square = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, square)  # over a photo's light patches
    # Opened too: a line a cell or two thin (a box's frame the rule finder missed where a picture
    # touches it, grey with noise) is no picture's part. The pieces of tone the opening leaves
    # that were one before it (a photo's parts joined by more than a line) stay one picture.
    n, whole = cv2.connectedComponents(closed, connectivity=8)
    m, part, stats, _ = cv2.connectedComponentsWithStats(cv2.morphologyEx(closed, cv2.MORPH_OPEN, square),
                                                         connectivity=8)
    pieces: dict[int, list] = {}
    for k in range(1, m):
        x, y, bw, bh, area = stats[k]
        ys, xs = np.nonzero(part[y:y + bh, x:x + bw] == k)
        pieces.setdefault(int(whole[y + ys[0], x + xs[0]]), []).append((x, y, x + bw, y + bh, area))
    out = []
    for group in pieces.values():
        x, y = min(p[0] for p in group), min(p[1] for p in group)
        bw, bh = max(p[2] for p in group) - x, max(p[3] for p in group) - y
        area = sum(p[4] for p in group)
        if bw * step >= 3 * body and bh * step >= 3 * body and area >= 0.3 * bw * bh:
            out.append((int(x * step), int(y * step), int(min(w, (x + bw) * step)), int(min(h, (y + bh) * step))))
    return _joined(_across_light(gray, out, body), body / 2)


SOLID = 0.6  # a photo is tone over this share of its box at least
PAPER = 235  # grey above this (the median down a strip) is the paper: between TONE and PAPER, a light tone


def _paper_parted(gray, boxes: list[Box], body: float) -> list[Box]:
    """A picture with a strip of paper down its whole height is two pictures side by side, each
    as high as its own tone: t12's boxed photo and the next story's, a column rule and a gutter
    narrower than a body size apart, read as one picture across both stories' columns, took the
    boxed story's text from its headline (the two, framed, stood less than half a body apart).
    Each part reaches as far down and up as rows of it are mostly not paper (text is)."""
    import numpy as np

    out: list[Box] = []
    least = max(3, int(0.3 * body))
    for x0, y0, x1, y1 in boxes:
        paper = np.median(gray[y0:y1, x0:x1], axis=0) >= PAPER if y1 > y0 and x1 > x0 else np.zeros(0, bool)
        cuts, run = [], 0
        for k, white in enumerate(paper):
            run = run + 1 if white else 0
            if run == least and k + 1 - least > 0:
                cuts.append(k + 1 - least)
        if not cuts:
            out.append((x0, y0, x1, y1))
            continue
        edges, parts = [0] + cuts + [len(paper)], []
        for a, b in zip(edges, edges[1:]):
            left, right = _tallest(~paper[a:b], least // 2, least)  # (a rule standing apart beside it left out)
            a, b = a + left, a + right
            if b - a < 3 * body:
                continue  # a sliver: a rule, a frame's edge
            top, foot = _tallest(np.median(gray[y0:y1, x0 + a:x0 + b], axis=1) < PAPER, least)
            if foot - top < 3 * body or (gray[y0 + top:y0 + foot, x0 + a:x0 + b] < TONE).mean() < SOLID:
                break  # only photos are parted: a drawing or a masthead's lettering on white stays whole
            parts.append((x0 + a, y0 + top, x0 + b, y0 + foot))
        else:
            if len(parts) >= 2:
                out += parts
                continue
        out.append((x0, y0, x1, y1))
    return out


def _tallest(toned, gap: int, least: int = 1) -> tuple[int, int]:
    """The longest run of toned rows (white rows fewer than `gap` inside it): a picture's, not
    the text lines under it, which white parts from it and from each other. Runs shorter than
    `least` count for nothing."""
    runs, start, last = [], None, -gap - 1
    for k in [int(i) for i in toned.nonzero()[0]] + [len(toned) + gap + 1]:
        if k - last > gap:
            if start is not None:
                runs.append((start, last + 1))
            start = k
        last = k
    runs = [r for r in runs if r[1] - r[0] >= least]
    return max(runs, key=lambda r: r[1] - r[0], default=(0, 0))


def _across_light(gray, boxes: list[Box], body: float) -> list[Box]:
    """Two pieces of tone level with each other (tops and feet within a body size) with light
    tone between them, not paper, are one picture: a photo whose pale middle (a light disc, a
    hazy sky) runs its whole height parts into two (s11: the second piece, alone over the next
    column, took that column's text from its story as a picture story). A strip of paper down
    between two photos side by side (their gutter) keeps them two."""
    import numpy as np

    boxes = sorted(boxes)
    out: list[Box] = []
    for b in boxes:
        for k, a in enumerate(out):
            if abs(a[1] - b[1]) > body or abs(a[3] - b[3]) > body or not 0 < b[0] - a[2] < 12 * body:
                continue
            y0, y1 = max(a[1], b[1]), min(a[3], b[3])
            between = gray[y0:y1, a[2]:b[0]]
            if between.size and (np.median(between, axis=0) < PAPER).all():  # no strip of paper down it
                out[k] = (a[0], min(a[1], b[1]), b[2], max(a[3], b[3]))
                break
        else:
            out.append(b)
    return out


def _joined(boxes: list[Box], near: float) -> list[Box]:
    """Pictures whose boxes overlap or stand within `near` of each other as one: a photo's light
    patches (a sky, a white wall) part its tone into pieces."""
    boxes = list(boxes)
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] - near <= b[2] and b[0] - near <= a[2] and a[1] - near <= b[3] and b[1] - near <= a[3]:
                    boxes[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return boxes
