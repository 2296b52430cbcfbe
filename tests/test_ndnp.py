"""NDNP batches as libraries ship them (issue 31): an issue METS whose master TIFF is not there but
whose JPEG 2000 is, a bare .jp2 page, ALTO with SP and HYP, the METS title, edition, volume and
number, the LCCN as the title's identifier, and a whole batch folder, resumable.

Written here in the shapes of the public fixture batches (open-oni/sample-data), which
bench/conformance.py runs as they are."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from baoku.core.importing import mets
from baoku.core.importing.run import DUPLICATE, FAILED, IMPORTED, SKIPPED, count_sources, import_paths
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def alto(lines: list[str], page: str = "P1") -> str:
    """An ALTO 2 page as NDNP's OCR writes it: inch1200 units, one TextBlock, words as Strings.
    In `lines`, "|" is an SP, "~" ends a line with a HYP, and "+" joins two Strings with no SP
    between them (writers that leave SP out)."""
    out, y = [], 600
    for n, text in enumerate(lines, 1):
        parts, x = [], 600
        hyp = text.endswith("~")
        for k, word in enumerate(text.rstrip("~").split("|")):
            if k:
                parts.append(f'<SP WIDTH="40" HPOS="{x}" VPOS="{y}"/>')
                x += 40
            for piece in word.split("+"):
                parts.append(f'<String CONTENT="{piece}" HPOS="{x}" VPOS="{y}" WIDTH="{60 * len(piece)}" '
                             f'HEIGHT="100" WC="0.9"/>')
                x += 60 * len(piece)
        if hyp:
            parts.append(f'<HYP CONTENT="-" HPOS="{x}" VPOS="{y}" WIDTH="40"/>')
        out.append(f'<TextLine HPOS="600" VPOS="{y}" WIDTH="6000" HEIGHT="100">{"".join(parts)}</TextLine>')
        y += 160
    return ('<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://schema.ccs-gmbh.com/ALTO">'
            '<Description><MeasurementUnit>inch1200</MeasurementUnit></Description>'
            f'<Layout><Page ID="{page}" HEIGHT="14400" WIDTH="9600"><PrintSpace>'
            f'<TextBlock ID="{page}_TB1">{"".join(out)}</TextBlock></PrintSpace></Page></Layout></alto>')


LINES = ["PARK|CITY|NEWS", "The|mine|at|Park|City+,|Utah|.|closed|on", "Monday|,|and|the|construc~",
         "tion|of|the|new|road|will|wait|till|spring|.", "The|miners|(|all|of|them|)|left+town."]


def issue_mets(date: str, files: str, label: str = "The Park Record, {date}", lccn: str = "sn85058233",
               details: str = "") -> str:
    label = label.format(date=date)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mets TYPE="urn:library-of-congress:ndnp:mets:newspaper:issue" LABEL="{label}"
      xmlns="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink">
 <dmdSec ID="issueModsBib"><mdWrap MDTYPE="MODS"><xmlData><mods:mods>
  <mods:relatedItem type="host"><mods:identifier type="lccn">{lccn}</mods:identifier>
   <mods:part>{details}<mods:detail type="edition"><mods:number>1</mods:number></mods:detail></mods:part>
  </mods:relatedItem>
  <mods:originInfo><mods:dateIssued encoding="iso8601">{date}</mods:dateIssued></mods:originInfo>
 </mods:mods></xmlData></mdWrap></dmdSec>
 <dmdSec ID="pageModsBib1"><mdWrap MDTYPE="MODS"><xmlData><mods:mods><mods:part>
  <mods:extent unit="pages"><mods:start>1</mods:start></mods:extent></mods:part></mods:mods></xmlData></mdWrap></dmdSec>
 <fileSec><fileGrp ID="pageFileGrp1">
  <file ID="masterFile1" USE="master"><FLocat LOCTYPE="OTHER" xlink:href="./0001.tif"/></file>
  <file ID="serviceFile1" USE="service"><FLocat LOCTYPE="OTHER" xlink:href="./0001.jp2"/></file>
  <file ID="otherDerivativeFile1" USE="derivative"><FLocat LOCTYPE="OTHER" xlink:href="./0001.pdf"/></file>
  <file ID="ocrFile1" USE="ocr"><FLocat LOCTYPE="OTHER" xlink:href="./0001.xml"/></file>
 </fileGrp></fileSec>
 <structMap><div TYPE="np:issue" DMDID="issueModsBib"><div TYPE="np:page" DMDID="pageModsBib1">
  <fptr FILEID="masterFile1"/><fptr FILEID="serviceFile1"/><fptr FILEID="otherDerivativeFile1"/>
  <fptr FILEID="ocrFile1"/></div></div></structMap>
</mets>""" if files else ""


def jp2(size=(2400, 3600)) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 255).save(buf, format="JPEG2000")  # 300 dpi: a quarter of inch1200
    return buf.getvalue()


def write_issue(folder: Path, date: str, image: bool = True, **kw) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{date.replace('-', '')}01.xml").write_text(issue_mets(date, "yes", **kw), encoding="utf-8")
    day = date[-2:]  # each issue its own page: the same page under two dates is a mistaken import
    (folder / "0001.xml").write_text(alto([f"{LINES[0]}|OF|MARCH|{day}"] + LINES[1:]), encoding="utf-8")
    if image:
        (folder / "0001.jp2").write_bytes(jp2())
    return folder / f"{date.replace('-', '')}01.xml"


def _texts(archive: Archive) -> str:
    return "\n".join(archive.article(i).article.text() for i in archive.article_ids())


def test_pillow_here_reads_and_writes_jpeg_2000():
    from PIL import features

    assert features.check("jpg_2000")
    assert Image.open(io.BytesIO(jp2((300, 400)))).size == (300, 400)


def test_a_mets_with_only_its_jp2_uses_it_and_reads_title_lccn_and_issue(tmp_path):
    path = write_issue(tmp_path / "issue", "1887-03-08",
                       details='<mods:detail type="volume"><mods:number>13</mods:number></mods:detail>'
                               '<mods:detail type="issue"><mods:number>262</mods:number></mods:detail>')
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [path])
        o = report.outcomes[0]
        assert o.status == IMPORTED, o.message
        assert any("image 0001.jp2 used (0001.tif is not present)" in w for w in o.warnings)
        rec = archive.article(o.article_ids[0])
        scan = archive.page_scan(rec.page_id)
        assert (scan["mime"], scan["width"], scan["height"]) == ("image/jp2", 2400, 3600)
        pub = archive.publications()[0]
        assert (pub["name"], pub["identifier"], pub["kind"]) == ("The Park Record", "sn85058233", "paper")
        issue = archive.issues()[0]
        assert (issue["number"], issue["volume"], issue["edition"]) == ("262", "13", "")  # edition 1: the issue
        assert rec.article.language == "und"  # Latin script, no language declared
        with SearchIndex(archive) as index:
            assert index.search("miners").total == 1


def test_alto_sp_and_hyp_are_honoured(tmp_path):
    path = write_issue(tmp_path / "issue", "1887-03-08", image=False)
    with Archive(tmp_path / "a.db") as archive:
        o = import_paths(archive, [path]).outcomes[0]
        assert o.status == IMPORTED, o.message
        assert any("none of its images" in w for w in o.warnings)
        text = _texts(archive)
        assert "Park City, Utah. closed on Monday, and the construction of the new road" in text
        assert "The miners (all of them) left town." in text
        assert "\u00ad" not in text and "construc-" not in text
        lines = [ln["text"] for ln in archive.scan_lines(page_id=archive.pages()[0]["id"])]
        assert lines[2] == "Monday, and the construc-"  # the line as printed, hyphen and all
        with SearchIndex(archive) as index:
            assert index.search("construction").total == 1 and index.search('"Park City, Utah"').total == 1


def test_a_bare_jp2_page_is_read_as_an_image(tmp_path):
    font = ImageFont.truetype(str(FONTS / "LiberationSerif-Regular.ttf"), 44)
    big = ImageFont.truetype(str(FONTS / "LiberationSerif-Regular.ttf"), 80)
    img = Image.new("L", (1400, 900), 255)
    d = ImageDraw.Draw(img)
    d.text((60, 60), "Weather Report for Omaha", font=big, fill=0)
    for k, line in enumerate(["The weather was fine in Omaha today, and the",
                              "river rose two feet at the bridge. Farmers", "expect a good harvest this year."]):
        d.text((60, 220 + k * 70), line, font=font, fill=0)
    page = tmp_path / "Omaha_Bee_1887-03-08_p1.jp2"
    img.save(page, format="JPEG2000")
    with Archive(tmp_path / "a.db") as archive:
        o = import_paths(archive, [page]).outcomes[0]
        assert o.status == IMPORTED, o.message
        rec = archive.article(o.article_ids[0])
        assert rec.publication == "Omaha_Bee" and str(rec.date) == "1887-03-08"
        assert archive.page_scan(rec.page_id)["mime"] == "image/jp2"
        assert "Omaha today, and the river rose" in rec.article.text()  # the recogniser's spaces are kept
        with SearchIndex(archive) as index:
            assert index.search("harvest").total == 1


BATCH = """<?xml version="1.0" encoding="UTF-8"?>
<batch xmlns="http://www.loc.gov/ndnp" name="batch_ut_park_ver01">
 <issue lccn="sn85058233" issueDate="1887-03-08" editionOrder="1">./sn85058233/reel1/1887030801/1887030801.xml</issue>
 <issue lccn="sn85058233" issueDate="1887-03-09" editionOrder="1">./sn85058233/reel1/1887030901/1887030901.xml</issue>
 <reel reelNumber="reel1">./sn85058233/reel1/reel1.xml</reel>
</batch>"""
REEL = """<?xml version="1.0"?><mets xmlns="http://www.loc.gov/METS/" xmlns:xlink="http://www.w3.org/1999/xlink"
 TYPE="urn:library-of-congress:ndnp:mets:microfilmReel" LABEL="reel1"><fileSec><fileGrp>
 <file ID="t1" USE="master"><FLocat xlink:href="./0000.tif"/></file>
 <file ID="t2" USE="ocr"><FLocat xlink:href="./0000.xml"/></file></fileGrp></fileSec></mets>"""


def make_batch(root: Path) -> Path:
    data = root / "batch_ut_park_ver01" / "data"
    reel = data / "sn85058233" / "reel1"
    for date in ("1887-03-08", "1887-03-09"):
        issue = write_issue(reel / f"{date.replace('-', '')}01", date)
        (issue.parent / issue.name.replace(".xml", "_1.xml")).write_text(issue.read_text(encoding="utf-8"),
                                                                         encoding="utf-8")
    (data / "batch.xml").write_text(BATCH, encoding="utf-8")
    (data / "batch_1.xml").write_text(BATCH.replace(".xml</issue>", "_1.xml</issue>"), encoding="utf-8")
    (reel / "reel1.xml").write_text(REEL, encoding="utf-8")
    (reel / "0000.xml").write_text(alto(["TARGET"]), encoding="utf-8")
    (reel / "notes.txt").write_text("scanned 2008", encoding="utf-8")
    return data.parent


def test_a_batch_folder_imports_its_issues_with_progress_and_names_the_rest(tmp_path):
    batch = make_batch(tmp_path)
    assert count_sources([batch]) == 2  # the progress bar counts the issues batch.xml lists
    seen = []
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [batch], progress=lambda o: seen.append((o.status, Path(o.name).name)))
        assert [(s, n) for s, n in seen if s != SKIPPED] == [(IMPORTED, "1887030801.xml"), (IMPORTED, "1887030901.xml")]
        skipped = {Path(o.name).name: o.message for o in report.outcomes if o.status == SKIPPED}
        assert "another list of this batch's issues" in skipped["batch_1.xml"]
        assert "not imported twice" in skipped["1887030801_1.xml"]
        assert "microfilm reel" in skipped["reel1.xml"] and "0000.xml" not in skipped
        assert "not part of any issue" in skipped["notes.txt"]
        assert [i["date"] for i in archive.issues()] == ["1887-03-08", "1887-03-09"]
        with SearchIndex(archive) as index:
            assert index.search("miners").total == 2


def test_a_batch_run_again_skips_what_is_stored_without_reading_it(tmp_path, monkeypatch):
    batch = make_batch(tmp_path)
    first = batch / "data" / "sn85058233" / "reel1" / "1887030801" / "1887030801.xml"
    with Archive(tmp_path / "a.db") as archive:
        assert import_paths(archive, [first]).ok  # an earlier run, interrupted after one issue
        read = []
        real = mets.read_mets_source
        monkeypatch.setattr(mets, "read_mets_source", lambda src, *a: read.append(src.name) or real(src, *a))
        report = import_paths(archive, [batch])
        status = {Path(o.name).name: o.status for o in report.outcomes if o.status != SKIPPED}
        assert status == {"1887030801.xml": DUPLICATE, "1887030901.xml": IMPORTED}
        assert [Path(n).name for n in read] == ["1887030901.xml"]  # the stored issue's pages were not read
        read.clear()
        again = import_paths(archive, [batch])
        assert {o.status for o in again.outcomes if o.status != SKIPPED} == {DUPLICATE} and read == []
        assert archive.stats()["issues"] == 2


def test_a_batch_list_that_cannot_be_read_falls_back_to_its_twin(tmp_path):
    batch = make_batch(tmp_path)
    (batch / "data" / "batch.xml").write_text(BATCH.replace("</reel>", "</reel"), encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [batch])
        failed = [o for o in report.outcomes if o.status == FAILED]
        assert len(failed) == 1 and "malformed XML" in failed[0].message and "batch_1.xml lists" in failed[0].message
        assert archive.stats()["issues"] == 2


def test_a_missing_alto_page_is_named_and_the_rest_of_the_issue_stored(tmp_path):
    path = write_issue(tmp_path / "issue", "1887-03-08")
    text = path.read_text(encoding="utf-8").replace(
        '<fptr FILEID="ocrFile1"/></div>',
        '<fptr FILEID="ocrFile1"/></div><div TYPE="np:page"><fptr FILEID="ocrFile2"/></div>').replace(
        "</fileGrp>", '</fileGrp><fileGrp><file ID="ocrFile2" USE="ocr"><FLocat xlink:href="./0002.xml"/></file>'
                      '</fileGrp>')
    path.write_text(text, encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        o = import_paths(archive, [path]).outcomes[0]
        assert o.status == IMPORTED and any("0002.xml is missing: that page is not imported" in w for w in o.warnings)
        again = import_paths(archive, [path]).outcomes[0]  # read again (not skipped): the page may be there now
        assert again.status == DUPLICATE and "nothing changed" in again.message


def test_a_latin_page_is_read_by_its_blocks_when_its_gutters_are_narrow(tmp_path):
    """Two columns 30 units apart (under half a line's height: too narrow for the layout from
    character boxes, which read them as one column, line by line across both)."""
    def block(n, x, lines):
        out = "".join(
            f'<TextLine HPOS="{x}" VPOS="{600 + 160 * k}" WIDTH="2000" HEIGHT="100">'
            + "<SP/>".join(f'<String CONTENT="{w}" HPOS="{x + 1000 * j}" VPOS="{600 + 160 * k}" WIDTH="980" '
                           f'HEIGHT="100"/>' for j, w in enumerate(text.split())) + "</TextLine>"  # justified
            for k, text in enumerate(lines))
        return f'<TextBlock ID="TB{n}">{out}</TextBlock>'

    left = ["Miners left", "their camp", "at noon."]
    right = ["Farmers sold", "their wheat", "at market."]
    page = ('<alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Layout><Page WIDTH="4100" HEIGHT="3000"><PrintSpace>'
            f'{block(1, 0, left)}{block(2, 2030, right)}</PrintSpace></Page></Layout></alto>')
    path = tmp_path / "Park_Record_1887-03-08_p2.xml"
    path.write_text(page, encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        o = import_paths(archive, [path]).outcomes[0]
        assert o.status == IMPORTED, o.message
        paragraphs = [p for i in archive.article_ids() for p in archive.article(i).article.paragraphs]
        # each block its own paragraph: a sentence that ends a column is not run on into the next
        assert "Miners left their camp at noon." in paragraphs and "Farmers sold their wheat at market." in paragraphs
