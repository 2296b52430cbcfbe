"""An advertisement boxed across two columns of an English page (a store's sale: its name and
wares centred over the box's width, prices, its address). The advertisement stage looked within
one column only, and a line across the gutter stands in neither: the box's lines were read as
heads of several articles. A cell closed by rules across two columns or more, whose type is an
advertisement's, is one article marked 广告 now; the stories over and under it are as they were,
and a story boxed across two columns stays a story."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page

BOX = (50, 400, 760, 660)


def wide(text: str, y: int, h: int = 24, step: int = 10):
    width = sum(step * len(w) + step for w in text.split()) - step
    return line(text, (BOX[0] + BOX[2] - width) // 2, y, h=h, step=step)


def _sale():
    return [wide("GRAND OPENING SALE", 414, h=50, step=22), wide("Dry Goods and Shoes at Half Price", 474, h=30, step=11),
            line("Men's Suits $9.50", 80, 520), line("Ladies' Hats 98c", 440, 520),
            line("Work Shoes $1.95", 80, 550), line("Silk Hose 49c", 440, 550),
            wide("JONES & CO.", 590, h=30, step=14), wide("14 Main Street, Park City", 626)]


def _parsed(inside):
    lines = [line("MINERS RETURN TO WORK", 60, 60, h=40, step=14)] + body(60, 110, 10, width=300)
    lines += [line("COUNCIL MEETS TONIGHT", 420, 60, h=40, step=14)] + body(420, 110, 10, width=300, start=3)
    lines += inside
    lines += [line("BRIDGE IS FINISHED", 60, 690, h=40, step=14)] + body(60, 740, 8, width=300, start=9)
    lines += [line("SCHOOL OPENS MONDAY", 420, 690, h=40, step=14)] + body(420, 740, 8, width=300, start=5)
    x0, y0, x1, y1 = BOX
    rules = [(400, 40, 403, 390), (400, 670, 403, 1000), (x0, y0, x1, y0 + 3), (x0, y1, x1, y1 + 3),
             (x0, y0, x0 + 3, y1 + 3), (x1 - 3, y0, x1, y1 + 3)]
    gray = page(lines, rules=rules, w=800, h=1040)
    return lines, scanned_page(OcrPage(800, 1040, lines), PageInfo(1), "en", gray)


def test_an_advertisement_boxed_across_two_columns_is_one_article():
    lines, parsed = _parsed(_sale())
    ads = [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert len(ads) == 1, [(a.headline, a.genre, a.text()[:30]) for a in parsed.articles]
    said = " ".join(ads[0].text().split())  # (a line across the gutter is read in its two pieces)
    assert all(ln.text in said for ln in _sale())
    assert [a.headline for a in parsed.articles if a is not ads[0]] == \
        ["MINERS RETURN TO WORK", "COUNCIL MEETS TONIGHT", "BRIDGE IS FINISHED", "SCHOOL OPENS MONDAY"]
    words = " ".join(" ".join(a.text().split()) for a in parsed.articles)
    assert all(ln.text in words for ln in lines)


def test_a_story_boxed_across_two_columns_stays_a_story():
    story = [wide("STATE FAIR WILL OPEN NEXT WEEK", 414, h=40, step=14)] + body(60, 470, 6, width=300, start=2) + \
        body(420, 470, 6, width=300, start=6)
    _, parsed = _parsed(story)
    assert not [a for a in parsed.articles if a.genre == ADVERTISEMENT]
    assert "STATE FAIR WILL OPEN NEXT WEEK" in [a.headline for a in parsed.articles]
