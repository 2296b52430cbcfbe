"""The tests' PostgreSQL server itself (tests/pgserver.py): a real server, private to the session,
a database a test."""

from __future__ import annotations


def test_the_server_is_real_private_and_gives_each_test_its_own_database(pg_server, server_url):
    import psycopg

    assert pg_server.started_in > 0 and str(pg_server.socket_dir).startswith("/tmp/")
    with psycopg.connect(server_url) as conn:
        version, database, encoding, listening = conn.execute(
            "SELECT current_setting('server_version_num')::int, current_database(), "
            "current_setting('server_encoding'), current_setting('listen_addresses')").fetchone()
        assert version >= 150000 and database.startswith("t_test_the_server_is_real")
        assert encoding == "UTF8" and listening == ""
        conn.execute("CREATE TABLE t (x text)")
        conn.execute("INSERT INTO t VALUES (%s)", ["知识产权 𠀀"])
        assert conn.execute("SELECT x FROM t").fetchone()[0] == "知识产权 𠀀"


def test_a_second_test_starts_from_an_empty_database(server_url):
    import psycopg

    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
