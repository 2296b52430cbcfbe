"""Where a scanned page's photos stand on it, for the page view: each photo with a box (one cut
from the page) with its article, its place among the article's photos (as the reader counts
them) and the box of its caption, the caption blocks of the layout under it (as the import read
them: most of their width within the picture's, their top not above its foot, each caption with
the nearest picture above it of the same article). On an archive file and a server alike."""

from __future__ import annotations

from .layoutedits import page_blocks

CAPTION = "caption"  # the layout's class of a caption block


def page_photos(archive, page_id: int, blocks: list[dict] | None = None) -> list[dict]:
    """The page's photos that have a box, its articles' in print order: article_id, index (the
    photo's place among its article's photos, from 0), box and caption (a box, or None)."""
    rows = archive._sql(
        "SELECT p.article_id, p.x0, p.y0, p.x1, p.y1 FROM photo p JOIN article a ON a.id = p.article_id "
        "WHERE a.page_id = ? ORDER BY a.seq, p.seq", [page_id]).fetchall()
    out: list[dict] = []
    counted: dict[int, int] = {}
    for aid, *box in rows:
        index = counted.get(aid, 0)
        counted[aid] = index + 1
        if None not in box:
            out.append({"article_id": aid, "index": index, "box": tuple(box), "caption": None})
    if not out:
        return out
    under: dict[int, list[tuple[int, int, int, int]]] = {}
    for b in (b for b in (page_blocks(archive, page_id) if blocks is None else blocks) if b["kind"] == CAPTION):
        x0, y0, x1, y1 = b["box"]
        slack = 0.5 * (y1 - y0)
        above = [k for k, p in enumerate(out) if p["article_id"] == b["article_id"]
                 and min(x1, p["box"][2]) - max(x0, p["box"][0]) > 0.5 * (x1 - x0) and y0 >= p["box"][3] - slack]
        if above:
            under.setdefault(max(above, key=lambda k: out[k]["box"][3]), []).append(b["box"])
    for k, boxes in under.items():
        out[k]["caption"] = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                             max(b[2] for b in boxes), max(b[3] for b in boxes))
    return out
