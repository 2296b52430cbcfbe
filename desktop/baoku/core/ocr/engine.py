"""OCR of page images with rapidocr on onnxruntime, in worker processes (one per core).

Each page gives its lines: text, box, confidence, and each character's box and confidence where
the recogniser reports them. rapidocr's models ship inside its wheel; its drawing helper (which
would download a font) is never called.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextvars import ContextVar
from dataclasses import dataclass, field

from ..errors import ImportRejected

MAX_SIDE = 12000  # pixels: a 300-dpi broadsheet page is about 5,000 by 7,000


@dataclass
class OcrChar:
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in image pixels
    confidence: float


@dataclass
class OcrLine:
    text: str
    box: tuple[int, int, int, int]
    confidence: float
    chars: list[OcrChar] = field(default_factory=list)

    @property
    def height(self) -> int:
        return self.box[3] - self.box[1]


@dataclass
class OcrPage:
    width: int
    height: int
    lines: list[OcrLine]


_engine = None


def _ocr():
    global _engine
    if _engine is None:
        from rapidocr import RapidOCR

        # A broadsheet of small type has more text boxes than the detector keeps by default (1,000:
        # the rest of the page was silently left unread).
        _engine = RapidOCR(params={"Global.log_level": "critical", "Det.max_candidates": 20000})
    return _engine


def _box(points) -> tuple[int, int, int, int]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return int(min(xs)), int(min(ys)), int(max(xs)), int(max(ys))


def recognise(png: bytes) -> OcrPage:
    """OCR one page image (PNG bytes of a grey or colour page)."""
    import numpy as np
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    result = _ocr()(np.asarray(image), return_word_box=True)
    lines: list[OcrLine] = []
    words = result.word_results or [()] * len(result.txts or ())
    for points, text, score, chars in zip(result.boxes if result.boxes is not None else [], result.txts or (),
                                          result.scores or (), words):
        lines.append(OcrLine(text, _box(points), float(score),
                             [OcrChar(c[0], _box(c[2]), float(c[1])) for c in chars or ()]))
    return OcrPage(image.width, image.height, lines)


# Told (pages done, pages in all) as OCR goes, by whoever runs it (an import's progress bar); it
# may raise errors.Cancelled to stop before the next page.
PAGE_HOOK: ContextVar[Callable[[int, int], None] | None] = ContextVar("baoku_ocr_pages", default=None)


def recognise_all(pages: list[bytes]) -> list[OcrPage]:
    """OCR every page, on every core: one worker process per core, each loading the models once.
    Progress goes to PAGE_HOOK after each page; a cancel there stops before the next one."""
    hook = PAGE_HOOK.get() or (lambda done, total: None)
    hook(0, len(pages))
    if len(pages) <= 1:
        out = [recognise(p) for p in pages]
        hook(len(pages), len(pages))
        return out
    workers = min(len(pages), os.cpu_count() or 1)
    out = []
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        for page in pool.map(recognise, pages):
            out.append(page)
            hook(len(out), len(pages))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return out


def image_header(data: bytes) -> tuple[str, tuple[int, int]] | None:
    """What an image file is and its size, read from its header (not its name): ("image/png",
    (w, h)), ...; None when it is no image Pillow can read."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.get_format_mimetype(), image.size
    except Exception:  # noqa: BLE001 - unreadable: page_png says why
        return None


MIN_SIDE = 200  # pixels: narrower than this is a strip or an icon, not a page
MAX_ASPECT = 8  # a page is never eight times as tall as it is wide (nor the reverse)


def page_png(data: bytes, name: str) -> list[tuple[bytes | None, int, int]]:
    """Every page of an image file (a multi-page TIFF has several) as grey PNG bytes, with its
    size; a page with no ink at all (ocr.ink) is None, and is not read.

    What cannot be a page is refused with one line before any of it is decoded: a decompression
    bomb (over Pillow's pixel limit), a strip (1 × 100,000), an empty, cut or mislabelled file."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    from .ink import blank

    if not data:
        raise ImportRejected(f"{name}: the file is empty (0 bytes)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            out = []
            for frame in range(getattr(image, "n_frames", 1)):
                image.seek(frame)
                _check_size(image, name, frame)
                grey = image.convert("L")
                if blank(grey):  # no ink: nothing to read, so not read
                    out.append((None, image.width, image.height))
                    continue
                buf = io.BytesIO()
                grey.save(buf, format="PNG")
                out.append((buf.getvalue(), image.width, image.height))
        return out
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise ImportRejected(f"{name}: refused as a decompression bomb: {_bomb(e)}") from None
    except UnidentifiedImageError:
        raise ImportRejected(f"{name}: not an image Baoku can read (PNG, JPEG, TIFF, WebP or JPEG 2000), whatever its name "
                             "says") from None
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        why = "the file is cut short" if "truncated" in str(e) or isinstance(e, EOFError) else f"{e}"
        raise ImportRejected(f"{name}: the image is damaged and cannot be read ({why})") from None


def _check_size(image, name: str, frame: int) -> None:
    w, h = image.size
    where = f"{name}: page {frame + 1}" if getattr(image, "n_frames", 1) > 1 else name
    if max(w, h) > MAX_SIDE:
        raise ImportRejected(f"{where} is {w}×{h} pixels, over the {MAX_SIDE:,} limit for a page")
    if min(w, h) < MIN_SIDE or max(w, h) > MAX_ASPECT * min(w, h):
        raise ImportRejected(f"{where} is {w}×{h} pixels: too small or too narrow to be a newspaper page")


def _bomb(e: Exception) -> str:
    """Pillow's message, shortened to its numbers."""
    import re

    numbers = re.findall(r"\d+", str(e))
    if len(numbers) >= 2:
        return f"{int(numbers[0]):,} pixels, over the limit of {int(numbers[1]):,}"
    return str(e)
