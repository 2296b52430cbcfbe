"""The recall layer keeps no copy of the text: an article's old entries are removed by making them
again from the archive, the article as it stands or the version the archive kept before a change.
Edits, corrections and deletions are indexed without a rebuild, the kept versions are let go once
the index has replaced them, and an article changed behind the archive's triggers makes the index
rebuild itself rather than remove the wrong entries."""

from __future__ import annotations

import datetime as dt

from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage
from baoku.core.search import sync
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive
from baoku.core.store.corrections import correct_block


def store(archive: Archive, texts: list[tuple[str, str]], day: int = 1) -> list[int]:
    arts = [Article(blocks=[Block(HEADLINE, h), Block(PARAGRAPH, b)], headline=h) for h, b in texts]
    archive.save_issue(ParsedIssue(IssueInfo("测试报", dt.date(2024, 1, day)), [ParsedPage(PageInfo(1), arts)],
                                   source="t", source_hash=f"s{day}", importer="t"))
    return archive.article_ids()[-len(texts):]


def ids(index: SearchIndex, query: str) -> list[int]:
    return sorted(h.id for h in index.search(query, limit=0).hits)


def kept(archive: Archive) -> int:
    return archive.db.execute("SELECT COUNT(*) FROM search_previous").fetchone()[0]


def test_edits_corrections_and_deletions_are_indexed_without_a_rebuild(archive, monkeypatch):
    a, b, c = store(archive, [("粮食丰收", "今年秋粮丰收，粮食总产量创新高。"), ("农民增收", "农民收入持续增长。"),
                              ("科技创新", "科技创新推动发展。")])
    notes: list[str] = []
    with SearchIndex(archive, notify=notes.append) as index:
        assert ids(index, "粮食") == [a] and ids(index, "农民") == [b]
        correct_block(archive, a, 1, "今年秋粮丰收，蔬菜供应充足。", "测试")  # 粮食 stays in the headline only
        archive.update_article(b, headline="牧民增收")
        archive.update_article(b, headline="渔民增收")  # twice before the index sees it
        archive.delete_article(c)
        assert kept(archive) == 4  # the versions before each change: a, b (twice), c
        assert ids(index, "粮食总产量") == [] and ids(index, "蔬菜") == [a] and ids(index, "粮食") == [a]
        assert ids(index, "农民增收") == [] and ids(index, "渔民") == [b] and ids(index, "牧民") == []
        assert ids(index, "科技") == []
        assert kept(archive) == 0 and not notes  # let go, and nothing rebuilt
        assert index.files.recall.count() == len(archive.article_ids()) == 2


def test_a_version_changed_while_it_was_indexed_is_kept_for_the_next_update(archive, monkeypatch):
    (a,) = store(archive, [("粮食丰收", "粮食总产量创新高。")])
    notes: list[str] = []
    with SearchIndex(archive, notify=notes.append) as index:
        assert ids(index, "粮食") == [a]
        archive.update_article(a, headline="蔬菜丰收")
        real = sync.read_rows

        def read_then_edit(arch, wanted):
            rows = real(arch, wanted)
            if any(r["id"] == a for r in rows) and rows[0]["headline"] == "蔬菜丰收":
                archive.update_article(a, headline="水果丰收")  # meanwhile, another change
            return rows

        monkeypatch.setattr(sync, "read_rows", read_then_edit)
        # The version read (蔬菜) is indexed and recorded; the archive has moved on, so the search
        # indexes again, removing 蔬菜's entries by the version the archive kept meanwhile.
        assert ids(index, "水果") == [a] and ids(index, "蔬菜") == [] and ids(index, "粮食丰收") == []
        assert kept(archive) == 0 and not notes  # (a lost version would have made it rebuild)


def test_a_text_changed_behind_the_triggers_makes_the_index_rebuild(archive):
    (a,) = store(archive, [("粮食丰收", "粮食总产量创新高。")])
    notes: list[str] = []
    with SearchIndex(archive, notify=notes.append) as index:
        assert ids(index, "粮食") == [a]
        with archive.transaction() as db:  # no content hash change: no trigger keeps the old text
            db.execute("UPDATE article SET headline = '蔬菜丰收', "
                       """blocks = '[["headline", "蔬菜丰收"], ["paragraph", "蔬菜供应充足。"]]' WHERE id = ?""", [a])
            db.execute("INSERT INTO search_dirty VALUES (?)", [a])
        assert ids(index, "蔬菜") == [a] and ids(index, "粮食") == []
        assert notes and "rebuilding" in notes[0]
