"""The back's print lifted off the page image: on thin newsprint the other side's print shows
through, mirrored and grey, and a layout that reads ink by its grey takes it for the page's own.
Round 14's a01 (show-through 0.45 on a noisy, yellowed page): Otsu's cut between paper and print
fell at 176, under the back's grey, so the back's picture under a column's first lines made
them measure 37-44 px against a 28 px body (headlines: the story's opening parted from its head),
and the back's headline mirrored above a column was found as a picture.

Light through paper blurs what it shows: the back's strokes are soft (no steep edge near them),
the page's own print is sharp even where it is thin and grey (a blurred, noisy body's strokes are
as light as the back's print, so grey alone cannot tell them: round 13's w08 and t31). Ink that
is soft and lighter than the print's dark half is painted paper; ink near a steep edge, or dark,
stays (a head's broad strokes, a picture's dark tones). Asked for only on a page where the back's
print was read as words (`showthrough.py` dropped some): a page with none is left as it was.

The recogniser reads the page too, and where the back's print crosses the page's own it misreads
both (round 14's w08: two heads side by side read as one garbled line across the gutter, the back's
print between them). `to_read_again` gives such a page's image with the back's print lifted, for
the OCR to read again (`importing.backread`); other pages are read once, as they were."""

from __future__ import annotations

SHARP = 30.0  # grey levels a pixel: a steeper edge than this within REACH pixels is the page's own print
REACH = 4  # pixels from an edge that a stroke's inside lies (a headline's broad stroke is 8-10 px)
MARGIN = 12  # grey under the paper's that is ink at all
DARK = 0.35  # ink darker than this share of the way from the print's black to the paper stays
ON_PAPER = 0.1  # of a soft region's rim that is paper: the back's print (else a field of the page's own picture)


def to_read_again(read, gray):
    """The page image to read again, the back's print lifted off it (its paper evened: the image the
    layout reads), when the recogniser read some of the back's print on this Chinese page (the
    show-through step drops something); None on any other page (no image, a Latin page, no
    show-through), which is read once."""
    from .geometry import is_latin
    from .paper import even_paper
    from .showthrough import without_show_through

    if gray is None or not read.lines or sum(is_latin(ln) for ln in read.lines) > 0.5 * len(read.lines):
        return None
    evened = even_paper(gray)
    kept = without_show_through(read.lines, evened)
    if kept is read.lines:
        return None
    lifted = without_back_print(evened)
    if lifted is evened:
        return None
    return _body_lines_kept(lifted, evened, kept, without_back_print(evened, own_black=True))


BODY_LINE = 1.3  # a line at most this much taller than the page's median line is body type
BACK = 0.97  # a line this share of whose ink the lifting painted is the back's print


def _body_lines_kept(lifted, evened, lines, deeper=None):
    """`lifted` with the page's body lines (the lines of the page's own print, no taller than
    its body type) as they were in `evened`: a body line's thin strokes, grey in a blurred or
    JPEG'd scan, are as soft and light as the back's print, and painted paper they are lost to
    the recogniser (t27's 一 and 三 read - and ：). The back's print is lifted where it does the
    recogniser harm: across the heads, between the lines and over the gutters.

    A line the show-through step kept is the back's print all the same when `deeper` (the lifting
    with the print's black measured on the page's own print: `without_back_print`'s `own_black`)
    painted nearly all its ink (BACK): the back's 市民来信 label on its tint, dark enough to pass
    the show-through step on round 14's a01, read 含来另市 and taken for a head over a letter. Such
    a line is taken as `deeper` painted it. The back's lines lose 0.99 of their ink and more to
    that lifting; the page's own lost at most 0.77 on the train pages (a body line over a stain),
    but 0.92 on dev page c05 (a line's few glyphs crossed by the back's head), so BACK stands
    above both. (`deeper` only there: over
    the whole page it took the light strokes of the page's lines the first reading missed, c01's
    十分钟 read 分钟.)"""
    import cv2
    import numpy as np

    heights = sorted(ln.box[3] - ln.box[1] for ln in lines)
    if not heights:
        return lifted
    body = heights[len(heights) // 2]
    blurred = cv2.medianBlur(evened, 3)  # (a speck of noise is no ink)
    paper = float(np.percentile(blurred, 60))
    out = lifted.copy()
    h, w = out.shape
    for ln in lines:
        x0, y0, x1, y1 = (max(0, int(v)) for v in ln.box)
        y1, x1 = min(y1, h), min(x1, w)
        if y1 - y0 > BODY_LINE * body:
            continue
        ink = blurred[y0:y1, x0:x1] < paper - MARGIN
        if deeper is not None and ink.any() and \
                ((deeper[y0:y1, x0:x1] != evened[y0:y1, x0:x1]) & ink).sum() >= BACK * ink.sum():
            out[y0:y1, x0:x1] = deeper[y0:y1, x0:x1]
        else:
            out[y0:y1, x0:x1] = evened[y0:y1, x0:x1]
    return out


def lifted(gray):
    """The page image as the layout reads a page read again (`to_read_again`): its paper evened
    and the back's print painted paper, the body lines too."""
    from .paper import even_paper

    return without_back_print(even_paper(gray), rings=True)


def without_back_print(gray, rings: bool = False, own_black: bool = False):
    """`gray` (a page whose paper is even: `paper.even_paper`) with the back's print showing
    through painted the paper's grey; `gray` itself when there is none to paint. `rings` (the
    layout's image, not the recogniser's): the back's print is painted on up to REACH pixels into
    the page's own glyphs' surroundings, through ink as light as it (kept near a steep edge, it rang
    each glyph it ran under with grey that the ink mask took for print: c03's lines 1.15 times
    their size). `own_black`: the print's black measured on the page's own print (`_print_black`),
    not on all the ink."""
    import cv2
    import numpy as np

    if gray is None or gray.ndim != 2 or min(gray.shape) < 64:
        return gray
    m = cv2.medianBlur(gray, 3)  # (a speck of noise is no edge)
    paper = float(np.percentile(m, 60))
    inked = m < paper - MARGIN
    if not inked.any():
        return gray
    f = m.astype(np.float32)
    edge = np.hypot(cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3), cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3)) / 8
    near = cv2.dilate(edge, np.ones((2 * REACH + 1, 2 * REACH + 1), np.uint8))  # the steepest edge near each pixel
    dark = _print_black(m, inked, near) if own_black else float(np.percentile(m[inked], 5))  # the print's black
    if paper - dark < 60:
        return gray
    soft = inked & (near < SHARP) & (m > dark + DARK * (paper - dark))
    if not soft.any():
        return gray
    soft = _on_paper(soft, inked)
    if not soft.any():
        return gray
    if rings:
        light = inked & (m > dark + DARK * (paper - dark)) & ~soft
        step = np.ones((3, 3), np.uint8)
        for _ in range(REACH):
            soft |= cv2.dilate(soft.astype(np.uint8), step).astype(bool) & light
    out = gray.copy()
    out[soft] = round(paper)
    return out


def _print_black(m, inked, near) -> float:
    """The page's own print's black: the darkest of the ink near a steep edge (its 5th percentile),
    not of all the ink. Where the back's print, its pictures' grey fields and stains are much of the
    ink (a third of the page's pixels on round 16's e03: show-through 0.5 on brown paper, two
    stains), their grey lifts the ink's 5th percentile above the print's black (a01: 76 against 55,
    e03: 106 against 72), and the back's print darker than that measure's cut stays (a01's 市民来信
    label on its tint; e03's bold heads, 145-157, left as hollow outlines)."""
    import numpy as np

    own = inked & (near >= SHARP)
    return float(np.percentile(m[own] if own.any() else m[inked], 5))


def _on_paper(soft, inked):
    """The soft regions that meet the paper somewhere round them (ON_PAPER of their rim): a
    photo's flat grey field is closed all round by its own steep edges and dark tones (the page's
    own picture), the back's print fades into the paper."""
    import cv2
    import numpy as np

    n, labels = cv2.connectedComponents(soft.astype(np.uint8), connectivity=8)
    grown = cv2.dilate(labels.astype(np.float32), np.ones((3, 3), np.uint8)).astype(np.int32)
    rim = (grown > 0) & ~soft
    ring = np.bincount(grown[rim], minlength=n)
    paper = np.bincount(grown[rim & ~inked], minlength=n)
    keep = paper >= ON_PAPER * np.maximum(ring, 1)
    keep[0] = False
    return keep[labels]
