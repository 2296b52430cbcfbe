"""What the recogniser read on the layout tests' rendered pages, kept in tests/layoutocr/ so that
those tests spend their time on the layout, not on reading the same page again (10-25 CPU-s a
page). A kept reading is used only for the very image it was read from (the SHA-256 of its pixels,
so that another zlib writing the same pixels differently changes nothing) and for
today's way of reading (`ocr.reading.VERSION`); any other page, or a page drawn differently (an
other Pillow, a changed generator), is read by OCR as before. One page of the layout tests is
always read live (tests/test_layout.py), and the OCR's own tests read their pages live too.

    .venv/bin/python -m tests.layoutocr NAME ...   # read these layout-set pages and keep them
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from baoku.core.ocr.engine import OcrPage, recognise
from baoku.core.ocr.reading import VERSION
from bench.ocrcache import dump, undump

FOLDER = Path(__file__).parent / "layoutocr"


def _pixels(png: bytes) -> str:
    import io

    from PIL import Image

    with Image.open(io.BytesIO(png)) as im:
        return hashlib.sha256(f"{im.mode} {im.size}".encode() + im.tobytes()).hexdigest()


def _path(name: str) -> Path:
    return FOLDER / f"{name}.json.gz"


def _reading(path: Path, pixels: str) -> OcrPage | None:
    """The reading kept in `path` when it was read from these pixels today's way, else None."""
    if not path.exists():
        return None
    data = json.loads(gzip.decompress(path.read_bytes()))
    if data["pixels"] != pixels or data["version"] != VERSION:
        return None
    return undump(data)


def kept(name: str, png: bytes) -> OcrPage | None:
    """The kept reading of this page, or None when none was kept for this image read this way."""
    return _reading(_path(name), _pixels(png))


def kept_any(png: bytes) -> OcrPage | None:
    """The kept reading of whichever kept page this image is, or None."""
    pixels = _pixels(png)
    for path in sorted(FOLDER.glob("*.json.gz")):
        page = _reading(path, pixels)
        if page is not None:
            return page
    return None


def imports_use_kept_readings(monkeypatch) -> list[int]:
    """Make `import_paths` take a kept reading for a page image it has (by its pixels), and read
    any other page by OCR as before. Returns a list that counts the pages read live, so that a
    test can check its page was not."""
    from baoku.core.ocr import engine

    live = engine.recognise_all
    read_live: list[int] = []

    def recognise_all(pages: list[bytes]) -> list[OcrPage]:
        found = [kept_any(png) for png in pages]
        missing = [png for png, page in zip(pages, found) if page is None]
        read_live.append(len(missing))
        fresh = iter(live(missing) if missing else [])
        return [page if page is not None else next(fresh) for page in found]

    monkeypatch.setattr(engine, "recognise_all", recognise_all)
    return read_live


def read(name: str, png: bytes) -> OcrPage:
    """The page as the recogniser reads it: kept, or read now."""
    return kept(name, png) or recognise(png)


def write(path: Path, pixels: str, page: OcrPage) -> None:
    """Keep `page`, read from an image of these pixels today's way, in `path` (written whole:
    two test workers may keep the same page at once)."""
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps({"pixels": pixels, "version": VERSION, **dump(page)}, ensure_ascii=False,
                     separators=(",", ":")).encode()
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    part.write_bytes(gzip.compress(raw, 9, mtime=0))
    os.replace(part, path)


def keep(name: str, png: bytes) -> OcrPage:
    page = recognise(png)
    write(_path(name), _pixels(png), page)
    return page


if __name__ == "__main__":
    import sys

    from .layoutset import build, specs

    for spec in specs():
        if spec.name in sys.argv[1:]:
            page = keep(spec.name, build(spec).png)
            print(spec.name, len(page.lines), "lines kept")
