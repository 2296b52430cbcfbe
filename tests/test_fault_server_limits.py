"""A server archive that may only be read (a hot standby, a database set read-only), and one whose
statements are cut off (statement_timeout), on a real server (issue-51e, docs/faults.md). Before:
"the server archive refused or stopped: cannot execute INSERT in a read-only transaction", English
under the window's Chinese headline. Now each is coded: one line on the command line, the window's
own words, and reads go on working on the read-only one."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from baoku.core.store.server.connection import server_error

from .conftest import SAMPLE_TXT
from .test_server_cli import run


def test_a_read_only_server_archive_refuses_writes_in_one_line_and_answers_reads(server_url, capsys):
    on = ["--archive", server_url]
    assert run(capsys, *on, "import", SAMPLE_TXT)[0] == 0
    with psycopg.connect(server_url, autocommit=True) as conn:
        name = conn.execute("SELECT current_database()").fetchone()[0]
        conn.execute(sql.SQL("ALTER DATABASE {} SET default_transaction_read_only = on").format(sql.Identifier(name)))
    code, out, err = run(capsys, *on, "note", "1", "一条批注")
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "is read-only (cannot execute" in err and "a standby server, or a database set read-only; it can be " \
           "read and searched, and nothing was changed" in err
    code, out, err = run(capsys, *on, "search", "会议")
    assert code == 0 and "found" in out, err


@pytest.mark.parametrize("setting, statement, code", [
    ("default_transaction_read_only = on", "CREATE TABLE t (x int)", "server_read_only"),
    ("statement_timeout = '10ms'", "SELECT pg_sleep(1)", "server_cancelled"),
])
def test_the_servers_refusal_is_coded_and_worded_in_the_windows_language(server_url, setting, statement, code):
    from baoku.gui.codedwords import error_words

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"SET {setting}")
        with pytest.raises(psycopg.Error) as caught:
            conn.execute(statement)
    refused = server_error(caught.value)
    assert refused.coded.code == code
    said = error_words(refused)
    assert said.startswith("服务器档案") and ("只读" in said if code == "server_read_only" else "时间上限" in said), said
