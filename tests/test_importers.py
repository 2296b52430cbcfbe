"""Every importer, through the same entry point the CLI and GUI use, into each archive kind: the
embedded one and a server's (`archive` is `any_archive` here)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import opencc
import pytest

from baoku.core.importing.encoding import decode_text
from baoku.core.importing.metadata import IssueMeta, meta_from_filename
from baoku.core.importing.run import DUPLICATE, FAILED, IMPORTED, import_paths
from baoku.core.errors import ImportRejected

from .conftest import SAMPLE_TXT


def _tiny_jpeg() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


TINY_JPEG = _tiny_jpeg()  # a real picture: one that is none is not kept (structured.load_image)

META = IssueMeta(publication="泉州晚报", date="2024-09-11", page=5, page_name="民企会客厅")


@pytest.fixture
def archive(any_archive):
    return any_archive


def blocks_text(archive) -> str:
    return "\n".join(archive.article(i).article.text() for i in archive.article_ids())


# -- encodings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_simplified_encodings_decode_to_identical_text(sample_text, encoding):
    text, found = decode_text(sample_text.encode(encoding), "x.txt")
    assert text == sample_text
    assert found.replace("_", "-").lower() in (encoding, "gb18030") or (encoding == "gbk" and found == "gb18030")


def test_big5_traditional_text_decodes_exactly(sample_text):
    traditional = opencc.OpenCC("s2t").convert(sample_text)
    encodable = "".join(c for c in traditional if _in_big5(c))
    text, found = decode_text(encodable.encode("big5"), "x.txt")
    assert found == "big5" and text == encodable


def _in_big5(c: str) -> bool:
    try:
        c.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def test_gb18030_copy_of_the_seed_imports_to_identical_text(tmp_path, archive, sample_copy):
    gb = tmp_path / "gb" / sample_copy.name
    gb.parent.mkdir()
    gb.write_bytes(SAMPLE_TXT.read_text(encoding="utf-8").encode("gb18030"))
    (gb.parent / "000_a63266adadd608e6.json").write_text(
        sample_copy.with_suffix(".json").read_text(encoding="utf-8"), encoding="utf-8")
    report = import_paths(archive, [gb])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    gb_text = blocks_text(archive)
    # The UTF-8 original, in the same archive, is recognised as the same material.
    again = import_paths(archive, [sample_copy])
    assert again.outcomes[0].status == DUPLICATE
    assert again.articles_added == 0
    assert gb_text == blocks_text(archive)


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary\xff\xfe" * 50, "binary"),
    ("完整的一句话。".encode("utf-8") + "截断".encode("utf-8")[:-1], "truncated"),
])
def test_undecodable_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(ImportRejected, match=reason):
        decode_text(data, "bad.txt")


# -- metadata ------------------------------------------------------------------------------------

@pytest.mark.parametrize("stem,expected", [
    ("泉州晚报_2024-09-11_第5版_民企会客厅", ("泉州晚报", "2024-09-11", 5, "民企会客厅")),
    ("qzwb-20240911-p05", ("qzwb", "2024-09-11", 5, None)),
    ("2024-09-11_A03", (None, "2024-09-11", 3, None)),
    ("000_a63266adadd608e6", (None, None, None, None)),
])
def test_metadata_from_file_names(stem, expected):
    m = meta_from_filename(stem)
    assert (m.publication, m.date, m.page, m.page_name) == expected


def test_page_text_without_metadata_is_refused_clearly(tmp_path, archive):
    bare = tmp_path / "page.txt"
    bare.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    report = import_paths(archive, [bare])
    assert report.outcomes[0].status == FAILED
    assert "no issue metadata for publication, date, page" in report.outcomes[0].message
    report = import_paths(archive, [bare], overrides=META)
    assert report.outcomes[0].status == IMPORTED


def test_options_override_the_sidecar(archive, sample_copy):
    import_paths(archive, [sample_copy], overrides=IssueMeta(date="2024-09-12", page=7))
    rec = archive.article(archive.article_ids()[0])
    assert rec.date.isoformat() == "2024-09-12" and rec.page_number == 7 and rec.publication == "泉州晚报"


def test_an_impossible_date_is_refused(tmp_path, archive, sample_copy):
    report = import_paths(archive, [sample_copy], overrides=IssueMeta(date="2024-02-30"))
    assert report.outcomes[0].status == FAILED
    assert "not a real calendar date" in report.outcomes[0].message
    assert archive.stats()["articles"] == 0


# -- JSONL ----------------------------------------------------------------------------------------

def jsonl_lines() -> list[dict]:
    return [
        {"publication": "泉州晚报", "date": "2024-09-11", "page": 1, "page_name": "要闻",
         "kicker": "聚焦发展", "headline": "我市新增高价值发明专利", "subhead": "每万人拥有量居全省第一梯队",
         "column": "要闻", "genre": "消息", "byline": "记者 郭剑平 通讯员 李明",
         "paragraphs": ["本报讯 近年来,我市聚焦创新优势。", {"subheading": "小标题"}, "第二段。"],
         "captions": [{"text": "图为专利展示现场。", "credit": "郭剑平"}]},
        {"publication": "泉州晚报", "date": "2024-09-11", "page": 2, "headline": "另一篇",
         "body": "第一段。\n\n第二段。", "source": "据新华社电",
         "byline": [{"name": "张三", "role": "记者"}]},
        {"publication": "泉州晚报", "date": "2024-09-12", "page": 1, "headline": "次日头条",
         "paragraphs": ["正文。"]},
    ]


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_imports_articles_grouped_into_issues(tmp_path, archive):
    report = import_paths(archive, [write_jsonl(tmp_path / "feed.jsonl", jsonl_lines())])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    assert len(archive.issues()) == 2
    first = archive.article(report.outcomes[0].article_ids[0]).article
    assert (first.kicker, first.headline, first.subhead) == ("聚焦发展", "我市新增高价值发明专利",
                                                            "每万人拥有量居全省第一梯队")
    assert [(c.name, c.role) for c in first.contributors] == [("郭剑平", "记者"), ("李明", "通讯员"),
                                                               ("郭剑平", "摄")]
    assert first.paragraphs == ["本报讯 近年来,我市聚焦创新优势。", "小标题", "第二段。"]
    assert first.photos[0].caption == "图为专利展示现场。"
    second = archive.article(report.outcomes[0].article_ids[1]).article
    assert second.paragraphs == ["第一段。", "第二段。"] and second.source == "据新华社电"
    again = import_paths(archive, [tmp_path / "feed.jsonl"])
    assert again.outcomes[0].status == DUPLICATE and again.articles_added == 0


def test_jsonl_appends_new_articles_to_a_stored_page(tmp_path, archive):
    rows = jsonl_lines()
    import_paths(archive, [write_jsonl(tmp_path / "a.jsonl", rows[:1])])
    extra = dict(rows[0], headline="同版另一篇", paragraphs=["新的正文。"])
    report = import_paths(archive, [write_jsonl(tmp_path / "b.jsonl", [rows[0], extra])])
    assert report.outcomes[0].status == IMPORTED and report.articles_added == 1
    assert [r["seq"] for r in archive.article_rows()] == [1, 2]


@pytest.mark.parametrize("bad,message", [
    ('{"publication": "泉州晚报", "date": "2024-09-11", "page": 1, "headline": "x"', "not valid JSON"),
    ('["a list"]', "JSON object"),
    ('{"publication": "泉州晚报", "page": 1, "headline": "x"}', "missing date"),
    ('{"publication": "泉州晚报", "date": "2024-13-01", "page": 1, "headline": "x"}', "not a real calendar date"),
    ('{"publication": "泉州晚报", "date": "2024-09-11", "page": 1}', "needs a headline or body"),
])
def test_a_bad_jsonl_line_rejects_the_whole_file(tmp_path, archive, bad, message):
    good = json.dumps(jsonl_lines()[0], ensure_ascii=False)
    path = tmp_path / "bad.jsonl"
    path.write_text(good + "\n" + bad + "\n", encoding="utf-8")
    report = import_paths(archive, [path])
    assert report.outcomes[0].status == FAILED
    assert report.outcomes[0].message.startswith("line 2: ")
    assert message in report.outcomes[0].message
    assert archive.stats()["articles"] == 0


@pytest.mark.parametrize("byline,expected", [
    ("记者 张三 通讯员 李四 王五", [("张三", "记者"), ("李四", "通讯员"), ("王五", "通讯员")]),
    ("新华社记者 李四", [("李四", "新华社记者")]),
    ("本报记者张三", [("张三", "本报记者")]),
    ("中新社记者 赵六、钱七", [("赵六", "中新社记者"), ("钱七", "中新社记者")]),
    ("本期主持:郭剑平", [("郭剑平", "本期主持")]),
    ("王小明", [("王小明", "")]),
])
def test_parse_byline(byline, expected):
    from baoku.core.importing.structured import parse_byline

    assert [(c.name, c.role) for c in parse_byline(byline)] == expected


# -- NITF and NewsML-G2 ----------------------------------------------------------------------------

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN" xml:lang="zh-CN">
  <head>
    <title>汽车产销量同比分别增长2.5%和3%</title>
    <meta name="column" content="财经"/>
    <meta name="genre" content="简讯"/>
    <docdata><doc-id id-string="qzwb-20240911-07-01"/><date.issue norm="20240911T000000+0800"/></docdata>
    <pubdata type="print" name="泉州晚报" date.publication="20240911" position.section="经济新闻"
             position.sequence="7" edition.name="城市版" number="第12345期"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>1至8月汽车产销量同比分别增长2.5%和3%</hl1><hl2>新能源汽车销量占比达37.5%</hl2></hedline>
      <byline>记者 <person>王小明</person></byline>
      <dateline>新华社北京9月10日电</dateline>
    </body.head>
    <body.content>
      <p>记者10日从中国汽车工业协会获悉,今年1至8月,我国汽车产销量分别达1867.4万辆和1876.6万辆。</p>
      <hl2>新能源</hl2>
      <p>中汽协数据显示,1至8月,我国新能源汽车产销量分别达700.8万辆和703.7万辆。</p>
      <media media-type="image"><media-reference source="car.jpg"/>
        <media-caption>图为车展现场。</media-caption><media-producer>郭剑平</media-producer></media>
    </body.content>
  </body>
</nitf>
"""

G2 = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2024-09-10T18:00:00+08:00</sent></header>
  <itemSet>
    <newsItem guid="urn:example:1" version="1" standard="NewsML-G2" standardversion="2.33">
      <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-09-10T18:00:00+08:00</versionCreated></itemMeta>
      <contentMeta>
        <contentCreated>2024-09-11</contentCreated>
        <infoSource literal="泉州晚报" role="cinfosrole:publisher"/>
        <language tag="zh-CN"/>
        <headline>我国制造业增加值占全球比重约三成</headline>
        <headline role="hld:subHeadline">国家统计局发布报告</headline>
        <by>新华社记者 李四</by>
        <dateline>新华社北京9月10日电</dateline>
      </contentMeta>
      <contentSet>
        <inlineXML contenttype="application/nitf+xml">
          <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
            <head><pubdata name="泉州晚报" position.sequence="3" position.section="国内新闻"/></head>
            <body><body.content>
              <p>国家统计局10日发布的报告显示,我国工业总量规模实现跨越式增长。</p>
              <p>世界银行数据显示,我国制造业增加值稳居世界首位。</p>
            </body.content></body>
          </nitf>
        </inlineXML>
      </contentSet>
    </newsItem>
  </itemSet>
</newsMessage>
"""


def import_single(archive, path: Path, content: str):
    """Write one file, import it, and return the one article it gave."""
    path.write_text(content, encoding="utf-8")
    report = import_paths(archive, [path])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    assert len(report.outcomes[0].article_ids) == 1
    return archive.article(report.outcomes[0].article_ids[0])


def test_nitf_imports_headline_byline_dateline_section_page(tmp_path, archive):
    (tmp_path / "car.jpg").write_bytes(TINY_JPEG)
    rec = import_single(archive, tmp_path / "brief.xml", NITF)
    a = rec.article
    assert a.headline == "1至8月汽车产销量同比分别增长2.5%和3%"
    assert a.subhead == "新能源汽车销量占比达37.5%"
    assert a.byline == "记者 王小明"
    assert a.source == "新华社北京9月10日电"
    assert (rec.page_number, rec.page_name, rec.edition, rec.date.isoformat()) == (7, "经济新闻", "城市版", "2024-09-11")
    assert (a.column, a.genre) == ("财经", "简讯")
    assert a.paragraphs[1] == "新能源"
    assert a.photos[0].caption == "图为车展现场。" and a.photos[0].credit == "郭剑平"
    assert a.photos[0].data == TINY_JPEG and a.photos[0].mime == "image/jpeg"
    assert archive.issues()[0]["number"] == "第12345期"


def test_newsml_g2_with_inline_nitf(tmp_path, archive):
    rec = import_single(archive, tmp_path / "item.xml", G2)
    a = rec.article
    assert a.headline == "我国制造业增加值占全球比重约三成"
    assert a.subhead == "国家统计局发布报告"
    assert a.byline == "新华社记者 李四"
    assert [(c.name, c.role) for c in a.contributors] == [("李四", "新华社记者")]
    assert a.source == "新华社北京9月10日电"
    assert (rec.publication, rec.page_number, rec.page_name, rec.date.isoformat()) == (
        "泉州晚报", 3, "国内新闻", "2024-09-11")
    assert len(a.paragraphs) == 2


BAD_XML = {
    "truncated.xml": NITF[: len(NITF) // 2],
    "bomb.xml": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
                "<nitf>&lol2;</nitf>",
    "xxe.xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><nitf>&e;</nitf>',
    "other.xml": "<rss><channel/></rss>",
}


@pytest.mark.parametrize("name", sorted(BAD_XML))
def test_hostile_or_broken_xml_is_refused(tmp_path, archive, name):
    (tmp_path / name).write_text(BAD_XML[name], encoding="utf-8")
    report = import_paths(archive, [tmp_path / name])
    assert report.outcomes[0].status == FAILED
    assert any(w in report.outcomes[0].message for w in ("malformed XML", "DTD", "neither NITF"))
    assert archive.stats()["articles"] == 0


# -- folders, ZIPs, PDF -------------------------------------------------------------------------

def test_folder_imports_everything_and_reports_each_file(tmp_path, archive, sample_copy):
    folder = sample_copy.parent
    (folder / "brief.xml").write_text(NITF, encoding="utf-8")
    write_jsonl(folder / "feed.jsonl", jsonl_lines())
    (folder / "broken.xml").write_text(NITF[:100], encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    (folder / "notes.docx").write_bytes(b"PK")
    report = import_paths(archive, [folder])
    by_name = {Path(o.name).name: o.status for o in report.outcomes}
    assert by_name == {"000_a63266adadd608e6.txt": IMPORTED, "brief.xml": IMPORTED, "feed.jsonl": IMPORTED,
                       "broken.xml": FAILED, "notes.docx": "skipped"}
    assert archive.stats()["articles"] == 6 + 1 + 3


def test_zip_import_refuses_unsafe_entries_and_imports_the_rest(tmp_path, archive, sample_copy):
    z = tmp_path / "batch.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(sample_copy, "pages/000_a63266adadd608e6.txt")
        zf.write(sample_copy.with_suffix(".json"), "pages/000_a63266adadd608e6.json")
        zf.writestr("pages/brief.xml", NITF)
        zf.writestr("../evil.txt", "x")
        zf.writestr("/abs.txt", "x")
        link = zipfile.ZipInfo("pages/link.txt")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
        zf.writestr("nested.zip", b"PK\x05\x06" + b"\x00" * 18)
    report = import_paths(archive, [z])
    status = {o.name.split("!")[1]: (o.status, o.message) for o in report.outcomes}
    assert status["pages/000_a63266adadd608e6.txt"][0] == IMPORTED
    assert status["pages/brief.xml"][0] == IMPORTED
    assert status["../evil.txt"] == (FAILED, "path leaves the ZIP's folder (..)")
    assert status["/abs.txt"] == (FAILED, "absolute path inside the ZIP")
    assert status["pages/link.txt"] == (FAILED, "symbolic link inside the ZIP")
    assert status["nested.zip"][0] == FAILED
    assert archive.stats()["articles"] == 7


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_zip_names_without_the_utf8_flag_are_read_right(tmp_path, archive, sample_copy, encoding):
    """Info-ZIP on Linux writes UTF-8 names, Chinese Windows GBK names, both without the flag."""
    z = tmp_path / "names.zip"
    name = "泉州晚报_2024-09-12_第3版_要闻.txt"
    raw = name.encode(encoding)
    placeholder = b"P" * (len(raw) - 4) + b".txt"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr(placeholder.decode(), sample_copy.read_bytes())
    z.write_bytes(z.read_bytes().replace(placeholder, raw))  # the raw name bytes, no UTF-8 flag
    with zipfile.ZipFile(z) as zf:
        assert not zf.infolist()[0].flag_bits & 0x800
    report = import_paths(archive, [z])
    assert report.outcomes[0].name.endswith("!" + name)
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    rec = archive.article(archive.article_ids()[0])
    assert (rec.date.isoformat(), rec.page_number, rec.page_name) == ("2024-09-12", 3, "要闻")


def test_zip_bomb_entry_is_refused(tmp_path, archive):
    z = tmp_path / "bomb.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2024-09-11_p01.txt", "啊" * (70 * 1024 * 1024 // 3 + 1))
    report = import_paths(archive, [z], overrides=IssueMeta(publication="泉州晚报"))
    assert report.outcomes[0].status == FAILED
    assert "limit" in report.outcomes[0].message or "ratio" in report.outcomes[0].message


def make_pdf(path: Path, pages: list[list[str]], encrypt: bool = False) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), encrypt="secret" if encrypt else None)
    for lines in pages:
        c.setFont("STSong-Light", 12)
        y = 800
        for line in lines:
            c.drawString(40, y, line)
            y -= 20
        c.showPage()
    c.save()
    return path


def test_pdf_with_text_layer_is_one_issue_with_a_page_per_pdf_page(tmp_path, embedded):
    archive = embedded  # a PDF page keeps its image and lines: not on a server archive yet
    pdf = make_pdf(tmp_path / "泉州晚报_2024-09-11_第3版.pdf", [
        ["我国制造业增加值 占全球比重约三成", "", "据新华社电 国家统计局10日发布的报告显示,工业总量规模实现跨越式增长。"],
        ["秋季招聘会周末举行", "这是第二页的正文,内容完整。"],
    ])
    report = import_paths(archive, [pdf])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    rows = archive.article_rows()
    assert [(r["page"], r["headline"]) for r in rows] == [(3, "我国制造业增加值 占全球比重约三成"), (4, "秋季招聘会周末举行")]
    assert rows[0]["source"] == "据新华社电"


def test_show_says_a_pdf_pages_lines_are_its_text_layer_not_a_scan(tmp_path, capsys):
    from baoku.cli import main

    pdf = make_pdf(tmp_path / "泉州晚报_2024-09-11_第3版.pdf", [["秋季招聘会周末举行", "这是正文,内容完整。"]])
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(pdf)]) == 0
    capsys.readouterr()
    assert main(["--archive", str(db), "show", "1"]) == 0
    shown = capsys.readouterr().out
    assert "text layer" in shown and "扫描版面" not in shown and "OCR" not in shown


def test_encrypted_and_blank_image_only_pdfs_are_refused(tmp_path, archive):
    enc = make_pdf(tmp_path / "泉州晚报_2024-09-11_第1版.pdf", [["标题", "正文。"]], encrypt=True)
    empty = make_pdf(tmp_path / "泉州晚报_2024-09-12_第1版.pdf", [[]])
    broken = tmp_path / "泉州晚报_2024-09-13_第1版.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF garbage")
    report = import_paths(archive, [enc, empty, broken])
    messages = [o.message for o in report.outcomes]
    assert all(o.status == FAILED for o in report.outcomes)
    assert "encrypted" in messages[0]
    assert "blank (no ink on the image)" in messages[1]  # no text layer, and no ink on it: refused unread
    assert "PDF" in messages[2]
    assert archive.stats()["articles"] == 0
