"""A scanned page's photos in the archive (issue 30, method item 3): filed with their pixels,
caption, credit and box, read back the same on an archive file and on a server, and the
caption's words found by search (its lines stay in the article's text)."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from baoku.core.model import IssueInfo, ParsedIssue
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive

from .test_scan_photos import _parsed, _picture_story

CAPTION = "Mayor Smith opens the bridge. Photo by John Doe"


def picture_issue() -> ParsedIssue:
    """An issue of one scanned page: a picture in colour, its English caption under it, and a story."""
    lines, gray, img = _picture_story(CAPTION, head=True, colour=True)
    page = _parsed(lines, gray, 1300, 900, image=lambda: img)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    assert page.scan is not None
    page.scan.data, page.scan.mime = buf.getvalue(), "image/png"
    return ParsedIssue(IssueInfo("Evening Star", dt.date(1920, 11, 15)), [page], source="s.png",
                       source_hash="s", importer="scan")


def photos_of(archive) -> list[tuple]:
    out = []
    for aid in archive.page_article_ids(archive.pages()[0]["id"]):
        for p in archive.article(aid).article.photos:
            out.append((p.caption, p.credit, p.filename, p.mime, p.box, Image.open(io.BytesIO(p.data)).size))
    return out


def test_a_scans_photo_is_filed_with_its_pixels_caption_and_box_and_its_caption_is_searched(tmp_path):
    """Before, the picture's article had no photo; the caption's words, a line of its text, were
    found. They still are: the caption is the photo's caption and a caption line of the text."""
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(picture_issue())
        [(caption, credit, name, mime, box, size)] = photos_of(archive)
        assert (caption, credit) == ("Mayor Smith opens the bridge.", "John Doe")
        assert name.startswith("figure1.") and mime in ("image/png", "image/jpeg")
        assert box is not None and size == (box[2] - box[0], box[3] - box[1])
        with SearchIndex(archive) as index:
            index.sync()
            assert index.search("Mayor Smith").total == 1
            assert index.search("bridge").total == 1
            assert index.search("作者:\"John Doe\"").total == 1


def test_a_scans_photo_is_filed_on_a_server_as_on_a_file_and_its_caption_searched(tmp_path, server_url):
    import copy

    from baoku.core.search.servermatch import search_ids
    from baoku.core.store.server import ServerArchive

    issue = picture_issue()
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(copy.deepcopy(issue))
        on_file = photos_of(archive)
        data = [p.data for aid in archive.page_article_ids(archive.pages()[0]["id"])
                for p in archive.article(aid).article.photos]
    store = tmp_path / "images"
    store.mkdir()
    with ServerArchive(server_url) as server:
        server.set_image_store(store)
        server.save_issue(copy.deepcopy(issue))
        assert photos_of(server) == on_file and len(on_file) == 1
        assert [p.data for aid in server.page_article_ids(server.pages()[0]["id"])
                for p in server.article(aid).article.photos] == data  # the same bytes
        assert len(search_ids(server, "Mayor Smith")) == 1 and len(search_ids(server, "bridge")) == 1
