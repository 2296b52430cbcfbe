"""An article's photo as the row both archives keep it in (`photo`): the columns written, the
values a Photo gives them, and the Photo read back from a row. Written once, so that an archive
file and a server file and read the same columns (the photo's box and its caption's box among them)."""

from __future__ import annotations

import hashlib

from ..model import Photo

# Written for each photo after its article_id and seq.
COLUMNS = ("caption", "credit", "filename", "mime", "data", "sha256", "x0", "y0", "x1", "y1",
           "caption_x0", "caption_y0", "caption_x1", "caption_y1")
INSERT = f"INSERT INTO photo (article_id, seq, {', '.join(COLUMNS)}) VALUES ({', '.join('?' * (len(COLUMNS) + 2))})"
# What a Photo is read back from, in an article's order.
SELECT = ("SELECT caption, credit, filename, mime, data, x0, y0, x1, y1, caption_x0, caption_y0, caption_x1, "
          "caption_y1 FROM photo WHERE article_id = ? ORDER BY seq")


def photo_values(article_id: int, seq: int, p: Photo) -> tuple:
    """The row of INSERT for the article's `seq`-th photo (from 1)."""
    return (article_id, seq, p.caption, p.credit, p.filename, p.mime, p.data,
            hashlib.sha256(p.data).hexdigest() if p.data else "", *(p.box or (None,) * 4),
            *(p.caption_box or (None,) * 4))


def photo_of(row) -> Photo:
    """The Photo of a row of SELECT (a mapping by column name; the server gives its bytes as a memoryview)."""
    data = row["data"]
    return Photo(row["caption"], row["credit"], row["filename"], row["mime"], bytes(data) if data is not None else None,
                 (row["x0"], row["y0"], row["x1"], row["y1"]),
                 (row["caption_x0"], row["caption_y0"], row["caption_x1"], row["caption_y1"]))
