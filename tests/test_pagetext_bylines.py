"""Bylines printed inside an article's text (a dateline's bracket, a bracket closing a paragraph, a
line of its own) give the article's contributors and source, in either script, and the text stays
as printed. Before, 本报讯（记者 林海） gave no contributor, and 本報訊 no source either."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from baoku.core.importing.bylines import people
from baoku.core.importing.pagetext import parse_page_text
from baoku.core.model import PageInfo

from .test_importers import make_pdf

PAGE = PageInfo(2, "综合")
HEAD = "我市举办秋季招聘会"
TEXT = "9月12日，2024年泉州市秋季人才招聘会在市人力资源市场举行，共有三百余家企业参加，提供岗位八千余个。"
MORE = "据介绍，本次招聘会重点面向高校毕业生和返乡青年，不少企业开出了较为优厚的待遇。"


def split(*lines: str):
    return parse_page_text("\n\n".join(lines) + "\n", PAGE).articles


def named(article) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in article.contributors]


@pytest.mark.parametrize("dateline,source,want", [
    ("本报讯（记者 林海）", "本报讯", [("林海", "记者")]),
    ("本报讯（记者 林海 通讯员 王大同）", "本报讯", [("林海", "记者"), ("王大同", "通讯员")]),
    ("本报讯（记者 林海 王大同）", "本报讯", [("林海", "记者"), ("王大同", "记者")]),
    ("本报北京10月8日电（记者 林海）", "本报北京10月8日电", [("林海", "记者")]),
    ("新华社北京10月8日电（记者 林海、王大同）", "新华社北京10月8日电", [("林海", "记者"), ("王大同", "记者")]),
    ("本报讯（记者　林　海）", "本报讯", [("林海", "记者")]),  # a two-character name padded to three
    ("本报讯(通讯员 洪晓丽 记者 柯文龙)", "本报讯", [("洪晓丽", "通讯员"), ("柯文龙", "记者")]),
    ("晚报讯（热线记者 丁然 实习生 包晓蕾）", "晚报讯", [("丁然", "热线记者"), ("包晓蕾", "实习生")]),
])
def test_a_dateline_s_bracket_names_the_writers_and_the_dateline_is_the_source(dateline, source, want):
    [art] = split(HEAD, dateline + TEXT, MORE)
    assert named(art) == want
    assert art.source == source
    assert art.paragraphs[0] == dateline + TEXT  # the dateline stays in the text as printed


def test_a_traditional_script_dateline_gives_its_source_and_writer():
    [art] = split("颱風山陀兒逼近 全台嚴陣以待", "本報訊（記者 王大同）中央氣象署昨日發布海上颱風警報，預計颱風將於明日登陸。",
                  "各縣市政府已成立災害應變中心。")
    assert named(art) == [("王大同", "記者")] and art.source == "本報訊"
    assert art.paragraphs[0].startswith("本報訊（記者 王大同）中央氣象署")


def test_a_bracket_closing_a_paragraph_or_standing_alone_under_the_text_names_the_writers():
    [art] = split(HEAD, TEXT, MORE + "（本报记者 林海）")
    assert named(art) == [("林海", "记者")] and art.paragraphs[-1] == MORE + "（本报记者 林海）"
    [art] = split(HEAD, TEXT, MORE, "（记者　陈　岩　通讯员　方静）")
    assert named(art) == [("陈岩", "记者"), ("方静", "通讯员")]


@pytest.mark.parametrize("line,want", [
    ("本报记者 林海", [("林海", "记者")]),
    ("本報記者 林海 通訊員 王大同", [("林海", "記者"), ("王大同", "通訊員")]),
])
def test_a_byline_on_a_line_of_its_own_names_the_writers(line, want):
    [art] = split(HEAD, line, TEXT, MORE)
    assert named(art) == want


@pytest.mark.parametrize("text", [
    "市民李先生（记者 林海的邻居）说，招聘会办得很好。",  # a parenthesis in running text
    "他说（记者 林海）是第一个到场的人，大家都认识他。",  # not at the paragraph's start or end
    "招聘会现场人头攒动，求职者排起长队。（记者 林海 摄）",  # a photo credit
    "招聘会现场人头攒动，求职者排起长队。（本报记者 林海 整理）",  # a compiler, not the writer
    "招聘会现场人头攒动，求职者排起长队。（记者 林 海 王）",  # one character more than padding
])
def test_a_bracket_that_is_not_only_roles_and_names_is_no_byline(text):
    arts = split(HEAD, TEXT, text)
    assert "".join(a.text() for a in arts).endswith(text)
    assert not any(c.name.startswith("林") for a in arts for c in a.contributors)


@pytest.mark.parametrize("text", ["记者手记", "记者调查", "驻外记者专稿", "记者 林海王大同李", "记者 林"])
def test_a_column_name_or_a_name_of_the_wrong_length_is_no_byline(text):
    assert people(text) is None


def test_imported_pages_in_both_scripts_and_a_pdf_are_found_by_their_writer_and_cited(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "泉州晚报_2024-09-13_第2版_综合.txt").write_text(
        f"{HEAD}\n\n本报讯（记者 林海 通讯员 王大同）{TEXT}\n{MORE}\n", encoding="utf-8")
    (folder / "聯合報_2024-09-14_第1版_要聞.txt").write_bytes(
        "颱風山陀兒逼近\n\n本報訊（記者 王大同）中央氣象署昨日發布海上颱風警報，預計颱風將於明日登陸。\n".encode("big5"))
    make_pdf(folder / "泉州晚报_2024-09-12_第3版_要闻.pdf", [
        ["我市举办知识产权宣传周活动", "", "本报讯（记者 林海）9月11日，我市知识产权宣传周活动在丰泽区启动。"]])
    db = str(tmp_path / "a.db")

    def run(*args: str) -> str:
        r = subprocess.run([sys.executable, "-m", "baoku", "--archive", db, *args], capture_output=True,
                           text=True, env=dict(os.environ, COLUMNS="200"), timeout=120)
        assert r.returncode == 0, r.stderr
        return r.stdout

    run("import", str(folder))
    by_lin = json.loads(run("search", "作者:林海", "--json"))
    assert by_lin["total"] == 2
    by_wang = json.loads(run("search", "作者:王大同", "--json"))
    assert by_wang["total"] == 2
    pdf_article = next(h["id"] for h in by_lin["hits"] if h["date"] == "2024-09-12")
    assert run("cite", str(pdf_article)).strip() == "林海. 我市举办知识产权宣传周活动[N]. 泉州晚报, 2024-09-12(3)."
