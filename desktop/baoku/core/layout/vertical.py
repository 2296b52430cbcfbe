"""Pages set in vertical columns (older traditional pages): each OCR line is a column of
characters read top to bottom, and the columns are read right to left."""

from __future__ import annotations

from ..ocr.engine import OcrLine, OcrPage


def is_vertical(lines: list[OcrLine]) -> bool:
    """Most of the page's text stands in tall, narrow lines."""
    long = [ln for ln in lines if len(ln.text.strip()) >= 3]
    tall = [ln for ln in long if ln.box[3] - ln.box[1] > 2 * (ln.box[2] - ln.box[0])]
    return bool(long) and len(tall) > 0.6 * len(long)


def vertical_analysis(read: OcrPage, lines: list[OcrLine]):
    raise NotImplementedError
