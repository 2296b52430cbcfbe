"""METS/ALTO: a page Baoku writes as ALTO reads back to the same text, boxes and articles, and an
NDNP-style batch written by hand (issue METS with a logical structMap, page ALTO in inch1200
units, a page image) imports with its text and boxes in the image's pixels."""

from __future__ import annotations

import pytest

import io
import json

from defusedxml import ElementTree as DET

from baoku.cli import main
from baoku.core.importing.alto import read_alto
from baoku.core.importing.run import import_paths
from baoku.core.store import Archive

from .test_scans import scanned, text_archive  # noqa: F401 - scanned: the imported page, shared


def _articles(archive: Archive) -> list[tuple[str, str]]:
    return [(r.article.headline, r.article.text()) for r in map(archive.article, archive.article_ids())]


def test_an_alto_export_reads_back_exactly_and_imports_as_the_same_page(scanned, tmp_path, capsys):
    db = scanned[0]
    with Archive(db) as archive:
        page_id = archive.article(archive.article_ids()[0]).page_id
    out = tmp_path / "out" / "page7.xml"
    out.parent.mkdir()
    assert main(["--archive", str(db), "export", "--alto", str(page_id), "-o", str(out)]) == 0
    assert "ALTO 4" in capsys.readouterr().out
    with Archive(db) as archive:
        stored = archive.scan_lines(page_id=page_id)
        scan = archive.page_scan(page_id)
        before = _articles(archive)
    alto = read_alto(DET.fromstring(out.read_bytes()), out.name)
    lines = [ln for b in alto.blocks for ln in b.lines]
    assert (alto.width, alto.height) == (scan["width"], scan["height"])
    assert [ln.text for ln in lines] == [ln["text"] for ln in stored]  # the same text, line by line
    assert [ln.box for ln in lines] == [tuple(ln["box"]) for ln in stored]  # the same boxes
    assert [[[c.text, list(c.box), c.confidence] for c in ln.chars] for ln in lines] == \
        [[[t, b, p] for t, b, p in ln["chars"]] for ln in stored]  # and every character's box
    assert json.loads(out.with_suffix(".json").read_text())["page"] == 7
    assert out.with_suffix(".png").read_bytes()  # the image beside it
    with Archive(tmp_path / "b.db") as again:
        report = import_paths(again, [out.parent])  # the folder: ALTO, image and sidecar, one page
        assert report.ok and len(report.outcomes) == 1, [o.message for o in report.outcomes]
        assert _articles(again) == before
        new_page = again.article(again.article_ids()[0]).page_id
        assert [(ln["text"], ln["box"]) for ln in again.scan_lines(page_id=new_page)] == \
            [(ln["text"], ln["box"]) for ln in stored]
        assert again.page_scan(new_page)["sha256"] == scan["sha256"]  # the same image, kept


def test_export_alto_of_a_page_without_ocr_lines_is_one_clear_line(tmp_path, capsys):
    db = text_archive(tmp_path)
    with Archive(db) as archive:
        page_id = archive.pages()[0]["id"]
    capsys.readouterr()
    assert main(["--archive", str(db), "export", "--alto", str(page_id), "-o", str(tmp_path / "p.xml")]) != 0
    assert "has no OCR lines" in capsys.readouterr().err
    assert not (tmp_path / "p.xml").exists()


# -- a batch in the NDNP style, written by hand ------------------------------------------------------

# Body lines set full to the column's width (16 characters), as a page is.
LINES_1 = ["农民丰收节在全市举行", "本报讯 昨天，农民丰收节在全市各", "地隆重举行，田间地头一派丰收景象", "，处处洋溢着喜悦。"]
LINES_2 = ["全市重点项目进展顺利", "本报讯 前三季度，全市重点项目累", "计完成投资一千零二十六亿元，占年", "度计划的八成以上。"]


def _alto_by_hand() -> str:
    """An ALTO 2 page as other OCR suites write it: inch1200 units, words as Strings, SP between
    them, one TextBlock per paragraph, no article tags (the METS says which blocks are which)."""
    def line(n, y, text, big=False):
        h = 300 if big else 150
        words, x, out = text.split(" "), 600, []
        for k, w in enumerate(words):
            if k:
                out.append(f'<SP WIDTH="60" HPOS="{x}" VPOS="{y}"/>')
                x += 60
            out.append(f'<String CONTENT="{w}" HPOS="{x}" VPOS="{y}" WIDTH="{len(w) * h}" HEIGHT="{h}" WC="0.93"/>')
            x += len(w) * h
        return f'<TextLine ID="L{n}" HPOS="600" VPOS="{y}" WIDTH="{x - 600}" HEIGHT="{h}">{"".join(out)}</TextLine>'

    blocks, y, n = [], 600, 0
    for b, lines in enumerate([LINES_1, LINES_2]):
        head = line(n := n + 1, y, lines[0], big=True)
        blocks.append(f'<TextBlock ID="P1_TB{2 * b + 1}">{head}</TextBlock>')
        y += 450
        body = "".join(line(n := n + 1, y + 220 * k, t) for k, t in enumerate(lines[1:]))
        blocks.append(f'<TextBlock ID="P1_TB{2 * b + 2}">{body}</TextBlock>')
        y += 220 * len(lines) + 300
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">'
            '<Description><MeasurementUnit>inch1200</MeasurementUnit>'
            '<sourceImageInformation><fileName>0001.tif</fileName></sourceImageInformation></Description>'
            '<Layout><Page ID="P1" PHYSICAL_IMG_NR="1" HEIGHT="14400" WIDTH="9600">'
            f'<PrintSpace HPOS="0" VPOS="0" WIDTH="9600" HEIGHT="14400">{"".join(blocks)}</PrintSpace>'
            '</Page></Layout></alto>')


METS = """<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3"
           xmlns:xlink="http://www.w3.org/1999/xlink" TYPE="urn:library-of-congress:ndnp:mets:newspaper:issue">
 <mets:dmdSec ID="issueModsBib"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods>
  <mods:relatedItem type="host"><mods:titleInfo><mods:title>晋江日报</mods:title></mods:titleInfo></mods:relatedItem>
  <mods:originInfo><mods:dateIssued encoding="iso8601">1998-05-04</mods:dateIssued></mods:originInfo>
 </mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>
 <mets:dmdSec ID="pageModsBib1"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods><mods:part>
  <mods:extent unit="pages"><mods:start>1</mods:start></mods:extent>
  <mods:detail type="page number"><mods:number>3</mods:number></mods:detail>
 </mods:part></mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>
 <mets:fileSec>
  <mets:fileGrp ID="pageFileGrp1">
   <mets:file ID="masterFile1" USE="master"><mets:FLocat LOCTYPE="OTHER" xlink:href="./0001.tif"/></mets:file>
   <mets:file ID="ocrFile1" USE="ocr"><mets:FLocat LOCTYPE="OTHER" xlink:href="./0001.xml"/></mets:file>
  </mets:fileGrp>
 </mets:fileSec>
 <mets:structMap xmlns:np="urn:library-of-congress:ndnp:mets:newspaper">
  <mets:div TYPE="np:issue" DMDID="issueModsBib">
   <mets:div TYPE="np:page" DMDID="pageModsBib1">
    <mets:fptr FILEID="masterFile1"/><mets:fptr FILEID="ocrFile1"/>
   </mets:div>
  </mets:div>
 </mets:structMap>
 <mets:structMap TYPE="LOGICAL">
  <mets:div TYPE="ISSUE">
   <mets:div TYPE="ARTICLE" ID="ART1">
    <mets:div TYPE="HEADING"><mets:fptr><mets:area FILEID="ocrFile1" BEGIN="P1_TB1" BETYPE="IDREF"/></mets:fptr></mets:div>
    <mets:div TYPE="BODY"><mets:fptr><mets:area FILEID="ocrFile1" BEGIN="P1_TB2" BETYPE="IDREF"/></mets:fptr></mets:div>
   </mets:div>
   <mets:div TYPE="ARTICLE" ID="ART2">
    <mets:fptr><mets:area FILEID="ocrFile1" BEGIN="P1_TB3" BETYPE="IDREF"/></mets:fptr>
    <mets:fptr><mets:area FILEID="ocrFile1" BEGIN="P1_TB4" BETYPE="IDREF"/></mets:fptr>
   </mets:div>
  </mets:div>
 </mets:structMap>
</mets:mets>
"""


def test_an_ndnp_style_batch_imports_with_text_boxes_articles_and_image(tmp_path):
    from PIL import Image

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "issue.xml").write_text(METS, encoding="utf-8")
    (batch / "0001.xml").write_text(_alto_by_hand(), encoding="utf-8")
    tif = io.BytesIO()
    Image.new("L", (2400, 3600), 255).save(tif, format="TIFF")  # 300 dpi: a quarter of inch1200
    (batch / "0001.tif").write_bytes(tif.getvalue())
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [batch])
        assert report.ok and len(report.outcomes) == 1, [(o.name, o.message) for o in report.outcomes]
        recs = [archive.article(i) for i in archive.article_ids()]
        assert [(r.publication, str(r.date), r.page_number) for r in recs] == [("晋江日报", "1998-05-04", 3)] * 2
        assert [r.article.headline for r in recs] == [LINES_1[0], LINES_2[0]]
        assert "田间地头一派丰收景象" in recs[0].article.text()
        assert recs[0].article.source == "本报讯" and "隆重举行，田间地头一派丰收景象，处处" in recs[0].article.text()
        lines = archive.scan_lines(page_id=recs[0].page_id)
        scan = archive.page_scan(recs[0].page_id)
    assert (scan["width"], scan["height"], scan["mime"]) == (2400, 3600, "image/tiff")
    head = lines[0]
    assert head["text"] == LINES_1[0] and head["box"] == (150, 150, 150 + 10 * 75, 150 + 75)  # inch1200 → pixels
    assert [ln["article_id"] for ln in lines] == [recs[0].id] * 4 + [recs[1].id] * 4
    assert all(abs(ln["confidence"] - 0.93) < 1e-6 for ln in lines)


def test_a_plain_alto_page_is_laid_out_like_an_ocr_page(tmp_path):
    alto = tmp_path / "晋江日报_1998-05-04_第2版.xml"
    alto.write_text(_alto_by_hand(), encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [alto])
        assert report.ok, report.outcomes[0].message
        assert any("0001.tif is not beside it" in w for w in report.outcomes[0].warnings)
        heads = [archive.article(i).article.headline for i in archive.article_ids()]
        page = archive.pages()[0]
        assert archive.page_scan(page["id"])["sha256"] == ""  # no image: text and boxes kept all the same
        assert len(archive.scan_lines(page_id=page["id"])) == 8
    assert heads == [LINES_1[0], LINES_2[0]]
    assert main(["--archive", str(tmp_path / "a.db"), "check"]) == 0


def test_alto_with_a_dtd_is_refused(tmp_path):
    bad = tmp_path / "报_2024-01-02_1.xml"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY x "y">]><alto><Layout/></alto>', encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [bad])
        assert not report.ok and "refused" in report.outcomes[0].message and not archive.article_ids()


@pytest.mark.parametrize("value", ["NaN", "inf", "-inf", "-250", "1e309", "1e12", "abc"])
def test_alto_with_non_finite_or_absurd_coordinates_keeps_its_text_and_says_what_it_mended(tmp_path, value):
    page = _alto_by_hand()
    bad = page.replace('HPOS="600" VPOS="600"', f'HPOS="{value}" VPOS="600"', 1)
    bad = bad.replace('WIDTH="9600"', f'WIDTH="{value}"', 1).replace('WC="0.93"', f'WC="{value}"', 1)
    assert bad.count(value) >= 3
    alto = tmp_path / "晋江日报_1998-05-04_第2版.xml"
    alto.write_text(bad, encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [alto])
        outcome = report.outcomes[0]
        assert report.ok, outcome.message
        assert any("coordinate(s) were not finite numbers within the page" in w for w in outcome.warnings)
        text = "".join(archive.article(i).article.text() for i in archive.article_ids()).replace("\n", "")
        lines = archive.scan_lines(page_id=archive.pages()[0]["id"])
    assert len(lines) == 8 and all(0 <= v <= 2_000_000 for ln in lines for v in ln["box"])
    for line in LINES_1 + LINES_2:  # every word kept, whatever the mended boxes do to the layout
        assert all(word in text for word in line.split(" ")), line
