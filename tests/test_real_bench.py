"""bench/real_bench.py tells the articles marked advertisements from the rest: the reader counts
no advertisement, so its row gives all the articles against the reader (the count before the
layout told advertisements) and the rest beside it."""

from __future__ import annotations

from bench.real_bench import show
from baoku.core.model import ADVERTISEMENT, Article, Block, PageInfo, ParsedPage


def test_a_pages_row_counts_its_advertisements_apart(capsys):
    articles = [Article(blocks=[Block("paragraph", f"Story {k} ran on.")], headline=f"Story {k}") for k in range(3)]
    articles.append(Article(blocks=[Block("paragraph", "HOTEL Rates $1.50")], headline="HOTEL", genre=ADVERTISEMENT))
    show("the scan", ParsedPage(PageInfo(1), articles), 0.5, 3, True, ["Story 1"])
    out = capsys.readouterr().out
    assert "| the scan | 4 | 4 | 1.33× | 1 | 1.00× |" in out
    assert "- [ad] HOTEL" in out and "- Story 1" in out
