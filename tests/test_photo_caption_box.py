"""A photo cut from a page keeps the box of its caption with it (caption_x0..caption_y1 of `photo`,
NULL when it has none) on an archive file and on a server, as the import paired them; the page
view reads it from there instead of pairing the layout's caption blocks with the photos again.
An archive stored before has its photos' caption boxes paired once, by its migration."""

from __future__ import annotations

import copy
import datetime as dt
import io

from PIL import Image, ImageDraw

from baoku.core.model import (
    CAPTION, HEADLINE, PARAGRAPH, Article, Block, IssueInfo, LayoutBlock, PageInfo, PageScan, ParsedIssue,
    ParsedPage, Photo, ScanLine,
)
from baoku.core.store import Archive
from baoku.core.store.photoboxes import page_photos

PICTURE = (60, 120, 460, 400)
UNDER = (60, 410, 460, 432)  # the caption's lines, under the picture
SAID = "Mayor Smith opens the bridge. Photo by John Doe"
BOXES = "SELECT filename, x0, y0, x1, y1, caption_x0, caption_y0, caption_x1, caption_y1 FROM photo ORDER BY id"


def png(w: int, h: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (w, h), (40, 120, 200)).save(buf, format="PNG")
    return buf.getvalue()


def picture_page(caption_box: tuple[int, int, int, int] | None = UNDER, caption_block: bool = True) -> ParsedIssue:
    """A scanned page as an import stores it, made by hand (no layout run): a story with a picture,
    its caption under it (a caption block of the layout when `caption_block`), the photo with
    `caption_box`, and a second story beside it."""
    img = Image.new("RGB", (900, 700), "white")
    ImageDraw.Draw(img).rectangle(PICTURE, fill=(40, 120, 200))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    lines = [("BRIDGE OPENS", (60, 40, 460, 90), 0, 0), (SAID, UNDER, 0, 2),
             ("The new bridge was opened on Monday.", (60, 450, 460, 472), 0, 3),
             ("SCHOOL FAIR", (520, 40, 860, 90), 1, 4), ("The school fair is on Saturday.", (520, 120, 860, 142), 1, 5)]
    scan = PageScan(buf.getvalue(), "image/png", 0, 900, 700,
                    [ScanLine(t, box, 0.99, [], art, block) for t, box, art, block in lines],
                    blocks=[LayoutBlock("title", (60, 40, 460, 90), 0), LayoutBlock("figure", PICTURE, 0),
                            LayoutBlock("caption" if caption_block else "text", UNDER, 0),
                            LayoutBlock("text", (60, 450, 460, 472), 0),
                            LayoutBlock("title", (520, 40, 860, 90), 1), LayoutBlock("text", (520, 120, 860, 142), 1)])
    bridge = Article([Block(HEADLINE, "BRIDGE OPENS"), Block(CAPTION, SAID),
                      Block(PARAGRAPH, "The new bridge was opened on Monday.")], headline="BRIDGE OPENS",
                     language="en", photos=[Photo("Mayor Smith opens the bridge.", "John Doe", "figure1.png",
                                                  "image/png", png(400, 280), PICTURE, caption_box)])
    fair = Article([Block(HEADLINE, "SCHOOL FAIR"), Block(PARAGRAPH, "The school fair is on Saturday.")],
                   headline="SCHOOL FAIR", language="en")
    page = ParsedPage(PageInfo(1), [bridge, fair], raw_text="")
    page.scan = scan
    return ParsedIssue(IssueInfo("Evening Star", dt.date(1920, 11, 15)), [page], source="s.png", source_hash="s",
                       importer="scan")


def _rows(archive) -> list[tuple]:
    return [tuple(r) for r in archive.conn.execute(BOXES)]


def _places(archive) -> list[tuple]:
    return [(p["box"], p["caption"]) for p in page_photos(archive, archive.pages()[0]["id"])]


def test_a_scans_photo_is_stored_with_its_captions_box_as_the_import_paired_them(tmp_path):
    """Before, a Photo had no caption box: the page view paired the layout's caption blocks with
    the photos again, by a rule of its own."""
    from .test_scan_photos_archive import picture_issue

    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(picture_issue())
        [photo] = [p for aid in archive.article_ids() for p in archive.article(aid).article.photos]
        [(_, *box, cx0, cy0, cx1, cy1)] = _rows(archive)
        assert photo.caption_box == (cx0, cy0, cx1, cy1) and tuple(box) == photo.box
        x0, y0, x1, y1 = photo.box
        assert cy0 >= y1 - 5 and cx0 >= x0 - 5 and cx1 <= x1 + 5 and cy1 - cy0 < 60  # the line under it
        assert _places(archive) == [(photo.box, photo.caption_box)]


def test_the_page_view_reads_the_stored_caption_box_and_pairs_nothing_itself(tmp_path):
    with Archive(tmp_path / "a.db") as archive:  # a box stored, no caption block under the picture
        archive.save_issue(picture_page(caption_box=(50, 405, 470, 440), caption_block=False))
        assert _places(archive) == [(PICTURE, (50, 405, 470, 440))]
    with Archive(tmp_path / "b.db") as archive:  # a caption block under it, the photo stored with none
        archive.save_issue(picture_page(caption_box=None))
        assert _places(archive) == [(PICTURE, None)]


def test_the_caption_box_is_filed_and_read_back_on_a_server(tmp_path, server_url):
    from baoku.core.store.server import ServerArchive

    with ServerArchive(server_url) as server:
        server.set_image_store(tmp_path)
        server.save_issue(picture_page())
        assert _rows(server) == [("figure1.png", *PICTURE, *UNDER)]
        [photo] = server.article(server.article_ids()[0]).article.photos
        assert (photo.box, photo.caption_box) == (PICTURE, UNDER)
        assert _places(server) == [(PICTURE, UNDER)]


def _older_file(path) -> list[tuple]:
    """An archive file as a Baoku of schema 16 left it (its photos with no caption box, the layout's
    caption block under the picture); the articles' content hashes."""
    with Archive(path) as archive:
        archive.save_issue(picture_page(caption_box=None))
        hashes = archive.conn.execute("SELECT id, content_hash FROM article ORDER BY id").fetchall()
        archive.conn.execute("ALTER TABLE photo DROP COLUMN caption_x0")
        for c in ("caption_y0", "caption_x1", "caption_y1"):
            archive.conn.execute(f"ALTER TABLE photo DROP COLUMN {c}")
        archive.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm017_photo_caption_box'")
        archive.conn.execute("PRAGMA user_version = 16")
        archive.conn.commit()
    return hashes


def test_an_older_archive_files_photos_get_their_caption_boxes_when_it_is_migrated(tmp_path):
    hashes = _older_file(tmp_path / "old.db")
    with Archive(tmp_path / "old.db") as archive:
        assert archive.schema_version == 17
        assert _rows(archive) == [("figure1.png", *PICTURE, *UNDER)]
        assert archive.conn.execute("SELECT id, content_hash FROM article ORDER BY id").fetchall() == hashes
        assert _places(archive) == [(PICTURE, UNDER)]


def test_an_older_server_archives_photos_get_their_caption_boxes_when_it_is_migrated(tmp_path, server_url,
                                                                                     monkeypatch):
    from baoku.core.store.server import ServerArchive, schema

    from .oldphotos import later_photo_columns

    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", [step for step in schema.MIGRATIONS if step[0] < 20])  # before the caption boxes
        m.setattr(schema, "SCHEMA_VERSION", 19)
        with ServerArchive(server_url) as old:
            old.set_image_store(tmp_path)
            with later_photo_columns(old.conn, after=19):
                old.save_issue(picture_page(caption_box=None))
            hashes = old.conn.execute("SELECT id, content_hash FROM article ORDER BY id").fetchall()
    with ServerArchive(server_url) as archive:
        assert _rows(archive) == [("figure1.png", *PICTURE, *UNDER)]
        assert archive.conn.execute("SELECT id, content_hash FROM article ORDER BY id").fetchall() == hashes


def test_a_migrate_carries_the_caption_box_both_ways(tmp_path, server_url):
    from baoku.core.address import ServerAddress
    from baoku.core.store.migration import migrate
    from baoku.core.store.server import ServerArchive

    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(copy.deepcopy(picture_page()))
        before = _rows(archive)
    assert before == [("figure1.png", *PICTURE, *UNDER)]
    (tmp_path / "images").mkdir()
    with ServerArchive(server_url) as server:
        server.set_image_store(tmp_path / "images")
    migrate(tmp_path / "a.db", ServerAddress(server_url))
    with ServerArchive(server_url) as server:
        assert _rows(server) == before
    migrate(ServerAddress(server_url), tmp_path / "back.db")
    with Archive(tmp_path / "back.db") as back:
        assert _rows(back) == before
