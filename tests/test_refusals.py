"""An import refuses only what it must, page by page: a page already stored (under another date,
or with other content) is refused alone, with its reason on a line of its own, and the issue's
other pages go in. Short notices, headlines with no text and boilerplate never make a page
"already stored". Each test runs on both archive kinds (`archive` is `any_archive` here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.importing.run import IMPORTED, REFUSED, import_paths

from .conftest import SAMPLE_TXT

PAPER = "北方日报"
PLACES = "东西南北中"
THINGS = ["小麦", "玉米", "棉花", "果园", "渔港", "高铁", "校舍", "水库", "林场", "书屋", "菜场", "码头"]


def story(issue: int, n: int) -> str:
    """A page text article of real length whose words differ from issue to issue."""
    place, thing = PLACES[n % 5], THINGS[(issue * 3 + n) % len(THINGS)]
    head = f"{place}部{thing}建设提速第{issue}期{n}"
    body = (f"本报讯 第{issue}期的第{n}篇报道说，{place}部地区的{thing}建设今年进展顺利，各地抓住有利时机，"
            f"组织力量加快施工，确保按期完成任务。记者在现场看到，{issue * 7 + n}个项目同时开工，"
            f"工人们忙着搬运材料、安装设备，一派繁忙景象。当地负责人说，项目建成后将惠及{issue + n}万群众。")
    return f"{head}\n\n{body}\n"


def placeholder_feed(folder: Path, issues: int) -> Path:
    """Issues shaped like a real daily's: two pages of news and a one-article 广告 page each."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(1, issues + 1):
        date = f"1998-03-{i:02d}"
        (folder / f"{PAPER}_{date}_1_要闻.txt").write_text("\n".join(story(i, n) for n in range(3)), "utf-8")
        (folder / f"{PAPER}_{date}_2_国内.txt").write_text("\n".join(story(i, n) for n in (3, 4)), "utf-8")
        (folder / f"{PAPER}_{date}_8_广告.txt").write_text("广告\n", "utf-8")
        if i % 2:  # and in some issues a copyright notice alone on a page, and a photo with a short caption
            (folder / f"{PAPER}_{date}_7_服务.txt").write_text(
                "版权声明\n\n本报刊登的所有作品，未经本报书面许可，任何单位和个人不得转载、摘编，违者必究。\n", "utf-8")
            (folder / f"{PAPER}_{date}_6_图片.txt").write_text("图片\n\n图为春日的田野。（本报记者 摄）\n", "utf-8")
    return folder


@pytest.fixture
def archive(any_archive):
    return any_archive


def test_a_feed_with_a_placeholder_page_in_every_issue_goes_in_whole(tmp_path, archive):
    feed = placeholder_feed(tmp_path / "feed", 12)
    files = sorted(feed.iterdir())
    report = import_paths(archive, [feed])
    assert report.ok, [r.message() for r in report.refused]
    assert report.count(IMPORTED) == len(files) and not report.refused
    assert archive.stats()["articles"] == 12 * 6 + 6 * 2 and archive.stats()["pages"] == len(files)


def test_the_same_whole_page_under_another_date_is_refused_even_when_its_short_articles_differ(
        tmp_path, archive, capsys):
    feed = placeholder_feed(tmp_path / "feed", 2)
    assert import_paths(archive, [feed]).ok
    again = tmp_path / "again"
    again.mkdir()
    # 要闻 of 3 March imported again as 3 April, with a short notice of its own and a headline alone
    text = (feed / f"{PAPER}_1998-03-01_1_要闻.txt").read_text("utf-8")
    page = again / f"{PAPER}_1998-04-03_1_要闻.txt"
    page.write_text(text + "\n更正\n\n本报昨日二版一文中的数字有误，特此更正。\n\n图片新闻\n", "utf-8")
    before = archive.stats()
    report = import_paths(archive, [again])
    assert report.outcomes[0].status == REFUSED and not report.ok
    [refusal] = report.refused
    assert refusal.reason == "stored_elsewhere" and refusal.page == "第1版" and refusal.ids == (1, 2, 3)
    assert "3 of its 4 articles, most of its text, are already in the archive, as 北方日报 1998-03-01 第1版 要闻 " \
        "(articles 1–3)" in refusal.message()
    assert archive.stats() == before
    assert import_paths(archive, [again], duplicates=True).ok  # asked for: stored, as reprints
    assert archive.stats()["articles"] == before["articles"] + 4


def test_one_repeated_page_is_refused_alone_and_the_rest_of_its_issue_goes_in(tmp_path, backend, request, capsys):
    feed = placeholder_feed(tmp_path / "feed", 1)
    db = tmp_path / "cli.db" if backend == "sqlite" else request.getfixturevalue("server_url")
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    # the next day's issue, whose page 2 is by mistake the 1st's page 2 again
    feed2 = placeholder_feed(tmp_path / "next", 2)
    for f in feed.iterdir():
        (feed2 / f.name).unlink()
    (feed2 / f"{PAPER}_1998-03-02_2_国内.txt").write_text((feed / f"{PAPER}_1998-03-01_2_国内.txt").read_text("utf-8"),
                                                          "utf-8")
    capsys.readouterr()
    assert main(["--archive", str(db), "import", str(feed2)]) == 1  # not everything went in: said by the exit
    out, err = capsys.readouterr()
    refused = [line for line in err.splitlines() if line.startswith("refused")]
    assert len(refused) == 1 and "第2版 of 北方日报 1998-03-02" in refused[0]
    assert "imported" in out and "1 page refused (2 articles not stored" in out.replace("\n", "")
    assert main(["--archive", str(db), "list", "--json"]) == 0
    issues = {i["date"]: i for i in json.loads(capsys.readouterr().out)}
    assert (issues["1998-03-02"]["pages"], issues["1998-03-02"]["articles"]) == (2, 4)  # page 2 alone was refused


def test_the_sample_page_again_under_another_date_is_still_refused_naming_where_it_is(tmp_path, archive):
    first = import_paths(archive, [SAMPLE_TXT])
    assert first.ok
    copy = tmp_path / "泉州晚报_2024-09-13_第5版_民企会客厅.txt"
    copy.write_text(SAMPLE_TXT.read_text("utf-8"), "utf-8")
    [refusal] = import_paths(archive, [copy]).refused
    assert "all 6 articles of this page are already in the archive, as 泉州晚报 2024-09-11 第5版 民企会客厅" \
        in refusal.message()
