"""A server archive's audit log (every change: who, when, what, old and new, written by the server in
the change's own transaction) and its roles (archivist, editor, admin), enforced by the server."""

from __future__ import annotations

import json

import psycopg
import pytest

from baoku.cli import main

from .conftest import SAMPLE_TXT
from .oldphotos import drop_photo_columns


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


def audit(capsys, url, *argv) -> list[dict]:
    code, out, err = run(capsys, "--archive", url, "audit", "--json", "--limit", "10000", *argv)
    assert code == 0, err
    return json.loads(out)


def test_every_change_is_logged_with_who_when_what_old_and_new(server_url, capsys):
    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    imported = audit(capsys, server_url)
    tables = {(e["table"], e["op"]) for e in imported}
    assert {("publication", "insert"), ("issue", "insert"), ("page", "insert"), ("article", "insert"),
            ("contributor", "insert"), ("import_batch", "insert")} <= tables
    assert {e["who"] for e in imported} == {"postgres"} and {e["program"] for e in imported} == {"baoku"}
    article = next(e for e in imported if e["table"] == "article" and e["row_id"] == 2)
    assert article["new"]["headline"] == "聚力“新知”挖掘“新质”" and "blocks" not in article["new"]
    assert article["new"]["content_hash"] and article["old"] is None
    assert len({e["xact"] for e in imported if e["table"] in ("article", "page", "import_batch")}) == 1  # one issue

    assert run(capsys, "--archive", server_url, "edit", "2", "--genre", "访谈")[0] == 0
    assert run(capsys, "--archive", server_url, "correct", "2", "--block", "8", "--text", "主持人：校对")[0] == 0
    assert run(capsys, "--archive", server_url, "correct", "--undo", "1")[0] == 0
    assert run(capsys, "--archive", server_url, "correct", "2", "--block", "99", "--text", "x")[0] == 1  # refused
    changes = audit(capsys, server_url, "--table", "article", "--id", "2")
    assert [e["op"] for e in changes] == ["insert", "update", "update", "update"]
    edit, corrected, undone = changes[1:]
    assert edit["old"]["genre"] == "圆桌" and edit["new"]["genre"] == "访谈"
    assert {"genre", "content_hash"} <= set(edit["new"]) <= {"genre", "content_hash", "updated_at"}  # what changed
    old_blocks, new_blocks = json.loads(corrected["old"]["blocks"]), json.loads(corrected["new"]["blocks"])
    assert old_blocks[8][1].startswith("主持人:企业如何") and new_blocks[8][1] == "主持人：校对"
    assert corrected["new"]["content_hash"] != corrected["old"]["content_hash"]
    assert json.loads(undone["new"]["blocks"]) == old_blocks
    logged = audit(capsys, server_url, "--table", "correction")
    assert [(e["op"], e["row_id"]) for e in logged] == [("insert", 1), ("update", 1)]
    assert logged[0]["new"]["new_text"] == "主持人：校对" and logged[1]["new"]["undone_by"]
    assert logged[0]["xact"] == corrected["xact"]  # the change and its log: one transaction
    code, out, _ = run(capsys, "--archive", server_url, "audit", "--table", "article", "--id", "2")
    assert code == 0 and "postgres changed article 2  genre: 圆桌 → 访谈" in out

    with psycopg.connect(server_url) as conn:  # a change made without Baoku is logged all the same
        conn.execute("UPDATE issue SET number = '总第1期'")
        conn.execute("UPDATE issue SET number = number")  # changes nothing: not logged
        conn.execute("DELETE FROM contributor WHERE article_id = 2 AND seq = 6")
    with pytest.raises(psycopg.errors.UniqueViolation), psycopg.connect(server_url) as conn:  # rolled back
        conn.execute("UPDATE publication SET name = 'x'")
        conn.execute("INSERT INTO publication (name) VALUES ('x')")
    issue = audit(capsys, server_url, "--table", "issue")
    assert [e["op"] for e in issue] == ["insert", "update"] and issue[1]["new"] == {"number": "总第1期"}
    removed = audit(capsys, server_url, "--table", "contributor")[-1]
    assert removed["op"] == "delete" and removed["old"]["name"] == "郭剑平" and removed["new"] is None
    assert [e["op"] for e in audit(capsys, server_url, "--table", "publication")] == ["insert"]


def test_the_audit_log_is_a_server_archives(tmp_path, capsys):
    code, out, err = run(capsys, "--archive", tmp_path / "a.db", "audit")
    assert code == 1 and "only a server archive" in err and len(err.strip().splitlines()) == 1


def another_issue(folder):
    """The sample page as another day's issue (its sidecar says the date)."""
    text = folder / "other.txt"
    text.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    sidecar = json.loads(SAMPLE_TXT.with_suffix(".json").read_text(encoding="utf-8"))
    sidecar["date"] = "2023-01-02"
    (folder / "other.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return text


def test_an_editor_is_refused_an_import_and_an_edit_by_the_server_itself(users, server_url, tmp_path, capsys):
    editor, url = users["editor"]
    before = run(capsys, "--archive", server_url, "list", "articles", "--json")[1]
    assert run(capsys, "--archive", url, "show", "2")[0] == 0  # an editor reads
    assert run(capsys, "--archive", url, "list", "articles", "--json")[1] == before
    other = another_issue(tmp_path)
    for argv in (["import", "--allow-duplicates", other], ["edit", "2", "--genre", "消息"],
                 ["correct", "2", "--block", "8", "--text", "编辑不能校对"], ["audit"]):
        code, out, err = run(capsys, "--archive", url, *argv)
        assert code == 1 and len(err.strip().splitlines()) == 1, (argv, out, err)
        assert "refused: permission denied for table" in err and "the roles this user holds" in err, err
        assert "Traceback" not in err
    assert run(capsys, "--archive", server_url, "list", "articles", "--json")[1] == before
    assert editor not in {e["who"] for e in audit(capsys, server_url)}
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE article SET genre = 'x'")  # the server refuses it, whatever the program


def test_an_archivist_imports_and_edits_and_an_admin_reads_the_log_and_grants(users, server_url, tmp_path,
                                                                               capsys):
    archivist, url = users["archivist"]
    code, out, err = run(capsys, "--archive", url, "import", "--allow-duplicates", another_issue(tmp_path))
    assert code == 0 and "1 file imported" in out, err
    assert run(capsys, "--archive", url, "edit", "2", "--genre", "访谈")[0] == 0
    assert run(capsys, "--archive", url, "correct", "2", "--block", "8", "--text", "档案员校对")[0] == 0
    code, out, err = run(capsys, "--archive", url, "audit")  # the log is the admins'
    assert code == 1 and "permission denied for table audit" in err
    with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM audit")  # no one rewrites the log
    admin, admin_url = users["admin"]
    mine = audit(capsys, admin_url, "--who", archivist)
    assert {(e["table"], e["op"]) for e in mine} >= {("article", "insert"), ("article", "update"),
                                                    ("correction", "insert"), ("import_batch", "insert")}
    code, out, err = run(capsys, "--archive", admin_url, "server", "grant", f"x{archivist}", "editor")
    assert code == 0, err
    listed = json.loads(run(capsys, "--archive", admin_url, "server", "users", "--json")[1])
    held = {m["user"]: m["roles"] for m in listed}
    assert held[archivist] == ["archivist"] and held[f"x{archivist}"] == ["editor"]
    assert set(held[admin]) == {"admin", "archivist", "editor"}
    assert run(capsys, "--archive", admin_url, "server", "revoke", f"x{archivist}", "editor")[0] == 0
    with pytest.raises(SystemExit):  # not one of Baoku's roles: argparse refuses it
        run(capsys, "--archive", admin_url, "server", "grant", "bob", "owner")


def test_a_migration_grants_its_new_tables_to_the_roles(users, server_url, monkeypatch):
    """Tables a later migration makes are granted like the others when the owner migrates."""
    from baoku.core.store.server import ServerArchive, schema

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("DROP TABLE correction, audit, collection, collection_item, note, trash, search_word, "
                     "search_pending, saved_search, history_step, archive_setting, page_scan, layout_block, "
                     "scan_line, layout_edit, facsimile, search_count, search_reprint CASCADE")
        conn.execute("DROP FUNCTION baoku_audit, baoku_search_stale, baoku_search_pending, baoku_notify, "
                     "baoku_put_back, baoku_revert, baoku_step_changed, baoku_search_dropped, baoku_search_added, "
                     "baoku_search_counted_in, baoku_search_counted_out, baoku_search_counted_none, baoku_reprints CASCADE")
        conn.execute("ALTER TABLE article_search DROP COLUMN fields, DROP COLUMN made, DROP COLUMN block")  # what 7 and 16 added
        conn.execute("ALTER TABLE article_search DROP COLUMN lexemes, "  # 21's tokens as text, back to 2's tsvector
                     "ADD COLUMN grams tsvector NOT NULL DEFAULT ''")
        conn.execute("CREATE INDEX idx_article_search_grams ON article_search USING gin (grams)")
        drop_photo_columns(conn)  # what 19 and later added
        conn.execute("DELETE FROM baoku_schema WHERE version >= 3")
    ServerArchive(server_url).close()  # migrates 3 to the newest again
    editor, url = users["editor"]
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM correction").fetchone()[0] == 0
        conn.execute("INSERT INTO note (article_id, text, at) VALUES (2, '编辑的批注', 'now')")  # an editor's
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO trash (kind, target, label, rows, at) VALUES ('article', 2, '', '{}', 'now')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM audit")
        conn.execute("INSERT INTO saved_search (name, query, created_at) VALUES ('编辑的检索', '批注', 'now')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # only archivists may call it
            conn.execute("SELECT baoku_put_back('note', '{}'::jsonb)")
    assert schema.SCHEMA_VERSION >= 12
