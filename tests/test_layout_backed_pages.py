"""Show-through pages laid out as an import lays them out: read a second time from the image with
the back's print lifted (core/importing/backread.py), laid out on round 14's lifted image
(core/layout/backprint.py `lifted`). Round 15's train page c01 (issue 30) on its kept readings,
first and second (tests/layoutocr.py): no OCR here."""

from __future__ import annotations

import io

import numpy as np
import pytest

from baoku.core.importing.backread import lifted_pages
from baoku.core.importing.scan import scanned_page
from baoku.core.layout.backprint import lifted
from baoku.core.model import PageInfo

from . import layoutocr
from .layoutset import build, specs


def _articles(name: str):
    from PIL import Image

    page = build(next(s for s in specs("train") if s.name == name))
    gray = np.asarray(Image.open(io.BytesIO(page.png)).convert("L"))
    again = lifted_pages([layoutocr.read(name, page.png)], lambda k: gray)
    assert again, "the back's print shows through: the page is read again"
    second = layoutocr.kept(f"{name}-again", again[0])
    if second is None:
        pytest.skip("no kept reading for this drawing of the page (another Pillow or generator)")
    return scanned_page(second, PageInfo(1), "zh", lifted(gray)).articles


def _flat(text: str) -> str:
    return text.replace("\n", "").replace(" ", "")


def test_a_two_line_head_over_a_tight_subhead_stays_whole():
    """c01: 江州设立收购 / 网点二百一十个 over its subhead set a few pixels under it. The second
    line's ink was measured into the subhead's (1.27 times the first line): the head cut in two."""
    articles = _articles("c01")
    assert any(_flat(a.headline) == "江州设立收购网点二百一十个" for a in articles), [a.headline for a in articles]
    assert not any(_flat(a.headline) == "江州设立收购" for a in articles)
