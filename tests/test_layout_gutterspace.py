"""A subhead spanning two columns whose em space (　) fell in the gutter between them: round 16b's
page f07 (five columns, body 30 px) set 夜场开放延长至晚9点　青少年观众占四成 under its head across
columns two and three; the recogniser read it in two pieces, parted at the space, and the second
piece (青少年观众占四成) headed a story of its own that took the lead story's second column (110 of
243 characters wrong). Two level display pieces in one size, the first's ink running past its
column's end, the white between them taking in the gutter and an em's space wide or so, are one
line (core/layout/headpieces.py, `_past_gutter`)."""

from __future__ import annotations

import io


def test_a_subheads_second_half_across_the_gutter_stays_with_its_head():
    import numpy as np
    from PIL import Image

    from baoku.core.importing.scan import scanned_page
    from baoku.core.model import PageInfo

    from . import layoutocr
    from .layoutset import build, specs

    page = build(next(s for s in specs() if s.name == "f07"))
    gray = np.asarray(Image.open(io.BytesIO(page.png)).convert("L"))
    articles = scanned_page(layoutocr.read("f07", page.png), PageInfo(1), "zh", gray).articles
    lead = next(a for a in articles if a.headline.startswith("市博物馆"))
    assert "青少年观众占四成" in lead.subhead, (lead.subhead, [a.headline for a in articles])
    assert not any(a.headline.startswith("青少年") for a in articles)
    assert "周六夜场延长至晚9点" in "".join(lead.text().split())  # its second column stays its own
