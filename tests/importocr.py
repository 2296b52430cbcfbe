"""What the recogniser read on the page images the tests import, kept in tests/layoutocr/imports/
(one file a page, named by the SHA-256 of its pixels) so that a test importing a scan spends its
time on what it checks (the import, the store, the page view), not on reading the same rendered
page again: a page is 10-25 CPU-s. The OCR's own tests (tests/test_ocr_*.py), one layout page
(tests/test_layout.py) and any test marked `live_ocr` read live; so does every page whose reading
was not kept, or was kept by another way of reading (`ocr.reading.VERSION`).

A kept reading is returned through the same progress hook as a live one, page by page, so that an
import's progress and its cancel between pages behave as they do live.

    BAOKU_KEEP_OCR=1 .venv/bin/python -m pytest tests/test_scans.py ...   # keep what they read
"""

from __future__ import annotations

import os
from pathlib import Path

from baoku.core.ocr.page import OcrPage

from .layoutocr import FOLDER, _pixels, _reading, write

IMPORTS = FOLDER / "imports"
LIVE = False  # set for the tests that must read live (tests/conftest.py)


def _path(pixels: str) -> Path:
    return IMPORTS / f"{pixels[:32]}.json.gz"


def kept_page(png: bytes) -> OcrPage | None:
    """The kept reading of this page image, or None."""
    pixels = _pixels(png)
    return _reading(_path(pixels), pixels)


def _keep(png: bytes, page: OcrPage) -> None:
    pixels = _pixels(png)
    write(_path(pixels), pixels, page)


def use_kept_readings(monkeypatch) -> None:
    """Make imports take the kept reading of every page they read when all of a call's pages have
    one; otherwise read them all live (and keep them when BAOKU_KEEP_OCR is set)."""
    from baoku.core.ocr import engine

    live = engine.recognise_all

    def recognise_all(pages: list[bytes]) -> list[OcrPage]:
        found = [None if LIVE else kept_page(png) for png in pages]
        if any(page is None for page in found):
            read = live(pages)
            if os.environ.get("BAOKU_KEEP_OCR") and not LIVE:
                for png, page in zip(pages, read):
                    _keep(png, page)
            return read
        hook = engine.PAGE_HOOK.get() or (lambda done, total: None)
        hook(0, len(pages))
        for n in range(len(pages)):
            hook(n + 1, len(pages))
        return found

    monkeypatch.setattr(engine, "recognise_all", recognise_all)
