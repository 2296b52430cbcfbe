"""Search reads text as the reader sees it: characters that draw nothing (zero-width spaces and
joiners, soft hyphens, BOMs, variation selectors) do not split a word, and a letter written with
combining marks is the letter; the stored text keeps every character (on both backends)."""

from __future__ import annotations

import json

from baoku.core.importing.run import import_paths
from baoku.core.search.highlight import text_spans

from .conftest import search_of
from .oldphotos import later_photo_columns
from .oldsearchrows import search_rows_as_before


def _fill(archive, tmp_path, articles: list[tuple]) -> dict[str, int]:
    """(headline, body) or (headline, body, other fields) each: one article a page."""
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"publication": "泉州晚报", "date": "2024-09-11", "page": n + 1,
                                        "headline": a[0], "paragraphs": [a[1]], **(a[2] if len(a) > 2 else {})},
                                       ensure_ascii=False) + "\n"
                            for n, a in enumerate(articles)), encoding="utf-8")
    import_paths(archive, [path])
    return {archive.article(i).article.headline: i for i in archive.article_ids()}


def _found(search, query: str) -> dict[int, list[str]]:
    """Each hit's id -> the highlighted runs of its snippet; the total is that many."""
    result = search.search(query, limit=0)
    assert result.total == len(result.hits)
    return {h.id: [h.snippet[s:e] for s, e in h.highlights] for h in result.hits}


def test_format_characters_inside_words_are_seen_through(any_archive, tmp_path):
    ids = _fill(any_archive, tmp_path, [
        ("甲", "今年中\u200b国的经济和中\u2060国\ufeff人"),
        ("乙", "中国制造"),
        ("丙", "中 国不是一个词"),
        ("丁", "Ford\u00admotor opened; the Ford\u200cmotor plant"),
        ("戊", "Ford motor"),
    ])
    search = search_of(any_archive)
    assert _found(search, "中国") == {ids["甲"]: ["中\u200b国", "中\u2060国"], ids["乙"]: ["中国"]}
    assert _found(search, "中国人") == {ids["甲"]: ["中\u2060国\ufeff人"]}
    assert _found(search, "Fordmotor") == {ids["丁"]: ["Ford\u00admotor", "Ford\u200cmotor"]}
    assert _found(search, "中\u200b国制造") == {ids["乙"]: ["中国制造"]}  # a pasted query too
    assert set(_found(search, "motor")) == {ids["戊"]}  # fordmotor is one word
    assert _found(search, "\u200b") == {}  # nothing to see, nothing found
    assert set(_found(search, "\u200b OR 中国人")) == {ids["甲"]}
    # The reader's highlights, on the text as stored, and the text itself unchanged.
    assert text_spans("中国", ["今年中\u200b国的"]) == [[(2, 5)]]
    assert any_archive.article(ids["甲"]).article.text().count("\u200b") == 1
    assert "Ford\u00admotor" in any_archive.article(ids["丁"]).article.text()


def test_a_pasted_query_converts_as_a_phrase_through_invisible_characters(any_archive, tmp_path):
    """藉助 is 借助 only as a phrase (OpenCC): a zero-width space pasted inside the query does not
    stop the phrase's conversion."""
    ids = _fill(any_archive, tmp_path, [("甲", "借助外力发展"), ("乙", "藉助外力")])
    search = search_of(any_archive)
    assert _found(search, "藉\u200b助") == _found(search, "藉助") == {ids["甲"]: ["借助"], ids["乙"]: ["藉助"]}

def test_facets_count_values_that_look_the_same_as_one(any_archive, tmp_path):
    """A column or source written with an invisible character (or decomposed) is the value the
    reader sees: one facet entry with both counts, not two that look the same."""
    _fill(any_archive, tmp_path, [
        ("甲", "中国", {"column": "要\u200b闻", "source": "新华\ufeff社"}),
        ("乙", "中国", {"column": "要闻", "source": "新华社"}),
        ("丙", "中国", {"column": "Cafe\u0301", "source": "新华社"}),
        ("丁", "中国", {"column": "Café"}),
    ])
    facets = search_of(any_archive).search("中国", limit=0).facets
    assert facets["column"] == [("Café", 2), ("要闻", 2)]
    assert facets["source"] == [("新华社", 3)]

def test_variation_selectors_choose_a_glyph_of_the_same_character(any_archive, tmp_path):
    ids = _fill(any_archive, tmp_path, [
        ("甲", "东京都葛\U000e0100飾区的新闻"),
        ("乙", "葛饰区"),
        ("丙", "❤\ufe0f 爱心"),
    ])
    search = search_of(any_archive)
    assert _found(search, "葛飾区") == {ids["甲"]: ["葛\U000e0100飾区"], ids["乙"]: ["葛饰区"]}
    assert _found(search, "葛\U000e0101飾") == {ids["甲"]: ["葛\U000e0100飾"], ids["乙"]: ["葛饰"]}
    assert _found(search, "❤") == {ids["丙"]: ["❤\ufe0f"]}
    assert text_spans("葛", ["葛\U000e0100飾"]) == [[(0, 2)]]  # the selector goes with its character
    assert "葛\U000e0100飾" in any_archive.article(ids["甲"]).article.text()


def test_a_server_archive_remakes_the_search_rows_of_an_older_format(server_url, monkeypatch, tmp_path):
    """Rows made before invisible characters were folded away (format 4) are made again when the
    archive is migrated: until then each is decided on its text, so the totals are right at once."""
    from baoku.core.search import documents, normalize, server
    from baoku.core.search.serversearch import ServerSearch
    from baoku.core.store.server import ServerArchive, schema

    def per_character(text: str) -> str:  # how format 4 folded
        return "".join(map(normalize.fold_char, text))

    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:16])
        m.setattr(schema, "SCHEMA_VERSION", 16)
        m.setattr(documents, "fold", per_character)
        m.setattr(server, "FORMAT", 4)
        with ServerArchive(server_url) as old:
            # This Baoku writes the photo columns later migrations added as it stores: they are there
            # while it writes, and gone again after, as a Baoku of format 4 left them.
            with later_photo_columns(old.conn), search_rows_as_before(old.conn):
                ids = _fill(old, tmp_path, [("甲", "今年中\u200b国的经济")])
                server.sync(old)
            assert old.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 0
            assert "\u200b" in old.conn.execute("SELECT blocks FROM article_search").fetchone()[0]
    with ServerArchive(server_url) as archive:
        assert _found(ServerSearch(archive), "中国") == {ids["甲"]: ["中\u200b国"]}
        assert archive.conn.execute("SELECT made FROM article_search").fetchone()[0] == server.FORMAT


def test_letters_written_with_combining_marks_are_the_letters(any_archive, tmp_path):
    ids = _fill(any_archive, tmp_path, [
        ("甲", "un cafe\u0301 au lait"),
        ("乙", "un café noir"),
        ("丙", "cafe society"),
        ("丁", "Cafe\u0301s and \u1112\u1161\u11ab\u1100\u116e\u11a8 news"),
    ])
    search = search_of(any_archive)
    both = {ids["甲"]: ["cafe\u0301"], ids["乙"]: ["café"]}
    assert _found(search, "café") == both
    assert _found(search, "CAFE\u0301") == both  # a decomposed query, in capitals
    assert _found(search, "cafe") == {ids["丙"]: ["cafe"]}  # accents are kept: café is not cafe
    assert _found(search, "cafés") == {ids["丁"]: ["Cafe\u0301s"]}
    assert _found(search, "한국") == {ids["丁"]: ["\u1112\u1161\u11ab\u1100\u116e\u11a8"]}
    assert text_spans("café", ["un cafe\u0301 au lait"]) == [[(3, 8)]]
    assert "cafe\u0301" in any_archive.article(ids["甲"]).article.text()


def test_hits_after_characters_outside_the_bmp_are_marked_on_the_right_characters(any_archive, tmp_path):
    """Offsets count characters (code points), wherever they are used: 𠮷 and an emoji before a
    hit are one character each, in the snippets of both backends and on the page's boxes."""
    from baoku.core.pageimage import hit_boxes

    text = "𠮷野家😀的中\u200b国菜，👨\u200d👩\u200d👧一家在𠮷野家吃中国菜"
    ids = _fill(any_archive, tmp_path, [("甲", text)])
    assert _found(search_of(any_archive), "中国菜") == {ids["甲"]: ["中\u200b国菜", "中国菜"]}
    assert _found(search_of(any_archive), "𠮷野家") == {ids["甲"]: ["𠮷野家", "𠮷野家"]}
    chars = [[c, [10 * k, 0, 10 * k + 10, 10]] for k, c in enumerate(text)]
    hits = hit_boxes([{"article_id": 1, "text": text, "chars": chars, "box": [0, 0, 999, 10]}], "中国菜")
    assert [(h.text, h.boxes) for h in hits] == [("中\u200b国菜", [(50, 0, 90, 10)]), ("中国菜", [(220, 0, 250, 10)])]


def test_the_reader_highlights_the_characters_as_stored(qtbot, archive, tmp_path):
    from baoku.gui.reader import ReaderPane

    ids = _fill(archive, tmp_path, [("甲", "𠮷野家😀的中\u200b国菜和cafe\u0301，葛\U000e0100飾的中国菜")])
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_record(archive.article(ids["甲"]), "中国菜 café 葛飾")
    assert pane.highlighted() == ["中\u200b国菜", "cafe\u0301", "葛\U000e0100飾", "中国菜"]


def test_an_alto_string_gives_its_cells_to_the_characters_it_shows(tmp_path):
    """ALTO boxes a String, not its characters: each character it shows takes an equal cell, and
    a variation selector, a combining mark or a zero-width space takes none of its own (it shares
    the cell of the character before it), so a hit after one is boxed on its own characters."""
    import xml.etree.ElementTree as ET

    from baoku.core.importing.alto import read_alto
    from baoku.core.pageimage import hit_boxes

    strings = [("葛\U000e0100飾区", 0), ("cafe\u0301", 400), ("中\u200b国", 900)]
    tl = "".join(f'<String CONTENT="{c}" HPOS="{x}" VPOS="0" WIDTH="{300 if x == 0 else 400 if x == 400 else 200}" '
                 f'HEIGHT="100"/><SP WIDTH="100"/>' for c, x in strings)
    root = ET.fromstring('<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="2000" '
                         'HEIGHT="1000"><PrintSpace><TextBlock ID="B1"><TextLine HPOS="0" VPOS="0" WIDTH="1100" '
                         f'HEIGHT="100">{tl}</TextLine></TextBlock></PrintSpace></Page></Layout></alto>')
    [ln] = read_alto(root, "p.xml").blocks[0].lines
    lines = [{"article_id": 1, "text": ln.text, "chars": [[c.text, c.box] for c in ln.chars], "box": ln.box}]
    found = {h.text: h.boxes for h in hit_boxes(lines, "飾区 café 国")}
    assert found == {"飾区": [(100, 0, 300, 100)], "cafe\u0301": [(400, 0, 800, 100)], "国": [(1000, 0, 1100, 100)]}


def test_page_hit_boxes_follow_glyphs_that_hold_more_than_one_character():
    """A PDF's text layer gives a ligature one glyph box for two letters (fi) and may give 葛 and
    its variation selector one: the page view boxes a hit on the glyphs its characters belong to,
    counting the line's characters glyph by glyph (it counted them one box a character, so every
    box after such a glyph was the next one's, or past the end)."""
    from baoku.core.pageimage import hit_boxes

    chars = [["fi", [0, 0, 20, 10]], ["n", [20, 0, 30, 10]], ["d", [30, 0, 40, 10]],
             ["葛\U000e0100", [50, 0, 60, 10]], ["飾", [60, 0, 70, 10]], ["区", [70, 0, 80, 10]]]
    line = {"article_id": 1, "text": "find 葛\U000e0100飾区", "chars": chars, "box": [0, 0, 99, 10]}
    found = {h.text: h.boxes for h in hit_boxes([line], "find 飾区")}
    assert found == {"find": [(0, 0, 40, 10)], "飾区": [(60, 0, 80, 10)]}
    assert [(h.text, h.boxes) for h in hit_boxes([line], "葛")] == [("葛\U000e0100", [(50, 0, 60, 10)])]
