"""The facsimile above an article, as a clipping service prints it: the piece of the page image
(the one attached to the article, else the article's own region on its scanned page), cut from the
stored page at print resolution, with the source line under it."""

from __future__ import annotations

import io

from ..errors import NotFound
from ..model import ArticleRecord
from ..store.archive import Archive

PRINT_DPI = 300
MAX_CROP = 40_000_000  # pixels: a crop larger than this (a whole broadsheet at 600 dpi) is scaled down
PAD = 8  # pixels of paper kept round an article's own region


def crop(archive: Archive, page_id: int, box: tuple[int, int, int, int], pad: int = 0):
    """The box of the page as a Pillow RGB image at print resolution. A PDF's page is rendered
    for the crop alone (a text-layer page's boxes are at the viewer's 200 dpi, so at 300 dpi the
    crop has 1.5 times the pixels); an image is cut from the stored file as it is."""
    from ..model import VIEW_DPI
    from ..pageimage import page_file, page_image

    path, scan = page_file(archive, page_id)
    x0, y0, x1, y1 = box
    x0, y0 = max(0, x0 - pad), max(0, y0 - pad)
    x1, y1 = min(scan["width"], x1 + pad), min(scan["height"], y1 + pad)
    if scan["mime"] != "application/pdf":
        return page_image(archive, page_id).crop((x0, y0, x1, y1))
    import pypdfium2

    factor = PRINT_DPI / VIEW_DPI if scan["text_layer"] else 1.0
    pdf = pypdfium2.PdfDocument(path.read_bytes())
    try:
        page = pdf[scan["frame"]]
        pw, ph = page.get_size()
        to_pt = pw / scan["width"]
        scale = min(factor / to_pt, (MAX_CROP / max((x1 - x0) * (y1 - y0) * to_pt * to_pt, 1)) ** 0.5)
        # crop = (left, bottom, right, top) margins to cut away, in points
        image = page.render(scale=scale, crop=(x0 * to_pt, ph - y1 * to_pt, pw - x1 * to_pt, y0 * to_pt)).to_pil()
    finally:
        pdf.close()
    return image.convert("RGB")


def facsimile_crops(archive: Archive, records: list[ArticleRecord], skip_missing: bool = False) -> dict[int, bytes]:
    """article id -> the facsimile as JPEG, for every article that has a page image. Each page
    image is checked against its SHA-256 first: when one is missing, damaged or replaced, the
    articles it serves are named (FacsimileUnavailable) and nothing is made, unless
    `skip_missing`: then they print without a facsimile."""
    from ..errors import FacsimileUnavailable
    from ..store.clipping import facsimile

    out: dict[int, bytes] = {}
    problems: list[tuple[int, str, str]] = []
    checked: dict[int, str | None] = {}  # page id -> what is wrong with its image
    for rec in records:
        found = facsimile(archive, rec.id)
        if found is None:
            continue
        page = found["page_id"]
        if page not in checked:
            checked[page] = _image_problem(archive, page)
        if checked[page] is None:
            try:
                image = crop(archive, page, found["box"], pad=0 if found["attached"] else PAD)
            except Exception as e:  # noqa: BLE001 - an image that matches its hash but will not decode
                checked[page] = f"its page image cannot be read ({type(e).__name__}: {e})"
        if checked[page] is not None:
            problems.append((rec.id, rec.article.headline, checked[page]))
            continue
        buf = io.BytesIO()
        image.save(buf, format="JPEG", quality=88, dpi=(PRINT_DPI, PRINT_DPI))
        out[rec.id] = buf.getvalue()
    if problems and not skip_missing:
        raise FacsimileUnavailable(problems)
    return out


def _image_problem(archive: Archive, page_id: int) -> str | None:
    from ..store import images

    scan = archive.page_scan(page_id)
    if scan is None or not scan["sha256"]:
        return "its page has no stored image"
    try:
        root = archive.image_folder
    except NotFound as e:  # a server archive's image store, not named or not reachable here
        return str(e)
    return images.problem(root, scan["sha256"], scan["mime"])
