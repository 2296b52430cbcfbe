"""A paper's own e-paper PDF (one PDF per 版: vector text in several columns, heads in big type,
rules between stories, a running head) is read through the layout stage as a scanned page is,
from its exact characters (tests/epaper.py draws the page as the layout set's pages are drawn)."""

from __future__ import annotations

from baoku.core.importing.run import IMPORTED, import_paths

from .epaper import epaper_of, vertical_epaper_of
from .layoutscore import score
from .newspage import folio_of, load_page


def _page(first: dict):
    articles, meta = load_page("city_01_yaowen")  # four stories: 276, 204, 261 and 153 characters
    rows = [[[3, {"rule": True, **first}], [2, {}]], [[3, {"rule": True}], [2, {}]]]
    return epaper_of(articles, {"columns": 5, "size": 24, "seed": 3, "folio": folio_of(meta), "rows": rows,
                                "row_rules": True})


def _imported(made, tmp_path, embedded):
    """The page's PDF imported: the stored articles, and their score against the page's own."""
    pdf = tmp_path / "闽南日报_2024-10-08_第1版.pdf"
    pdf.write_bytes(made.pdf)
    outcome = import_paths(embedded, [pdf]).outcomes[0]
    assert outcome.status == IMPORTED, outcome.message
    stored = [embedded.article(i).article for i in embedded.article_ids()]
    return stored, score("epaper", made.page.articles, stored, made.page.folio)


def test_an_epaper_page_imports_as_its_true_articles(tmp_path, embedded):
    made = _page({"two_line": True})
    stored, s = _imported(made, tmp_path, embedded)
    # It had been 6 articles, none of them one of the four: the lines of side-by-side columns read
    # as one line across the page, the running head taken into a story.
    assert (s.true, s.found, s.matched) == (4, 4, 4), "\n".join(s.problems)
    assert s.errors == 0 and s.folio_in_article == 0 and s.cut_heads == 0, "\n".join(s.problems)
    assert [a.headline for a in stored] == [a.article.lines[a.article.roles.index("headline")]
                                           for a in made.page.articles]


def test_a_head_set_vertically_beside_its_story_is_read_down_its_column(tmp_path, embedded):
    """竖题: a kicker and a headline set one character under another at the story's right. Read
    in rows, each of their characters was a line of its own, or joined the body's line beside it."""
    made = _page({"side": "right"})
    stored, s = _imported(made, tmp_path, embedded)
    # It had been 9 articles, none of them one of the four, two heads cut.
    assert (s.true, s.found, s.matched, s.cut_heads) == (4, 4, 4, 0), "\n".join(s.problems)
    assert (stored[0].kicker, stored[0].headline) == ("国庆假期全市接待游客逾八百万人次", "文旅消费热度持续攀升")


def test_a_page_set_in_vertical_columns_is_read_right_to_left(tmp_path, embedded):
    """A traditional paper's e-paper page: every character drawn in its place in vertical columns
    read right to left, figures and Latin words set down the column as the Han is (240宗, Vincent
    Leung), the running head across the top."""
    articles, meta = load_page("traditional_01")
    made = vertical_epaper_of(articles[:4], {"width": 1500, "folio": folio_of(meta), "seed": 2})
    stored, s = _imported(made, tmp_path, embedded)
    # It had been 3 of the 4 matched, 10 characters wrong in the first: a character narrower than
    # the column's Han (a figure, a Latin letter) broke its column, the pieces read in rows.
    assert (s.true, s.found, s.matched) == (4, 4, 4), "\n".join(s.problems)
    assert s.errors == 0 and s.folio_in_article == 0, "\n".join(s.problems)
    assert "共錄約240宗二手買賣" in stored[0].text()


def test_the_running_head_is_the_pdfs_issue_metadata(tmp_path, embedded):
    """An e-paper PDF with only its paper and a wrong date beside it: the page, its section and
    its name come from the running head, said in the report; the date given is kept, and the
    report says the head disagrees (as a scan's running head is read)."""
    made = _page({"two_line": True})  # 闽南日报　2024年10月8日　星期三　A01　要闻
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "epaper.pdf").write_bytes(made.pdf)
    (folder / "epaper.json").write_text('{"publication": "闽南日报", "date": "2024-10-09"}', encoding="utf-8")
    report = import_paths(embedded, [folder])
    # It had been page 1, no page name, and no word of the head: a PDF's issue was asked of its
    # name and sidecar only.
    assert report.ok, report.outcomes[0].message
    said = " ".join(report.outcomes[0].warnings)
    assert "page 版次 A01 read from the page's running head" in said
    assert "page name 版名 要闻 read from the page's running head" in said
    assert "running head says date 日期 2024-10-08, not 2024-10-09; 2024-10-09 is kept" in said
    rec = embedded.article(embedded.article_ids()[0])
    assert (str(rec.date), rec.section, rec.page_number, rec.page_name) == ("2024-10-09", "A", 1, "要闻")


def test_an_epaper_pages_type_sizes_are_its_text_layers_not_measured_on_the_render(tmp_path, embedded, monkeypatch):
    """The layout stage wants each line's type size: a PDF's text layer says it (the fonts' sizes),
    so the render's ink is not measured line by line (the dearest part of the page's reading), and
    no character of it is taken for the other side's print showing through."""
    from baoku.core.layout import showthrough, typesize

    def measured(*args, **kwargs):
        raise AssertionError("measured on the ink")

    monkeypatch.setattr(typesize, "line_ink", measured)
    monkeypatch.setattr(showthrough, "FAINT", -1.0)  # every character faint, were any looked at
    made = _page({"two_line": True})
    # It had been no article: every character looked at for show-through (and the ink measured).
    _, s = _imported(made, tmp_path, embedded)
    assert (s.true, s.found, s.matched, s.errors) == (4, 4, 4, 0), "\n".join(s.problems)
