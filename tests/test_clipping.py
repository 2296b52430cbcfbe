"""Clipping a scanned page (issue 18): a rectangle becomes an article with the text inside it (read
again by OCR where no stored line is there) or an article's facsimile; an article splits in two at
a line and two merge into one, with no character lost or doubled. Each test runs on an archive file
and on a server archive (the same scanned archive migrated to it, its image in the server's image
store)."""

from __future__ import annotations

import shutil

import pytest

from baoku.core.errors import ValidationError
from baoku.core.store import Archive, images
from baoku.core.app import Library
from baoku.core.app.actions.clipping import clip
from baoku.core.store.clipping import (attach_facsimile, facsimile, lines_inside, locate, merge_articles,
                                       split_at_line)
from baoku.core.model import HEADLINE, PARAGRAPH, Block

from .conftest import search_of
from .test_scans import scanned  # noqa: F401


@pytest.fixture
def archive(tmp_path, scanned, backend, request):  # noqa: F811
    """The scanned page's archive, as a file or (`backend`) migrated to a server archive."""
    db = tmp_path / "a.db"
    with Archive(scanned[0]) as source:
        source.copy_to(db)
    shutil.copytree(images.folder(scanned[0]), images.folder(db))
    if backend == "sqlite":
        with Archive(db) as a:
            yield a
        return
    yield from on_server(db, request.getfixturevalue("server_url"), tmp_path)


def on_server(db, url: str, tmp_path):
    """The archive file `db` moved to the server archive at `url` (its images to a store in
    `tmp_path`), open."""
    from baoku.core.address import ServerAddress
    from baoku.core.store.migration import migrate
    from baoku.core.store.server import ServerArchive

    store = tmp_path / "nas"
    store.mkdir()
    with ServerArchive(url) as server:
        server.set_image_store(store)
    migrate(db, ServerAddress(url))
    with ServerArchive(url) as server:
        yield server


def clip_article(archive, page_id, box, who):
    """The clip action on this archive: the new article's id."""
    return clip(Library.around(archive), page_id, box, who).value


def squeezed(archive) -> str:
    """Every character of every article's text, in a canonical order (so moves are neutral)."""
    return "".join(sorted("".join(archive.article(i).article.text().split()) for i in archive.article_ids()))


def _chars(archive) -> list[str]:
    return sorted(ch for i in archive.article_ids() for ch in archive.article(i).article.text() if not ch.isspace())


def test_locate_finds_each_line_in_its_own_place():
    blocks = [Block(HEADLINE, "丰收"), Block(PARAGRAPH, "丰收 了，今年又 丰收了。")]
    assert locate(blocks, ["丰收", "丰收了，", "今年又丰收", "了。", "不在"]) == [
        (0, 0, 2), (1, 0, 5), (1, 5, 11), (1, 11, 13), None]


def test_a_clipped_region_becomes_an_article_with_the_text_inside_it(archive):
    first, second = archive.article_ids()
    lines = archive.scan_lines(article_id=second)
    head = lines[0]
    body = [ln for ln in lines[1:] if ln["x1"] < head["x1"]]  # the headline and its first column's lines
    assert len(body) >= 2
    box = (min(ln["x0"] for ln in [head, *body]) - 4, head["y0"] - 4,
           max(ln["x1"] for ln in body) + 4, max(ln["y1"] for ln in body) + 4)
    assert [ln["id"] for ln in lines_inside(archive, head["page_id"], box)] == [ln["id"] for ln in [head, *body]]
    before = _chars(archive)
    new = clip_article(archive, head["page_id"], box, who="王编辑")
    rec = archive.article(new)
    assert rec.article.headline == "全市重点项目完成投资超千亿元"
    assert "".join(rec.article.text().split()) == "".join("".join(ln["text"] for ln in [head, *body]).split())
    left = archive.article(second).article
    assert left.headline == "" and "全市重点项目" not in left.text()  # the clipped text left its article
    assert _chars(archive) == before  # not a character lost or doubled
    assert {ln["id"] for ln in archive.scan_lines(article_id=new)} == {ln["id"] for ln in [head, *body]}
    assert facsimile(archive, new)["box"] == box and facsimile(archive, new)["attached"]
    with search_of(archive) as index:
        index.sync()
        assert new in index.search("千亿元").ids


def test_where_no_stored_line_is_the_crop_is_read_again(archive):
    first, second = archive.article_ids()
    region = archive.article_scan(second)
    expected = archive.article(second).article.headline
    archive._sql("DELETE FROM scan_line WHERE article_id = ?", [second])  # as if the OCR had missed it
    archive.delete_article(second)
    x0, y0, x1, y1 = region["region"]
    new = clip_article(archive, region["page_id"], (x0 - 6, y0 - 6, x1 + 6, y1 + 6), who="王编辑")
    rec = archive.article(new)
    assert rec.article.headline == expected
    assert len(archive.scan_lines(article_id=new)) >= 4  # the lines read again are kept, with boxes


def test_a_rectangle_with_nothing_or_too_little_is_refused_and_nothing_changes(archive):
    page = archive.article_scan(archive.article_ids()[0])["page_id"]
    before = squeezed(archive), archive.article_ids()
    with pytest.raises(ValidationError, match="too small"):
        clip_article(archive, page, (10, 10, 15, 400), who="x")
    with pytest.raises(ValidationError, match="no text"):
        clip_article(archive, page, (2, 2, 60, 60), who="x")  # the blank margin
    assert (squeezed(archive), archive.article_ids()) == before


def test_a_facsimile_attaches_to_an_article_and_replaces_the_one_before(archive):
    aid = archive.article_ids()[0]
    own = facsimile(archive, aid)
    assert own and not own["attached"] and own["box"] == archive.article_scan(aid)["region"]
    got = attach_facsimile(archive, aid, own["page_id"], (100, 120, 700, 500), who="王编辑")
    assert got["attached"] and got["box"] == (100, 120, 700, 500) and got["who"] == "王编辑"
    attach_facsimile(archive, aid, own["page_id"], (0, 0, 99999, 300), who="王编辑")  # clipped to the page
    assert facsimile(archive, aid)["box"] == (0, 0, archive.page_scan(own["page_id"])["width"], 300)


def test_split_at_a_line_and_merge_back(archive):
    first = archive.article_ids()[0]
    original = archive.article(first).article
    lines = archive.scan_lines(article_id=first)
    cut = next(ln for ln in lines if ln["text"].startswith("田间") or ln is lines[len(lines) // 2])
    before = _chars(archive)
    new = split_at_line(archive, cut["id"])
    a, b = archive.article(first).article, archive.article(new).article
    assert _chars(archive) == before
    assert "".join(b.text().split()).startswith("".join(cut["text"].split()))
    assert {ln["id"] for ln in archive.scan_lines(article_id=new)} == {ln["id"] for ln in lines[lines.index(cut):]}
    assert a.headline == original.headline
    merge_articles(archive, first, new)
    assert new not in archive.article_ids() and _chars(archive) == before
    assert "".join(archive.article(first).article.text().split()) == "".join(original.text().split())
    assert len(archive.scan_lines(article_id=first)) == len(lines)
    with pytest.raises(ValidationError):
        merge_articles(archive, first, first)


def test_a_merged_articles_corrections_go_with_its_text(archive):
    """Merging takes the second article's corrections along to the first, at its blocks' new
    places (on a server too, where they would otherwise go with the deleted row)."""
    from baoku.core.store import corrections

    first, second = archive.article_ids()
    blocks = len(archive.article(first).article.blocks)
    fixed = corrections.correct_block(archive, second, 1, "校对后的一段。", "王编辑")
    merge_articles(archive, first, second)
    (moved,) = [c for c in corrections.history(archive, first) if c.id == fixed.id]
    assert (moved.article_id, moved.block, moved.new_text) == (first, blocks + 1, "校对后的一段。")
    assert archive.article(first).article.blocks[blocks + 1].text == "校对后的一段。"


def test_the_pdf_export_prints_each_facsimile_above_its_text_at_print_resolution(archive, tmp_path):
    import pdfplumber

    from baoku.core.export import ExportOptions, export_pdf
    from baoku.core.export.facsimile import PAD

    ids = archive.article_ids()
    out = tmp_path / "clip.pdf"
    export_pdf(archive, ids, out, ExportOptions(facsimile=True, booklet=False))
    plain = tmp_path / "plain.pdf"
    export_pdf(archive, ids, plain, ExportOptions(booklet=False))
    with pdfplumber.open(out) as pdf:
        pages = pdf.pages
        images = [(p.page_number, im) for p in pages for im in p.images]
        assert len(images) == len(ids)
        for (number, im), aid in zip(images, ids):
            x0, y0, x1, y1 = archive.article_scan(aid)["region"]
            assert tuple(im["srcsize"]) == (x1 - x0 + 2 * PAD, y1 - y0 + 2 * PAD)  # the page's own pixels
            assert im["width"] <= (x1 - x0 + 2 * PAD) * 72 / 300 + 0.5  # never enlarged past 300 dpi
            page = pages[number - 1]
            words = page.extract_text_lines()
            head = archive.article(aid).article.headline
            below = [w for w in words if w["top"] >= im["bottom"] - 1]  # image, its source line, the text
            assert below[0]["text"].startswith("原版剪报") and below[1]["text"].replace(" ", "") == head
    with pdfplumber.open(plain) as pdf:
        assert not any(p.images for p in pdf.pages)


def test_a_split_keeps_a_headline_held_only_as_metadata(tmp_path):
    import datetime as dt

    from baoku.core.model import Article, IssueInfo, PageInfo, ParsedIssue, ParsedPage
    from baoku.core.store.clipping import split_article

    art = Article(blocks=[Block(PARAGRAPH, "第一段，讲丰收。"), Block(PARAGRAPH, "第二段，讲投资。")],
                  headline="只在元数据里的标题")  # as JSONL gives it: no headline block
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(ParsedIssue(IssueInfo("晋江日报", dt.date(1998, 5, 4)), [ParsedPage(PageInfo(1), [art])],
                                       source="t", source_hash="t"))
        new = split_article(archive, 1, 1)
        assert archive.article(1).article.headline == "只在元数据里的标题"
        assert archive.article(1).article.paragraphs == ["第一段，讲丰收。"]
        assert archive.article(new).article.paragraphs == ["第二段，讲投资。"]


@pytest.mark.parametrize("box", [(0, 0, 1e309, 5), (0, float("nan"), 400, 400), (float("-inf"), 0, 400, 400),
                                 (0, 0, 400)])
def test_a_rectangle_of_non_finite_numbers_is_refused_before_any_work(archive, box):
    page = archive.article_scan(archive.article_ids()[0])["page_id"]
    before = squeezed(archive), archive.article_ids()
    with pytest.raises(ValidationError, match="four finite numbers"):
        clip_article(archive, page, box, who="x")
    assert (squeezed(archive), archive.article_ids()) == before


def test_a_rectangle_off_the_page_is_refused_at_once_not_read_by_ocr(archive, monkeypatch):
    import baoku.core.app.actions.clipping as clipping

    page = archive.article_scan(archive.article_ids()[0])["page_id"]
    w, h = archive.page_scan(page)["width"], archive.page_scan(page)["height"]
    monkeypatch.setattr(clipping, "_read_again", lambda *a: pytest.fail("the crop was read by OCR"))
    for box in ((w + 10, 0, w + 900, 900), (-900, -900, -10, -10), (0, h + 1, 500, h + 800)):
        with pytest.raises(ValidationError, match="lies outside the page"):
            clip_article(archive, page, box, who="x")


def test_a_split_at_another_articles_line_or_at_the_start_is_refused_and_nothing_changes(archive, tmp_path, capsys):
    from baoku.cli import main

    first, second = archive.article_ids()
    other = archive.scan_lines(article_id=second)[3]
    own_first = archive.scan_lines(article_id=first)[0]
    before = squeezed(archive), archive.article_ids()
    with pytest.raises(ValidationError, match=f"belongs to article {second}"):
        split_at_line(archive, other["id"], first)
    from baoku.core.store.clipping import split_article

    with pytest.raises(ValidationError, match="nothing of it would be left before the cut"):
        split_article(archive, first, 0)
    with pytest.raises(ValidationError, match="nothing of it would be left before the cut"):
        split_at_line(archive, own_first["id"], first)
    assert (squeezed(archive), archive.article_ids()) == before
    db = str(archive.path)
    capsys.readouterr()
    assert main(["--archive", db, "split", str(first), "--line", str(other["id"])]) == 1
    assert f"belongs to article {second}" in capsys.readouterr().err
    assert main(["--archive", db, "split", str(first), "--block", "0"]) == 1
    assert main(["--archive", db, "clip", "1", "--box=0,0,1e309,5"]) == 1
    assert "four finite numbers" in capsys.readouterr().err
    assert main(["--archive", db, "clip", "1", "--box", "-100,-100,-20,-20"]) == 1  # a minus sign, spaced
    assert "lies outside the page" in capsys.readouterr().err
    assert (squeezed(archive), archive.article_ids()) == before


@pytest.mark.parametrize("damage", ["missing", "truncated", "replaced"])
def test_a_facsimile_whose_page_image_is_damaged_names_the_article_and_asks(archive, tmp_path, capsys, damage):
    from PIL import Image

    from baoku.cli import main
    from baoku.core.errors import FacsimileUnavailable
    from baoku.core.export import ExportOptions, export_pdf

    ids = archive.article_ids()
    page = archive.article_scan(ids[0])["page_id"]
    scan = archive.page_scan(page)
    stored = images.path_of(archive.image_folder, scan["sha256"], scan["mime"])
    if damage == "missing":
        stored.unlink()
    elif damage == "truncated":
        stored.write_bytes(stored.read_bytes()[:5000])
    else:  # another picture of the same size, where the page was
        Image.new("L", (scan["width"], scan["height"]), 255).save(stored, format="PNG")
    out = tmp_path / "f.pdf"
    with pytest.raises(FacsimileUnavailable) as e:
        export_pdf(archive, ids, out, ExportOptions(facsimile=True, booklet=False))
    assert f"article {ids[0]} 「{archive.article(ids[0]).article.headline}」" in str(e.value) and not out.exists()
    capsys.readouterr()
    assert main(["--archive", str(archive.path), "export", *map(str, ids), "--facsimile", "-o", str(out)]) == 1
    said = capsys.readouterr().err.replace("\n", "")
    assert "cannot be printed" in said and "--skip-missing-facsimiles" in said and "Traceback" not in said
    assert not out.exists()
    assert main(["--archive", str(archive.path), "export", *map(str, ids), "--facsimile", "--skip-missing-facsimiles",
                 "-o", str(out)]) == 0
    assert out.exists()
