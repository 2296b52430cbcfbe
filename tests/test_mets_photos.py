"""A METS issue whose articles come from its logical structMap's ARTICLE divisions gets their
photos (issue 30) as a scanned page does: each ALTO Illustration or GraphicalElement an article's
areas name, cut from the page image, with its box and the caption block under it (its credit as the
photographer); on a tiny METS, ALTO and page image made here."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from baoku.core.importing.run import import_paths
from baoku.core.store import Archive

W, H = 1000, 800
PICTURE = (100, 120, 500, 420)  # x0, y0, x1, y1 on the page image
GRAPHIC = (100, 560, 300, 700)
CAPTION = "Mayor Smith opens the bridge. Photo by John Doe"


def _block(bid: str, x: int, y: int, lines: list[str], size: int = 24) -> str:
    out = []
    for k, text in enumerate(lines):
        top = y + k * (size + 8)
        words, at = [], x
        for n, word in enumerate(text.split()):
            width = size * len(word) // 2
            words.append(f'<String CONTENT="{word}" HPOS="{at}" VPOS="{top}" WIDTH="{width}" HEIGHT="{size}"/>')
            at += width + size // 2
            if n < len(text.split()) - 1:
                words.append('<SP/>')
        out.append(f'<TextLine HPOS="{x}" VPOS="{top}" WIDTH="{at - x}" HEIGHT="{size}">{"".join(words)}</TextLine>')
    return f'<TextBlock ID="{bid}">{"".join(out)}</TextBlock>'


def _box(el: str, eid: str, box) -> str:
    return f'<{el} ID="{eid}" HPOS="{box[0]}" VPOS="{box[1]}" WIDTH="{box[2] - box[0]}" HEIGHT="{box[3] - box[1]}"/>'


BODY = ["The new bridge over the river was opened", "on Monday by the mayor before a crowd of",
        "several thousand people who came to see it."]


def _alto() -> str:
    blocks = [_block("TB1", 100, 40, ["BRIDGE OPENS"], 48), _box("Illustration", "IL1", PICTURE),
              _block("TB2", 100, 430, [CAPTION], 18), _block("TB3", 560, 120, BODY),
              _block("TB4", 100, 500, ["SCHOOL FAIR"], 40), _box("GraphicalElement", "GE1", GRAPHIC),
              _block("TB5", 560, 560, BODY[:2])]
    return ('<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">'
            '<Description><MeasurementUnit>pixel</MeasurementUnit></Description>'
            f'<Layout><Page ID="P1" WIDTH="{W}" HEIGHT="{H}"><PrintSpace>{"".join(blocks)}</PrintSpace></Page></Layout></alto>')


def _area(bid: str) -> str:
    return f'<mets:fptr><mets:area FILEID="ocrFile1" BEGIN="{bid}" BETYPE="IDREF"/></mets:fptr>'


METS = f"""<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3"
           xmlns:xlink="http://www.w3.org/1999/xlink">
 <mets:dmdSec ID="issueModsBib"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods>
  <mods:relatedItem type="host"><mods:titleInfo><mods:title>Evening Star</mods:title></mods:titleInfo></mods:relatedItem>
  <mods:originInfo><mods:dateIssued encoding="iso8601">1920-11-15</mods:dateIssued></mods:originInfo>
 </mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>
 <mets:fileSec><mets:fileGrp ID="pageFileGrp1">
   <mets:file ID="serviceFile1" USE="service"><mets:FLocat LOCTYPE="OTHER" xlink:href="./0001.png"/></mets:file>
   <mets:file ID="ocrFile1" USE="ocr"><mets:FLocat LOCTYPE="OTHER" xlink:href="./0001.xml"/></mets:file>
 </mets:fileGrp></mets:fileSec>
 <mets:structMap><mets:div TYPE="issue" DMDID="issueModsBib">
   <mets:div TYPE="page" ORDER="1"><mets:fptr FILEID="serviceFile1"/><mets:fptr FILEID="ocrFile1"/></mets:div>
 </mets:div></mets:structMap>
 <mets:structMap TYPE="LOGICAL"><mets:div TYPE="ISSUE">
   <mets:div TYPE="ARTICLE" ID="ART1">{_area("TB1")}{_area("IL1")}{_area("TB2")}{_area("TB3")}</mets:div>
   <mets:div TYPE="ARTICLE" ID="ART2">{_area("TB4")}{_area("GE1")}{_area("TB5")}</mets:div>
 </mets:div></mets:structMap>
</mets:mets>"""


def _page_image() -> bytes:
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    d.rectangle(PICTURE, fill=(40, 120, 200))
    d.ellipse((PICTURE[0] + 30, PICTURE[1] + 30, PICTURE[0] + 150, PICTURE[1] + 150), fill=(200, 40, 40))
    d.rectangle(GRAPHIC, fill=(20, 20, 20))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def test_mets_article_divisions_get_their_illustrations_as_photos_with_captions(tmp_path):
    """Before, the articles the structMap named had no photo: ALTO's Illustration and
    GraphicalElement blocks were not read at all."""
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "issue.xml").write_text(METS, encoding="utf-8")
    (batch / "0001.xml").write_text(_alto(), encoding="utf-8")
    (batch / "0001.png").write_bytes(_page_image())
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [batch / "issue.xml"])
        assert report.ok, [o.message for o in report.outcomes]
        records = [archive.article(aid) for aid in archive.page_article_ids(archive.pages()[0]["id"])]
    by_head = {r.article.headline: r.article for r in records}
    bridge, fair = by_head["BRIDGE OPENS"], by_head["SCHOOL FAIR"]
    [photo] = bridge.photos
    assert (photo.caption, photo.credit, photo.box) == ("Mayor Smith opens the bridge.", "John Doe", PICTURE)
    assert photo.caption_box == (100, 430, 532, 448)  # the caption block's line, kept for the page view
    assert ("John Doe", "摄") in [(c.name, c.role) for c in bridge.contributors]
    picture = Image.open(io.BytesIO(photo.data)).convert("RGB")
    assert picture.size == (400, 300)
    assert picture.getpixel((5, 5)) == (40, 120, 200) or max(abs(a - b) for a, b in zip(picture.getpixel((5, 5)), (40, 120, 200))) < 12
    assert "Mayor Smith opens the bridge." in bridge.text()  # the caption's words stay in the text (searched)
    [graphic] = fair.photos
    assert graphic.box == GRAPHIC and graphic.caption == "" and graphic.caption_box is None
    assert Image.open(io.BytesIO(graphic.data)).size == (200, 140)
