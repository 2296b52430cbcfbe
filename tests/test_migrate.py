"""`baoku migrate`: an archive file moved to a real PostgreSQL server and back, row for row with its
ids (records, edits, corrections and their undo, a collection, a note, the trash); a migrate killed
mid-way and run again ends the same; what cannot be moved, or where, is refused in one line and
nothing changes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.address import ServerAddress
from baoku.core.errors import ValidationError
from baoku.core.store import Archive
from baoku.core.store.migration import COPIED, DERIVED, LEFT, ONLY_IN_FILE, migrate, table_rows
from baoku.core.store.server import ServerArchive

from .conftest import SAMPLE_TXT
from .test_scans import scanned  # noqa: F401 - an archive holding a scanned page

REPO = Path(__file__).resolve().parents[1]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    said = capsys.readouterr()
    return code, said.out, said.err


def tables(address) -> dict[str, list[tuple]]:
    return {t: table_rows(address, t) for t, _ in COPIED}


@pytest.fixture
def worked(tmp_path, capsys) -> Path:
    """An archive file after an import and a day's work: an edit, corrections (one undone), a
    collection, a note, an article in the trash, two saved searches."""
    db = tmp_path / "work.db"
    for argv in (["import", SAMPLE_TXT], ["edit", "2", "--genre", "访谈"],
                 ["correct", "2", "--block", "8", "--text", "主持人：校对"], ["correct", "--undo", "1"],
                 ["correct", "4", "--block", "1", "--text", "校对后的一段"],
                 ["collection", "add", "知识产权", "2", "4"], ["note", "2", "核对", "数字"], ["delete", "3"],
                 ["search", "知识产权", "--save", "知识产权报道"], ["search", "会议", "--sort", "date", "--save", "会议"]):
        code, _, err = run(capsys, "--archive", db, *argv)
        assert code == 0, (argv, err)
    return db


def _unscored(found):
    """A search's answer without its scores (the server ranks as closely as it can, not to the digit)."""
    if isinstance(found, dict):
        return {k: _unscored(v) for k, v in found.items() if k != "score"}
    return [_unscored(v) for v in found] if isinstance(found, list) else found


def _counts(rows: dict[str, list]) -> dict[str, int]:
    return {t: len(r) for t, r in rows.items()}


def test_a_file_moves_to_a_server_and_back_row_for_row(worked, server_url, tmp_path, capsys):
    before = tables(worked)
    assert all(before[t] for t in ("article", "correction", "collection", "collection_item", "note", "trash",
                                   "import_batch", "contributor", "saved_search")), _counts(before)
    assert any(r for r in before["correction"] if None not in r[-2:])  # an undone correction, with who and when
    code, out, err = run(capsys, "migrate", worked, server_url)
    assert code == 0, err
    assert "migrated" in out and "checked equal table by table" in out
    assert tables(ServerAddress(server_url)) == before
    with ServerArchive(server_url) as server:
        assert not server._has_table("baoku_migration")  # the record of progress is gone
        hashes = dict(server.conn.execute("SELECT id, content_hash FROM article").fetchall())
    with Archive(worked) as archive:
        assert hashes == dict(archive.conn.execute("SELECT id, content_hash FROM article").fetchall())

    # The server's search rows are made by its search; what the file found, the server finds.
    found = {}
    for archive in (worked, server_url):
        code, out, err = run(capsys, "--archive", archive, "search", "知识产权", "--json")
        assert code == 0, err
        found[archive] = _unscored(json.loads(out))
    assert found[worked] == found[server_url] and found[server_url]["total"] > 0

    # Back to a new file: every table as it was in the first, row for row.
    back = tmp_path / "back.db"
    code, out, err = run(capsys, "migrate", server_url, back)
    assert code == 0, err
    assert "left with" in err and "audit log entr" in err  # the server's own log stays on the server, said
    assert tables(back) == before
    code, out, err = run(capsys, "--archive", back, "search", "知识产权", "--json")
    assert code == 0 and _unscored(json.loads(out)) == found[worked]  # its index made again on the first search

    # New rows on the server take ids past the copied ones.
    def top(address, table):
        with (ServerArchive(address) if isinstance(address, ServerAddress) else Archive(address)) as archive:
            return archive.conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0]

    tops = {t: top(worked, t) for t in ("correction", "collection", "saved_search")}
    assert run(capsys, "--archive", server_url, "correct", "2", "--block", "9", "--text", "又一处校对")[0] == 0
    assert run(capsys, "--archive", server_url, "collection", "add", "新专题", "2")[0] == 0
    assert run(capsys, "--archive", server_url, "search", "校对", "--save", "校对")[0] == 0
    assert {t: top(ServerAddress(server_url), t) for t in tops} == {t: n + 1 for t, n in tops.items()}


def test_every_table_of_both_kinds_is_copied_refused_left_or_derived(worked, server_url):
    """A table a migration adds on either side must be placed here, or a migrate would pass it over."""
    with Archive(worked) as archive:
        in_file = {r[0] for r in archive.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    with ServerArchive(server_url) as server:
        on_server = {r[0] for r in server.conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    copied = {t for t, _ in COPIED}
    assert in_file - copied == set(ONLY_IN_FILE) | set(LEFT["file"]) | DERIVED["file"]
    assert on_server - copied == set(LEFT["server"]) | DERIVED["server"]


class Interrupted(Exception):
    pass


@pytest.mark.parametrize("direction", ["to_server", "to_file"])
def test_a_migrate_interrupted_mid_way_and_run_again_ends_the_same(worked, server_url, tmp_path, direction):
    if direction == "to_server":
        source, dest = worked, ServerAddress(server_url)
    else:
        migrate(worked, ServerAddress(server_url))
        source, dest = ServerAddress(server_url), tmp_path / "back.db"
    expected = tables(worked)
    seen = []

    def fail_in_articles(table, done, total):
        seen.append((table, done))
        if table == "article" and done >= 4:
            raise Interrupted

    with pytest.raises(Interrupted):
        migrate(source, dest, progress=fail_in_articles, chunk=2)
    partial = tables(dest)
    assert 0 < len(partial["article"]) < len(expected["article"]) and not partial["note"]
    second = []
    done = migrate(source, dest, progress=lambda t, d, n: second.append((t, d, n)), chunk=2)
    assert done.resumed and tables(dest) == expected
    assert dict((t, n) for t, _, n in done.tables) == _counts(expected)
    copied = dict((t, c) for t, c, _ in done.tables)
    assert copied["publication"] == 0 and copied["article"] == len(expected["article"]) - len(partial["article"])
    assert ("article", len(expected["article"]), len(expected["article"])) in second


def test_a_migrate_killed_by_a_signal_is_finished_by_running_it_again(worked, server_url):
    """A real kill (SIGKILL, no clean-up) in the middle of the articles."""
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from baoku.core.address import ServerAddress\n"
        "from baoku.core.store.migration import migrate\n"
        "def progress(table, done, total):\n"
        "    if table == 'article' and done >= 3:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "migrate(Path(sys.argv[1]), ServerAddress(sys.argv[2]), progress=progress, chunk=1)\n")
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    killed = subprocess.run([sys.executable, "-c", script, str(worked), server_url], env=env, capture_output=True,
                            timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    partial = tables(ServerAddress(server_url))
    assert len(partial["article"]) == 3 and not partial["trash"]
    again = subprocess.run([sys.executable, "-m", "baoku", "migrate", str(worked), server_url], env=env,
                           capture_output=True, timeout=120, text=True)
    assert again.returncode == 0, again.stderr
    assert "finished migrating" in again.stdout
    assert tables(ServerAddress(server_url)) == tables(worked)


def test_a_destination_holding_anything_else_is_refused_and_nothing_changes(worked, server_url, tmp_path, capsys):
    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    held = tables(ServerAddress(server_url))
    source = tables(worked)
    code, out, err = run(capsys, "migrate", worked, server_url)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err
    assert "already holds" in err and "articles" in err
    assert tables(ServerAddress(server_url)) == held and tables(worked) == source

    code, out, err = run(capsys, "migrate", server_url, worked)  # back over a file that holds an archive
    assert code == 1 and "already holds" in err and len(err.strip().splitlines()) == 1
    assert tables(worked) == source

    other = tmp_path / "other.db"
    code, out, err = run(capsys, "migrate", worked, other)
    assert code == 1 and "both archive files" in err and not other.exists()


def test_an_unfinished_migrate_from_another_source_is_refused(worked, server_url, tmp_path, capsys):
    with pytest.raises(Interrupted):
        migrate(worked, ServerAddress(server_url), chunk=1, progress=_fail_at_article)
    held = tables(ServerAddress(server_url))
    other = tmp_path / "other.db"
    assert run(capsys, "--archive", other, "import", SAMPLE_TXT)[0] == 0
    code, out, err = run(capsys, "migrate", other, server_url)
    assert code == 1 and "holds an unfinished migrate from" in err and len(err.strip().splitlines()) == 1
    assert tables(ServerAddress(server_url)) == held


def _fail_at_article(table, done, total):
    if table == "article" and done:
        raise Interrupted


def test_scanned_pages_and_their_images_go_to_a_server_and_back(scanned, server_url, tmp_path, capsys):  # noqa: F811
    """A scanned page's rows (its image record, layout blocks, OCR lines, a facsimile) and its image
    file move to the server's image store and back to a new file's images folder; with no store
    named at the server's end, the migrate is refused in one line and nothing is copied."""
    from baoku.core.store import images

    from baoku.core.store.clipping import attach_facsimile

    db = tmp_path / "scanned.db"
    with Archive(scanned[0]) as archive:
        archive.copy_to(db)
        (sha,) = {r[0] for r in archive.conn.execute("SELECT sha256 FROM page_scan")}
    shutil.copytree(images.folder(scanned[0]), images.folder(db))
    with Archive(db) as archive:  # an article's facsimile (server migration 15) goes along
        attach_facsimile(archive, archive.article_ids()[0], archive.pages()[0]["id"], (10, 20, 300, 400), "王编辑")
    source = tables(db)
    assert source["page_scan"] and source["scan_line"] and source["layout_block"] and source["facsimile"]
    code, out, err = run(capsys, "migrate", db, server_url)
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "has no image store" in err and "nothing was copied" in err
    with ServerArchive(server_url) as server:
        assert server.stats()["articles"] == 0
    with pytest.raises(ValidationError, match="1 page image.* but .*nothing was copied"):
        migrate(db, ServerAddress(server_url))
    nas = tmp_path / "nas"
    nas.mkdir()
    assert run(capsys, "--archive", server_url, "server", "images", nas)[0] == 0
    assert run(capsys, "migrate", db, server_url)[0] == 0
    assert tables(ServerAddress(server_url)) == source
    assert images.path_of(nas, sha, "image/png").read_bytes() == scanned[1].read_bytes()
    back = tmp_path / "back.db"
    assert run(capsys, "migrate", server_url, back)[0] == 0
    assert tables(back) == source
    assert images.path_of(images.folder(back), sha, "image/png").read_bytes() == scanned[1].read_bytes()
    code, out, _ = run(capsys, "--archive", back, "check")
    assert code == 0 and "1 page image checked" in out
    assert tables(db) == source


def test_a_damaged_page_image_is_not_migrated_and_nothing_is_written(scanned, server_url, tmp_path):  # noqa: F811
    from baoku.core.store import images

    db = tmp_path / "scanned.db"
    with Archive(scanned[0]) as archive:
        archive.copy_to(db)
    folder = images.folder(db)
    folder.mkdir()  # the image is not copied along: missing
    with pytest.raises(ValidationError, match="is missing from .*nothing was copied"):
        migrate(db, ServerAddress(server_url))
    assert _still_no_archive(server_url)


def _still_no_archive(url: str) -> bool:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT to_regclass('article') IS NULL").fetchone()[0]


def test_an_editor_moves_the_server_archive_to_a_file_without_the_audit_log_it_may_not_read(users, server_url, tmp_path,
                                                                                          capsys):
    _, editor = users["editor"]
    copy = tmp_path / "copy.db"
    code, out, err = run(capsys, "migrate", editor, copy)
    assert code == 0, err
    assert "left with" not in err  # the audit log is not the editor's to count
    assert tables(copy) == tables(ServerAddress(server_url))


def test_an_unfinished_migrate_whose_source_changed_since_is_refused_in_words(worked, server_url, tmp_path, capsys):
    """An issue imported into the source between an interrupted migrate and its second run: the
    tables the first run had finished lacked its rows, and the second run failed on the server's
    foreign key ('insert or update on table "article" violates foreign key constraint'), at every
    run. Now it says the source changed since the migrate began and what to do; nothing more is copied."""
    source, dest = worked, ServerAddress(server_url)  # (the other way, the same code: migrationsides)
    with pytest.raises(Interrupted):
        migrate(source, dest, chunk=2, progress=_fail_at_article)
    held = tables(dest)
    feed = tmp_path / "next.jsonl"
    feed.write_text(json.dumps({"publication": "泉州晚报", "date": "2024-09-12", "page": 1, "headline": "次日的新闻",
                                "paragraphs": ["迁移暂停期间又导入了一期报纸。"]}, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "--archive", source, "import", feed)[0] == 0
    code, out, err = run(capsys, "migrate", source, dest)
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "has changed since this migrate into" in err and "began (rows were added to it or deleted)" in err, err
    assert tables(dest) == held
