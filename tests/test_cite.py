"""Citations (`baoku cite`): each style against text checked by hand, letter by letter, against the
standard or format it follows (GB/T 7714-2015 §8.1.4 and its [N] example; the RIS tag list for
NEWS; CSL 1.0.2's article-newspaper variables; biblatex's @article with entrysubtype newspaper)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from baoku.cli import main
from baoku.core.cite import cite_ids
from baoku.core.errors import NotFound, ValidationError
from baoku.core.model import (BYLINE, HEADLINE, PARAGRAPH, Article, Block, Contributor, IssueInfo, PageInfo,
                              ParsedIssue, ParsedPage)
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT


@pytest.fixture
def db(tmp_path):
    """The sample page (article 2: the roundtable, 本期主持 郭剑平) and a four-author story on page
    A03 (要闻) of the 城市版 of a paper printed in 厦门, with a subhead (article 7)."""
    path = tmp_path / "a.db"
    assert main(["--archive", str(path), "import", str(SAMPLE_TXT)]) == 0
    story = Article(
        blocks=[Block(HEADLINE, "海上丝路 & 新航线"), Block(BYLINE, "记者 欧阳明 王芳 李四 张三"),
                Block(PARAGRAPH, "本报讯 新航线昨日开通。")],
        headline="海上丝路 & 新航线", subhead="厦门港开通第100条外贸航线",
        contributors=[Contributor("欧阳明", "记者"), Contributor("王芳", "记者"), Contributor("李四", "记者"),
                      Contributor("张三", "记者"), Contributor("陈五", "摄")])
    with Archive(path) as archive:
        archive.save_issue(ParsedIssue(IssueInfo("厦门日报", dt.date(2023, 1, 5), edition="城市版", place="厦门"),
                                       [ParsedPage(PageInfo(3, "要闻", "A"), [story])],
                                       source="t", source_hash="t", importer="t"))
        assert archive.article(7).article.headline == "海上丝路 & 新航线"
    return path


def cited(capsys, db, *args) -> str:
    capsys.readouterr()
    assert main(["--archive", str(db), "cite", *args]) == 0
    return capsys.readouterr().out


def test_gbt7714_newspaper_form(db, capsys):
    assert cited(capsys, db, "2") == "郭剑平. 聚力“新知”挖掘“新质”[N]. 泉州晚报, 2024-09-11(5).\n"
    # four authors: three, then 等; the subhead after a colon; the edition after the paper; page A03
    assert cited(capsys, db, "7", "--style", "gbt7714") == (
        "欧阳明, 王芳, 李四, 等. 海上丝路 & 新航线: 厦门港开通第100条外贸航线[N]. 厦门日报(城市版), 2023-01-05(A03).\n")
    # no author (a Xinhua brief): the title leads; several are numbered as a reference list
    assert cited(capsys, db, "3", "7") == (
        "[1] 1至8月 汽车产销量同比 分别增长2.5%和3%[N]. 泉州晚报, 2024-09-11(5).\n"
        "[2] 欧阳明, 王芳, 李四, 等. 海上丝路 & 新航线: 厦门港开通第100条外贸航线[N]. 厦门日报(城市版), 2023-01-05(A03).\n")


def test_ris_news_with_page_and_section(db, capsys):
    assert cited(capsys, db, "2", "7", "--style", "ris") == (
        "TY  - NEWS\n"
        "AU  - 郭剑平\n"
        "TI  - 聚力“新知”挖掘“新质”\n"
        "T2  - 泉州晚报\n"
        "PY  - 2024\n"
        "DA  - 2024/09/11/\n"
        "SP  - 5\n"
        "SE  - 民企会客厅\n"
        "CY  - 泉州\n"
        "LA  - zh\n"
        "ID  - baoku-2\n"
        "ER  - \n"
        "\n"
        "TY  - NEWS\n"
        "AU  - 欧阳明\n"
        "AU  - 王芳\n"
        "AU  - 李四\n"
        "AU  - 张三\n"
        "TI  - 海上丝路 & 新航线: 厦门港开通第100条外贸航线\n"
        "T2  - 厦门日报\n"
        "PY  - 2023\n"
        "DA  - 2023/01/05/\n"
        "SP  - A03\n"
        "SE  - 要闻\n"
        "ET  - 城市版\n"
        "CY  - 厦门\n"
        "LA  - zh\n"
        "ID  - baoku-7\n"
        "ER  - \n")


def test_csl_json_article_newspaper(db, capsys):
    items = json.loads(cited(capsys, db, "7", "2", "--style", "csl-json"))
    assert items == [
        {"id": "baoku-7", "type": "article-newspaper", "title": "海上丝路 & 新航线: 厦门港开通第100条外贸航线",
         "container-title": "厦门日报", "issued": {"date-parts": [[2023, 1, 5]]}, "page": "A03", "section": "要闻",
         "author": [{"family": "欧阳", "given": "明"}, {"family": "王", "given": "芳"},
                    {"family": "李", "given": "四"}, {"family": "张", "given": "三"}],
         "edition": "城市版", "publisher-place": "厦门", "language": "zh-CN"},
        {"id": "baoku-2", "type": "article-newspaper", "title": "聚力“新知”挖掘“新质”", "container-title": "泉州晚报",
         "issued": {"date-parts": [[2024, 9, 11]]}, "page": "5", "section": "民企会客厅",
         "author": [{"family": "郭", "given": "剑平"}], "publisher-place": "泉州", "language": "zh-CN"}]


def test_bibtex_escapes_and_braces_chinese_names(db, capsys):
    assert cited(capsys, db, "7", "--style", "bibtex") == (
        "@article{baoku7,\n"
        "  author = {{欧阳明} and {王芳} and {李四} and {张三}},\n"
        "  title = {海上丝路 \\& 新航线: 厦门港开通第100条外贸航线},\n"
        "  journal = {厦门日报},\n"
        "  year = {2023},\n"
        "  month = jan,\n"
        "  date = {2023-01-05},\n"
        "  pages = {A03},\n"
        "  note = {要闻},\n"
        "  edition = {城市版},\n"
        "  address = {厦门},\n"
        "  entrysubtype = {newspaper},\n"
        "  langid = {chinese},\n"
        "}\n")


def test_a_collection_is_cited_in_its_order_and_written_to_a_file(db, capsys, tmp_path):
    assert main(["--archive", str(db), "collection", "add", "海丝", "7", "2"]) == 0
    out = tmp_path / "refs.ris"
    assert main(["--archive", str(db), "cite", "--collection", "海丝", "--style", "ris", "-o", str(out)]) == 0
    assert [ln for ln in out.read_text("utf-8").splitlines() if ln.startswith("ID")] == ["ID  - baoku-7",
                                                                                          "ID  - baoku-2"]


def test_bad_citation_requests_are_refused_in_one_line(db, capsys):
    capsys.readouterr()
    assert main(["--archive", str(db), "cite", "99"]) == 1
    assert "no article with id 99" in capsys.readouterr().err
    assert main(["--archive", str(db), "cite"]) == 1
    assert "give article ids or --collection" in capsys.readouterr().err
    with Archive(db) as archive:
        with pytest.raises(ValidationError):
            cite_ids(archive, [2], "apa")
        with pytest.raises(NotFound):
            cite_ids(archive, [2, 98], "ris")
