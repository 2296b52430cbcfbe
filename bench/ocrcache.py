"""OCR output kept in files, so that the layout stage can be tuned and measured without reading
the same page again (rapidocr takes 10-20 s a page here). Keyed by the image's SHA-256 and the
way it was read (`ocr.reading.VERSION`: files of an earlier way are never taken for this one's);
a cache folder is given by BAOKU_OCR_CACHE (default /tmp/baoku-ocr-cache)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage, recognise
from baoku.core.ocr.reading import VERSION
from baoku.core.ocr.variants import as_printed


def folder() -> Path:
    return Path(os.environ.get("BAOKU_OCR_CACHE", "/tmp/baoku-ocr-cache"))


def dump(page: OcrPage) -> dict:
    return {"width": page.width, "height": page.height,
            "lines": [{"text": ln.text, "box": ln.box, "confidence": ln.confidence,
                       "chars": [[c.text, c.box, c.confidence] for c in ln.chars]} for ln in page.lines]}


def undump(data: dict) -> OcrPage:
    return OcrPage(data["width"], data["height"],
                   [OcrLine(ln["text"], tuple(ln["box"]), ln["confidence"],
                            [OcrChar(t, tuple(b), c) for t, b, c in ln["chars"]]) for ln in data["lines"]])


def cached(png: bytes) -> OcrPage:
    """The page read by OCR, from the cache when it was read before. BAOKU_OCR_VERSION=1 takes
    the page as read the earlier way, from the cache only (to measure the layout alone on it)."""
    version = int(os.environ.get("BAOKU_OCR_VERSION", VERSION))
    path = folder() / (hashlib.sha256(png).hexdigest() + (f".r{version}" if version > 1 else "") + ".json")
    if version != VERSION and not path.exists():
        raise FileNotFoundError(f"{path}: no page read the earlier way in the cache")
    if path.exists():  # as read, then as recognise gives it (forms put back on a traditional page)
        return as_printed(undump(json.loads(path.read_text())))
    page = recognise(png)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(dump(page), ensure_ascii=False))
    return page
