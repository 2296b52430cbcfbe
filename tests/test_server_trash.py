"""The trash on a server archive: deleting an article, a page, an issue or a paper and putting it
back give the same results as on the embedded archive (with the article's corrections, note and
place in a collection); only archivists may delete; what was deleted is in the audit log."""

from __future__ import annotations

import json
import re

from baoku.cli import main

from .conftest import SAMPLE_TXT
from .test_server_editing import STAMP, timeless

SESSION = [
    ["correct", "2", "--block", "8", "--text", "删前校对"], ["note", "2", "删前批注"],
    ["collection", "add", "专题", "3", "2"],
    ["delete", "2"], ["show", "2"], ["collection", "list", "专题", "--json"], ["delete", "2"],
    ["delete", "--page", "1"], ["trash", "list", "--json"],
    ["trash", "restore", "1"],  # its page is in the trash too: refused
    ["trash", "restore", "2"], ["trash", "restore", "1"],
    ["show", "2", "--json"], ["note", "2"], ["correct", "2", "--history", "--json"],
    ["collection", "list", "专题", "--json"],
    ["delete", "--issue", "1"], ["delete", "--publication", "泉州晚报"], ["list", "--json"], ["trash", "list"],
    ["trash", "restore", "4"], ["trash", "restore", "3"], ["list", "articles", "--json"],
    ["delete", "3", "4"], ["trash", "empty", "5"], ["trash", "restore", "5"], ["trash", "empty"],
    ["trash", "list", "--json"], ["list", "articles", "--json"], ["trash", "restore", "99"],
]


SHOWN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")  # a time as `trash list` shows it


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_deleting_and_restoring_give_the_same_results_on_both_archives(server_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    said = {}
    for name, archive in (("embedded", tmp_path / "archive.db"), ("server", server_url)):
        assert run(capsys, "--archive", archive, "import", SAMPLE_TXT)[0] == 0
        said[name] = []
        for argv in SESSION:
            code, out, err = run(capsys, "--archive", archive, *argv)
            if argv[:2] == ["trash", "list"] and "--json" in argv:
                out = [{**e, "at": "T"} for e in json.loads(out)]
            elif "--history" in argv:
                out = timeless(out)
            else:
                out = SHOWN.sub("T", STAMP.sub("T", out))
            said[name].append((argv, code, out, STAMP.sub("T", err.replace(str(archive), "ARCHIVE"))))
    for embedded, server in zip(said["embedded"], said["server"], strict=True):
        assert embedded == server
    codes = [code for _, code, _, _ in said["server"]]
    assert codes == [0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]
    back = json.loads(said["server"][12][2])
    assert back["id"] == 2 and back["blocks"][8][1] == "删前校对"
    assert said["server"][13][2].strip() == "删前批注"
    assert [c["new_text"] for c in said["server"][14][2]] == ["删前校对"]
    assert [r["id"] for r in json.loads(said["server"][15][2])] == [3, 2]
    assert [r["id"] for r in json.loads(said["server"][22][2])] == [1, 2, 3, 4, 5, 6]
    assert [r["id"] for r in json.loads(said["server"][28][2])] == [1, 2, 5, 6] and said["server"][27][2] == []


def test_only_archivists_delete_and_what_went_is_in_the_audit_log(users, capsys):
    from .test_server_audit import audit

    editor, editor_url = users["editor"]
    code, out, err = run(capsys, "--archive", editor_url, "delete", "3")
    assert code == 1 and "refused: permission denied for table" in err and len(err.strip().splitlines()) == 1
    archivist, archivist_url = users["archivist"]
    assert run(capsys, "--archive", archivist_url, "delete", "3")[0] == 0
    gone = [e for e in audit(capsys, users["admin"][1], "--who", archivist) if e["op"] == "delete"]
    assert [(e["table"], e["row_id"]) for e in gone][0] == ("article", 3)
    assert gone[0]["old"]["headline"].startswith("1至8月") and json.loads(gone[0]["old"]["blocks"])
    assert run(capsys, "--archive", archivist_url, "trash", "restore", "1")[0] == 0
    assert run(capsys, "--archive", editor_url, "show", "3")[0] == 0


def test_an_archivists_restore_puts_back_the_editors_note_and_collection_place_and_nothing_else(users, capsys):
    """An archivist may not write notes or collections, yet restoring an article puts back what
    deleting it took; the owner's function that does so writes no row the log does not show
    deleted with an article, whatever a trash entry claims."""
    from baoku.core.store.server import ServerArchive

    editor, editor_url = users["editor"]
    archivist, archivist_url = users["archivist"]
    for argv in (["note", "2", "编辑的批注"], ["collection", "add", "专题", "3", "2"]):
        assert run(capsys, "--archive", editor_url, *argv)[0] == 0
    before = [run(capsys, "--archive", editor_url, *argv)[1] for argv in (["note", "2"],
                                                                          ["collection", "list", "专题", "--json"])]
    assert run(capsys, "--archive", archivist_url, "delete", "2")[0] == 0
    assert run(capsys, "--archive", editor_url, "note", "2")[0] == 1  # gone with its article
    code, out, err = run(capsys, "--archive", archivist_url, "trash", "restore", "1")
    assert code == 0, err
    after = [run(capsys, "--archive", editor_url, *argv)[1] for argv in (["note", "2"],
                                                                         ["collection", "list", "专题", "--json"])]
    assert after == before and "编辑的批注" in after[0]

    # A trash entry the archivist writes by hand cannot make the function write a new note: one
    # entry with no article is refused as damaged, one with a new article and its note stops at the
    # note, and nothing of it is kept.
    with ServerArchive(archivist_url) as archive:
        columns = [c.name for c in archive.conn.execute("SELECT * FROM article WHERE id = 4").description]
        article = [v.isoformat() if hasattr(v, "isoformat") else v
                   for v in archive.conn.execute("SELECT * FROM article WHERE id = 4").fetchone()]
        article[columns.index("id")] = 999
        article[columns.index("content_hash")] = "0" * 64
        article[columns.index("seq")] = 99
        note = {"columns": ["article_id", "text", "who", "at"], "rows": [[999, "伪造的批注", archivist, "2026"]]}
        entries = []
        for tables in ({"note": note}, {"article": {"columns": columns, "rows": [article]}, "note": note}):
            entries.append(archive.conn.execute(
                "INSERT INTO trash (kind, target, label, articles, rows, at) VALUES ('article', 999, 'x', 1, %s, "
                "'2026-01-01') RETURNING id", [json.dumps({"tables": tables, "links": []}, ensure_ascii=False)]
            ).fetchone()[0])
    code, out, err = run(capsys, "--archive", archivist_url, "trash", "restore", str(entries[0]))
    assert code == 1 and "damaged" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "--archive", archivist_url, "trash", "restore", str(entries[1]))
    assert code == 1 and "permission denied for table note" in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "--archive", editor_url, "show", "999")[0] == 1  # nothing of the entry was kept
