"""Collections (专题) and notes (批注), searched with 专题:/collection: and 批注:/note:; a paper's
schedule and the 缺期 audit that uses it; an issue's number; one change to many articles."""

from __future__ import annotations

import datetime as dt

import pytest

from baoku.cli import main
from baoku.core.errors import NotFound, ValidationError
from baoku.core.search.index import SearchIndex
from baoku.core.search.query import QueryError
from baoku.core.store import collections, papers
from baoku.core.store.calendar import expected_dates, missing_issues

from .test_trash import archive  # noqa: F401 - the sample page, imported by the command line


def ids(archive, query) -> list[int]:
    with SearchIndex(archive) as index:
        index.sync()
        return sorted(index.search(query, limit=0).ids)


def test_collections_keep_their_order_and_are_searchable_exactly(archive):
    assert collections.add(archive, "知识产权 专题", [4, 2]).value == 2
    assert collections.add(archive, "知识产权 专题", [2, 6]).value == 1  # 2 keeps its place
    assert collections.members(archive, "知识产权 专题") == [4, 2, 6]
    assert ids(archive, '专题:"知识产权 专题"') == [2, 4, 6] == ids(archive, "collection:知识产权")
    assert ids(archive, "专题:知识产权 新华社") == [4]  # with words
    assert ids(archive, "-专题:知识产权") == [1, 3, 5]
    assert ids(archive, "专题:专利") == []  # a value, not a word of the text
    collections.move(archive, "知识产权 专题", 6, 1)
    assert collections.members(archive, "知识产权 专题") == [6, 4, 2]
    collections.remove(archive, "知识产权 专题", [4])
    assert ids(archive, "专题:知识产权") == [2, 6]
    collections.rename(archive, "知识产权 专题", "民企")
    assert ids(archive, "专题:民企") == [2, 6] and ids(archive, "专题:知识产权") == []
    assert [c["name"] for c in collections.collections(archive)] == ["民企"]
    collections.delete_collection(archive, "民企")
    assert ids(archive, "专题:民企") == [] and archive.stats()["articles"] == 6


def test_notes_are_searchable_and_cleared(archive):
    collections.set_note(archive, 3, "数据待核：产销量与协会口径")
    assert collections.note(archive, 3) == "数据待核：产销量与协会口径"
    assert ids(archive, "批注:待核") == [3] == ids(archive, "note:协会口径")
    assert ids(archive, "待核") == []  # a note is not the article's text
    collections.set_note(archive, 3, "")
    assert ids(archive, "批注:待核") == [] and collections.note(archive, 3) == ""


def test_bad_collection_and_note_requests_change_nothing(archive):
    with pytest.raises(NotFound):
        collections.add(archive, "x", [2, 99])
    assert collections.collections(archive) == []
    with pytest.raises(ValidationError):
        collections.add(archive, "   ", [2])
    with pytest.raises(NotFound):
        collections.remove(archive, "没有", [2])
    with pytest.raises(NotFound):
        collections.set_note(archive, 99, "x")
    with pytest.raises(ValidationError):
        collections.set_note(archive, 2, "长" * 5001)
    collections.add(archive, "a", [2])
    collections.add(archive, "b", [3])
    with pytest.raises(ValidationError, match="already"):
        collections.rename(archive, "b", "a")


def test_query_fields_in_both_languages_parse():
    from baoku.core.search.query import Text, parse_query

    assert parse_query("专题:选题") == Text("选题", "collection") == parse_query("collection:选题")
    assert parse_query("批注:核对") == Text("核对", "note") == parse_query("note:核对")
    with pytest.raises(QueryError):
        parse_query("专题:")


def test_cli_collection_and_note(archive, capsys):
    db = str(archive.path)
    capsys.readouterr()
    assert main(["--archive", db, "collection", "add", "选题", "5", "3"]) == 0
    assert "2 articles added to 「选题」 (it holds 2)" in capsys.readouterr().out
    assert main(["--archive", db, "collection", "list", "选题"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith("  1. #5") and listed[1].startswith("  2. #3")
    assert main(["--archive", db, "note", "5", "核对", "粮食数字"]) == 0
    assert main(["--archive", db, "note", "5"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "核对 粮食数字"
    assert main(["--archive", db, "search", "批注:粮食数字", "--json"]) == 0
    assert '"total": 1' in capsys.readouterr().out
    assert main(["--archive", db, "collection", "add", "选题"]) == 1
    assert "needs article ids" in capsys.readouterr().err


def test_a_collection_exported_from_the_command_line_is_titled_by_its_name(archive, capsys, tmp_path):
    """The window's export of a collection offers its name as the title; `baoku export --collection`
    printed the booklet's cover and its text files' heading as 报库文章选编, whatever it was called."""
    db = str(archive.path)
    assert main(["--archive", db, "collection", "add", "知识产权选题", "6", "2", "4"]) == 0
    for suffix in (".md", ".txt"):
        out = tmp_path / f"选题{suffix}"
        assert main(["--archive", db, "export", "--collection", "知识产权选题", "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8").lstrip("# ").startswith("知识产权选题\n"), suffix
    out = tmp_path / "选题.md"
    assert main(["--archive", db, "export", "--collection", "知识产权选题", "--title", "另题", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# 另题\n")  # a title given is the title


def test_the_calendar_audit_follows_the_schedule():
    monday = dt.date(2024, 9, 2)
    week = [monday + dt.timedelta(days=n) for n in range(7)]
    assert expected_dates(week[0], week[-1], "daily") == week
    assert expected_dates(week[0], week[-1], "daily", [1, 2, 3, 4, 5, 6]) == week[:6]  # no Sunday paper
    assert expected_dates(week[0], week[-1] + dt.timedelta(days=14), "weekly", [4]) == [
        dt.date(2024, 9, 5), dt.date(2024, 9, 12), dt.date(2024, 9, 19)]  # Thursdays
    assert expected_dates(week[0], dt.date(2024, 9, 30), "biweekly", [2]) == [
        dt.date(2024, 9, 3), dt.date(2024, 9, 17)]
    held = [week[0], week[5]]
    assert len(missing_issues(held, "daily")) == 4
    assert len(missing_issues(held, "daily", [1, 2, 3, 4, 5, 6])) == 4
    assert missing_issues(held, "daily", [1, 3, 5]) == [dt.date(2024, 9, 4), dt.date(2024, 9, 6)]  # Wed, Fri
    # from the paper's first issue, not the first one held
    assert missing_issues(held, "daily", [], first_issue=dt.date(2024, 8, 31))[:2] == [dt.date(2024, 8, 31),
                                                                                       dt.date(2024, 9, 1)]
    assert missing_issues([], "weekly", [1], first_issue=monday, today=dt.date(2024, 9, 20)) == [
        monday, dt.date(2024, 9, 9), dt.date(2024, 9, 16)]


def test_paper_settings_are_checked_and_kept(archive, capsys):
    p = papers.set_paper(archive, "泉州晚报", frequency="weekly", weekdays="2,4", other_names="泉州晚報、Quanzhou Evening",
                         first_issue="2024年9月1日").value
    assert (p.frequency, p.weekdays, p.other_names, p.first_issue) == (
        "weekly", (2, 4), ("泉州晚報", "Quanzhou Evening"), dt.date(2024, 9, 1))
    assert papers.paper(archive, "泉州晚報").id == p.id  # found by another name
    for bad in ({"frequency": "hourly"}, {"weekdays": "8"}, {"weekdays": "Mon"}, {"first_issue": "2024-02-30"},
                {"first_issue": "2025-01-01", "last_issue": "2024-01-01"}):
        with pytest.raises(ValidationError):
            papers.set_paper(archive, "泉州晚报", **bad)
    assert papers.paper(archive, p.id) == p  # unchanged by the refusals
    with pytest.raises(NotFound):
        papers.paper(archive, "人民日报")
    assert main(["--archive", str(archive.path), "paper", "泉州晚报", "--weekdays", "1-6", "--frequency", "daily"]) == 0
    assert "1,2,3,4,5,6 (一、二、三、四、五、六)" in capsys.readouterr().out


@pytest.mark.parametrize("days", ["6-1", "9-1", ",", " , 、", "1-99999999999", "0-3", "1-", "-3", "٣"])
def test_a_reversed_out_of_range_or_empty_weekday_range_is_refused_and_the_schedule_kept(archive, capsys, days):
    assert main(["--archive", str(archive.path), "paper", "泉州晚报", "--weekdays", "1-6"]) == 0
    capsys.readouterr()
    assert main(["--archive", str(archive.path), "paper", "泉州晚报", "--weekdays", days]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "1 (Monday) to 7 (Sunday)" in err and "Traceback" not in err
    assert papers.paper(archive, "泉州晚报").weekdays == (1, 2, 3, 4, 5, 6)


def test_a_weekday_list_may_be_empty_to_clear_it_and_zero_padded(archive):
    assert papers.set_paper(archive, "泉州晚报", weekdays="01-03, 7").value.weekdays == (1, 2, 3, 7)
    assert papers.set_paper(archive, "泉州晚报", weekdays="１－３，５").value.weekdays == (1, 2, 3, 5)
    assert papers.set_paper(archive, "泉州晚报", weekdays="").value.weekdays == ()


def test_issue_number_and_bulk_edit(archive):
    papers.set_issue_number(archive, 1, " 总第 12345 期 ")
    assert archive.issues()[0]["number"] == "总第 12345 期"
    with pytest.raises(NotFound):
        papers.set_issue_number(archive, 9, "1")
    done = papers.bulk_edit(archive, [3, 4, 5], genre="消息", source="新华社")
    assert done.value == 3 and done.changes.ids == {3, 4, 5}
    assert {archive.article(i).article.source for i in (3, 4, 5)} == {"新华社"}
    assert ids(archive, "来源:新华社 体裁:消息") == [3, 4, 5]
    with pytest.raises(ValidationError):
        papers.bulk_edit(archive, [3], headline="x")
    with pytest.raises(NotFound):
        papers.bulk_edit(archive, [3, 99], genre="评论")
    assert archive.article(3).article.genre == "消息"  # the refused change left every article as it was
