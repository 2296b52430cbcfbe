"""The page's paper made even before its rules and pictures are read off it: what a scan adds to
a printed page and the layout's fixed greys would take for ink.

- Dark bands along the image's edges (a microfilm's frame, the scanner's lid showing past the
  sheet) are no rule, column or picture of the page: painted paper-white.
- Uneven light (a page darker towards a corner, a fold lifted from the glass) is divided out:
  the paper's brightness, fitted as a smooth surface through each tile's brightest grey, is
  brought back to white, so a rule or a picture's tone is told by its darkness against the paper
  beside it, not against a fixed grey that the paper itself falls below at the page's dark end.

A page whose edges are paper and whose light is even comes back as it was (the same array)."""

from __future__ import annotations

DARK = 90  # a band's grey (after a median of 5 pixels) is darker than this
BAND_SHARE = 0.6  # of the rows (columns) along an edge that a band runs from it
BAND_DEPTH = 0.2  # a band is no deeper than this share of the page
EVEN = 28  # the paper's brightness varying less than this across the page is even light
PAPER = 200  # … and the paper no darker than this anywhere


def even_paper(gray):
    """`gray` with dark edge bands painted white and uneven light divided out; `gray` itself when
    neither is there."""
    if gray is None or gray.ndim != 2 or min(gray.shape) < 64:
        return gray
    out, painted = _edge_bands_off(gray)
    return _light_evened(out, painted)


def _edge_bands_off(gray):
    """`gray` with its edge bands painted white, and where it was painted (None: nowhere)."""
    import cv2
    import numpy as np

    dark = cv2.medianBlur(gray, 5) < DARK
    h, w = gray.shape
    out = painted = None
    for side in ("left", "right", "top", "foot"):
        d = {"left": dark, "right": dark[:, ::-1], "top": dark.T, "foot": dark[::-1, :].T}[side]
        n, length = d.shape
        # depth of the dark run from the edge in each row (the whole row when it is all dark)
        depth = np.where(d.all(axis=1), length, np.argmin(d, axis=1))
        if (depth >= 3).mean() < BAND_SHARE or np.median(depth) > BAND_DEPTH * length:
            continue
        if out is None:
            out, painted = gray.copy(), np.zeros(gray.shape, bool)
        reach = np.where(depth > 0, np.minimum(depth + 4, length), 0)
        cols = np.arange(length)[None, :]
        for a in (out, painted):
            {"left": a, "right": a[:, ::-1], "top": a.T, "foot": a[::-1, :].T}[side][cols < reach[:, None]] = \
                255 if a is out else True
    return (gray, None) if out is None else (out, painted)


def _light_evened(gray, painted=None):
    """`gray` divided by its paper's brightness (a tile painted white over a band counts for none)."""
    import numpy as np

    h, w = gray.shape
    tile = max(32, min(h, w) // 30)
    ny, nx = h // tile, w // tile
    if ny < 3 or nx < 3:
        return gray
    tiles = gray[:ny * tile, :nx * tile].reshape(ny, tile, nx, tile).swapaxes(1, 2).reshape(ny, nx, -1)
    paper = np.percentile(tiles, 95, axis=2).ravel().astype(np.float64)
    ys, xs = np.mgrid[0:ny, 0:nx]
    cy, cx = ((ys + 0.5) * tile / h).ravel(), ((xs + 0.5) * tile / w).ravel()

    def terms(y, x):
        return np.stack([np.ones_like(x), x, y, x * x, x * y, y * y], axis=-1)

    a = terms(cy, cx)
    seen = np.ones(paper.shape, bool)
    if painted is not None:
        seen = ~painted[:ny * tile, :nx * tile].reshape(ny, tile, nx, tile).any(axis=(1, 3)).ravel()
    keep = seen
    for _ in range(4):  # tiles of a picture or a band well under the fit are no paper
        coef, *_ = np.linalg.lstsq(a[keep], paper[keep], rcond=None)
        fit = a @ coef
        keep = seen & (paper > fit - 12)
        if keep.sum() < 6:
            return gray
    surface = np.where(keep, paper, fit).reshape(ny, nx)  # the paper where seen, the fit where a picture hides it
    if surface.max() - surface.min() < EVEN and surface.min() > PAPER:
        return gray
    import cv2

    smooth = cv2.GaussianBlur(surface.astype(np.float32), (0, 0), 1.0, borderType=cv2.BORDER_REPLICATE)
    full = cv2.resize(smooth, (nx * tile, ny * tile), interpolation=cv2.INTER_LINEAR)
    full = cv2.copyMakeBorder(full, tile // 2, h - ny * tile, tile // 2, w - nx * tile, cv2.BORDER_REPLICATE)
    full = np.clip(full[tile // 2:tile // 2 + h, tile // 2:tile // 2 + w], 40, 255)
    return np.clip(gray.astype(np.float32) * (255.0 / full), 0, 255).astype(np.uint8)


WHITE = 244  # a page's paper as the picture finder's fixed greys take it (the white pages' paper, 233-253)
DIM = 197  # paper darker than this is dim: under the picture finder's TONE (200), past a grey or two of noise


def paper_grey(gray) -> int:
    """The paper's grey: the commonest grey lighter than the print (Otsu's threshold between the two)."""
    import cv2
    import numpy as np

    t, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    counts = np.convolve(np.bincount(gray.ravel(), minlength=256).astype(np.float64), np.ones(5) / 5, "same")
    start = int(t) + 1
    return start + int(np.argmax(counts[start:])) if start < 256 else 255


def lit_paper(gray):
    """`gray` with dim paper brought up to white (every grey scaled by WHITE over the paper's), for
    telling a picture's tone from the paper: the Park Record's 1935 pages scanned at grey 189, under
    the fixed TONE of 200, so all their paper was tone and every stretch its lines' boxes left
    uncovered a "picture" (lines the ALTO's reader skipped, the gaps its tight boxes leave: eleven
    on p. 1's ALTO, three parting stories). `gray` itself where the paper is not dim."""
    import numpy as np

    if gray is None or gray.ndim != 2 or gray.size == 0:
        return gray
    paper = paper_grey(gray)
    if paper >= DIM or paper <= 0:
        return gray
    return np.clip(gray.astype(np.float32) * (WHITE / paper), 0, 255).astype(np.uint8)
