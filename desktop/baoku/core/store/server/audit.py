"""The audit log of a server archive: every change of a stored row, with who made it (the
PostgreSQL role that connected), when, what (the table, the row, insert/update/delete) and its old
and new values.

The server writes it itself: a trigger on each table of the archive's records adds a row to
`audit` in the same transaction as the change, whoever makes it and however (Baoku, psql, another
program), so the log holds what was committed and nothing that was rolled back. The trigger's
function runs as the archive's owner (SECURITY DEFINER): no user may write the log, and only the
owner and admins may read it (store.server.roles).

What a row holds:
- an insert: the new row, but its long text (an article's blocks, a page's source text) and an
  image's bytes, which the row itself keeps (its content hash names the text);
- an update: the columns that changed, old and new, in full (an update that changes nothing is
  not logged);
- a delete: the old row in full but an image's bytes (what was removed can be read back).
Search rows (article_search) are derived from the articles and not logged."""

from __future__ import annotations

import json
from dataclasses import dataclass

# Every change of one of these is logged: the archive's records (what archivists write), and what
# editors keep of their own (collections and notes, server migration 5).
RECORDS = ("publication", "issue", "page", "article", "contributor", "photo", "import_batch", "page_fix",
           "correction")
EDITORIAL = ("collection", "collection_item", "note")
AUDITED = RECORDS + EDITORIAL
LONG = ("blocks", "raw_text", "data")  # kept out of an insert's entry; `data` out of every entry

def triggers(tables: tuple[str, ...]) -> list[str]:
    """The statements that log every change of these tables."""
    return [f"CREATE TRIGGER audit_{t} AFTER INSERT OR UPDATE OR DELETE ON {t} FOR EACH ROW "
            "EXECUTE FUNCTION baoku_audit()" for t in tables]


def audit_function(long_on_insert: tuple[str, ...] = LONG, create: str = "CREATE") -> str:
    """The audit trigger's function: an insert's entry leaves out `long_on_insert` (text the row
    itself keeps), every entry an image's bytes. Migration 4 made it; a later one may replace it
    (create="CREATE OR REPLACE") to leave out more."""
    strip = "".join(f" - '{c}'" for c in long_on_insert)
    return f"""
{create} FUNCTION baoku_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    r jsonb := CASE TG_OP WHEN 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    o jsonb;
    n jsonb;
BEGIN
    IF TG_OP = 'INSERT' THEN
        n := r{strip};
    ELSIF TG_OP = 'DELETE' THEN
        o := r - 'data';
    ELSE
        n := to_jsonb(NEW);
        SELECT jsonb_object_agg(e.key, e.value) INTO o FROM jsonb_each(to_jsonb(OLD)) e
        WHERE n -> e.key IS DISTINCT FROM e.value;
        IF o IS NULL THEN
            RETURN NULL;
        END IF;
        SELECT jsonb_object_agg(e.key, e.value) INTO n FROM jsonb_each(n) e WHERE o ? e.key;
        o := o - 'data';
        n := n - 'data';
    END IF;
    INSERT INTO audit (tbl, op, row_id, old, new)
    VALUES (TG_TABLE_NAME, lower(TG_OP), COALESCE(r ->> 'id', r ->> 'article_id', r ->> 'page_id')::bigint, o, n);
    RETURN NULL;
END
$$"""

MIGRATION = [
    """CREATE TABLE audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        who text NOT NULL DEFAULT session_user,
        program text NOT NULL DEFAULT current_setting('application_name'),
        xact bigint NOT NULL DEFAULT txid_current(),
        tbl text NOT NULL,
        op text NOT NULL,
        row_id bigint,
        old jsonb,
        new jsonb)""",
    "CREATE INDEX idx_audit_row ON audit(tbl, row_id, id)",
    "CREATE INDEX idx_audit_who ON audit(who, id)",
    "REVOKE ALL ON audit FROM PUBLIC",
    audit_function(),
    "REVOKE ALL ON FUNCTION baoku_audit() FROM PUBLIC",
    *(triggers(RECORDS)),
]


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # ISO 8601, UTC
    who: str  # the PostgreSQL role that connected
    program: str  # its application_name (baoku, psql, …)
    xact: int  # one transaction's entries share it
    table: str
    op: str  # insert, update, delete
    row_id: int | None
    old: dict | None
    new: dict | None


class ServerAudit:
    """Reading the audit log (a part of `ServerArchive`)."""

    def audit_log(self, *, table: str | None = None, row_id: int | None = None, who: str | None = None,
                  limit: int = 100) -> list[AuditEntry]:
        """The newest `limit` entries matching what is given, oldest first."""
        rows = self.conn.execute(
            """SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), who, program, xact, tbl, op,
                      row_id, old, new FROM (
                 SELECT * FROM audit
                 WHERE (%(table)s::text IS NULL OR tbl = %(table)s)
                   AND (%(row)s::bigint IS NULL OR row_id = %(row)s)
                   AND (%(who)s::text IS NULL OR who = %(who)s)
                 ORDER BY id DESC LIMIT %(limit)s) newest ORDER BY id""",
            {"table": table, "row": row_id, "who": who, "limit": max(1, int(limit))}).fetchall()
        return [AuditEntry(*r[:8], _loaded(r[8]), _loaded(r[9])) for r in rows]


def _loaded(value) -> dict | None:
    return json.loads(value) if isinstance(value, str) else value
