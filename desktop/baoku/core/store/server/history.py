"""Undo and redo of the window's changes on a server archive (server migration 12), read from its
audit log: what a window's action changed is the audit log's entries of that action's transaction.

Each user has a history of their own (`history_step`, a row a step: the transaction it was done
in; the server shows each user only their own rows). Undoing a step runs `baoku_revert` on its
transaction: a function run as the archive's owner (users may not read the audit log) that takes
that transaction's entries newest first and puts each row back as it was — an inserted row
deleted, a deleted row inserted again, an updated row's changed columns set back — after a guard
that the row is still as the step left it. A guard that fails (another user changed the row
since) stops the undo, and nothing changes. It reverts only transactions whose every entry is the
caller's own. What the undo changes is logged like any change, in the undo's own transaction,
and that is what redo reverts; redo's transaction is what the next undo reverts.

A deleted row comes back whole from its entry, but a photo's bytes, which the audit log never
keeps: those come from the trash entry the same deletion wrote (an article deleted with its photos
always goes to the trash). The trash table is logged from this migration on, so undoing a delete
takes its trash entry away again, and redo puts it back.

Only window actions run inside `history.step` are recorded: imports and the command line are not."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..clock import now
from ..history import NothingToUndo, Step, UndoConflict
from .audit import triggers

KEEP = 200  # steps kept a user; older ones can no longer be undone

_REVERT = r"""
CREATE FUNCTION baoku_revert(x bigint) RETURNS TABLE (tbl text, article bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    e record;
    keys text[];
    cond text;
    probe jsonb;
    cur jsonb;
    found_rows integer;
    cols text;
    b64 text;
    gone boolean;
    fk record;
BEGIN
    SET CONSTRAINTS ALL DEFERRED;  -- rows come back in their own order; references checked at commit
    IF NOT EXISTS (SELECT 1 FROM audit a WHERE a.xact = x) THEN
        RAISE EXCEPTION 'baoku_undo_conflict: nothing of this step is on record';
    END IF;
    IF EXISTS (SELECT 1 FROM audit a WHERE a.xact = x AND a.who <> session_user) THEN
        RAISE EXCEPTION 'permission denied: a step of another user' USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOR e IN SELECT * FROM audit a WHERE a.xact = x ORDER BY a.id DESC LOOP
        SELECT array_agg(att.attname::text ORDER BY k.ord) INTO keys
        FROM pg_index i
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute att ON att.attrelid = i.indrelid AND att.attnum = k.attnum
        WHERE i.indrelid = format('public.%I', e.tbl)::regclass AND i.indisprimary;
        IF e.op = 'update' THEN
            IF array_length(keys, 1) = 1 THEN
                probe := jsonb_build_object(keys[1], e.row_id);
            ELSE  -- a row of two keys (a collection's item): found by its article and its new values
                probe := jsonb_build_object('article_id', e.row_id);
                keys := ARRAY['article_id'];
            END IF;
        ELSE
            probe := CASE e.op WHEN 'insert' THEN e.new ELSE e.old END;
        END IF;
        SELECT string_agg(format('t.%I = ($1 ->> %L)::bigint', kname, kname), ' AND ') INTO cond
        FROM unnest(keys) AS kname;
        IF e.op = 'insert' THEN
            EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE %s', e.tbl, cond) INTO cur USING probe;
            gone := false;
            IF cur IS NULL THEN  -- taken already by a cascade of this undo, when its parent is gone
                FOR fk IN SELECT c.confrelid::regclass AS parent, a.attname AS col, pa.attname AS pcol
                          FROM pg_constraint c
                          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                          JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
                          WHERE c.contype = 'f' AND c.confdeltype = 'c' AND cardinality(c.conkey) = 1
                            AND c.conrelid = format('public.%I', e.tbl)::regclass LOOP
                    EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM %s p WHERE p.%I = ($1 ->> %L)::bigint)',
                                   fk.parent, fk.pcol, fk.col) INTO gone USING e.new;
                    EXIT WHEN gone;
                END LOOP;
            END IF;
            IF NOT gone AND (cur IS NULL OR NOT (cur - 'blocks' - 'raw_text' - 'data') @> e.new) THEN
                RAISE EXCEPTION 'baoku_undo_conflict: % % changed since', e.tbl, e.row_id;
            END IF;
            EXECUTE format('DELETE FROM %I t WHERE %s', e.tbl, cond) USING probe;
        ELSIF e.op = 'delete' THEN
            EXECUTE format('SELECT count(*) FROM %I t WHERE %s', e.tbl, cond) INTO found_rows USING probe;
            IF found_rows > 0 THEN
                RAISE EXCEPTION 'baoku_undo_conflict: % % is there again', e.tbl, e.row_id;
            END IF;
            cur := e.old;
            IF e.tbl = 'photo' THEN  -- its bytes: from the trash entry the deletion wrote
                SELECT o.row -> 'data' ->> 'b64' INTO b64
                FROM audit t
                CROSS JOIN LATERAL (SELECT (t.new ->> 'rows')::jsonb -> 'tables' -> 'photo' AS p) AS taken
                CROSS JOIN LATERAL jsonb_array_elements(taken.p -> 'rows') AS r(v)
                CROSS JOIN LATERAL (SELECT jsonb_object_agg(c.name, r.v -> (c.i::int - 1)) AS row
                                    FROM jsonb_array_elements_text(taken.p -> 'columns') WITH ORDINALITY AS c(name, i)) AS o
                WHERE t.xact = x AND t.tbl = 'trash' AND t.op = 'insert' AND taken.p IS NOT NULL
                  AND (o.row ->> 'id')::bigint = e.row_id
                LIMIT 1;
                IF b64 IS NOT NULL THEN
                    cur := cur || jsonb_build_object('data', '\x' || encode(decode(b64, 'base64'), 'hex'));
                END IF;
            END IF;
            EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)', e.tbl, e.tbl) USING cur;
        ELSE
            EXECUTE format('SELECT count(*) FROM %I t WHERE %s AND to_jsonb(t) @> $2', e.tbl, cond)
                INTO found_rows USING probe, e.new;
            IF found_rows <> 1 THEN
                RAISE EXCEPTION 'baoku_undo_conflict: % % changed since', e.tbl, e.row_id;
            END IF;
            SELECT string_agg(quote_ident(k), ', ') INTO cols FROM jsonb_object_keys(e.old) AS k;
            EXECUTE format('UPDATE %I t SET (%s) = (SELECT %s FROM jsonb_populate_record(NULL::%I, $3)) '
                           'WHERE %s AND to_jsonb(t) @> $2', e.tbl, cols, cols, e.tbl, cond)
                USING probe, e.new, e.old;
        END IF;
        tbl := e.tbl;
        article := CASE WHEN e.tbl = 'article' THEN e.row_id
                        ELSE (COALESCE(e.new, e.old) ->> 'article_id')::bigint END;
        RETURN NEXT;
    END LOOP;
END
$$"""

# A cascade's children are logged after their parent, so they come back first: references are
# checked at the end of the undo (cascading deletes still act at once).
_DEFERRABLE = """
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
             WHERE contype = 'f' AND connamespace = 'public'::regnamespace LOOP
        EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', c.t, c.conname);
    END LOOP;
END
$$"""

_CHANGED = """
CREATE FUNCTION baoku_step_changed(x bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM audit WHERE xact = x AND who = session_user)
$$"""

MIGRATION = [
    """CREATE TABLE history_step (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        who text NOT NULL DEFAULT session_user,
        action text NOT NULL,
        label text NOT NULL DEFAULT '',
        at text NOT NULL,
        xact bigint NOT NULL,
        state text NOT NULL DEFAULT 'done')""",
    "CREATE INDEX idx_history_step_who ON history_step(who, id)",
    "ALTER TABLE history_step ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY own_steps ON history_step USING (who = session_user) WITH CHECK (who = session_user)",
    *triggers(("trash",)),
    _DEFERRABLE,
    _REVERT,
    _CHANGED,
    "REVOKE ALL ON FUNCTION baoku_revert(bigint) FROM PUBLIC",
    "REVOKE ALL ON FUNCTION baoku_step_changed(bigint) FROM PUBLIC",
]
FUNCTIONS = ("baoku_revert(bigint)", "baoku_step_changed(bigint)")


class ServerHistory:
    """The window's undo history on a server archive (a part of `ServerArchive`)."""

    _step_recording = None

    @contextmanager
    def history_step(self, action: str, label: str = "") -> Iterator[int]:
        """Record what the body changes as one undoable step, in one transaction with it (an
        action made of actions is one step). A body that changes nothing leaves no step; a new
        step ends what this user could redo."""
        with self.transaction() as conn:
            if self._step_recording is not None:
                yield self._step_recording
                return
            xact = conn.execute("SELECT txid_current()").fetchone()[0]
            sid = conn.execute("INSERT INTO history_step (action, label, at, xact) VALUES (%s, %s, %s, %s) "
                               "RETURNING id", [action, label[:200], now(), xact]).fetchone()[0]
            self._step_recording = sid
            try:
                yield sid
            finally:
                self._step_recording = None
            if not conn.execute("SELECT baoku_step_changed(%s)", [xact]).fetchone()[0]:
                conn.execute("DELETE FROM history_step WHERE id = %s", [sid])
                return
            conn.execute("DELETE FROM history_step WHERE who = session_user AND state = 'undone'")
            conn.execute("DELETE FROM history_step WHERE who = session_user AND id <= (SELECT id FROM history_step "
                         "WHERE who = session_user ORDER BY id DESC LIMIT 1 OFFSET %s)", [KEEP])

    def next_steps(self) -> tuple[Step | None, Step | None]:
        """What this user's undo and redo would reverse now."""
        def one(order: str, state: str) -> Step | None:
            row = self.conn.execute("SELECT id, action, label, at FROM history_step WHERE who = session_user "
                                    f"AND state = %s ORDER BY id {order} LIMIT 1", [state]).fetchone()
            return Step(*row) if row else None

        return one("DESC", "done"), one("ASC", "undone")

    def flip_step(self, redo: bool) -> tuple[Step, list[tuple[str, int | None]]]:
        """Undo this user's newest step still done, or redo the one undone last: the step, and
        the (table, article) of every row it put back."""
        import psycopg

        with self.transaction() as conn:
            done, undone = self.next_steps()
            target = undone if redo else done
            if target is None:
                raise NothingToUndo(redo)
            xact = conn.execute("SELECT xact FROM history_step WHERE id = %s FOR UPDATE", [target.id]).fetchone()[0]
            try:
                rows = [tuple(r) for r in conn.execute("SELECT tbl, article FROM baoku_revert(%s)", [xact])]
            except psycopg.errors.RaiseException as e:
                if "baoku_undo_conflict" in str(e):
                    raise UndoConflict(target, redo) from e
                raise
            conn.execute("UPDATE history_step SET state = %s, xact = txid_current() WHERE id = %s",
                         ["done" if redo else "undone", target.id])
        return target, rows
