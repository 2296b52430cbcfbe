"""A PDF page whose text stands turned (a /Rotate of 90, 180 or 270, or a page drawn turned on an
upright sheet) is read as it stands: its characters turned upright first (`importing.pdfturn`),
its line boxes turned back onto the page as the PDF shows it."""

from __future__ import annotations

import io

from baoku.core.importing.metadata import IssueMeta
from baoku.core.importing.pdf import read_pdf_pages
from baoku.core.importing.sourcefile import SourceFile

from .layoutscore import score
from .test_epaper import _page


def _turned(pdf: bytes, degrees: int, drawn: bool = False) -> bytes:
    """The PDF with its page shown turned `degrees` clockwise: by its /Rotate, or `drawn` so (the
    turn moved into the page's drawing, /Rotate 0)."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf))
    for page in writer.pages:
        page.rotate(degrees)
        if drawn:
            page.transfer_rotation_to_content()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _read(pdf: bytes):
    return read_pdf_pages(SourceFile("turned.pdf", pdf, lambda name: None), IssueMeta(), [])


def test_an_epaper_page_turned_is_read_as_it_stands():
    made = _page({"two_line": True})
    for degrees, drawn in ((180, False), (270, True)):
        page = _read(_turned(made.pdf, degrees, drawn))[0]
        s = score("turned", made.page.articles, page.articles, made.page.folio)
        # It had been 17 pieces at 180, each line read backwards (。线底的灾), no folio read.
        assert (s.true, s.found, s.matched, s.errors) == (4, 4, 4, 0), f"{degrees}: " + "\n".join(s.problems)
        assert page.folio is not None and page.folio.page == "A01"
        # The boxes are on the page as it shows: the running head (upright at the page's top)
        # stands upside down at its foot, or down its left edge.
        w, h = page.scan.width, page.scan.height
        head = next(ln for ln in page.scan.lines if ln.text.startswith("闽南日报"))
        x0, y0, x1, y1 = head.box
        assert (w, h) == ((1825, 1207) if degrees == 180 else (1207, 1825))
        assert (y0 > 0.9 * h and x1 > 0.7 * w) if degrees == 180 else (x1 < 0.1 * w and y1 - y0 > 5 * (x1 - x0))


def test_a_page_of_text_turned_a_quarter_is_read_as_it_stands(tmp_path):
    """A one-column page (the page-text rules' way), shown turned a quarter clockwise."""
    from .test_importers import make_pdf

    lines = ["秋季招聘会周末举行", "", "本报讯 市人力资源部门昨天说，秋季招聘会将于本周末举行。",
             "届时将有三百多家企业进场招聘。"]
    upright = make_pdf(tmp_path / "a.pdf", [lines]).read_bytes()
    page = _read(_turned(upright, 90))[0]
    assert [a.headline for a in page.articles] == ["秋季招聘会周末举行"]
    assert "三百多家企业" in page.articles[0].text()
