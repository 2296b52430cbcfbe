"""What an archive holds that a backup of it lacks: the work a restore would lose.

The restore compared the newest import batch and the newest `article.updated_at`, which missed
every change that is not an import or an article's edit (a note, a collection, the trash, a
paper's settings, a saved search) and every edit made while the computer's clock was set back
(or after a backup taken with a clock running ahead): such an archive was replaced without a
word. Rows are compared instead, table by table: a row of the archive that the backup does not
hold, as it is, is work done since; rows the backup has and the archive lost are what a restore
is for. Clock-free, and exact for each kind of change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .snapshot import read_only_uri

# Tables the archive derives or keeps for itself: the search index's bookkeeping and SQLite's.
DERIVED = ("search_dirty", "search_previous", "search_state", "sqlite_sequence", "_sqlite_migrations")
# A table's name as said in a message (the rest: its name with spaces).
SAID = {"import_batch": "imports", "article": "articles", "note": "notes", "collection": "collections",
        "collection_item": "collections", "correction": "corrections", "trash": "trash", "publication": "papers",
        "saved_search": "saved searches", "history_step": "edit history", "history_change": "edit history",
        "layout_edit": "layout fixes", "page_fix": "layout fixes"}


def newer_tables(archive: str | Path, backup: str | Path) -> list[str]:
    """The kinds of work (`SAID`) the archive holds and the backup lacks, each once; [] when a
    restore loses nothing. Both files are only read."""
    con = sqlite3.connect(f"file:{Path(archive).resolve()}?mode=ro", uri=True)
    try:
        con.execute("ATTACH DATABASE ? AS backup", [read_only_uri(backup)])
        found: list[str] = []
        for table in _tables(con, "main"):
            if table in DERIVED:
                continue
            if _has_rows_beyond(con, table):
                said = SAID.get(table, table.replace("_", " "))
                if said not in found:
                    found.append(said)
        return found
    finally:
        con.close()


def _tables(con: sqlite3.Connection, schema: str) -> list[str]:
    return [r[0] for r in con.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
                                      "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]


def _has_rows_beyond(con: sqlite3.Connection, table: str) -> bool:
    """Whether `table` holds a row the backup's does not, in the columns both have."""
    ours = [r[1] for r in con.execute(f'PRAGMA main.table_info("{table}")')]
    theirs = {r[1] for r in con.execute(f'PRAGMA backup.table_info("{table}")')}
    if not theirs:  # a table the backup's older schema has not: any row is new
        return con.execute(f'SELECT EXISTS (SELECT 1 FROM main."{table}")').fetchone()[0] == 1
    cols = ", ".join(f'"{c}"' for c in ours if c in theirs)
    sql = f'SELECT EXISTS (SELECT {cols} FROM main."{table}" EXCEPT SELECT {cols} FROM backup."{table}")'
    return con.execute(sql).fetchone()[0] == 1
