"""`baoku export --format docx|html|md|txt`: the same articles as the PDF, in order, each with its
head, byline, source line and citation line; DOCX read back with python-docx."""

from __future__ import annotations

import re

import pytest

from baoku.cli import main
from baoku.core.export.formats import article_text, format_of
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT

CITATION_2 = "引用：郭剑平. 聚力“新知”挖掘“新质”[N]. 泉州晚报, 2024-09-11(5)."
CITATION_6 = "引用：剑平. 创“新”求“质” 为高质量发展添动能[N]. 泉州晚报, 2024-09-11(5)."
SOURCE = "泉州晚报 2024年9月11日 第5版 民企会客厅"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "a.db"
    assert main(["--archive", str(path), "import", str(SAMPLE_TXT)]) == 0
    return path


def export(db, *args) -> int:
    return main(["--archive", str(db), "export", *args])


def test_docx_has_headings_byline_source_citation_and_chinese_fonts(db, tmp_path):
    import docx
    from docx.oxml.ns import qn

    out = tmp_path / "two.docx"
    assert export(db, "6", "2", "--order", "given", "-o", str(out)) == 0  # the format from the suffix
    doc = docx.Document(str(out))
    paras = [(p.style.name, p.text) for p in doc.paragraphs]
    assert paras[0] == ("Title", "报库文章选编")
    heads = [t for s, t in paras if s == "Heading 2"]
    assert heads == ["创“新”求“质” 为高质量发展添动能", "聚力“新知”挖掘“新质”"]  # in the order given
    texts = [t for _, t in paras]
    assert texts.count(SOURCE) == 2 and CITATION_6 in texts and CITATION_2 in texts
    assert texts.index(CITATION_6) < texts.index("聚力“新知”挖掘“新质”")  # each article ends with its citation
    assert "本期主持：郭剑平" in texts  # the byline, with print punctuation
    assert "利用大数据技术指导研发方向" in [t for s, t in paras if s == "Heading 3"]  # an in-body subheading
    body = next(p for p in doc.paragraphs if p.text.startswith("首先，企业要利用好") or p.text.startswith("李劲松：首先"))
    assert body.paragraph_format.first_line_indent == docx.shared.Pt(21)  # two characters of 10.5 pt
    fonts = doc.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "宋体" and fonts.get(qn("w:ascii")) == "Times New Roman"
    assert doc.styles["Heading 2"].element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert doc.core_properties.title == "报库文章选编" and doc.core_properties.language == "zh-CN"
    assert sum(1 for s in doc.inline_shapes) == 0  # the sample's photo has no image data


def test_html_is_one_self_contained_page(db, tmp_path):
    out = tmp_path / "x.out"
    assert export(db, "2", "--format", "html", "-o", str(out)) == 0
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//|file:)""", page)  # nothing fetched
    assert "<link" not in page and "<script" not in page
    assert "<h1>聚力“新知”挖掘“新质”</h1>" in page and f'<div class="source">{SOURCE}</div>' in page
    assert f'<p class="citation">{CITATION_2}</p>' in page
    assert '<p class="byline">本期主持：郭剑平</p>' in page


def test_markdown_and_text(db, tmp_path):
    md, txt = tmp_path / "a.md", tmp_path / "a.txt"
    assert export(db, "3", "--format", "md", "-o", str(md)) == 0
    assert export(db, "3", "-o", str(txt)) == 0
    m = md.read_text("utf-8")
    assert m.startswith("# 1至8月 汽车产销量同比 分别增长2.5%和3%\n\n> " + SOURCE + "\n")
    assert m.rstrip().endswith("引用：1至8月 汽车产销量同比 分别增长2.5%和3%[N]. 泉州晚报, 2024-09-11(5).")
    t = txt.read_text("utf-8").splitlines()
    assert t[:2] == ["1至8月 汽车产销量同比 分别增长2.5%和3%", SOURCE]
    assert t[3].startswith("　　据新华社电 记者10日从中国汽车工业协会获悉，")  # indented, full-width commas
    assert t[-1] == "引用：1至8月 汽车产销量同比 分别增长2.5%和3%[N]. 泉州晚报, 2024-09-11(5)."


def test_markdown_escapes_what_would_be_markup():
    from baoku.core.export.formats.markdown import escape

    assert escape("# 不是标题") == "\\# 不是标题" and escape("1. 不是列表") == "1\\. 不是列表"
    assert escape("a*b_c [d]") == "a\\*b\\_c [d]" and escape("[x](y)") == "[x\\](y)"


def test_a_collection_exports_in_its_order_in_every_format(db, tmp_path):
    assert main(["--archive", str(db), "collection", "add", "选题", "6", "3", "2"]) == 0
    for fmt in ("docx", "html", "md", "txt", "pdf"):
        out = tmp_path / f"c.{fmt}"
        assert export(db, "--collection", "选题", "-o", str(out)) == 0, fmt
    text = (tmp_path / "c.txt").read_text("utf-8")
    order = [text.index(h) for h in ("创“新”求“质”", "1至8月 汽车产销量", "聚力“新知”挖掘“新质”")]
    assert order == sorted(order)
    from . import pdfcheck

    pdf = pdfcheck.squash("".join(pdfcheck.page_texts(tmp_path / "c.pdf")))
    at = [pdf.index(pdfcheck.squash(h)) for h in ("创“新”求“质”为高质量发展添动能", "1至8月汽车产销量同比", "新质生产力")]
    assert at == sorted(at)


def test_traditional_script_reaches_the_docx(db, tmp_path):
    import docx

    out = tmp_path / "t.docx"
    assert export(db, "3", "--script", "traditional", "-o", str(out)) == 0
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "汽車產銷量" in text and "汽车产销量" not in text.split("引用：")[0]


def test_bad_export_requests_change_nothing(db, tmp_path, capsys):
    capsys.readouterr()
    with pytest.raises(SystemExit):  # argparse's own refusal, naming the formats
        export(db, "2", "--format", "odt", "-o", str(tmp_path / "x.odt"))
    assert "invalid choice: 'odt'" in capsys.readouterr().err
    assert export(db, "99", "-o", str(tmp_path / "x.docx")) == 1
    assert "no article with id 99" in capsys.readouterr().err and not (tmp_path / "x.docx").exists()
    assert export(db, "--collection", "没有", "-o", str(tmp_path / "y.md")) == 1
    assert "no collection named 「没有」" in capsys.readouterr().err and not (tmp_path / "y.md").exists()
    assert format_of(tmp_path / "a.HTM", None) == "html" and format_of(tmp_path / "a", None) == "pdf"


def test_a_suffix_export_does_not_write_is_refused_and_nothing_is_written(db, tmp_path, capsys):
    """`-o x.odt` wrote a PDF named x.odt (any suffix not known meant PDF); a suffix naming
    another format than --format's wrote that format under the other's name."""
    capsys.readouterr()
    before = sorted(tmp_path.iterdir())
    for name, *given in (("x.odt",), ("x.PDFX",), ("x.docx", "--format", "pdf"), ("x.md", "--format", "html")):
        assert export(db, "6", "-o", str(tmp_path / name), *given) == 1, name
        said = capsys.readouterr()
        lines = said.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("baoku: error: ") and not said.out, said
        assert sorted(tmp_path.iterdir()) == before
    assert export(db, "6", "-o", str(tmp_path / "x.odt")) == 1  # the refusal names what export writes
    said = capsys.readouterr().err
    assert "x.odt" in said and all(s in said for s in (".pdf", ".docx", ".html", ".md", ".txt")), said
    assert export(db, "6", "-o", str(tmp_path / "x.odt"), "--format", "docx") == 0  # asked for by name
    assert (tmp_path / "x.odt").read_bytes()[:2] == b"PK"
    assert export(db, "6", "-o", str(tmp_path / "无后缀")) == 0  # no suffix: PDF, as the help says
    assert (tmp_path / "无后缀").read_bytes()[:5] == b"%PDF-"


def test_copying_an_article_gives_its_text_and_citation(db):
    with Archive(db) as archive:
        text = article_text(archive.article(6))
    lines = text.splitlines()
    assert lines[0] == "记者手记" and "创“新”求“质” 为高质量发展添动能" in lines
    assert lines[-1] == CITATION_6 and SOURCE in lines


def test_characters_xml_cannot_hold_leave_the_docx_and_stay_in_the_archive(tmp_path, capsys):
    """A vertical tab (Word's soft break) and a form feed are line breaks in the DOCX; BEL, ESC,
    NUL and U+FFFE are left out of it (lxml refused them: a ValueError traceback); every other
    format writes, and the archive keeps the text as it was."""
    import json

    import docx

    body = "正文\x0b内容\x0c换页\x07铃\x1b转义\x00空\ufffe非字符\x7f结束。"
    row = {"publication": "大报", "date": "2024-09-12", "page": 1, "headline": "标\x07题\x0b二行",
           "byline": "记者\x1b甲", "paragraphs": [body]}
    src = tmp_path / "ctrl.jsonl"
    src.write_text(json.dumps(row) + "\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert main(["--archive", str(db), "import", str(src)]) == 0
    for fmt in ("docx", "html", "md", "txt"):
        assert export(db, "1", "-o", str(tmp_path / f"c.{fmt}")) == 0, (fmt, capsys.readouterr().err)
    assert export(db, "1", "-o", str(tmp_path / "c.pdf")) == 1  # the fonts have no U+FFFE: one line
    assert "U+FFFE" in capsys.readouterr().err
    assert export(db, "1", "--missing-glyphs", "geta", "-o", str(tmp_path / "c.pdf")) == 0
    paras = [p.text for p in docx.Document(str(tmp_path / "c.docx")).paragraphs]
    assert "标题\n二行" in paras
    assert "正文\n内容\n换页铃转义空非字符结束。" in paras  # DEL too (test_tester_round: every format alike)
    assert "记者甲" in "".join(paras)
    with Archive(db) as archive:
        rec = archive.article(1)
        assert rec.article.headline == "标\x07题\x0b二行" and rec.article.paragraphs[-1] == body
