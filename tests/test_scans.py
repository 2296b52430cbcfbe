"""Scanned pages: page images and image-only PDFs read by OCR (rapidocr, models inside the wheel),
laid out into articles by the page-text rules, the image kept beside the archive with each line's
box and confidence; backup, restore and check cover the images."""

from __future__ import annotations

import io
import json
import shutil

import pytest

from baoku.cli import main
from baoku.core.importing.run import import_paths
from baoku.core.store import Archive
from baoku.core.store import images

from .scanpage import render

STORIES = [
    {"headline": "金秋稻谷飘香农民收割正忙", "byline": "本报记者 吴海涛",
     "paragraphs": ["本报讯 10月11日，农民在永春县桃城镇的稻田里驾驶收割机收割稻谷。金秋时节，我市各地晚稻陆续进入"
                    "收割期，田间地头一派丰收景象。",
                    "据了解，今年全市晚稻种植面积达到二十万亩，预计总产量比去年增长百分之五。农业部门组织农机手开展跨区"
                    "作业，确保颗粒归仓。"]},
    {"headline": "全市重点项目完成投资超千亿元", "byline": "",
     "paragraphs": ["本报讯（记者 黄志明）记者从市发改委获悉，今年前三季度，全市三百八十七个重点项目累计完成投资一千零"
                    "二十六亿元，占年度计划的八成以上。"]},
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """One two-column page image, imported once for the tests below."""
    folder = tmp_path_factory.mktemp("scan")
    page = folder / "闽南日报_2024-10-12_A07_视觉.png"
    page.write_bytes(render(STORIES))
    db = folder / "a.db"
    with Archive(db) as archive:
        report = import_paths(archive, [page])
    assert report.ok, report.outcomes[0].message
    return db, page, report


def test_a_page_image_becomes_its_articles(scanned):
    db, _, report = scanned
    assert any("read by OCR" in w for w in report.outcomes[0].warnings)
    with Archive(db) as archive:
        arts = [archive.article(i) for i in archive.article_ids()]
    assert [r.article.headline for r in arts] == ["金秋稻谷飘香农民收割正忙", "全市重点项目完成投资超千亿元"]
    first = arts[0].article
    assert [(c.name, c.role) for c in first.contributors] == [("吴海涛", "记者")]  # the space the OCR lost, back
    body = first.paragraphs
    assert len(body) == 2 and "田间地头一派丰收景象" in body[0]  # joined across the column's foot
    assert arts[0].section == "A" and arts[0].page_number == 7


def test_every_line_keeps_its_box_confidence_and_article(scanned):
    db, _, _ = scanned
    with Archive(db) as archive:
        ids = archive.article_ids()
        page_id = archive.article(ids[0]).page_id
        lines = archive.scan_lines(page_id=page_id)
        scan = archive.page_scan(page_id)
        region = archive.article_scan(ids[0])
        text = "".join(archive.article(ids[0]).article.text().split())
    assert scan["width"] == 1400 and scan["mime"] == "image/png"
    assert lines and all(ln["article_id"] in ids and 0 < ln["confidence"] <= 1 for ln in lines)
    assert all(ln["chars"] and len(ln["chars"][0][1]) == 4 for ln in lines)  # each character's box
    mine = [ln for ln in lines if ln["article_id"] == ids[0]]
    assert "".join(ln["text"] for ln in mine).replace(" ", "") == text
    x0, y0, x1, y1 = region["region"]
    assert all(x0 <= ln["x0"] and ln["x1"] <= x1 and y0 <= ln["y0"] and ln["y1"] <= y1 for ln in mine)
    assert region["lines"] == len(mine)


def test_the_page_image_is_kept_once_and_checked_backed_up_and_restored(scanned, tmp_path, capsys):
    db, page, _ = scanned
    work = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.copy_to(work)
    shutil.copytree(images.folder(db), images.folder(work))
    with Archive(work) as archive:
        scan = archive.page_scan(archive.article(archive.article_ids()[0]).page_id)
    kept = images.path_of(images.folder(work), scan["sha256"], scan["mime"])
    assert kept.read_bytes() == page.read_bytes()  # the original file, whole
    assert main(["--archive", str(work), "check"]) == 0
    assert main(["--archive", str(work), "backup", str(tmp_path / "bk.db")]) == 0
    assert images.path_of(images.folder(tmp_path / "bk.db"), scan["sha256"], scan["mime"]).read_bytes() == page.read_bytes()
    kept.write_bytes(kept.read_bytes()[:-10])  # damaged
    capsys.readouterr()
    assert main(["--archive", str(work), "check"]) == 1
    assert "is damaged" in capsys.readouterr().out
    kept.unlink()  # missing
    assert main(["--archive", str(work), "check"]) == 1
    assert "is missing" in capsys.readouterr().out
    assert main(["--archive", str(work), "restore", str(tmp_path / "bk.db"), "--force"]) == 0
    assert kept.read_bytes() == page.read_bytes()  # restore brings the image back
    assert main(["--archive", str(work), "check"]) == 0


def test_uncertain_lines_are_marked_and_counted(tmp_path, capsys):
    import datetime as dt

    from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, PageScan, ParsedIssue, \
        ParsedPage, ScanLine

    art = Article(blocks=[Block(HEADLINE, "标题"), Block(PARAGRAPH, "一行看得清。一行看不清。")], headline="标题")
    scan = PageScan(b"\x89PNG fake", "image/png", 0, 100, 100, [
        ScanLine("标题", (0, 0, 50, 10), 0.99, article=0), ScanLine("一行看得清。", (0, 20, 80, 30), 0.97, article=0),
        ScanLine("一行看不清。", (0, 40, 80, 50), 0.41, article=0)])
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.save_issue(ParsedIssue(IssueInfo("测试报", dt.date(2024, 1, 2)),
                                       [ParsedPage(PageInfo(1), [art], scan=scan)], source="t", source_hash="t",
                                       importer="scan"))
        assert archive.article_scan(1)["uncertain"] == 1
    capsys.readouterr()
    assert main(["--archive", str(db), "show", "1"]) == 0
    out = capsys.readouterr().out
    assert "低置信度 1 line below 80% confidence" in out and "41%  一行看不清。" in out
    assert main(["--archive", str(db), "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["scan"]
    assert shown["uncertain"] == 1 and [ln["uncertain"] for ln in shown["lines"]] == [False, False, True]


def test_a_multi_page_tiff_and_an_image_only_pdf(tmp_path):
    from PIL import Image

    one = Image.open(io.BytesIO(render(STORIES[:1], columns=1, width=1000)))
    two = Image.open(io.BytesIO(render(STORIES[1:], columns=1, width=1000)))
    tiff = tmp_path / "闽南日报_2024-10-13_第3版.tif"
    one.save(tiff, save_all=True, append_images=[two])
    pdf = tmp_path / "闽南日报_2024-10-14_第1版.pdf"
    two.convert("RGB").save(pdf, resolution=150)  # no text layer: a scan
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [tiff, pdf])
        assert report.ok, [o.message for o in report.outcomes]
        pages = {(p["number"], p["issue_id"]) for p in archive.pages()}
        heads = sorted(archive.article(i).article.headline for i in archive.article_ids())
    assert len(pages) == 3  # the TIFF's two pages (3 and 4) and the PDF's
    assert heads == sorted([STORIES[0]["headline"], STORIES[1]["headline"], STORIES[1]["headline"]])


def test_images_in_a_folder_are_pages_only_when_named_as_pages(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "photo.png").write_bytes(render(STORIES[1:], columns=1, width=800))  # a feed's photo: left alone
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [folder])
        assert not report.outcomes and not archive.article_ids()


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims a size (its pixels are never there): what a decompression bomb looks like
    to a reader before it decodes."""
    import struct
    import zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = lambda kind, body: (struct.pack(">I", len(body)) + kind + body  # noqa: E731
                                + struct.pack(">I", zlib.crc32(kind + body)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def test_bad_images_get_one_clear_line_each_and_the_archive_is_unchanged(tmp_path):
    from PIL import Image

    good = render(STORIES[1:], columns=1, width=800)
    folder = tmp_path / "in"
    folder.mkdir()
    cases = {
        "报_2024-01-01_1.png": (_png_header(40000, 40000), "decompression bomb"),
        "报_2024-01-02_1.png": (good[: len(good) // 2], "damaged"),
        "报_2024-01-03_1.png": (b"", "the file is empty"),
        "报_2024-01-04_1.png": ("这不是图片".encode() * 50, "not an image"),
        "报_2024-01-05_1.png": (_png_header(1, 100000), "1×100000 pixels"),
        "报_2024-01-06_1.jpg": (good[:200], "damaged"),
    }
    strip = io.BytesIO()
    Image.new("L", (300, 9000), 255).save(strip, format="PNG")
    cases["报_2024-01-07_1.png"] = (strip.getvalue(), "too small or too narrow")
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        before = archive.stats()
        report = import_paths(archive, [folder])
        assert archive.stats() == before
    got = {o.name.rsplit("/", 1)[-1]: o for o in report.outcomes}
    for name, (_, says) in cases.items():
        o = got[name]
        assert o.status == "failed" and says in o.message and "\n" not in o.message, (name, o.message)
        assert not o.warnings  # no traceback: these are bad files, not bugs
    assert not images.folder(db).exists() or not any(images.folder(db).rglob("*.*"))


def test_an_image_named_as_another_kind_is_read_for_what_it_is(tmp_path):
    from PIL import Image

    jpeg = io.BytesIO()
    Image.open(io.BytesIO(render(STORIES[1:], columns=1, width=900))).convert("RGB").save(jpeg, format="JPEG")
    page = tmp_path / "闽南日报_2024-10-15_第2版.png"  # JPEG bytes under a PNG name
    page.write_bytes(jpeg.getvalue())
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [page])
        assert report.ok, report.outcomes[0].message
        assert archive.article(archive.article_ids()[0]).article.headline == STORIES[1]["headline"]
        scan = archive.page_scan(archive.article(archive.article_ids()[0]).page_id)
    assert scan["mime"] == "image/jpeg"  # filed by what it is, so a viewer opens it


def test_ocr_reports_each_page_and_a_cancel_between_pages_stores_nothing(tmp_path):
    from PIL import Image

    one = Image.open(io.BytesIO(render(STORIES[:1], columns=1, width=900)))
    two = Image.open(io.BytesIO(render(STORIES[1:], columns=1, width=900)))
    tiff = tmp_path / "闽南日报_2024-10-13_第3版.tif"
    one.save(tiff, save_all=True, append_images=[two])
    heard = []

    def pages(name, done, total):
        heard.append((name.rsplit("/", 1)[-1], done, total))

    with Archive(tmp_path / "a.db") as archive:
        before = archive.stats()
        report = import_paths(archive, [tiff], pages=pages, cancelled=lambda: len(heard) >= 2, all_or_nothing=True)
        assert report.cancelled and report.rolled_back
        assert archive.stats() == before and not archive.article_ids()
    assert heard == [(tiff.name, 0, 2), (tiff.name, 1, 2)]  # stopped after the first page
    assert not images.folder(tmp_path / "a.db").exists() or not any(images.folder(tmp_path / "a.db").rglob("*.*"))


def test_the_metadata_panel_says_how_many_lines_need_checking(qtbot, tmp_path):
    import dataclasses

    from baoku.gui.metadata import MetadataPanel

    page = tmp_path / "闽南日报_2024-10-16_第2版.png"
    page.write_bytes(render(STORIES[1:], columns=1, width=900))
    with Archive(tmp_path / "a.db") as archive:
        assert import_paths(archive, [page]).ok
        record = archive.article(archive.article_ids()[0])
    assert record.scan and record.scan["lines"] >= 3
    panel = MetadataPanel()
    qtbot.addWidget(panel)
    panel.show_record(dataclasses.replace(record, scan=dict(record.scan, uncertain=0)))
    assert f"扫描识别：{record.scan['lines']} 行" in panel.where.text() and "置信度" not in panel.where.text()
    panel.show_record(dataclasses.replace(record, scan=dict(record.scan, uncertain=2)))
    assert "其中 2 行置信度低于 80%，请核对" in panel.where.text()


THREE = STORIES + [
    {"headline": "晋江举办民营企业创新论坛", "byline": "记者 许文哲 通讯员 陈丽",
     "paragraphs": ["本报讯 11月5日，晋江市举办民营企业创新发展论坛，来自全市的两百余家企业代表参加。论坛围绕"
                    "科技创新、品牌建设和人才培养等议题展开交流。",
                    "与会代表认为，民营企业要坚持创新驱动，加大研发投入，推动传统产业转型升级。"]},
]


# The three-column noisy page is read live: one import of a scan through the OCR's workers in
# this module (the others take their pages' kept readings, tests/importocr.py).
@pytest.mark.parametrize("columns,width,noise", [(1, 1000, False), pytest.param(3, 1900, True, marks=pytest.mark.live_ocr)],
                         ids=["one-column", "three-noisy"])
def test_rendered_layouts_read_with_99_percent_of_han_right_and_split_as_laid_out(tmp_path, columns, width, noise):
    from .scanpage import han, han_errors

    page = tmp_path / "闽南日报_2024-10-20_第4版.png"
    page.write_bytes(render(THREE, columns=columns, width=width, noise=noise))
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [page])
        assert report.ok, report.outcomes[0].message
        recs = [archive.article(i) for i in archive.article_ids()]
    assert [r.article.headline for r in recs] == [s["headline"] for s in THREE]  # one article per story
    for rec, story in zip(recs, THREE):
        truth = story["headline"] + story["byline"] + "".join(story["paragraphs"])
        got = rec.article.text()  # the headline, byline and body, as stored
        assert han_errors(truth, got) <= 0.01 * len(han(truth)), (han(truth), han(got))


def test_an_image_only_pdf_of_a_page_gives_the_same_articles_as_the_image(tmp_path):
    import unicodedata

    from PIL import Image

    from baoku.core.importing.scan import PDF_DPI

    png = render(STORIES)
    (tmp_path / "img").mkdir()
    (tmp_path / "pdf").mkdir()
    (tmp_path / "img" / "闽南日报_2024-10-21_第1版.png").write_bytes(png)
    Image.open(io.BytesIO(png)).convert("RGB").save(tmp_path / "pdf" / "闽南日报_2024-10-21_第1版.pdf",
                                                   resolution=PDF_DPI)
    got = []
    for kind in ("img", "pdf"):
        with Archive(tmp_path / f"{kind}.db") as archive:
            assert import_paths(archive, [tmp_path / kind]).ok
            # The text compared with full- and half-width forms folded: re-rasterised, the same glyph
            # is read as （ once and ( the next time; the split, heads and people must be the same.
            got.append([(r.article.headline, unicodedata.normalize("NFKC", r.article.text()),
                         [(c.name, c.role) for c in r.article.contributors])
                        for r in map(archive.article, archive.article_ids())])
            mime = archive.page_scan(archive.article(archive.article_ids()[0]).page_id)["mime"]
            assert mime == {"img": "image/png", "pdf": "application/pdf"}[kind]
    assert got[0] == got[1] and len(got[0]) == 2


def test_show_page_image_outlines_the_article_and_boxes_each_hit_on_its_characters(scanned, tmp_path, capsys):
    from PIL import Image

    from baoku.core.pageimage import hit_boxes

    db = scanned[0]
    with Archive(db) as archive:
        first = archive.article_ids()[0]
        page_id = archive.article(first).page_id
        lines = archive.scan_lines(page_id=page_id)
        region = archive.article_scan(first)["region"]
    hits = hit_boxes(lines, "农民")
    # Against the stored boxes: each hit's box is the union of its own two characters' boxes.
    expected = []
    for ln in lines:
        squeezed = [c for c in ln["chars"]]
        for k in range(len(squeezed) - 1):
            if squeezed[k][0] + squeezed[k + 1][0] == "农民":
                a, b = squeezed[k][1], squeezed[k + 1][1]
                expected.append((min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])))
    assert expected and [h.boxes[0] for h in hits] == expected and all(h.text == "农民" for h in hits)
    assert all(h.article_id == first for h in hits)
    out = tmp_path / "page.png"
    assert main(["--archive", str(db), "show", str(first), "--page-image", str(out), "-q", "农民"]) == 0
    assert f"{len(hits)} hit" in capsys.readouterr().out
    image = Image.open(out).convert("RGB")
    assert image.size == (1400, Image.open(io.BytesIO(render(STORIES))).height)
    x0, y0, x1, y1 = hits[0].boxes[0]
    r, g, b = image.getpixel(((x0 + x1) // 2, y0 + 1))  # inside the hit, off the glyph: tinted yellow
    assert r > 200 and g > 150 and b < 160
    assert image.getpixel((region[0] - 6, (region[1] + region[3]) // 2))[:3] == (220, 0, 0)  # the outline
    assert main(["--archive", str(db), "show", str(first), "--page-image", str(tmp_path / "two.png")]) == 0


def text_archive(tmp_path):
    """An archive of one page imported as text: no image, no OCR lines."""
    text = tmp_path / "报_2024-01-02_1.txt"
    text.write_text("标题一行\n\n正文第一段，说明了情况。\n", encoding="utf-8")
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        import_paths(archive, [text])
    return db


def test_show_page_image_of_a_text_article_is_one_clear_line(tmp_path, capsys):
    db = text_archive(tmp_path)
    capsys.readouterr()
    assert main(["--archive", str(db), "show", "1", "--page-image", str(tmp_path / "p.png")]) != 0
    assert "has no page image" in capsys.readouterr().err and not (tmp_path / "p.png").exists()


def test_blank_pages_are_skipped_unread_and_a_file_of_blank_pages_is_refused_at_once(tmp_path, monkeypatch):
    """A page with no ink is known blank from its image before OCR: a 30-page blank PDF is refused in
    seconds (it took 38 s to read every page for nothing), a blank page among others is skipped."""
    import time

    from PIL import Image, ImageDraw

    import baoku.core.ocr.engine as engine
    from baoku.core.ocr.ink import blank

    paper = [Image.new("L", (1240, 1754), 236) for _ in range(30)]
    for k, page in enumerate(paper):  # paper is not white: grain, a fold, a scanner's faint specks
        draw = ImageDraw.Draw(page)
        for x in range(0, 1240, 7):
            draw.point((x, (x * 13 + k) % 1754), fill=222)
        draw.line((0, 900, 1240, 905), fill=214)
    assert all(blank(p) for p in paper)
    assert not blank(Image.open(io.BytesIO(render(STORIES[:1], columns=1, width=1000))))
    pdf = tmp_path / "闽南日报_2024-10-14_第1版.pdf"
    paper[0].convert("RGB").save(pdf, save_all=True, append_images=[p.convert("RGB") for p in paper[1:]],
                                 resolution=150)
    png = tmp_path / "闽南日报_2024-10-15_第1版.png"
    paper[1].save(png)
    read = []
    monkeypatch.setattr(engine, "recognise_all", lambda data: read.append(data) or pytest.fail("a blank page was read"))
    with Archive(tmp_path / "a.db") as archive:
        started = time.monotonic()
        report = import_paths(archive, [pdf, png])
        took = time.monotonic() - started
        assert [o.status for o in report.outcomes] == ["failed", "failed"] and not archive.article_ids()
    assert "all 30 pages are blank (no ink on the image)" in report.outcomes[0].message
    assert "its page is blank (no ink on the image)" in report.outcomes[1].message
    assert took < 30 and not read


def test_a_blank_page_among_printed_ones_is_skipped_and_said(tmp_path):
    from PIL import Image

    printed = Image.open(io.BytesIO(render(STORIES[:1], columns=1, width=1000)))
    tiff = tmp_path / "闽南日报_2024-10-13_第3版.tif"
    printed.save(tiff, save_all=True, append_images=[Image.new("L", printed.size, 245)])
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [tiff])
        assert report.ok and [p["number"] for p in archive.pages()] == [3]
    assert any("1 blank page(s) with no ink skipped unread (page 4)" in w for w in report.outcomes[0].warnings)


def test_a_page_where_ocr_read_no_word_is_refused_without_laying_it_out(tmp_path, monkeypatch):
    """A page holding only a black box (a photo's dark mass, a separator sheet) is read by OCR as a
    ■ or two: no word, so nothing to lay out. Its one "line" is the box, which made the body type
    thousands of pixels tall, and the layout's rule finder then opened the image with kernels of
    that length: 20-40 s before the page was said to hold no text."""
    from PIL import Image, ImageDraw

    import baoku.core.layout as layout

    page = Image.new("L", (620, 877), 250)
    ImageDraw.Draw(page).rectangle((75, 75, 400, 600), fill=0)
    png = tmp_path / "闽南日报_2024-10-16_第1版.png"
    page.save(png)
    monkeypatch.setattr(layout, "analyse", lambda *a, **k: pytest.fail("a page without a word was laid out"))
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [png])
        assert [o.status for o in report.outcomes] == ["failed"] and not archive.article_ids()
    assert "no text was found on the page image" in report.outcomes[0].message
