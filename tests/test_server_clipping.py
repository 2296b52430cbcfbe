"""Clipping, splitting and merging at a line, and facsimiles on a server archive (issue 27): the
window's steps undone and redone row for row from the audit log, each change logged with who made
it and the old and new values, and only archivists allowed by the server itself (an editor is
refused in one line, nothing changed). The same actions on both archives: tests/test_clipping.py."""

from __future__ import annotations

import os
import shutil
import uuid

import pytest

from baoku.core.address import ServerAddress
from baoku.core.app import Library
from baoku.core.app.actions import clipping, editing
from baoku.core.store import Archive, history, images

from .test_clipping import on_server
from .test_scans import scanned  # noqa: F401
from .test_server_history import rows, run


@pytest.fixture
def url(tmp_path, scanned, server_url) -> str:  # noqa: F811
    """A server archive holding the scanned page (migrated from its archive file)."""
    db = tmp_path / "a.db"
    with Archive(scanned[0]) as source:
        source.copy_to(db)
    shutil.copytree(images.folder(scanned[0]), images.folder(db))
    for _ in on_server(db, server_url, tmp_path):
        pass
    return server_url


def _body_box(archive, article_id: int) -> tuple[int, int, int, int]:
    """A rectangle around the article's lines after its first two."""
    lines = archive.scan_lines(article_id=article_id)[2:]
    return (min(ln["x0"] for ln in lines) - 3, min(ln["y0"] for ln in lines) - 3,
            max(ln["x1"] for ln in lines) + 3, max(ln["y1"] for ln in lines) + 3)


def test_clip_split_merge_and_facsimile_are_window_steps_undone_and_redone_row_for_row(url):
    states = [rows(url)]
    with Library(ServerAddress(url)) as lib:
        archive = lib.archive
        first, second = archive.article_ids()
        page = archive.article_scan(first)["page_id"]
        clipped = clipping.clip(lib, page, _body_box(archive, second), "甲", record=True)
        assert clipped.changes.ids >= {clipped.value, second}
        states.append(rows(url))
        cut = archive.scan_lines(article_id=first)[3]
        new = clipping.split_at_line(lib, cut["id"], who="甲", record=True).value
        states.append(rows(url))
        clipping.merge(lib, clipped.value, new, "甲", record=True)
        states.append(rows(url))
        clipping.attach_facsimile(lib, first, page, (10, 10, 300, 300), "甲", record=True)
        states.append(rows(url))
        assert [len(s["article"]) for s in states] == [2, 3, 4, 3, 3]
        # the clipping's facsimile, gone with the merge (it showed the first part only), the attached one
        assert [len(s["facsimile"]) for s in states] == [0, 1, 1, 0, 1]
        actions = []
        for want in reversed(states[:-1]):
            actions.append(editing.undo(lib).value.action)
            assert rows(url) == want
        assert actions == ["facsimile", "merge", "split", "clip"]
        with pytest.raises(history.NothingToUndo):
            editing.undo(lib)
        for want in states[1:]:
            editing.redo(lib)
            assert rows(url) == want


def test_a_split_is_in_the_audit_log_with_who_and_the_old_and_new_text(url):
    with Library(ServerAddress(url)) as lib:
        archive = lib.archive
        first = archive.article_ids()[0]
        old_blocks = archive.conn.execute("SELECT blocks FROM article WHERE id = %s", [first]).fetchone()[0]
        cut = archive.scan_lines(article_id=first)[3]
        new = clipping.split_at_line(lib, cut["id"], who="甲").value
        me = archive.conn.execute("SELECT session_user").fetchone()[0]
        log = [e for e in archive.audit_log(limit=50) if e.xact == archive.audit_log(table="article", row_id=new)[-1].xact]
    kinds = {(e.table, e.op, e.row_id) for e in log}
    assert ("article", "insert", new) in kinds and ("article", "update", first) in kinds
    assert {e.who for e in log} == {me}
    moved = {e.row_id for e in log if e.table == "scan_line" and e.op == "update"}
    assert cut["id"] in moved and all(e.new == {"article_id": new} for e in log if e.table == "scan_line")
    update = next(e for e in log if e.table == "article" and e.op == "update")
    assert update.old["blocks"] == old_blocks and update.new["blocks"] != old_blocks


@pytest.fixture
def people(url, capsys) -> dict[str, str]:
    """An archivist's and an editor's address of the archive (the server's roles made and granted)."""
    assert run(capsys, "--archive", url, "server", "roles")[0] == 0
    out = {}
    for role in ("archivist", "editor"):
        name = f"{role[:3]}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        assert run(capsys, "--archive", url, "server", "grant", name, role)[0] == 0
        out[role] = url.replace("postgres@", f"{name}@")
    return out


def test_an_editor_may_not_clip_split_merge_or_attach_and_an_archivist_may(url, people, capsys):
    with Library(ServerAddress(url)) as lib:
        first, second = lib.archive.article_ids()
        page = lib.archive.article_scan(first)["page_id"]
        line = lib.archive.scan_lines(article_id=first)[3]["id"]
        box = ",".join(map(str, _body_box(lib.archive, second)))
    before = rows(url)
    editor, archivist = people["editor"], people["archivist"]
    for argv in (["clip", page, "--box", box], ["clip", page, "--box", box, "--attach", first],
                 ["split", first, "--line", line], ["merge", first, second]):
        code, out, err = run(capsys, "--archive", editor, *argv)
        assert code == 1 and "permission denied" in err and len(err.strip().splitlines()) == 1, (argv, err)
        assert rows(url) == before
    code, out, err = run(capsys, "--archive", archivist, "split", first, "--line", line)
    assert code == 0, err
    new = int(out.split()[-1])
    assert run(capsys, "--archive", archivist, "merge", first, new)[0] == 0
    assert run(capsys, "--archive", archivist, "clip", page, "--box", box, "--attach", first)[0] == 0
    after = rows(url)
    assert len(after["article"]) == 2 and len(after["facsimile"]) == 1


def test_a_page_text_page_split_on_a_server_is_exported_as_a_labelled_example(server_url, tmp_path, capsys):
    """`baoku split --block` and `baoku pages export-labels` on a server: the fixed page is written."""
    from .conftest import SAMPLE_TXT

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    code, out, err = run(capsys, "--archive", server_url, "pages", "export-labels", tmp_path / "none")
    assert code == 0 and "nothing written" in out, err
    code, out, err = run(capsys, "--archive", server_url, "split", "2", "--block", "2")
    assert code == 0 and "the rest is article 7" in out, err
    code, out, err = run(capsys, "--archive", server_url, "pages", "export-labels", tmp_path / "labels")
    assert code == 0 and "1 fixed pages written" in out, err
    (written,) = (tmp_path / "labels").iterdir()
    assert written.read_text(encoding="utf-8").count("\n---\n") == 6  # seven articles now
