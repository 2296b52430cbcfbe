"""Delete to the trash and back, and the undo history (core.store.trash, core.store.history): what
goes comes back whole, with the same ids, and search follows; what cannot go back says why and
changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from baoku.cli import main
from baoku.core.errors import NotFound, ValidationError
from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, PageScan, ParsedIssue, \
    ParsedPage, ScanLine
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive, clipping, collections, corrections, history, images, trash

from .conftest import SAMPLE_TXT

TABLES = ("publication", "issue", "page", "page_scan", "article", "contributor", "photo", "scan_line", "correction",
          "facsimile", "collection_item", "note")


def rows(archive) -> dict:
    return {t: archive.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "a.db"
    assert main(["--archive", str(path), "import", str(SAMPLE_TXT)]) == 0
    with Archive(path) as a:
        yield a


@pytest.fixture
def scanned(tmp_path):
    """A scanned page: two articles, their lines, a correction, a facsimile, a note, a collection."""
    arts = [Article(blocks=[Block(HEADLINE, "农民丰收节在全市举行"), Block(PARAGRAPH, "本报讯 昨天，农民丰收节隆重举行。")],
                    headline="农民丰收节在全市举行"),
            Article(blocks=[Block(HEADLINE, "秋粮收购开始"), Block(PARAGRAPH, "秋粮收购今起开始。")], headline="秋粮收购开始")]
    lines = [ScanLine("农民丰收节在全市举行", (0, 0, 500, 40), 0.99, article=0),
             ScanLine("本报讯 昨天，农民丰收节隆重举行。", (0, 60, 500, 90), 0.55, article=0),
             ScanLine("秋粮收购开始", (0, 200, 300, 240), 0.99, article=1),
             ScanLine("秋粮收购今起开始。", (0, 260, 300, 290), 0.97, article=1)]
    path = tmp_path / "s.db"
    with Archive(path) as a:
        a.save_issue(ParsedIssue(IssueInfo("晋江日报", dt.date(1998, 5, 4)), [ParsedPage(
            PageInfo(1), arts, scan=PageScan(b"\x89PNG fake page", "image/png", 0, 600, 400, lines))],
            source="t", source_hash="t", importer="scan"))
        line = a.scan_lines(article_id=1)[1]["id"]
        corrections.correct_line(a, line, "本报讯 昨天，农民丰收节隆重举办。", "校对员")
        clipping.attach_facsimile(a, 2, 1, (0, 190, 320, 300), "编辑")
        collections.add(a, "秋收", [2, 1])
        collections.set_note(a, 1, "待核对")
        yield a


def hits(archive, query) -> list[int]:
    with SearchIndex(archive) as index:
        index.sync()
        return sorted(index.search(query).ids)


@pytest.mark.parametrize("kind,target,gone", [("article", 2, 1), ("page", 1, 6), ("issue", 1, 6),
                                              ("publication", 1, 6)])
def test_each_kind_goes_to_the_trash_and_comes_back_as_it_was(archive, kind, target, gone):
    before = rows(archive)
    assert hits(archive, "知识产权") == [1, 2, 4, 6]
    made = trash.delete(archive, kind, [target], "编辑").value
    assert archive.stats()["articles"] == 6 - gone
    (entry,) = trash.entries(archive)
    assert (entry.id, entry.kind, entry.target, entry.articles, entry.who) == (made[0], kind, target, gone, "编辑")
    assert 2 not in hits(archive, "知识产权")
    trash.restore(archive, made)
    assert rows(archive) == before and trash.entries(archive) == []
    assert hits(archive, "知识产权") == [1, 2, 4, 6]
    assert archive.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_scanned_page_comes_back_with_lines_corrections_facsimiles_notes_and_collections(scanned):
    before = rows(scanned)
    assert hits(scanned, "专题:秋收") == [1, 2] and hits(scanned, "批注:核对") == [1]
    (t,) = trash.delete(scanned, "page", [1]).value
    assert scanned.db.execute("SELECT COUNT(*) FROM scan_line").fetchone()[0] == 0
    assert hits(scanned, "专题:秋收") == [] and collections.members(scanned, "秋收") == []
    trash.restore(scanned, [t])
    assert rows(scanned) == before
    assert hits(scanned, "专题:秋收") == [1, 2] and hits(scanned, "批注:核对") == [1]
    assert collections.members(scanned, "秋收") == [2, 1]  # in the collection's own order


def test_an_article_of_a_scanned_page_keeps_its_lines_linked(scanned):
    before = rows(scanned)
    (t,) = trash.delete(scanned, "article", [1]).value
    assert all(ln["article_id"] is None for ln in scanned.scan_lines(page_id=1)[:2])  # the lines stay on the page
    trash.restore(scanned, [t])
    assert rows(scanned) == before


def test_what_cannot_go_back_says_why_and_changes_nothing(archive):
    (art,) = trash.delete(archive, "article", [3]).value
    (page,) = trash.delete(archive, "page", [1]).value
    state = rows(archive)
    with pytest.raises(ValidationError, match="the page it was on is not in the archive"):
        trash.restore(archive, [art])
    assert rows(archive) == state and len(trash.entries(archive)) == 2
    trash.restore(archive, [page, art])  # the page first, then its article: both go back
    assert archive.stats()["articles"] == 6
    with pytest.raises(NotFound):
        trash.delete(archive, "article", [99])
    with pytest.raises(NotFound):
        trash.restore(archive, [42])
    with pytest.raises(ValidationError):
        trash.delete(archive, "shelf", [1])


def test_a_paper_imported_again_blocks_its_old_copy_from_coming_back(archive, tmp_path):
    (t,) = trash.delete(archive, "publication", [1]).value
    assert main(["--archive", str(archive.path), "import", str(SAMPLE_TXT)]) == 0
    with pytest.raises(ValidationError, match="a paper of that name again"):
        trash.restore(archive, [t])


def test_emptying_the_trash_is_for_good_and_removes_unused_page_images(scanned):
    sha = scanned.page_scan(1)["sha256"]
    image = images.path_of(images.folder(scanned.path), sha, "image/png")
    assert image.is_file()
    with history.step(scanned, "delete", "page"):
        (t,) = trash.delete(scanned, "page", [1]).value
    assert image.is_file()  # the trash still refers to it
    assert history.next_steps(scanned)[0] is not None
    assert trash.empty(scanned).value == 1
    assert not image.exists() and trash.entries(scanned) == []
    assert history.next_steps(scanned) == (None, None)  # nothing can bring it back now
    with pytest.raises(NotFound):
        trash.restore(scanned, [t])


def test_undo_and_redo_of_an_edit_and_of_a_delete(archive):
    original = rows(archive)
    with history.step(archive, "edit", "聚力“新知”挖掘“新质”"):
        archive.update_article(2, headline="知识产权护航民企")
    edited = rows(archive)
    with history.step(archive, "delete", "2"):
        trash.delete(archive, "article", [2])
    assert history.next_steps(archive)[0].action == "delete"
    done = history.undo(archive)
    assert done.value.action == "delete" and done.changes.ids == {2} and "trash" in done.changes
    assert rows(archive) == edited and trash.entries(archive) == []
    assert history.undo(archive).value.action == "edit"
    assert rows(archive) == original and hits(archive, "标题:护航") == []
    assert history.next_steps(archive)[0] is None
    history.redo(archive)
    assert rows(archive) == edited and hits(archive, "标题:护航") == [2]
    history.redo(archive)
    assert 2 not in archive.article_ids() and len(trash.entries(archive)) == 1
    with pytest.raises(history.NothingToUndo):
        history.redo(archive)


def test_a_new_step_ends_the_redo_and_an_empty_step_leaves_none(archive):
    with history.step(archive, "edit", "a"):
        archive.update_article(3, genre="消息")
    history.undo(archive)
    assert history.next_steps(archive)[1] is not None
    with history.step(archive, "nothing", "b"):
        pass  # changed nothing: no step, and the redo stays
    assert history.next_steps(archive)[1].label == "a"
    with history.step(archive, "edit", "c"):
        archive.update_article(4, genre="消息")
    assert history.next_steps(archive)[1] is None


def test_undo_refuses_when_the_row_was_changed_since_and_changes_nothing(archive):
    with history.step(archive, "edit", "我国制造业增加值"):
        archive.update_article(4, headline="制造业占全球三成")
    archive.update_article(4, genre="消息")  # the command line, outside the history
    state = rows(archive)
    with pytest.raises(history.UndoConflict, match="cannot be undone"):
        history.undo(archive)
    assert rows(archive) == state and history.next_steps(archive)[0].label == "我国制造业增加值"


def test_a_failed_action_leaves_no_step(archive):
    with pytest.raises(ValidationError):
        with history.step(archive, "edit", "x"):
            archive.update_article(3, genre="通讯")
            archive.update_article(3, headline="", kicker="")  # refused: an article needs a head or text...
            raise ValidationError("refused")
    assert archive.article(3).article.genre == "简讯" and history.next_steps(archive) == (None, None)


def test_the_history_refuses_statements_it_did_not_write(archive):
    with history.step(archive, "edit", "x"):
        archive.update_article(3, genre="消息")
    with archive.transaction() as db:
        db.execute("UPDATE history_change SET inverse = 'DROP TABLE article'")
    with pytest.raises(ValidationError, match="did not write"):
        history.undo(archive)
    assert archive.stats()["articles"] == 6


def test_cli_delete_trash_list_restore_empty(archive, capsys):
    db = str(archive.path)
    archive.close()
    capsys.readouterr()
    assert main(["--archive", db, "delete", "3", "4"]) == 0
    out = capsys.readouterr().out
    assert "moved to the trash as #1: article 3" in out and "#2: article 4" in out
    assert main(["--archive", db, "delete", "--issue", "1"]) == 0
    assert main(["--archive", db, "trash", "list"]) == 0
    listed = capsys.readouterr().out
    assert "issue 1  泉州晚报 2024-09-11  (4 articles)" in listed and "article 3" in listed
    assert main(["--archive", db, "trash", "restore", "3", "1"]) == 0
    assert main(["--archive", db, "trash", "empty"]) == 0
    assert "emptied 1 trash entry" in capsys.readouterr().out
    with Archive(db) as a:
        assert sorted(a.article_ids()) == [1, 2, 3, 5, 6]
    assert main(["--archive", db, "delete"]) == 1
    assert "give article ids, or --page" in capsys.readouterr().err
    assert main(["--archive", db, "trash", "restore"]) == 1
    assert main(["--archive", db, "delete", "--publication", "人民日报"]) == 1
    assert "no paper '人民日报'" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["delete", "3"], ["note", "2", "核对数字"], ["collection", "add", "秋收", "2", "4"],
                                  ["edit", "2", "5", "--genre", "简讯"], ["correct", "2", "--block", "1", "--text", "改过的一段。"]])
def test_a_command_that_changes_articles_leaves_the_index_in_step(archive, argv):
    """The command line changes the archive through the window's actions (core/app/actions), which
    index what they changed at once: no search afterwards has to catch up first."""
    from baoku.core.store.ledger import SearchLedger

    db = str(archive.path)
    hits(archive, "丰收")  # indexed before
    archive.close()
    assert main(["--archive", db, *argv]) == 0
    with Archive(db) as a:
        assert not SearchLedger(a).behind()
