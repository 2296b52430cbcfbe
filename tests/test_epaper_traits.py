"""What real e-paper PDFs carry and a clean drawing does not (tests/epapertraits.py): text drawn
twice (a shadow, an outline, an invisible layer), drawn out of reading order, glyphs with no
Unicode value, a head drawn as a picture, a folio in the margin."""

from __future__ import annotations

from baoku.core.importing.pdfglyphs import drawn_once

from .epaper import epaper_of
from .epapertraits import Traits
from .newspage import folio_of, load_page
from .test_epaper import _imported


def _page(traits: Traits, first: dict | None = None):
    from .epaper import recording, replay
    from .newspage import render_page

    articles, meta = load_page("city_01_yaowen")  # four stories: 276, 204, 261 and 153 characters
    rows = [[[3, {"rule": True, **(first or {"two_line": True})}], [2, {}]], [[3, {"rule": True}], [2, {}]]]
    layout = {"columns": 5, "size": 24, "seed": 3, "folio": folio_of(meta), "rows": rows, "row_rules": True}
    if not traits:
        return epaper_of(articles, layout)
    with recording() as rec:
        page = render_page(articles, layout)
    from dataclasses import replace

    from .epaper import EPaper

    page = replace(page, folio=f"{page.folio} {traits.margin_folio()}".strip())
    return EPaper(replay(rec, rec.clean.width, rec.clean.height, traits), page)


def _char(text, x0, top, size=10.0):
    return {"text": text, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size}


def test_a_character_drawn_again_over_or_just_beside_itself_is_read_once():
    shadow, head = _char("警", 33.1, 59.5, 20.2), _char("警", 31.7, 58.1, 20.2)
    outline = _char("警", 31.7, 58.1, 20.2)
    twice = [_char("谢", 10, 10), _char("谢", 20, 10)]  # 谢谢: set a character's width on, two characters
    small = _char("警", 31.7, 58.1, 10.0)  # another size at the same place: no copy
    assert drawn_once([shadow, head, outline, *twice, small]) == [outline, *twice, small]


def test_heads_drawn_with_a_shadow_and_an_outline_are_read_once(tmp_path, embedded):
    """A head's drop shadow (a grey copy 8% of its size right and down) and its outline (stroked
    over the fill), and an invisible copy of the body over it (an OCR layer)."""
    made = _page(Traits(seed=1, shadow=True, outline=True, layer=True))
    stored, s = _imported(made, tmp_path, embedded)
    # It had been the first head read twice (a subhead of itself): the shadow's row stood apart
    # from the head's when a smaller line beside it began the row.
    assert (s.true, s.found, s.matched) == (4, 4, 4), "\n".join(s.problems)
    assert s.errors == 0 and s.cut_heads == 0, "\n".join(s.problems)
    assert not [a for a in stored if a.subhead == a.headline]


def _no_ocr(monkeypatch):
    from baoku.core.ocr import engine

    def refused(pages):
        raise AssertionError("a page whose text layer says everything was read by OCR")

    monkeypatch.setattr(engine, "recognise_all", refused)


def test_a_folio_in_the_margin_is_no_articles_text(tmp_path, embedded, monkeypatch):
    """The page number at the foot (第3版) and the paper's name set down the side margin, outside
    the page rule's ends: folio, as the running head is. The text is drawn out of reading order
    (runs of one to five characters in a random order). A page whose text layer says all its
    text is not read by OCR."""
    _no_ocr(monkeypatch)
    made = _page(Traits(seed=2, margin="第3版|东川日报电子版", shuffle=True))
    stored, s = _imported(made, tmp_path, embedded)
    # It had been 6 articles, 3 matched: the foot's 第3版 an article of its own, the side's name
    # another's text.
    assert (s.true, s.found, s.matched, s.folio_in_article) == (4, 4, 4, 0), "\n".join(s.problems)


def test_glyphs_with_no_unicode_and_a_head_drawn_as_a_picture_are_read_from_the_page(tmp_path, embedded,
                                                                                      monkeypatch):
    """The heads' sans face embedded with no ToUnicode map (pdfminer: (cid:N), or a guess from
    its codes), the body face mapping 的 and 在 into the Private Use Area, and the biggest head
    pasted as a picture of itself: read from the page's rendering by OCR, one sheet of the lines
    and the head (its reading kept in tests/layoutocr/, so that the test spends no OCR time)."""
    from . import layoutocr

    live = layoutocr.imports_use_kept_readings(monkeypatch)
    made = _page(Traits(seed=4, no_unicode=True, pua="的在", head_image=True))
    stored, s = _imported(made, tmp_path, embedded)
    # It had been 8 articles, none matched, 143 of 747 Han wrong, four heads cut: the heads read
    # (cid:3)(cid:4)… or not at all, every 的 and 在 a private code.
    assert live == [0], "the sheet was read live: its kept reading is of another image"
    assert (s.true, s.found, s.matched, s.cut_heads) == (4, 4, 4, 0), "\n".join(s.problems)
    assert s.errors <= 1, "\n".join(s.problems)  # (the recogniser misreads one character of the pictured head)
    assert not any("\ufffd" in a.text() or "(cid:" in a.text() for a in stored)


def test_a_roundup_of_datelined_reports_under_one_head_is_one_article(tmp_path, embedded, monkeypatch):
    """多地清理整顿在建项目 over three reports each opening 据新华社…电, set one under the other
    in its columns: one article. A datelined brief with no head set in its own row under another
    story's text stays an article of its own."""
    from .newspage import load_page

    _no_ocr(monkeypatch)
    roundup = next(a for a in load_page("business_r5_03")[0] if "多地清理整顿在建项目" in a.lines)
    sport, meta = load_page("city_17_tiyu")  # its 4th story, and a 据新华社电 brief with no head
    rows = [[[3, {"rule": True}]], [[3, {}]], [[3, {}]]]
    made = epaper_of([roundup, sport[3], sport[4]], {"columns": 3, "size": 24, "seed": 5, "folio": folio_of(meta),
                                                     "rows": rows})
    stored, s = _imported(made, tmp_path, embedded)
    # It had been 5 articles, 2 matched: the second and third reports each an article of its own.
    assert (s.true, s.found, s.matched, s.errors) == (3, 3, 3, 0), "\n".join(s.problems)
