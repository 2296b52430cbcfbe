"""A server archive's text is UTF-8 both ways (issue-51e, docs/faults.md), on a real server: a
database made in another encoding is refused before anything is written to it, and a user whose
environment asks libpq for another client encoding still reads, imports and backs up Chinese."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from .conftest import SAMPLE_TXT
from .test_fault_server import RELATIONS
from .test_server_cli import run


@pytest.fixture(params=["SQL_ASCII", "LATIN1"])
def other_encoding(pg_server, request):
    """A database made with createdb -E SQL_ASCII (or LATIN1): its address, and its name in the
    encoding's spelling."""
    name = f"t_enc_{request.param.lower()}_{request.node.name[-12:].strip('[]').lower()}"
    with pg_server.admin() as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING {} LC_COLLATE 'C' LC_CTYPE 'C'").format(
            sql.Identifier(name), sql.Literal(request.param)))
    yield pg_server.url(name), request.param
    pg_server.drop_database(name)


def test_a_database_not_in_utf8_is_refused_in_one_line_and_nothing_is_made_there(other_encoding, tmp_path, capsys):
    """Before: in SQL_ASCII, `import` stored the issue and then raised TypeError (bytes where text
    was read), and `list` printed b'\\xe6\\xb5\\x8b…'; in LATIN1 Baoku's tables were made and every
    import failed on its first Chinese character."""
    url, encoding = other_encoding
    on = ["--archive", url]
    for argv in ([*on, "import", SAMPLE_TXT], [*on, "list"], [*on, "search", "会议"], [*on, "check"],
                 ["migrate", url, tmp_path / "copy.db"]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, (argv, out, err)
        assert f"stores text in {encoding}, not UTF-8: it cannot hold Chinese, and nothing was changed" in err, err
    with psycopg.connect(url) as conn:
        assert conn.execute(RELATIONS).fetchall() == []  # no table made there
    assert not (tmp_path / "copy.db").exists()


def test_the_window_words_a_database_not_in_utf8_in_its_language():
    from baoku.core.coded import Coded
    from baoku.gui.codedwords import words

    said = words(Coded("server_encoding", address="postgresql://a@db/old", encoding="LATIN1"))
    assert said.startswith("postgresql://a@db/old 的数据库用 LATIN1 编码保存文字，不是 UTF-8，存不下中文；没有作任何改动。")
    assert "--" not in said and "createdb" not in said


def test_a_client_encoding_asked_by_the_environment_is_not_what_the_archive_reads_in(server_url, tmp_path, capsys,
                                                                                     monkeypatch):
    """Before: with PGCLIENTENCODING=LATIN1 (an old shell profile) every command failed on the
    first Chinese character ("has no equivalent in encoding LATIN1"), and `backup` stopped half-way;
    with SQL_ASCII, `list` printed bytes."""
    on = ["--archive", server_url]
    assert run(capsys, *on, "import", SAMPLE_TXT)[0] == 0
    for asked in ("LATIN1", "SQL_ASCII"):
        monkeypatch.setenv("PGCLIENTENCODING", asked)
        code, out, err = run(capsys, *on, "list", "articles")
        assert code == 0 and "泉州晚报" in out and "b'" not in out, (asked, out, err)
        assert run(capsys, *on, "search", "会议")[0] == 0
    backup = tmp_path / "a.dump"
    code, out, err = run(capsys, *on, "backup", backup)
    assert code == 0 and backup.stat().st_size > 0, err
