"""Who may do what on a server archive, enforced by the server itself: three group roles, and the
privileges each holds on the archive's tables. A user is a PostgreSQL login role made a member of
one (or more) of them.

- archivist (baoku_archivist): read everything; import, edit, correct (write the records);
- editor (baoku_editor): read everything (search, export); write collections and notes; no import,
  no edit, no correction;
- admin (baoku_admin): a member of both, reads the audit log, and may grant the three roles to
  users (ADMIN OPTION; an admin user is given CREATEROLE to make login roles). A backup (pg_dump)
  needs only reading, which every admin can do.

Everyone keeps the archive's search rows (article_search) up to date: they are derived from the
articles, and a search brings them up to date before it answers. The audit log (store.server.audit)
is written by the server's trigger as the owner, never by a user.

`grant_roles` makes the groups (once for the server: roles are the cluster's) and grants them on
this database's tables; it is run again by whoever migrates the schema, so new tables are granted
too. Names are always passed as identifiers (psycopg.sql), never pasted into SQL."""

from __future__ import annotations

from dataclasses import dataclass

from psycopg import sql

from ...errors import ValidationError
from ..rights import Rights
from .audit import EDITORIAL, RECORDS
from .history import FUNCTIONS as HISTORY_FUNCTIONS
from .facsimiles import TABLE as FACSIMILES
from .imagestore import SCAN_RECORDS, SETTINGS
from .saved import TABLE as SAVED_SEARCHES

ROLES = {"archivist": "baoku_archivist", "editor": "baoku_editor", "admin": "baoku_admin"}
DERIVED = ("article_search", "search_word", "search_pending", "search_count", "search_reprint", "history_step")  # written by whoever searches or imports
OWNER_ONLY = ("audit",)
ARCHIVISTS = ("trash",)  # deleting and restoring: an archivist's, as importing is  # read by admins; written by the audit trigger alone


@dataclass(frozen=True)
class Member:
    user: str
    roles: tuple[str, ...]  # archivist, editor, admin
    can_log_in: bool


def groups_exist(conn) -> bool:
    return conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)",
                        [list(ROLES.values())]).fetchone()[0] == len(ROLES)


def grant_roles(conn) -> list[str]:
    """Make the three group roles where missing and grant them on this database, in one
    transaction. Returns the roles made."""
    made = []
    with conn.transaction():
        for group in ROLES.values():
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [group]).fetchone() is None:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
                made.append(group)
        grant_tables(conn)
    return made


def grant_tables(conn) -> None:
    """Each group's privileges on this database's tables, as they are now (idempotent; in one
    transaction)."""
    with conn.transaction():
        _grant_tables(conn)


def _grant_tables(conn) -> None:
    archivist, editor, admin = (sql.Identifier(ROLES[k]) for k in ("archivist", "editor", "admin"))
    every = sql.SQL(", ").join([archivist, editor, admin])
    database = conn.execute("SELECT current_database()").fetchone()[0]
    run = conn.execute
    run(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), every))
    run(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(every))
    tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
    for table in tables:
        name = sql.Identifier(table)
        if table in OWNER_ONLY:
            run(sql.SQL("REVOKE ALL ON {} FROM {}").format(name, every))
            run(sql.SQL("GRANT SELECT ON {} TO {}").format(name, admin))
            continue
        run(sql.SQL("GRANT SELECT ON {} TO {}").format(name, every))
        if table == SETTINGS:  # the image store's folder (store.server.imagestore): an admin's to name
            run(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(name, admin))
        elif table in RECORDS or table in ARCHIVISTS or table in SCAN_RECORDS or table == FACSIMILES:
            run(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(name, archivist))
            run(sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {} FROM {}").format(name, editor))
        elif table in EDITORIAL or table == SAVED_SEARCHES:
            run(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(name, editor))
            run(sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {} FROM {}").format(name, archivist))
        elif table in DERIVED:
            run(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(name, every))
    run(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}, {}").format(archivist, editor))
    if conn.execute("SELECT to_regprocedure('baoku_put_back(text, jsonb)') IS NOT NULL").fetchone()[0]:
        run(sql.SQL("GRANT EXECUTE ON FUNCTION baoku_put_back(text, jsonb) TO {}").format(archivist))  # store.server.trash
    for function in HISTORY_FUNCTIONS:  # each user's own undo history (store.server.history)
        if conn.execute("SELECT to_regprocedure(%s) IS NOT NULL", [function]).fetchone()[0]:
            run(sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(sql.SQL(function), every))
    for group in (archivist, editor):
        run(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(group, admin))


def may_import(conn) -> bool:
    """Whether this connection's user may import (an archivist's right, the owner's, an admin's
    through the archivist group): asked before a window's import, not found out at its end."""
    return bool(conn.execute("SELECT has_table_privilege('article', 'INSERT')").fetchone()[0])


def rights(conn):
    """What this connection's user may do (store.rights.Rights), from its privileges on one table of
    each kind, in one query: the server enforces them; a window disables what they do not allow."""
    row = conn.execute("SELECT has_table_privilege('article', 'INSERT'), has_table_privilege('article', 'UPDATE'),"
                       " has_table_privilege('trash', 'INSERT'), has_table_privilege('collection', 'INSERT'),"
                       " has_table_privilege('note', 'INSERT')").fetchone()
    return Rights(may_import=row[0], may_edit=row[1], may_delete=row[2], may_collect=row[3] and row[4],
                  on_server=True)


def grant_user(conn, user: str, role: str) -> bool:
    """Make `user` a member of a Baoku role (archivist, editor, admin), making its login role
    when it has none (with no password: the server's owner sets one, or trusts its login by
    peer or certificate). Returns whether the login role was made."""
    _known(role)
    if not user.strip() or len(user.encode()) > 63:
        raise ValidationError(f"a user's name is 1 to 63 bytes, not {user!r}")
    if not groups_exist(conn):
        raise ValidationError("this server has no Baoku roles yet: its owner makes them first")
    name = sql.Identifier(user)
    with conn.transaction():
        made = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [user]).fetchone() is None
        if made:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(name))
        if role == "admin":
            for group in ROLES.values():
                conn.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(sql.Identifier(group), name))
            conn.execute(sql.SQL("ALTER ROLE {} CREATEROLE").format(name))
        else:
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(ROLES[role]), name))
    return made


def revoke_user(conn, user: str, role: str) -> None:
    """Take a Baoku role from `user` (its login role stays)."""
    _known(role)
    with conn.transaction():
        conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(ROLES[role]), sql.Identifier(user)))


def _known(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(f"no role {role!r}: Baoku's roles are {', '.join(ROLES)}")


def members(conn) -> list[Member]:
    """Every role that is a member of a Baoku role (directly), by name."""
    rows = conn.execute(
        """SELECT u.rolname, array_agg(g.rolname ORDER BY g.rolname), u.rolcanlogin
           FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
           WHERE g.rolname = ANY(%s) AND NOT u.rolname = ANY(%s)
           GROUP BY u.rolname, u.rolcanlogin ORDER BY u.rolname""",
        [list(ROLES.values()), list(ROLES.values())]).fetchall()
    short = {v: k for k, v in ROLES.items()}
    return [Member(user, tuple(short[g] for g in groups), login) for user, groups, login in rows]
