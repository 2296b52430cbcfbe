"""A serial's instalment (The Beaver County News, 12 May 1916, page 3: THE THOUSANDTH WOMAN, its
boxed title and byline, SYNOPSIS., CHAPTER VI. Voluntary Service., its text running on over three
columns and closing with (TO BE CONTINUED.), a filler, Diplomacy., under it). The chapter heads
opened articles and the instalment was five to eight of them, its title box marked an
advertisement. From its first synopsis or chapter head to the line that closes it, with the
title over it, the instalment is one story; the filler under it stays its own."""

from __future__ import annotations

from baoku.core.importing.scan import scanned_page
from baoku.core.model import ADVERTISEMENT, PageInfo
from baoku.core.ocr.engine import OcrPage

from .test_layout_oldpages import body, line, page


def _box(x0, y0, x1, y1, t=3):
    return [(x0, y0, x1, y0 + t), (x0, y1 - t, x1, y1), (x0, y0, x0 + t, y1), (x1 - t, y0, x1, y1)]


def _page(closing: str = "(TO BE CONTINUED.)"):
    lines = [line("THE THOUSANDTH", 90, 60, h=40, step=16), line("By ERNEST W. HORNUNG", 110, 112),
             line("Author of RAFFLES, Etc.", 120, 142)]
    lines += [line("SYNOPSIS.", 170, 200, h=30, step=12)] + body(60, 240, 6)
    lines += [line("CHAPTER VI.", 160, 420, h=30, step=12), line("Voluntary Service.", 150, 456)]
    lines += body(60, 490, 12, start=3)
    lines += body(420, 60, 14, start=9)
    y = 60 + 28 * 14 + 10
    lines.append(line(closing, 510, y))
    lines += [line("Diplomacy.", 540, y + 50, h=30, step=12)] + body(420, y + 90, 5, start=4)
    rules = _box(50, 45, 390, 180) + [(400, 40, 403, 860), (470, y + 36, 700, y + 39)]
    return scanned_page(OcrPage(800, 900, lines), PageInfo(1), "en", page(lines, rules, w=800, h=900))


def test_an_instalment_from_its_synopsis_to_to_be_continued_is_one_story():
    got = _page()
    assert len(got.articles) == 2, [a.headline for a in got.articles]
    serial, filler = got.articles
    assert serial.headline.startswith("THE THOUSANDTH") and serial.genre != ADVERTISEMENT
    assert "Voluntary Service" in serial.text() and "TO BE CONTINUED" in serial.text()
    assert filler.headline == "Diplomacy."


def test_without_its_closing_line_the_chapters_stay_as_they_were_read():
    got = _page(closing="the end of the first part")
    assert len(got.articles) > 2
