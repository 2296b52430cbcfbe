"""A feed's page (JSONL lines, news XML items) imported again with an article corrected: the
corrected article is a stored one's other version, so the page is stored with different content.
Without --replace it is refused and the archive is unchanged; with it, the new version takes the
old one's place. The article is never stored twice. Each test runs on both archive kinds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.importing.run import IMPORTED, REFUSED, import_paths

from .conftest import SAMPLE_TXT

CITY = {"publication": "厦门日报", "date": "2024-10-08", "page": "A03", "page_name": "城市", "edition": "城市版",
        "kicker": "国庆长假", "headline": "鼓浪屿接待游客创新高", "byline": "记者 王小明 通讯员 李四", "column": "城事",
        "genre": "消息", "paragraphs": ["本报讯 国庆长假期间，鼓浪屿共接待游客35.2万人次，同比增长12%。",
                                       {"subheading": "智慧景区显身手"},
                                       "今年景区启用预约系统，知识产权保护也成为文创商家关注的话题。"],
        "captions": [{"text": "游客在鼓浪屿游览。", "credit": "王小明"}]}
BRIEF = {"publication": "厦门日报", "date": "2024-10-08", "page": 3, "page_name": "城市",
         "headline": "厦门发布新质生产力行动方案", "source": "据新华社电",
         "body": "新华社厦门10月7日电 厦门市近日发布行动方案。\n方案提出，到2027年培育一批具有国际竞争力的企业。",
         "genre": "简讯"}
COMMENT = {"publication": "厦门日报", "date": "2024-10-08", "page": 4, "page_name": "评论",
           "headline": "讓經濟發展更有溫度", "byline": [{"name": "陈评", "role": "评论员"}], "genre": "评论",
           "paragraphs": ["經濟發展要以人民为中心。", "知識產權保護是高質量發展的重要保障。"], "language": "zh-Hant",
           "mood": "happy"}


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture
def archive(any_archive):
    return any_archive


def listed(db, capsys) -> list[tuple[str, int, str]]:
    capsys.readouterr()
    assert main(["--archive", str(db), "list", "articles", "--json"]) == 0
    return sorted((r["edition"] or "", r["page"], r["headline"]) for r in json.loads(capsys.readouterr().out))


def test_a_jsonl_issue_with_a_corrected_headline_is_refused_then_replaced(tmp_path, backend, request, capsys):
    """The newcomer's steps: import, change one headline in the file, import again, then --replace."""
    db = tmp_path / "cli.db" if backend == "sqlite" else request.getfixturevalue("server_url")
    issue = write(tmp_path / "issue2.jsonl", [CITY, BRIEF, COMMENT])
    assert main(["--archive", str(db), "import", str(issue)]) == 0
    before = listed(db, capsys)
    write(issue, [dict(CITY, headline="鼓浪屿接待游客再创新高"), BRIEF, COMMENT])
    assert main(["--archive", str(db), "import", str(issue)]) == 1  # refused: said by the exit
    out, err = capsys.readouterr()
    refused = [line for line in err.replace("\n", "").split("refused  ") if "issue2.jsonl" in line]
    assert len(refused) == 1 and "A03版 of 厦门日报 2024-10-08 城市版 is already in the archive, and this import " \
        "holds new versions of 1 article of it (「鼓浪屿接待游客创新高」); import with --replace to put the new " \
        "versions in their place (the page's other articles stay as they are)" in " ".join(refused[0].split())
    assert "1 page refused" in out.replace("\n", "")
    assert listed(db, capsys) == before  # nothing stored twice, nothing changed
    assert main(["--archive", str(db), "import", "--replace", str(issue)]) == 0
    out = capsys.readouterr().out.replace("\n", "")
    assert "replaced 厦门日报 2024-10-08 城市版: 1 article on 1 page" in out and "nothing changed" in out
    after = listed(db, capsys)
    assert after == sorted([b for b in before if b[2] != "鼓浪屿接待游客创新高"] + [("城市版", 3, "鼓浪屿接待游客再创新高")])
    assert main(["--archive", str(db), "import", "--replace", str(issue)]) == 0  # again: nothing to do
    assert "0 new articles" in capsys.readouterr().out and listed(db, capsys) == after
    assert main(["--archive", str(db), "check"]) == 0


def test_an_unknown_jsonl_field_is_warned_of_once_without_being_asked(tmp_path, capsys):
    issue = write(tmp_path / "issue2.jsonl", [CITY, BRIEF, COMMENT])  # two issues, "mood" on line 3
    db = str(tmp_path / "a.db")
    for verbose in ([], ["-v"]):
        assert main(["--archive", db, "import", *verbose, str(issue)]) == 0
        out = capsys.readouterr().out
        assert out.count("issue2.jsonl line 3: ignored unknown field mood") == 1, out


def test_a_corrected_item_with_a_new_one_replaces_its_old_version_in_place(tmp_path, archive):
    """A feed grew and corrected an article's text (same headline) in one file: refused whole
    without --replace; with it the corrected article takes the old one's place and the new one
    joins the page, whose other stored article stays."""
    other = dict(CITY, headline="环岛路骑行道改造完工", kicker="", paragraphs=["本报讯 环岛路骑行道改造工程近日完工。"],
                 captions=[])
    assert import_paths(archive, [write(tmp_path / "a.jsonl", [CITY, other])]).ok
    ids = [r["id"] for r in archive.article_rows()]
    fixed = dict(CITY, paragraphs=["本报讯 国庆长假期间，鼓浪屿共接待游客35.3万人次，同比增长12%。"])
    extra = dict(CITY, headline="沙坡尾文创街区开街", kicker="", paragraphs=["本报讯 沙坡尾文创街区昨日开街。"], captions=[])
    feed = write(tmp_path / "b.jsonl", [fixed, extra])
    stats = archive.stats()
    report = import_paths(archive, [feed])
    assert report.outcomes[0].status == REFUSED and [r.reason for r in report.refused] == ["conflict"]
    assert archive.stats() == stats and [r["id"] for r in archive.article_rows()] == ids
    report = import_paths(archive, [feed], replace=True)
    assert report.outcomes[0].status == IMPORTED and report.articles_added == 2
    rows = archive.article_rows()
    assert [(r["seq"], r["headline"]) for r in rows] == [(1, "鼓浪屿接待游客创新高"), (2, "环岛路骑行道改造完工"),
                                                        (3, "沙坡尾文创街区开街")]
    assert rows[1]["id"] == ids[1] and ids[0] not in [r["id"] for r in rows]
    assert "35.3万人次" in archive.article(rows[0]["id"]).article.paragraphs[0]
    # the feed grown again with a new article only: it joins the page, as before
    more = dict(extra, headline="厦门马拉松报名启动", paragraphs=["本报讯 厦门马拉松报名今日启动。"])
    report = import_paths(archive, [write(tmp_path / "c.jsonl", [fixed, more])])
    assert report.outcomes[0].status == IMPORTED and report.articles_added == 1 and len(archive.article_rows()) == 4


def test_a_jsonl_correction_of_a_stored_text_page_is_refused_then_replaced(tmp_path, archive):
    """JSONL against a page stored from page text: an article of it with other text is its other
    version, not a new article of the page."""
    assert import_paths(archive, [SAMPLE_TXT]).ok
    rows = archive.article_rows()
    target = next(r for r in rows if r["headline"])
    stored = archive.article(target["id"]).article
    corrected = [stored.paragraphs[0] + "（更正）", *stored.paragraphs[1:]]
    line = {"publication": "泉州晚报", "date": "2024-09-11", "page": 5, "headline": stored.headline,
            "paragraphs": corrected}
    correction = write(tmp_path / "fix.jsonl", [line])
    stats = archive.stats()
    report = import_paths(archive, [correction])
    assert report.outcomes[0].status == REFUSED and stored.headline in report.refused[0].message()
    assert archive.stats() == stats
    assert import_paths(archive, [correction], replace=True).outcomes[0].status == IMPORTED
    after = archive.article_rows()
    assert len(after) == len(rows) and [r["headline"] for r in after] == [r["headline"] for r in rows]
    new = next(r for r in after if r["seq"] == target["seq"])  # in the old one's place, which is gone
    assert [r["id"] for r in after] == [new["id"] if r["id"] == target["id"] else r["id"] for r in rows]
    assert new["id"] != target["id"]
    assert archive.article(new["id"]).article.paragraphs == corrected
    # another article under the same headline, with text of its own, is not a version: it joins the page
    other = write(tmp_path / "other.jsonl", [dict(line, paragraphs=["同题的另一篇报道，说的是另一件事，文字全然不同。"])])
    assert import_paths(archive, [other]).outcomes[0].status == IMPORTED
    assert len(archive.article_rows()) == len(rows) + 1
