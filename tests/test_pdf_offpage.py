"""A PDF page with a character set past its edge (a slug in the bleed, a crop mark's label, a
line run off the sheet) is read as any other: it had been refused whole ("cannot read the PDF's
text (IndexError: list index out of range)"), the column finder counting past the page's width."""

from __future__ import annotations

import io

from baoku.core.importing.metadata import IssueMeta
from baoku.core.importing.pdf import read_pdf_pages
from baoku.core.importing.sourcefile import SourceFile


def test_a_character_past_the_pages_edge_does_not_refuse_the_file():
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(300, 400))
    c.setFont("Helvetica", 10)
    for k in range(12):  # two columns of text
        c.drawString(20, 360 - 14 * k, f"Line {k} of the left column.")
        c.drawString(160, 360 - 14 * k, f"Line {k} on the right side.")
    c.drawString(310, 200, "slug past the edge")
    c.showPage()
    c.save()
    pages = read_pdf_pages(SourceFile("bleed.pdf", buf.getvalue(), lambda name: None), IssueMeta(), [])
    text = " ".join(a.text() for p in pages for a in p.articles)
    assert "Line 3 of the left column." in text and "Line 3 on the right side." in text
