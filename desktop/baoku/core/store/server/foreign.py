"""A PostgreSQL database that is not a Baoku archive (another program's), told apart before anything
is written to it (the server's side of store/foreign.py)."""

from __future__ import annotations

from ...coded import Coded
from ...errors import ArchiveUnavailable


def foreign_tables(conn) -> list[str]:
    """The tables and views in the database that are not Baoku's (schema-qualified, sorted): where
    Baoku's version table is absent, any is another program's, and the database is not Baoku's to
    write in. Those an extension installed (PostGIS's spatial_ref_sys) belong to the server."""
    rows = conn.execute("""
        SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
          AND c.relname <> 'baoku_schema'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                          AND d.deptype = 'e')
        ORDER BY 1""").fetchall()
    return [name.removeprefix("public.") for (name,) in rows]


def refuse_foreign(conn, shown: str) -> None:
    """Refuse a database that another program keeps (its tables there, and no Baoku version table),
    before anything is written to it: opened as an archive, it had Baoku's tables made beside its own."""
    if conn.execute("SELECT to_regclass('baoku_schema') IS NULL").fetchone()[0]:
        tables = foreign_tables(conn)
        if tables:
            raise ArchiveUnavailable(Coded("server_foreign_database", address=shown, tables=tables))
