"""Whether a page image holds any ink at all, measured on the image before OCR: a blank page (an
empty scan, the back of a sheet, a white page of a PDF) is skipped at once instead of being read
for seconds to find nothing."""

from __future__ import annotations

SIDE = 1000  # the page is looked at this size (longest side): enough for one line of body type
PAPER_PERCENTILE = 0.9  # the paper's shade: most of a page is paper
INK_DEPTH = 48  # a pixel this much darker than the paper is ink (scanner noise on paper is lighter)
INK_SHARE = 0.0002  # a page with less than this share of ink pixels (200 of a million) is blank


def ink_share(image) -> float:
    """The share of the page's pixels that are ink (darker than its paper by INK_DEPTH)."""
    grey = image.convert("L")
    if max(grey.size) > SIDE:
        grey = grey.copy()
        grey.thumbnail((SIDE, SIDE))
    histogram = grey.histogram()
    total = sum(histogram)
    if not total:
        return 0.0
    seen, paper = 0, 255
    for shade in range(256):  # the shade below which PAPER_PERCENTILE of the pixels lie
        seen += histogram[shade]
        if seen >= PAPER_PERCENTILE * total:
            paper = shade
            break
    return sum(histogram[: max(paper - INK_DEPTH, 0)]) / total


def blank(image) -> bool:
    return ink_share(image) < INK_SHARE
