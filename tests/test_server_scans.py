"""Scanned pages on a server archive (issue 27): the image store the archive names, a scanned page
filed as on an archive file (its image in the store, its OCR lines and layout blocks in the
database, logged), the page view and `show --page-image` read from it, and `check` finding a
missing or damaged image. The page is rendered and read by OCR once for the module."""

from __future__ import annotations

import copy
import json

import pytest

from baoku.cli import main
from baoku.core.errors import ImportRejected, NotFound, ValidationError
from baoku.core.store import Archive, images

from .scanpage import render
from .test_scans import STORIES
from .test_server_store import parsed


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    said = capsys.readouterr()
    return code, said.out, said.err


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """A small two-column page image, and the issue the importer reads from it (OCR, once)."""
    folder = tmp_path_factory.mktemp("scan")
    path = folder / "闽南日报_2024-10-12_A07_视觉.png"
    path.write_bytes(render(STORIES, width=1000))
    issues = parsed(path)
    assert len(issues) == 1 and issues[0].pages[0].scan is not None
    return path, issues[0]


def _server(url):
    from baoku.core.store.server import ServerArchive

    return ServerArchive(url)


def _filed(archive) -> dict:
    """Everything a scanned page was filed as, with ids replaced by places (an article's place on
    the page, a block's seq), so that two archives' can be compared."""
    from baoku.core.store.layoutedits import page_blocks

    (page_id,) = [p["id"] for p in archive.pages()]
    ids = archive.page_article_ids(page_id)
    place = {aid: n for n, aid in enumerate(ids)}
    blocks = page_blocks(archive, page_id)
    block_seq = {b["id"]: b["seq"] for b in blocks}
    lines = [{**{k: v for k, v in ln.items() if k not in ("id", "page_id")},
              "article_id": place.get(ln["article_id"]), "block_id": block_seq.get(ln["block_id"])}
             for ln in archive.scan_lines(page_id=page_id)]
    articles = []
    for aid in ids:
        rec = archive.article(aid)
        a = rec.article
        scan = archive.article_scan(aid)
        articles.append((a.headline, a.byline, [(b.kind, b.text) for b in a.blocks],
                         [(c.name, c.role) for c in a.contributors], rec.content_hash,
                         {**scan, "page_id": None} if scan else None))
    return {"scan": archive.page_scan(page_id), "articles": articles, "lines": lines,
            "blocks": [{**b, "id": None, "article_id": place.get(b["article_id"])} for b in blocks],
            "regions": sorted(archive.article_regions(page_id).values())}


def test_a_scanned_page_is_filed_on_a_server_as_on_a_file(page, tmp_path, server_url):
    path, issue = page
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(copy.deepcopy(issue))
        on_file = _filed(archive)
    store = tmp_path / "nas" / "images"
    store.mkdir(parents=True)
    with _server(server_url) as server:
        with pytest.raises(ImportRejected, match="has no image store") as e:  # none named yet: nothing stored
            server.save_issue(copy.deepcopy(issue))
        assert len(str(e.value).splitlines()) == 1 and server.stats()["articles"] == 0 and server.pages() == []
        server.set_image_store(store)
        result = server.save_issue(copy.deepcopy(issue))
        assert len(result.article_ids) == len(on_file["articles"]) == 2
        on_server = _filed(server)
        sha = on_server["scan"]["sha256"]
        audit = server.audit_log(table="scan_line", limit=1000)
        notices = server.conn.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'notify_scan%'").fetchall()
    assert on_server == on_file  # the same articles, lines (text, boxes, confidence, characters), blocks, regions
    assert on_file["lines"] and all(ln["chars"] for ln in on_file["lines"])
    kept = images.path_of(store, sha, "image/png")
    assert kept.read_bytes() == path.read_bytes() and images.digest(kept.read_bytes()) == sha
    assert [p.name for p in store.rglob("*") if p.is_file()] == [kept.name]  # no temporary file left
    assert len(audit) == len(on_file["lines"]) and all(e.op == "insert" for e in audit)
    assert all("chars" not in e.new and e.new["text"] for e in audit)  # the long JSON stays in the row
    assert notices == [("notify_scan_line",)]


def test_the_image_store_is_named_by_the_owner_or_an_admin_and_shown(server_url, users, tmp_path, capsys):
    code, out, _ = run(capsys, "--archive", server_url, "server", "images")
    assert code == 0 and len(out.strip().splitlines()) == 1 and "has no image store" in out
    code, _, err = run(capsys, "--archive", server_url, "server", "images", "relative/images")
    assert code == 1 and "absolute path" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--archive", server_url, "server", "images", tmp_path / "absent")
    assert code == 1 and "is not a folder" in err
    for role in ("editor", "archivist"):  # neither may name it: the server refuses
        code, _, err = run(capsys, "--archive", users[role][1], "server", "images", tmp_path)
        assert code == 1 and "permission denied for table archive_setting" in err, err
    code, out, _ = run(capsys, "--archive", users["admin"][1], "server", "images", tmp_path)
    assert code == 0 and str(tmp_path) in out
    code, out, _ = run(capsys, "--archive", users["editor"][1], "server", "images")
    assert code == 0 and out.strip() == f"page images are kept in {tmp_path}"
    import psycopg

    for role, may in (("archivist", True), ("editor", False)):  # scans are filed by archivists
        with psycopg.connect(users[role][1], autocommit=True) as conn:
            assert [conn.execute("SELECT has_table_privilege(%s, 'INSERT')", [t]).fetchone()[0]
                    for t in ("page_scan", "scan_line", "layout_block", "layout_edit")] == [may] * 4
    gone = tmp_path / "mounted"
    gone.mkdir()
    assert run(capsys, "--archive", server_url, "server", "images", gone)[0] == 0
    gone.rmdir()  # the share not mounted on this computer
    code, out, _ = run(capsys, "--archive", server_url, "server", "images")
    assert code == 0 and "cannot be reached from this computer" in out


def test_a_scan_imported_to_a_server_is_shown_and_checked(page, server_url, tmp_path, capsys, monkeypatch):
    from baoku.core.pageimage import page_layers

    path, _ = page
    monkeypatch.chdir(tmp_path)
    store = tmp_path / "store"
    store.mkdir()
    assert run(capsys, "--archive", server_url, "server", "images", store)[0] == 0
    code, out, err = run(capsys, "--archive", server_url, "import", path)
    assert code == 0 and "imported" in out, out + err
    with _server(server_url) as server:
        first = server.article_ids()[0]
        (page_id,) = [p["id"] for p in server.pages()]
        layers = page_layers(server, page_id, "稻谷")
        sha = server.page_scan(page_id)["sha256"]
    assert layers.image.size == (1000, layers.scan["height"]) and layers.hits and layers.lines
    assert set(layers.regions) == {first, first + 1} and layers.pages == [page_id] and layers.blocks
    code, out, err = run(capsys, "--archive", server_url, "show", first, "--page-image", "p.png", "-q", "稻谷")
    assert code == 0 and "wrote p.png" in out and (tmp_path / "p.png").read_bytes()[:4] == b"\x89PNG", err
    shown = json.loads(run(capsys, "--archive", server_url, "show", first, "--json")[1])
    assert shown["scan"]["lines"] and shown["scan"]["region"]
    code, out, err = run(capsys, "--archive", server_url, "check")
    assert code == 0 and "1 page image checked" in out, out + err
    kept = images.path_of(store, sha, "image/png")
    kept.write_bytes(kept.read_bytes()[:-10])
    code, out, err = run(capsys, "--archive", server_url, "check")
    assert code == 1 and "is damaged" in out + err
    kept.unlink()
    code, out, err = run(capsys, "--archive", server_url, "check")
    assert code == 1 and "is missing from" in out + err
    with _server(server_url) as server, pytest.raises(NotFound, match="is missing"):
        page_layers(server, page_id)


def test_the_page_view_and_facsimiles_say_in_one_line_when_the_store_is_not_reachable(page, server_url, tmp_path):
    from baoku.core.errors import FacsimileUnavailable
    from baoku.core.export.facsimile import facsimile_crops

    _, issue = page
    store = tmp_path / "store"
    store.mkdir()
    with _server(server_url) as server:
        server.set_image_store(store)
        server.save_issue(copy.deepcopy(issue))
        (page_id,) = [p["id"] for p in server.pages()]
        records = [server.article(i) for i in server.article_ids()]
        crops = facsimile_crops(server, records)  # an export's facsimiles: each article's region
        assert sorted(crops) == [r.id for r in records] and all(c[:2] == b"\xff\xd8" for c in crops.values())
        store.rename(tmp_path / "unmounted")
        from baoku.core.pageimage import page_layers

        with pytest.raises(FacsimileUnavailable, match="cannot be reached from this computer"):
            facsimile_crops(server, records)

        with pytest.raises(NotFound, match="cannot be reached from this computer: mount it") as e:
            page_layers(server, page_id)
        assert len(str(e.value).splitlines()) == 1
        with pytest.raises(ValidationError):
            server.set_image_store(store)


def test_an_ocr_line_is_corrected_and_undone_on_a_server_as_on_a_file(page, server_url, tmp_path):
    from baoku.core.store import corrections

    _, issue = page
    store = tmp_path / "store"
    store.mkdir()
    said = []
    with Archive(tmp_path / "a.db") as archive, _server(server_url) as server:
        server.set_image_store(store)
        for a in (archive, server):
            a.save_issue(copy.deepcopy(issue))
            first = a.article_ids()[0]
            before = a.article(first).article.text()
            line = next(ln for ln in a.scan_lines(article_id=first) if len(ln["text"]) > 4
                        and sum(b.text.count(ln["text"]) for b in a.article(first).article.blocks) == 1)
            done = corrections.correct_line(a, line["id"], line["text"][:-1] + "囗", "校对员")
            fixed = next(ln for ln in a.scan_lines(article_id=first) if ln["id"] == line["id"])
            corrected = a.article(first).article.text()
            corrections.undo(a, done.id, "校对员")
            back = next(ln for ln in a.scan_lines(article_id=first) if ln["id"] == line["id"])
            said.append((fixed["text"], fixed["ocr_text"], corrected.count("囗") - before.count("囗"), back["text"],
                         a.article(first).article.text() == before))
    assert said[0] == said[1]
    assert said[0][0].endswith("囗") and said[0][1] == said[0][3] and said[0][2] == 1 and said[0][4]


def test_an_image_is_written_whole_once_readable_by_the_others(tmp_path):
    """Into a shared store: under a temporary name of its own, then renamed, with the user's
    umask (other users' clients read it); written again, it is kept as it is."""
    import os

    data = b"\x89PNG page bytes"
    sha = images.store(tmp_path, data, "image/png")
    kept = images.path_of(tmp_path, sha, "image/png")
    mask = os.umask(0)
    os.umask(mask)
    assert kept.read_bytes() == data and (kept.stat().st_mode & 0o777) == 0o666 & ~mask
    stamp = kept.stat().st_mtime_ns
    assert images.store(tmp_path, data, "image/png") == sha and kept.stat().st_mtime_ns == stamp
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [kept.name]
