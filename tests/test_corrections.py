"""OCR correction: a line in place or a paragraph, logged with who and when and the old and new
text, followed at once by search, undone from the history; the recogniser's text is kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from baoku.cli import main
from baoku.core.errors import ValidationError
from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, PageScan, ParsedIssue, \
    ParsedPage, ScanLine
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive, corrections


@pytest.fixture
def db(tmp_path):
    art = Article(blocks=[Block(HEADLINE, "农民丰收节在全市举行"),
                          Block(PARAGRAPH, "本报讯 昨天，农民丰收节在全市各地隆重举行，田间地头一派丰收景象。")],
                  headline="农民丰收节在全市举行")
    lines = [ScanLine("农民丰收节在全市举行", (0, 0, 500, 40), 0.99, article=0),
             ScanLine("本报讯 昨天，农民丰收节在全市各", (0, 60, 500, 90), 0.97, article=0),
             ScanLine("地隆重举行，田间地头一派丰收景象。", (0, 100, 500, 130), 0.55, article=0)]
    path = tmp_path / "a.db"
    with Archive(path) as archive:
        archive.save_issue(ParsedIssue(IssueInfo("晋江日报", dt.date(1998, 5, 4)), [ParsedPage(
            PageInfo(1), [art], scan=PageScan(b"\x89PNG fake", "image/png", 0, 600, 200, lines))],
            source="t", source_hash="t", importer="scan"))
    return path


def _hits(archive, query):
    with SearchIndex(archive) as index:
        index.sync()
        return index.search(query).total


def test_a_line_correction_is_searched_logged_and_undone(db):
    with Archive(db) as archive:
        line = archive.scan_lines(article_id=1)[2]
        assert _hits(archive, "隆重举办") == 0
        c = corrections.correct_line(archive, line["id"], "地隆重举办，田间地头一派丰收景象。", "王编辑")
        assert "隆重举办" in archive.article(1).article.text()
        assert _hits(archive, "隆重举办") == 1 and _hits(archive, "隆重举行") == 0  # search follows at once
        row = archive.db.execute("SELECT text, ocr_text FROM scan_line WHERE id = ?", [line["id"]]).fetchone()
        assert row == ("地隆重举办，田间地头一派丰收景象。", "地隆重举行，田间地头一派丰收景象。")  # OCR's kept
        [h] = corrections.history(archive, 1)
        assert (h.who, h.old_text, h.new_text, h.line_id, h.undone_at) == \
            ("王编辑", line["text"], "地隆重举办，田间地头一派丰收景象。", line["id"], None)
        corrections.undo(archive, c.id, "李主任")
        assert archive.article(1).article.text().endswith("隆重举行，田间地头一派丰收景象。")
        assert archive.scan_lines(article_id=1)[2]["text"] == line["text"]
        assert _hits(archive, "隆重举行") == 1 and _hits(archive, "隆重举办") == 0
        [h] = corrections.history(archive, 1)
        assert h.undone_by == "李主任" and h.undone_at
        with pytest.raises(ValidationError, match="undone already"):
            corrections.undo(archive, c.id, "李主任")


def test_a_second_connection_searching_sees_each_correction_and_its_undo(db):
    """As in the window: one connection writes and indexes, another searches. The searching one
    must not keep the index as it was at its first search (an open transaction on its temp tables)."""
    with Archive(db) as writer, Archive(db) as reader:
        with SearchIndex(writer) as wx, SearchIndex(reader) as rx:
            wx.sync()
            line = writer.scan_lines(article_id=1)[2]
            for query in ("隆重举行", "隆重举行 OR 丰收", "丰收 -隆重举办"):  # exact, and verified, membership
                assert rx.search(query).total == 1
            c = corrections.correct_line(writer, line["id"], "地隆重举办，田间地头一派丰收景象。", "王编辑")
            wx.sync()
            assert (rx.search("隆重举办").total, rx.search("隆重举行").total) == (1, 0)
            assert rx.search("丰收 -隆重举办").total == 0
            corrections.undo(writer, c.id, "王编辑")
            wx.sync()
            assert (rx.search("隆重举办").total, rx.search("隆重举行").total) == (0, 1)


def test_a_headline_block_correction_changes_the_headline(db):
    with Archive(db) as archive:
        corrections.correct_block(archive, 1, 0, "农民丰收节在全县举行", "王编辑")
        assert archive.article(1).article.headline == "农民丰收节在全县举行"
        assert _hits(archive, "标题:全县") == 1
        with pytest.raises(ValidationError, match="one line"):
            corrections.correct_block(archive, 1, 0, "两行\n标题", "王编辑")


def test_a_later_change_must_be_undone_first(db):
    with Archive(db) as archive:
        first = corrections.correct_block(archive, 1, 1, "本报讯 昨天，丰收节在全市举行。", "甲")
        corrections.correct_block(archive, 1, 1, "本报讯 昨天，丰收节在全市隆重举行。", "乙")
        with pytest.raises(ValidationError, match="undo the later change first"):
            corrections.undo(archive, first.id, "甲")
        assert "隆重" in archive.article(1).article.text()  # the refused undo changed nothing


def test_the_cli_corrects_lists_and_undoes(db, capsys):
    with Archive(db) as archive:
        line = archive.scan_lines(article_id=1)[1]["id"]
    assert main(["--archive", str(db), "show", "1"]) == 0
    assert f"line {line + 1}" in capsys.readouterr().out  # the uncertain line's id, to correct it by
    assert main(["--archive", str(db), "correct", "--line", str(line), "--text", "本报讯 前天，农民丰收节在全市各",
                 "--by", "王编辑"]) == 0
    assert "→" in capsys.readouterr().out
    assert main(["--archive", str(db), "search", "前天"]) == 0
    assert "农民丰收节在全市举行" in capsys.readouterr().out
    assert main(["--archive", str(db), "correct", "1", "--history", "--json"]) == 0
    [c] = json.loads(capsys.readouterr().out)
    assert c["who"] == "王编辑" and c["new_text"].startswith("本报讯 前天")
    assert main(["--archive", str(db), "correct", "--undo", str(c["id"])]) == 0
    capsys.readouterr()
    assert main(["--archive", str(db), "correct", "--line", "999", "--text", "x"]) != 0
    assert "no OCR line with id 999" in capsys.readouterr().err


def test_the_history_says_first_which_corrections_stand_and_which_were_undone(db, capsys):
    with Archive(db) as archive:
        first = corrections.correct_line(archive, 3, "地隆重举行，田间地头一派丰收的景象。", "王编辑")
        corrections.correct_block(archive, 1, 0, "农民丰收节在全市隆重举行", "王编辑")
        corrections.undo(archive, first.id, "李主任")
    capsys.readouterr()
    assert main(["--archive", str(db), "correct", "1", "--history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"#{first.id} undone ") and " by 李主任:" in lines[0]
    assert lines[1].startswith(f"#{first.id + 1} in force:")


def test_show_numbers_the_blocks_a_block_correction_takes(db, capsys):
    assert main(["--archive", str(db), "show", "1", "--blocks"]) == 0
    listed = capsys.readouterr().out.splitlines()[1:]
    with Archive(db) as archive:
        blocks = archive.article(1).article.blocks
    assert len(listed) == len(blocks)
    n, kind, text = listed[-1].split(maxsplit=2)  # "  3 paragraph  …": the number, the kind, the text
    assert (int(n), kind, text) == (len(blocks) - 1, blocks[-1].kind, blocks[-1].text)
    assert main(["--archive", str(db), "correct", "1", "--block", n, "--text", "更正后的末段"]) == 0
    with Archive(db) as archive:
        assert archive.article(1).article.blocks[-1].text == "更正后的末段"


def test_a_line_read_without_the_space_its_paragraph_has_is_corrected_in_place(tmp_path):
    """OCR reads 「本报讯昨天，…」 where the stored paragraph says 「本报讯 昨天，…」 (the import sets
    a space after the 电头): correcting that line in the page view was refused, 第 2 行的文字在文章的
    段落里找不到. The line is found in its paragraph whatever spaces stand between its characters,
    corrected there keeping them, and the undo puts back the paragraph exactly."""
    art = Article(blocks=[Block(HEADLINE, "农民丰收节在全市举行"),
                          Block(PARAGRAPH, "本报讯 昨天，农民丰收节在全市各地隆重举行。")], headline="农民丰收节在全市举行")
    lines = [ScanLine("农民丰收节在全市举行", (0, 0, 500, 40), 0.99, article=0),
             ScanLine("本报讯昨天，农民丰收节在全市各", (0, 60, 500, 90), 0.97, article=0),
             ScanLine("地隆重举行。", (0, 100, 500, 130), 0.55, article=0)]
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(ParsedIssue(IssueInfo("晋江日报", dt.date(1998, 5, 4)), [ParsedPage(
            PageInfo(1), [art], scan=PageScan(b"\x89PNG fake", "image/png", 0, 600, 200, lines))],
            source="t", source_hash="t", importer="scan"))
        line = archive.scan_lines(article_id=1)[1]
        c = corrections.correct_line(archive, line["id"], "本报讯昨日，农民丰收节在全市各", "王编辑")
        assert archive.article(1).article.blocks[1].text == "本报讯 昨日，农民丰收节在全市各地隆重举行。"
        assert archive.scan_lines(article_id=1)[1]["text"] == "本报讯昨日，农民丰收节在全市各"
        c2 = corrections.correct_line(archive, line["id"], "本报讯：昨日，农民丰收节在全市各", "王编辑")  # longer
        assert archive.article(1).article.blocks[1].text == "本报讯：昨日，农民丰收节在全市各地隆重举行。"
        corrections.undo(archive, c2.id, "李主任")
        corrections.undo(archive, c.id, "李主任")
        assert archive.article(1).article.blocks[1].text == "本报讯 昨天，农民丰收节在全市各地隆重举行。"
        assert archive.scan_lines(article_id=1)[1]["text"] == "本报讯昨天，农民丰收节在全市各"
