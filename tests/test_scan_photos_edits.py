"""A scanned page's photo follows its caption when the page view's correction moves the caption
to another article, and the move is made again, photo and all, when the page is read again."""

from __future__ import annotations

import copy

from baoku.core.model import CAPTION
from baoku.core.store import Archive
from baoku.core.store.layoutedits import move_block, page_blocks, reapply

from .test_scan_photos_archive import picture_issue


def _photos(archive) -> dict[str, list[str]]:
    """Each article's first words -> its photos' captions."""
    return {archive.article(aid).article.text()[:12]: [p.caption for p in archive.article(aid).article.photos]
            for aid in archive.page_article_ids(archive.pages()[0]["id"])}


def test_a_caption_moved_to_another_article_takes_its_photo_and_the_move_is_made_again(tmp_path):
    """Before, the caption's text moved as a paragraph and its photo stayed behind: left with no
    text, the picture story was deleted, and its photo with it."""
    issue = picture_issue()
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(copy.deepcopy(issue))
        page_id = archive.pages()[0]["id"]
        blocks = page_blocks(archive, page_id)
        cap = next(b for b in blocks if b["kind"] == "caption")
        story = next(b for b in blocks if b["kind"] == "text" and b["article_id"] != cap["article_id"])
        move_block(archive, cap["id"], story["id"], "tester")
        rec = archive.article(story["article_id"]).article
        assert [p.caption for p in rec.photos] == ["Mayor Smith opens the bridge."]
        assert [b.text for b in rec.blocks if b.kind == CAPTION] == ["Mayor Smith opens the bridge. Photo by John Doe"]
        assert [c.name for c in rec.contributors if c.role == "摄"] == ["John Doe"]
        assert sum(len(v) for v in _photos(archive).values()) == 1  # moved, not doubled
        after_move = _photos(archive)
    with Archive(tmp_path / "a.db") as archive:  # read again (--replace): the move is made again
        result = archive.save_issue(copy.deepcopy(issue), replace=True, laid_out=lambda pid: reapply(archive, pid))
        assert result.article_ids
        assert _photos(archive) == after_move


def test_on_a_server_a_caption_moved_takes_its_photo(tmp_path, server_url):
    from baoku.core.store.server import ServerArchive

    store = tmp_path / "images"
    store.mkdir()
    with ServerArchive(server_url) as server:
        server.set_image_store(store)
        server.save_issue(picture_issue())
        blocks = page_blocks(server, server.pages()[0]["id"])
        cap = next(b for b in blocks if b["kind"] == "caption")
        story = next(b for b in blocks if b["kind"] == "text" and b["article_id"] != cap["article_id"])
        move_block(server, cap["id"], story["id"], "tester")
        rec = server.article(story["article_id"]).article
        assert [p.caption for p in rec.photos] == ["Mayor Smith opens the bridge."] and rec.photos[0].data
        assert sum(len(v) for v in _photos(server).values()) == 1
