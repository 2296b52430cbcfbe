"""Collections (专题) and notes (批注) on a server archive: the same commands give the same results as
on the embedded archive; two editors adding to one collection at once keep both; only editors
(and admins) may change them, and every change is in the audit log."""

from __future__ import annotations

import json
import threading

from baoku.cli import main

from .conftest import SAMPLE_TXT
from .test_server_editing import STAMP

SESSION = [
    ["collection", "add", "知识产权", "2", "4"], ["collection", "add", "知识产权", "3", "2"],
    ["collection", "add", "汽车", "3"], ["collection", "add", "空", "99"],
    ["collection", "list"], ["collection", "list", "--json"], ["collection", "list", "知识产权"],
    ["search", "专题:知识产权"], ["search", "专题:汽车 OR 专题:空"],  # (found nothing on a server: issue 51f)
    ["collection", "remove", "知识产权", "4"], ["collection", "remove", "知识产权", "5"],
    ["collection", "rename", "汽车", "知识产权"], ["collection", "rename", "汽车", "产业"],
    ["cite", "--collection", "知识产权", "--style", "ris"], ["cite", "2", "3", "--style", "csl-json"],
    ["note", "2", "核对", "数字"], ["note", "2"], ["note", "3"], ["note", "2", "--clear"], ["note", "2"],
    ["note", "99", "无"], ["note", "3", "再核对"], ["search", "批注:核对"], ["search", "批注:再核对 专题:产业"],
    ["collection", "delete", "产业"], ["collection", "delete", "产业"], ["collection", "list", "--json"],
    ["collection", "list", "知识产权", "--json"],
]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_collections_and_notes_give_the_same_results_on_both_archives(server_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    said = {}
    for name, archive in (("embedded", tmp_path / "archive.db"), ("server", server_url)):
        assert run(capsys, "--archive", archive, "import", SAMPLE_TXT)[0] == 0
        said[name] = [(argv, *(STAMP.sub("T", t) for t in run(capsys, "--archive", archive, *argv)[1:]),
                       run(capsys, "--archive", archive, "show", "2", "--json")[1]) for argv in SESSION]
    for embedded, server in zip(said["embedded"], said["server"], strict=True):
        assert embedded == server
    outputs = {tuple(argv): (out, err) for argv, out, err, _ in said["server"]}
    assert "no article with id 99" in outputs[("collection", "add", "空", "99")][1]
    assert "there is a collection named 「知识产权」 already" in outputs[("collection", "rename", "汽车", "知识产权")][1]
    assert [r["id"] for r in json.loads(outputs[("collection", "list", "知识产权", "--json")][0])] == [2, 3]
    assert "TI  - 聚力“新知”挖掘“新质”" in outputs[("cite", "--collection", "知识产权", "--style", "ris")][0]
    assert said["server"][16][1].strip() == "核对 数字"
    # a collection and a note are searched on a server as on a file (its search rows held neither)
    assert "3 articles found" in outputs[("search", "专题:知识产权")][0]  # (2, 3 and 4: added, 4 not yet removed)
    assert "1 article found" in outputs[("search", "批注:再核对 专题:产业")][0]


def test_two_editors_adding_to_one_collection_at_once_keep_both(server_url, capsys):
    from baoku.core.store import collections
    from baoku.core.store.server import ServerArchive

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    start, errors = threading.Barrier(2), []

    def editor(ids: list[int]) -> None:
        try:
            with ServerArchive(server_url) as archive:
                start.wait()
                for i in ids:
                    collections.add(archive, "新专题", [i])  # made by whichever comes first
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=editor, args=(ids,)) for ids in ([1, 3, 5], [2, 4, 6])]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    with ServerArchive(server_url) as archive:
        assert sorted(collections.members(archive, "新专题")) == [1, 2, 3, 4, 5, 6]
        seqs = [s for _, s in archive._collection_items(archive._collection_id("新专题"))]
        assert seqs == [1, 2, 3, 4, 5, 6]  # each added after the other's: no two in one place
        assert len(collections.collections(archive)) == 1


def test_editors_keep_collections_notes_and_saved_searches_and_archivists_may_not(users, server_url, capsys):
    from .test_server_audit import audit

    editor, editor_url = users["editor"]
    archivist, archivist_url = users["archivist"]
    for argv in (["note", "2", "编辑批注"], ["collection", "add", "专题", "2", "3"],
                 ["collection", "rename", "专题", "新专题"], ["search", "专题", "--save", "编辑的检索"]):
        code, out, err = run(capsys, "--archive", editor_url, *argv)
        assert code == 0, err
    for argv in (["note", "2", "档案员批注"], ["collection", "add", "新专题", "4"],
                 ["search", "专题", "--save", "档案员的检索"], ["saved", "--delete", "编辑的检索"]):
        code, out, err = run(capsys, "--archive", archivist_url, *argv)
        assert code == 1 and "refused: permission denied for table" in err and len(err.strip().splitlines()) == 1
    logged = [e for e in audit(capsys, users["admin"][1], "--who", editor)]
    assert [(e["table"], e["op"]) for e in logged] == [("note", "insert"), ("collection", "insert"),
                                                      ("collection_item", "insert"), ("collection_item", "insert"),
                                                      ("collection", "update"), ("saved_search", "insert")]
    assert logged[0]["new"]["text"] == "编辑批注" and logged[-2]["old"]["name"] == "专题"
    assert logged[-1]["new"]["name"] == "编辑的检索" and logged[-1]["new"]["query"] == "专题"


def test_a_note_or_a_collection_makes_its_articles_search_rows_stale(server_url, capsys):
    """批注 and 专题 are searchable: a change to them (by any program) makes the search rows of its
    articles be made again; Baoku's own commands make them again at once."""
    import psycopg

    from baoku.core.search.server import pending
    from baoku.core.store.server import ServerArchive

    assert run(capsys, "--archive", server_url, "import", SAMPLE_TXT)[0] == 0
    assert run(capsys, "--archive", server_url, "note", "2", "批注")[0] == 0
    assert run(capsys, "--archive", server_url, "collection", "add", "专题", "3", "4")[0] == 0
    with ServerArchive(server_url) as archive:
        assert pending(archive) == []
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("UPDATE note SET text = '改过的批注' WHERE article_id = 2")
        conn.execute("UPDATE collection SET name = '新名'")
        conn.execute("DELETE FROM collection_item WHERE article_id = 4")
        conn.execute("INSERT INTO collection_item VALUES (1, 5, 9)")
    with ServerArchive(server_url) as archive:
        assert pending(archive) == [2, 3, 4, 5]


def test_an_archive_migrated_from_before_makes_its_collected_and_noted_rows_again(server_url, capsys):
    """The search rows made before collections and notes were part of them (server schema 22) are
    made stale on migrating (and made again by the next search), so 专题: and 批注: find what was
    collected and noted before; the other rows stay."""
    import psycopg

    from baoku.core.address import ServerAddress
    from baoku.core.store.server import ServerArchive

    for argv in (["import", SAMPLE_TXT], ["collection", "add", "旧专题", "2"], ["note", "3", "旧批注"],
                 ["search", "经济"]):  # (the search makes every row)
        assert run(capsys, "--archive", server_url, *argv)[0] == 0
    with psycopg.connect(server_url, autocommit=True) as conn:
        made = {r[0] for r in conn.execute("SELECT article_id FROM article_search")}
        assert made == {1, 2, 3, 4, 5, 6}
        conn.execute("DELETE FROM baoku_schema WHERE version >= 23")  # as it was at schema 22 (the later ones rerun)
    with ServerArchive(ServerAddress(server_url)) as archive:  # migrates
        kept = {r[0] for r in archive.conn.execute("SELECT article_id FROM article_search")}
    assert kept == {1, 4, 5, 6}
    assert "1 article found" in run(capsys, "--archive", server_url, "search", "专题:旧专题")[1]
    assert "1 article found" in run(capsys, "--archive", server_url, "search", "批注:旧批注")[1]
