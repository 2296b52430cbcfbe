"""Where a scanned page's photos stand on it, for the page view: each photo with a box (one cut
from the page) with its article, its place among the article's photos (as the reader counts
them), its box and the box of its caption, both as the photo keeps them (the caption's as the
import paired it with the picture). On an archive file and a server alike."""

from __future__ import annotations

from ..model import Photo


def page_photos(archive, page_id: int) -> list[dict]:
    """The page's photos that have a box, its articles' in print order: article_id, index (the
    photo's place among its article's photos, from 0), box and caption (a box, or None)."""
    rows = archive._sql(
        "SELECT p.article_id, p.filename, p.x0, p.y0, p.x1, p.y1, p.caption_x0, p.caption_y0, p.caption_x1, "
        "p.caption_y1 FROM photo p JOIN article a ON a.id = p.article_id WHERE a.page_id = ? ORDER BY a.seq, p.seq",
        [page_id]).fetchall()
    out: list[dict] = []
    counted: dict[int, int] = {}
    for aid, filename, *boxes in rows:
        index = counted.get(aid, 0)
        counted[aid] = index + 1
        photo = Photo(filename=filename, box=tuple(boxes[:4]), caption_box=tuple(boxes[4:]))
        if photo.box is not None:
            out.append({"article_id": aid, "index": index, "box": photo.box, "caption": photo.caption_box})
    return out
