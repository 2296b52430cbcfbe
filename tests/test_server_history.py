"""Undo and redo of the window's steps on a server archive (store.server.history), read back from
its audit log: an edit, a deletion to the trash with everything it took (contributors, a note, a
collection place, corrections, a photo's bytes) and a restore come back row for row; a row changed
since by someone else stops the undo with nothing changed; each user undoes only their own steps."""

from __future__ import annotations

import pytest

from baoku.cli import main
from baoku.core.address import ServerAddress
from baoku.core.app import Library
from baoku.core.app.actions import editing
from baoku.core.store import collections, history
from baoku.core.store.migration import COPIED, table_rows
from baoku.core.store.server import ServerArchive

from .conftest import SAMPLE_TXT


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


def rows(url: str) -> dict[str, list[tuple]]:
    return {t: table_rows(ServerAddress(url), t) for t, _ in COPIED}


@pytest.fixture
def worked(server_url, capsys) -> str:
    """The sample page, with a note, a collection and a correction on article 2, and a photo with
    its bytes."""
    for argv in (["import", SAMPLE_TXT], ["note", "2", "核对数字"], ["collection", "add", "专题", "2", "3"],
                 ["correct", "2", "--block", "1", "--text", "校对后的一段"]):
        assert run(capsys, "--archive", server_url, *argv)[0] == 0
    with ServerArchive(server_url) as archive:
        archive.conn.execute("INSERT INTO photo (article_id, seq, caption, mime, data) VALUES (2, 1, '图为…', "
                             "'image/png', %s)", [b"\x89PNG\r\n\x1a\n" + bytes(range(256))])
    return server_url


def test_an_edit_a_deletion_and_a_restore_are_undone_and_redone_row_for_row(worked):
    original = rows(worked)
    with Library(ServerAddress(worked)) as lib:
        editing.edit_article(lib, 2, {"headline": "改过的标题"}, "甲", record=True)
        edited = rows(worked)
        assert edited != original
        editing.delete(lib, "article", [2], "改过的标题", "甲", record=True)
        deleted = rows(worked)
        assert not any(r for r in deleted["photo"]) and len(deleted["trash"]) == 1
        done, undone = history.next_steps(lib.archive)
        assert done.action == "delete" and undone is None

        step = editing.undo(lib).value
        assert step.action == "delete" and rows(worked) == edited  # the trash entry gone, the photo's bytes back
        assert editing.undo(lib).value.action == "edit" and rows(worked) == original
        with pytest.raises(history.NothingToUndo):
            editing.undo(lib)
        assert editing.redo(lib).value.action == "edit" and rows(worked) == edited
        assert editing.redo(lib).value.action == "delete" and rows(worked) == deleted
        assert editing.undo(lib).value.action == "delete" and rows(worked) == edited  # redo's own, undone

        entry = rows(worked)["trash"]
        editing.delete(lib, "article", [3], "", "甲", record=True)
        trash_id = lib.archive.conn.execute("SELECT max(id) FROM trash").fetchone()[0]
        before_restore = rows(worked)
        editing.restore(lib, [trash_id], "", "甲", record=True)
        assert editing.undo(lib).value.action == "restore" and rows(worked) == before_restore
        assert history.next_steps(lib.archive)[1].action == "restore"
        editing.edit_article(lib, 4, {"headline": "新的一步"}, "甲", record=True)  # a new step ends what could be redone
        assert history.next_steps(lib.archive)[1] is None and entry == []


def test_a_row_changed_since_by_another_user_stops_the_undo_and_nothing_changes(worked):
    with Library(ServerAddress(worked)) as lib:
        editing.edit_article(lib, 2, {"headline": "我改的标题"}, "甲", record=True)
        with ServerArchive(worked) as other:
            other.update_article(2, headline="别人又改了")
        before = rows(worked)
        with pytest.raises(history.UndoConflict, match="cannot be undone"):
            editing.undo(lib)
        assert rows(worked) == before
        assert history.next_steps(lib.archive)[0].action == "edit"  # still there to try again


def test_each_user_undoes_only_their_own_steps(users, capsys):
    editor, editor_url = users["editor"]
    archivist, archivist_url = users["archivist"]
    with Library(ServerAddress(editor_url)) as lib:
        editing.set_note(lib, 2, "编辑的批注", "乙", record=True)
    with Library(ServerAddress(archivist_url)) as lib:
        assert history.next_steps(lib.archive) == (None, None)  # the editor's step is not the archivist's
        editing.edit_article(lib, 3, {"headline": "档案员改的"}, "丙", record=True)
        assert lib.archive.conn.execute("SELECT count(*) FROM history_step").fetchone()[0] == 1
        assert editing.undo(lib).value.action == "edit"
    with Library(ServerAddress(editor_url)) as lib:
        assert collections.note(lib.archive, 2) == "编辑的批注"
        assert editing.undo(lib).value.action == "note"
        assert collections.note(lib.archive, 2) == ""  # gone again


def test_collections_corrections_and_bulk_edits_are_undone_row_for_row(worked):
    """Each kind of step a window takes, undone in turn back to where it began, then redone: the
    rows are as they were at every step (a collection's items, keyed by two columns, included)."""
    with Library(ServerAddress(worked)) as lib:
        states = [rows(worked)]
        for act in (lambda: editing.collect(lib, "专题", [4, 5], "甲", record=True),
                    lambda: editing.move_in_collection(lib, "专题", 5, 1, "甲", record=True),
                    lambda: editing.rename_collection(lib, "专题", "新专题", "甲", record=True),
                    lambda: editing.correct_block(lib, 3, 0, "改正的一段。", "甲", record=True),
                    lambda: editing.bulk_edit(lib, [2, 3, 4], {"column": "新栏目"}, "甲", record=True),
                    lambda: editing.uncollect(lib, "新专题", [2], "甲", record=True)):
            act()
            states.append(rows(worked))
            assert states[-1] != states[-2]
        for state in reversed(states[:-1]):
            editing.undo(lib)
            assert rows(worked) == state
        for state in states[1:]:
            editing.redo(lib)
            assert rows(worked) == state
