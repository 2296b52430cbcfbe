"""OCR of page images with rapidocr on onnxruntime, in worker processes (one per core; see
ocr.reading for how a page is read).

Each page gives its lines: text, box, confidence, and each character's box and confidence where
the recogniser reports them. rapidocr's models ship inside its wheel; its drawing helper (which
would download a font) is never called.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextvars import ContextVar

from ..coded import Coded
from ..errors import ImportRejected
from .page import OcrChar, OcrLine, OcrPage  # noqa: F401 - what the OCR gives, named here for its readers

MAX_SIDE = 12000  # pixels: a 300-dpi broadsheet page is about 5,000 by 7,000


def recognise(png: bytes) -> OcrPage:
    """OCR one page image (PNG bytes of a grey or colour page): on every core when it is a page,
    in this process when it is a small piece of one (a clipping read again)."""
    from .reading import read_pages

    from .variants import as_printed

    size = image_header(png)
    small = size is not None and size[1][0] * size[1][1] < SMALL_IMAGE
    return as_printed(read_pages([png], lambda page, share: None, workers=1 if small else None)[0])


SMALL_IMAGE = 2_000_000  # pixels: less than this is read in this process

# Told (pages done, pages in all) as OCR goes, by whoever runs it (an import's progress bar); it
# may raise errors.Cancelled to stop. `done` counts a page partly read as a fraction (2.5: two
# pages read and half of the third's lines).
PAGE_HOOK: ContextVar[Callable[[float, int], None] | None] = ContextVar("baoku_ocr_pages", default=None)


def recognise_all(pages: list[bytes]) -> list[OcrPage]:
    """OCR every page, on every core (ocr.reading). Progress goes to PAGE_HOOK as each page's
    lines come back; a cancel there stops, dropping what is under way."""
    from .reading import read_pages
    from .variants import as_printed

    hook = PAGE_HOOK.get() or (lambda done, total: None)
    hook(0, len(pages))
    shares = [0.0] * len(pages)

    def done(page: int, share: float) -> None:
        shares[page] = share
        hook(sum(shares), len(pages))

    return [as_printed(p) for p in read_pages(pages, done)]


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

    from ..orientation import upright
    from .ink import blank

    if not data:
        raise ImportRejected(Coded("unreadable", where=name, kind="empty"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            out = []
            for frame in range(getattr(image, "n_frames", 1)):
                image.seek(frame)
                _check_size(image, name, frame)
                grey = upright(image).convert("L")  # a photo taken on its side, read as shown
                if blank(grey):  # no ink: nothing to read, so not read
                    out.append((None, grey.width, grey.height))
                    continue
                buf = io.BytesIO()
                grey.save(buf, format="PNG")
                out.append((buf.getvalue(), grey.width, grey.height))
        return out
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise ImportRejected(Coded("unreadable", where=name, kind="image_bomb", **_bomb(e))) from None
    except UnidentifiedImageError:
        raise ImportRejected(Coded("unreadable", where=name, kind="image_unknown")) from None
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        cut = "truncated" in str(e) or isinstance(e, EOFError)
        raise ImportRejected(Coded("unreadable", where=name, kind="image_damaged", cut=cut, detail=str(e))) from None


def _check_size(image, name: str, frame: int) -> None:
    w, h = image.size
    page = frame + 1 if getattr(image, "n_frames", 1) > 1 else 0  # (said only in a file of several)
    if max(w, h) > MAX_SIDE:
        raise ImportRejected(Coded("unreadable", where=name, kind="page_too_large", page=page, width=w, height=h,
                                   limit=MAX_SIDE))
    if min(w, h) < MIN_SIDE or max(w, h) > MAX_ASPECT * min(w, h):
        raise ImportRejected(Coded("unreadable", where=name, kind="page_too_small", page=page, width=w, height=h))


def _bomb(e: Exception) -> dict[str, int]:
    """Pillow's message, as its numbers: the image's pixels and the limit."""
    import re

    from PIL import Image

    numbers = re.findall(r"\d+", str(e))
    if len(numbers) >= 2:
        return {"pixels": int(numbers[0]), "limit": int(numbers[1])}
    return {"pixels": 0, "limit": Image.MAX_IMAGE_PIXELS or 0}
