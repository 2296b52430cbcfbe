"""Pages whose back shows through, read again with the back's print lifted off them.

The recogniser reads the image as it is: where the other side's print, mirrored and grey, crosses
the page's own it misreads both (round 14's w08: two heads side by side read as one garbled line
across the gutter, the back's print between them; a03: a head's 个 read 俞 and run on with the
back's characters). Once a page has been read, the layout knows whether the back's print shows
(the show-through step drops some of what was read) and can lift it off the image
(`layout.backprint`). Such a page, and only such a page, is read a second time from that image,
and laid out from it; every other page is read once, as before, and comes back unchanged.

The second reading is of another image (the lifted one), so whatever keeps readings by the image
they were read from (bench/ocrcache.py, the tests' kept readings) keeps it apart from the first.
"""

from __future__ import annotations

from collections.abc import Callable

from ..layout.backprint import to_read_again
from ..ocr.page import OcrPage


def png_of(gray) -> bytes:
    """A grey page image (a numpy array) as PNG bytes, for the OCR."""
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.fromarray(gray).save(buf, format="PNG")
    return buf.getvalue()


def lifted_pages(reads: list[OcrPage], gray_of: Callable[[int], object]) -> dict[int, bytes]:
    """The pages (by their index in `reads`) to read again, each as the PNG of its image with the
    back's print lifted off it; `gray_of(k)` gives page k's grey image (None: it has none)."""
    out: dict[int, bytes] = {}
    for k, read in enumerate(reads):
        lifted = to_read_again(read, gray_of(k))
        if lifted is not None:
            out[k] = png_of(lifted)
    return out


def read_again(reads: list[OcrPage], lifted: dict[int, bytes],
               recognise: Callable[[list[bytes]], list[OcrPage]]) -> list[OcrPage]:
    """`reads` with each page of `lifted` replaced by its reading of the lifted image (all of them
    read in one go by `recognise`, a list of PNGs to their readings)."""
    if not lifted:
        return reads
    out = list(reads)
    for k, page in zip(lifted, recognise(list(lifted.values()))):
        out[k] = page
    return out
