"""PDF with a text layer: one issue per PDF, one newspaper page per PDF page.

Each PDF page's text goes through the page-text parser. The first PDF page is page `--page`
(default 1) of the issue. Encrypted PDFs and PDFs without a text layer are refused with a reason.
"""

from __future__ import annotations

import io
import logging
import re

from ..errors import ImportRejected
from ..model import PageInfo, ParsedPage
from .metadata import IssueMeta
from .pagetext import parse_page_text
from .sources import SourceFile

# pdfminer logs every odd object at WARNING; the import report says what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


_SURROGATE = re.compile("[\ud800-\udfff]")


def read_pdf_pages(src: SourceFile, meta: IssueMeta, warnings: list[str] | None = None) -> list[ParsedPage]:
    warnings = [] if warnings is None else warnings
    import pdfplumber
    import pypdf

    if not src.data.startswith(b"%PDF"):
        raise ImportRejected(f"{src.name}: not a PDF file (no %PDF header)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(src.data))
        if reader.is_encrypted:
            raise ImportRejected(f"{src.name}: the PDF is encrypted; remove the password and import again")
        count = len(reader.pages)
    except ImportRejected:
        raise
    except Exception as e:  # pypdf raises many types for damaged files
        raise ImportRejected(f"{src.name}: damaged PDF ({type(e).__name__}: {e})") from None
    first = int(meta.page or 1)
    pages: list[ParsedPage] = []
    try:
        with pdfplumber.open(io.BytesIO(src.data)) as pdf:
            for i, page in enumerate(pdf.pages):
                text = page.extract_text() or ""
                if _SURROGATE.search(text):  # a broken ToUnicode map: keep the page, mark the loss
                    bad = len(_SURROGATE.findall(text))
                    text = _SURROGATE.sub("\ufffd", text)
                    warnings.append(f"{src.name}: page {i + 1}: {bad} character(s) with no Unicode value in "
                                    "the PDF's font map, shown as \ufffd")
                info = PageInfo(number=first + i, name=str(meta.page_name or "") if i == 0 else "",
                                section=str(meta.section or ""))
                if text.strip():
                    pages.append(parse_page_text(text, info, str(meta.language or "zh")))
    except Exception as e:
        raise ImportRejected(f"{src.name}: cannot read the PDF's text ({type(e).__name__}: {e})") from None
    if not pages:
        raise ImportRejected(f"{src.name}: none of its {count} page(s) has a text layer (a scan?); "
                             "run OCR on it first")
    return pages
