"""A scanned page's layout blocks, stored with it, and the page view's corrections of them (a block
moved to another article or to another place in its own), made again when the page is read again
(core/store/layoutedits.py)."""

from __future__ import annotations

import shutil

from baoku.core.importing.run import import_paths
from baoku.core.store import Archive, images
from baoku.core.store.layoutedits import edits, move_block, page_blocks

from .test_scans import scanned  # noqa: F401


def _copy(scanned, tmp_path):  # noqa: F811
    db = tmp_path / "a.db"
    with Archive(scanned[0]) as archive:
        archive.copy_to(db)
    shutil.copytree(images.folder(scanned[0]), images.folder(db))
    return db


def _squeezed(archive: Archive) -> str:
    """Every character of the page's articles, in no order."""
    return "".join(sorted("".join(archive.article(i).article.text() for i in archive.article_ids()).replace(" ", "")
                          .replace("\n", "")))


def test_the_pages_blocks_are_stored_in_reading_order_with_their_lines(scanned):  # noqa: F811
    with Archive(scanned[0]) as archive:
        page_id = archive.scan_lines(article_id=archive.article_ids()[0])[0]["page_id"]
        blocks = page_blocks(archive, page_id)
        lines = archive.scan_lines(page_id=page_id)
        ids = archive.article_ids()
    assert [b["seq"] for b in blocks] == list(range(1, len(blocks) + 1))
    assert {b["kind"] for b in blocks} >= {"title", "text"}
    assert all(ln["block_id"] in {b["id"] for b in blocks} for ln in lines)  # every line in a block
    heads = [b for b in blocks if b["kind"] == "title"]
    assert [b["article_id"] for b in heads] == ids  # each headline opens its article, in order
    for b in blocks:  # a block's lines lie inside its box
        for ln in (ln for ln in lines if ln["block_id"] == b["id"]):
            assert b["box"][0] <= ln["box"][0] and ln["box"][2] <= b["box"][2]


def test_a_block_moved_to_another_article_takes_its_text_and_is_made_again_when_the_page_is_read_again(
        scanned, tmp_path):  # noqa: F811
    db = _copy(scanned, tmp_path)
    with Archive(db) as archive:
        first, second = archive.article_ids()
        page_id = archive.scan_lines(article_id=first)[0]["page_id"]
        blocks = page_blocks(archive, page_id)
        last_of_first = [b for b in blocks if b["article_id"] == first and b["kind"] == "text"][-1]
        head_of_second = next(b for b in blocks if b["article_id"] == second and b["kind"] == "title")
        moving = [ln["text"] for ln in archive.scan_lines(page_id=page_id) if ln["block_id"] == last_of_first["id"]]
        before = _squeezed(archive)
        changed = move_block(archive, last_of_first["id"], head_of_second["id"], "tester")
        assert sorted(changed) == [first, second]
        text = "".join(archive.article(second).article.text().split())
        moved = "".join("".join(moving).split())
        head = "".join(archive.article(second).article.headline.split())
        assert text.startswith(head + moved)  # set in right after the headline it follows
        assert moved not in "".join(archive.article(first).article.text().split())
        assert _squeezed(archive) == before  # nothing lost or doubled
        assert [ln["article_id"] for ln in archive.scan_lines(page_id=page_id)
                if ln["block_id"] == last_of_first["id"]] == [second] * len(moving)
        [kept] = edits(archive, page_id)
        assert kept["box"] == last_of_first["box"] and kept["who"] == "tester"
        after_move = {archive.article(i).article.headline: archive.article(i).article.text()
                      for i in archive.article_ids()}
    # The same page imported again, read anew (--replace): the move is made again.
    with Archive(db) as archive:
        report = import_paths(archive, [scanned[1]], replace=True)
        assert report.ok, report.outcomes[0].message
        again = {archive.article(i).article.headline: archive.article(i).article.text()
                 for i in archive.article_ids()}
        page_id = archive.scan_lines(article_id=archive.article_ids()[0])[0]["page_id"]
        assert len(edits(archive, page_id)) == 1
    assert again == after_move


def test_a_block_moved_within_its_article_changes_its_order(scanned, tmp_path):  # noqa: F811
    db = _copy(scanned, tmp_path)
    with Archive(db) as archive:
        first = archive.article_ids()[0]
        page_id = archive.scan_lines(article_id=first)[0]["page_id"]
        blocks = [b for b in page_blocks(archive, page_id) if b["article_id"] == first]
        head, texts = blocks[0], [b for b in blocks if b["kind"] == "text"]
        last = texts[-1]
        moving = "".join(ln["text"] for ln in archive.scan_lines(page_id=page_id) if ln["block_id"] == last["id"])
        move_block(archive, last["id"], head["id"], "tester")
        art = archive.article(first).article
        assert "".join(art.text().split()).startswith("".join((art.headline + moving).split()))
        order = [b["id"] for b in page_blocks(archive, page_id)]
        assert order.index(last["id"]) == order.index(head["id"]) + 1
