"""OCR of page images with rapidocr on onnxruntime, in worker processes (one per core).

Each page gives its lines: text, box, confidence, and each character's box and confidence where
the recogniser reports them. rapidocr's models ship inside its wheel; its drawing helper (which
would download a font) is never called.
"""

from __future__ import annotations

import io
import os
from concurrent.futures import ProcessPoolExecutor
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

        _engine = RapidOCR(params={"Global.log_level": "critical"})
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


def recognise_all(pages: list[bytes]) -> list[OcrPage]:
    """OCR every page, on every core: one worker process per core, each loading the models once."""
    if len(pages) <= 1:
        return [recognise(p) for p in pages]
    workers = min(len(pages), os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(recognise, pages))


def page_png(data: bytes, name: str) -> list[tuple[bytes, int, int]]:
    """Every page of an image file (a multi-page TIFF has several) as PNG bytes, with its size."""
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        out = []
        for frame in range(getattr(image, "n_frames", 1)):
            image.seek(frame)
            if max(image.size) > MAX_SIDE:
                raise ImportRejected(f"{name}: page {frame + 1} is {image.width}×{image.height} pixels, over the "
                                     f"{MAX_SIDE} limit")
            buf = io.BytesIO()
            image.convert("L").save(buf, format="PNG")
            out.append((buf.getvalue(), image.width, image.height))
        return out
    except (UnidentifiedImageError, OSError, ValueError) as e:
        raise ImportRejected(f"{name}: not a readable image ({type(e).__name__}: {e})") from None
