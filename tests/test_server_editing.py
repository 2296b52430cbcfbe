"""Edits and corrections on a server archive: the same actions give the same results as on the
embedded archive (what `show`, `list` and a correction's history say), and many people correcting
and importing at once lose nothing."""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
import time

import pytest

from baoku.cli import main
from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, ParsedIssue, ParsedPage

from .conftest import SAMPLE_TXT


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


def timeless(history: str) -> list[dict]:
    """A correction history (--json) without its times, which differ by the second between runs."""
    rows = json.loads(history)
    for r in rows:
        assert r["at"] and (r["undone_at"] is None) == (r["undone_by"] is None)
        r["at"] = "T"
        r["undone_at"] = r["undone_at"] and "T"
    return rows


# Each step: the command's arguments; the same on both archives, run in this order.
SESSION = [
    ["edit", "2", "3", "--genre", "访谈", "--source", "本报讯"],
    ["edit", "2", "--column", "民企会客厅"],  # no change: "0 of 1"
    ["correct", "2", "--block", "8", "--text", "主持人：企业如何利用新技术（校）"],
    ["correct", "2", "--block", "9", "--text", "李劲松：首先（校）"],
    ["correct", "2", "--block", "1", "--text", "嘉宾名片（校）"],
    ["correct", "--undo", "2"],
    ["correct", "--undo", "2"],  # undone already: refused
    ["correct", "2", "--block", "8", "--text", "主持人：再校"],
    ["correct", "--undo", "1"],  # a later correction rewrote block 8: refused
    ["correct", "--undo", "4"],
    ["correct", "--undo", "1"],
    ["correct", "2", "--block", "99", "--text", "没有这一块"],
    ["correct", "3", "--block", "0", "--text", "两行\n不行"],  # a headline is one line
    ["correct", "2", "--block", "3", "--text", "   "],
    ["correct", "3", "--line", "7", "--text", "没有这一行"],
    ["edit", "2", "999", "--genre", "消息"],  # an unknown article: nothing changed
    ["correct", "2", "--history", "--json"],
    ["issue", "1", "--number", "总第12345期"], ["issue", "9", "--number", "1"],
    ["paper", "泉州晚报", "--frequency", "daily", "--weekdays", "1-6", "--other-names", "泉州晚报社,晋江报",
     "--first", "1984-10-01"],
    ["paper", "晋江报"], ["paper", "泉州晚报", "--first", "2030-01-01", "--last", "2029-01-01"], ["paper", "9"],
    ["correct", "3", "--history"],
    ["show", "2", "--json"], ["show", "2"], ["show", "3", "--json"], ["list", "articles", "--json"],
]


def test_the_same_edits_and_corrections_give_the_same_results_on_both_archives(server_url, tmp_path, capsys,
                                                                                monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    said: dict[str, list] = {}
    for name, archive in (("embedded", tmp_path / "archive.db"), ("server", server_url)):
        assert run(capsys, "--archive", archive, "import", SAMPLE_TXT)[0] == 0
        said[name] = []
        for argv in SESSION:
            code, out, err = run(capsys, "--archive", archive, *argv)
            if "--history" in argv and "--json" in argv:
                out = timeless(out)
            else:
                out = STAMP.sub("T", out)
            said[name].append((argv, code, out, STAMP.sub("T", err.replace(str(archive), "ARCHIVE"))))
    for embedded, server in zip(said["embedded"], said["server"], strict=True):
        assert embedded == server
    codes = [code for _, code, _, _ in said["server"]]
    assert codes[:16] == [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1]
    assert "undone already" in said["server"][6][3] and "block 8 was changed again" in said["server"][8][3]
    assert "no OCR line with id 7" in said["server"][14][3] and "999" in said["server"][15][3]
    history = said["server"][16][2]
    assert [code for _, code, _, _ in said["server"][17:23]] == [0, 1, 0, 0, 1, 1]
    assert "1,2,3,4,5,6" in said["server"][19][2] and "泉州晚报社、晋江报" in said["server"][20][2]
    assert [(c["id"], c["block"], bool(c["undone_at"])) for c in history] == \
        [(1, 8, True), (2, 9, True), (3, 1, False), (4, 8, True)]
    assert all(len(e.strip().splitlines()) == 1 for _, code, _, e in said["server"] if code)
    shown = json.loads(said["server"][24][2])
    assert shown["genre"] == "访谈" and shown["blocks"][1][1] == "嘉宾名片（校）"
    assert "（校）" not in shown["blocks"][8][1] and "再校" not in shown["blocks"][8][1]


def test_editing_and_refiling_through_the_application_layer_match(server_url, tmp_path):
    """An article retitled and moved to another date and page (a new issue and page made for it),
    then one change to many articles: the stores read back the same, and the server's search
    finds the new headline."""
    from baoku.core.address import ServerAddress
    from baoku.core.app import Library
    from baoku.core.app.actions import editing
    from baoku.core.search.servermatch import search_ids

    from .test_server_store import contents, parsed

    held = []
    for archive in (tmp_path / "archive.db", ServerAddress(server_url)):
        with Library(archive) as lib:
            for issue in parsed(SAMPLE_TXT):
                lib.archive.save_issue(issue)
            lib.index.sync()
            done = editing.edit_article(lib, 3, {"headline": "汽车产销两旺", "kicker": "前八月",
                                                 "date": "2024-09-12", "page": "A06", "page_name": "经济"}, "甲")
            assert done.value.date == dt.date(2024, 9, 12) and done.value.article.headline == "汽车产销两旺"
            editing.edit_article(lib, 4, {"date": "2024-09-12", "page": "A06"}, "甲")  # onto the page just made
            assert editing.bulk_edit(lib, [1, 2, 4], {"genre": "专题", "column": ""}, "乙").value == 3
            held.append(contents(lib.archive))
            if lib.archive.on_server:
                assert search_ids(lib.archive, "汽车产销两旺") == [3]  # its search row was made again
    assert held[0] == held[1]
    assert [(i["date"], i["articles"]) for i in held[1]["issues"]] == [("2024-09-11", 4), ("2024-09-12", 2)]


def test_a_correction_waits_for_another_on_the_same_article_and_keeps_both(server_url, capsys):
    """Two people correct one article at the same moment: the second waits for the first's
    transaction (the article is locked) and then changes what the first committed, so both
    corrections are in the text (without the lock the second wrote back the old block)."""
    from baoku.core.store import corrections
    from baoku.core.store.server import ServerArchive

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    done: list = []
    with ServerArchive(server_url) as first, ServerArchive(server_url) as second:
        def later() -> None:
            done.append(corrections.correct_block(second, 2, 9, "第二人的校对", "乙"))

        with first.transaction():
            corrections.correct_block(first, 2, 8, "第一人的校对", "甲")
            other = threading.Thread(target=later)
            other.start()
            deadline = time.monotonic() + 20
            while not first.conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                         "AND wait_event_type = 'Lock'").fetchone()[0]:
                assert time.monotonic() < deadline, "the second correction never waited for the first"
                time.sleep(0.01)
        other.join(20)
        blocks = first.article(2).article.blocks
        assert (blocks[8].text, blocks[9].text) == ("第一人的校对", "第二人的校对")
        assert [(c.block, c.who) for c in corrections.history(first, 2)] == [(8, "甲"), (9, "乙")]
        assert done and done[0].old_text.startswith("李劲松")


def generated_issues(n: int, per_issue: int = 5) -> list[ParsedIssue]:
    out = []
    for i in range(n):
        articles = [Article([Block(HEADLINE, f"第{i}期第{k}篇"), Block(PARAGRAPH, f"第{i}期第{k}篇的正文，" * 20)],
                            headline=f"第{i}期第{k}篇") for k in range(per_issue)]
        info = IssueInfo("并发日报", dt.date(2020, 1, 1) + dt.timedelta(days=i))
        out.append(ParsedIssue(info, [ParsedPage(PageInfo(1, "要闻"), articles, raw_text=f"第{i}期")],
                               source=f"gen{i}.txt", source_hash=f"{i:064d}", importer="test"))
    return out


@pytest.mark.parametrize("writers", [3])
def test_corrections_while_an_import_runs_lose_nothing(server_url, capsys, writers):
    """Three people correct the same articles (each a block of their own, over and over) while an
    archivist imports 40 issues: every issue is stored, every correction is in the text and in the
    history, in the order they were made."""
    from baoku.core.store import corrections
    from baoku.core.store.server import ServerArchive

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    issues = generated_issues(40)
    errors: list[BaseException] = []
    rounds = 15
    start = threading.Barrier(writers + 1)

    def importer() -> None:
        try:
            with ServerArchive(server_url) as archive:
                start.wait()
                for issue in issues:
                    assert archive.save_issue(issue).outcome == "imported"
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    def corrector(n: int) -> None:
        try:
            with ServerArchive(server_url) as archive:
                start.wait()
                for r in range(rounds):
                    for article, block in ((2, 8 + n), (3, 1 + n)):
                        corrections.correct_block(archive, article, block, f"校对者{n}第{r}轮", f"校对者{n}")
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=importer)] + [threading.Thread(target=corrector, args=(n,))
                                                     for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    with ServerArchive(server_url) as archive:
        assert len(archive.issues()) == 41 and len(archive.article_ids()) == 6 + 40 * 5
        for article, first in ((2, 8), (3, 1)):
            blocks = archive.article(article).article.blocks
            assert [blocks[first + n].text for n in range(writers)] == [f"校对者{n}第{rounds - 1}轮"
                                                                        for n in range(writers)]
            history = corrections.history(archive, article)
            assert len(history) == writers * rounds
            for n in range(writers):
                mine = [c for c in history if c.who == f"校对者{n}"]
                assert [c.new_text for c in mine] == [f"校对者{n}第{r}轮" for r in range(rounds)]
                assert [c.old_text for c in mine[1:]] == [c.new_text for c in mine[:-1]]  # each saw the last


def test_two_changes_to_many_articles_at_once_never_deadlock(server_url, capsys):
    """Two editors give the same articles a column at once, naming them in opposite orders: each
    change waits for the other's and both finish (the articles are locked in one order; named as
    given, the server found a deadlock and cancelled one)."""
    from baoku.core.store import papers
    from baoku.core.store.server import ServerArchive

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def editor(ids: list[int], n: int) -> None:
        try:
            with ServerArchive(server_url) as archive:
                start.wait()
                for r in range(8):
                    papers.bulk_edit(archive, ids, column=f"栏目{n}-{r}")
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=editor, args=(ids, n)) for n, ids in enumerate(([1, 2, 3, 4, 5, 6],
                                                                                        [6, 5, 4, 3, 2, 1]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    with ServerArchive(server_url) as archive:
        columns = {archive.article(i).article.column for i in range(1, 7)}
        assert len(columns) == 1 and columns <= {"栏目0-7", "栏目1-7"}  # one whole change was last
