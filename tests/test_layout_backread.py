"""A page whose back shows through is read again with the back's print lifted off it
(core/importing/backread.py, layout/backprint.py's `to_read_again`). Round 14 lifted the back's
print off the image the layout reads, but the recogniser still read the image as it was: where
the back's print crossed the page's own it misread both (w08's two heads side by side read as one
garbled line across the gutter; round 15's b01, the back's mirrored headline over a boxed head:
首批高校又新生报到, its body's first line 林日在州大学迎来 taken for its subhead). Read from the
lifted image, b01 gives 16 characters that are none of the page's where it gave 198. Pages set by
hand as the recogniser reads them, on an image drawn to match (tests/test_layout_paper.py); the
recogniser stood in for by a function that gives what it read (no OCR here)."""

from __future__ import annotations

import io

import numpy as np

from baoku.core.importing.metadata import IssueMeta
from baoku.core.importing.scan import read_scan_pages
from baoku.core.importing.sourcefile import SourceFile
from baoku.core.layout.backprint import to_read_again
from baoku.core.ocr import engine
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

from .test_layout_backprint import _backed
from .test_layout_paper import COLUMNS, HEADS, HEIGHT, TEXTS, WIDTH, _page


def _png(gray: np.ndarray) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(gray).save(buf, format="PNG")
    return buf.getvalue()


def _gray(png: bytes) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("L"))


def _misread(lines: list[OcrLine], ghost: list[OcrLine]) -> list[OcrLine]:
    """The page as the recogniser reads it with the back's print on it: the back's line, and a
    character of the first head misread where the back's print crosses it (a03's 个 read 俞)."""
    head = lines[0]
    chars = [OcrChar("俞", c.box, 0.91) if k == 2 else c for k, c in enumerate(head.chars)]
    return [OcrLine("".join(c.text for c in chars), head.box, 0.95, chars), *lines[1:], *ghost]


def test_a_page_with_nothing_showing_through_is_read_once():
    """Every other page is read once, as before (its kept readings stay valid)."""
    lines, gray = _page()
    assert to_read_again(OcrPage(WIDTH, HEIGHT, lines), gray) is None
    assert to_read_again(OcrPage(WIDTH, HEIGHT, lines), None) is None


def test_the_image_read_again_has_the_backs_print_lifted_and_the_pages_own_kept():
    lines, gray = _page()
    backed, ghost = _backed(gray)
    lifted = to_read_again(OcrPage(WIDTH, HEIGHT, lines + ghost), backed)
    assert lifted is not None
    x0, y0, x1, y1 = ghost[0].box
    assert lifted[y0:y1, x0:x1].min() > 230, lifted[y0:y1, x0:x1].min()  # the back's line gone
    assert (lifted == 20).sum() == (gray == 20).sum()  # every stroke of the page's print kept


def test_an_import_reads_a_page_whose_back_shows_again_and_lays_out_that_reading(monkeypatch):
    lines, gray = _page()
    backed, ghost = _backed(gray, picture=False)
    read: list[list[np.ndarray]] = []
    told: list[tuple[float, int]] = []

    def recognise_all(pages: list[bytes]) -> list[OcrPage]:
        hook = engine.PAGE_HOOK.get()
        hook(0, len(pages))
        read.append([_gray(p) for p in pages])
        first = len(read) == 1  # the page as scanned, then the page with the back's print lifted
        hook(len(pages), len(pages))
        return [OcrPage(WIDTH, HEIGHT, _misread(lines, ghost) if first else lines) for _ in pages]

    monkeypatch.setattr(engine, "recognise_all", recognise_all)
    token = engine.PAGE_HOOK.set(lambda done, total: told.append((done, total)))
    try:
        pages = read_scan_pages(SourceFile("backed.png", _png(backed), lambda name: None), IssueMeta(page=1))
    finally:
        engine.PAGE_HOOK.reset(token)
    assert len(read) == 2 and len(read[1]) == 1, len(read)  # read again, that page alone
    x0, y0, x1, y1 = ghost[0].box
    assert read[0][0][y0:y1, x0:x1].min() < 220 and read[1][0][y0:y1, x0:x1].min() > 230  # without the back's print
    articles = pages[0].articles
    assert [a.headline for a in articles] == list(HEADS), [a.headline for a in articles]
    texts = [a.text().replace("\n", "").replace(" ", "") for a in articles]
    assert [t.endswith(x) for t, x in zip(texts, TEXTS)] == [True, True], texts
    assert not any(c in a.headline + a.text() for a in articles for c in "俞冈街贵省另")
    assert told == [(0, 1), (1, 1), (1, 2), (2, 2)], told  # the page read again is one page more to read
    assert all(x >= COLUMNS[1] for x in (x0, x1))  # (the back's line lies in the second story's column)
