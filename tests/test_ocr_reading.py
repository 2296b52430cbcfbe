"""Reading a page (core/ocr/reading.py): lines cut from the page at its own resolution, and the
progress told as each part of a page comes back."""

from __future__ import annotations

import io
import re
from collections import Counter

from .scanpage import FONTS

WORDS = ("the senate will come to a workable plan for an association of nations and the compromise "
         "proposition which will be suggested to bring together the extreme and hopeful leaguers").split()


def _wide_page() -> tuple[bytes, list[str]]:
    """Eight columns of 14 px type across a page 3,600 px wide: shrunk to rapidocr's 2,000 px, its
    letters are 8 px tall. (Five lines a column, 280 words: thirty read the same, in six times as
    long.)"""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (3600, 145), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / "LiberationSerif-Regular.ttf"), 14)
    truth: list[str] = []
    for col in range(8):
        k = col * 5
        for r in range(5):
            words = [WORDS[(k + j) % len(WORDS)] for j in range(7)]
            k += 7
            d.text((20 + col * 447, 20 + r * 21), " ".join(words), font=font, fill=0)
            truth += words
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue(), truth


def test_small_type_on_a_wide_page_is_read_at_the_pages_own_resolution():
    """rapidocr's own pipeline read 83% of these words right (workahle, assoctarion, wtlI): it reads
    the lines off the page shrunk to 2,000 px."""
    from baoku.core.ocr.engine import recognise

    png, truth = _wide_page()
    page = recognise(png)
    got = [w for ln in page.lines for w in re.findall(r"[a-z]+", ln.text.lower())]
    right = sum((Counter(got) & Counter(truth)).values())
    assert right >= 0.97 * len(truth), (right, len(truth))


def test_progress_is_told_within_a_page_and_ends_at_every_page(monkeypatch):
    from baoku.core.ocr import engine, reading

    def fake(pages, done, workers=None):
        for k in range(len(pages)):
            for share in (0.25, 0.5, 1.0):
                done(k, share)
        return [engine.OcrPage(1, 1, []) for _ in pages]

    monkeypatch.setattr(reading, "read_pages", fake)
    heard: list[tuple[float, int]] = []
    token = engine.PAGE_HOOK.set(lambda done, total: heard.append((done, total)))
    try:
        engine.recognise_all([b"a", b"b"])
    finally:
        engine.PAGE_HOOK.reset(token)
    assert heard[0] == (0, 2) and heard[-1] == (2.0, 2)
    assert (0.5, 2) in heard and (1.25, 2) in heard
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)


def test_a_batch_opened_inside_another_reads_on_the_outer_ones_workers():
    """An import inside a longer batch (a test run, a window's session) does not start and stop
    worker processes of its own: it uses the outer batch's, which stay up after it ends."""
    from baoku.core.ocr.reading import batch

    with batch() as outer:
        first = outer.pool(2)
        with batch() as inner:
            assert inner is outer and inner.pool(2) is first
        assert outer.pool(2) is first  # not shut down by the inner batch's end
