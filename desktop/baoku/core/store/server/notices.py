"""What a server archive announces when a change is committed, so every window open on it can
refresh (server migration 8), and the listening end a window keeps.

A statement-level trigger on each record table sends NOTIFY on one channel, its payload the kind of
change as core.changes names it (issues, articles, collections, trash). PostgreSQL delivers the
notices only when the transaction commits (a rolled-back import announces nothing), and folds equal
ones sent in one transaction into one: an import of a thousand articles is one `articles` notice
and one `issues` notice, whatever the number of rows. Every writer announces alike, whatever it is
(a window, `baoku import` in a terminal, `baoku migrate`), since the server sends them, not Baoku.
Search rows (article_search) and the audit log announce nothing: bookkeeping, not records.
"""

from __future__ import annotations

from ...address import ServerAddress
from ...changes import ARTICLES, COLLECTIONS, ISSUES, KINDS, TRASH, Changes
from .connection import connect

CHANNEL = "baoku_changes"

# Which kind of change a write to each table is (what a view showing it must look again at).
TABLE_KINDS = {
    "publication": ISSUES,  # names and settings of papers: the tree, the calendar
    "issue": ISSUES,
    "page": ISSUES,
    "article": ARTICLES,
    "contributor": ARTICLES,
    "photo": ARTICLES,
    "page_fix": ARTICLES,
    "correction": ARTICLES,
    "note": ARTICLES,  # the reader shows an article's note
    "collection": COLLECTIONS,
    "collection_item": COLLECTIONS,
    "trash": TRASH,
}

MIGRATION = [
    f"""CREATE FUNCTION baoku_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]);
    RETURN NULL;
END $$""",
    *(f"CREATE TRIGGER notify_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
      f"FOR EACH STATEMENT EXECUTE FUNCTION baoku_notify('{kind}')" for table, kind in TABLE_KINDS.items()),
]


def changes_of(payloads, ignore_pids=frozenset()) -> Changes:
    """The Changes a batch of notices (psycopg Notify: channel, payload, pid) stands for, leaving
    out those sent by the connections in `ignore_pids` (a window's own writer: it announced its
    changes itself) and any payload that is not a kind (a newer Baoku's, say)."""
    kinds = {n.payload for n in payloads if n.channel == CHANNEL and n.pid not in ignore_pids
             and n.payload in KINDS}
    return Changes.of(*kinds)


class ChangeListener:
    """A connection of its own that listens on the archive's channel. `fileno()` is its socket:
    an event loop waits for it to be readable (the window's QSocketNotifier), then `take()`
    returns what the notices that arrived say, without waiting. Never used for anything else, so
    it never blocks behind a query."""

    def __init__(self, address: ServerAddress):
        self.address = ServerAddress(address)
        self.conn = connect(self.address)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self.conn.fileno()

    def take(self, ignore_pids=frozenset()) -> Changes:
        """What has been announced since the last call (nothing: an empty Changes). A lost
        connection raises ArchiveUnavailable (connection.server_error)."""
        import psycopg

        from .connection import server_error

        try:
            notices = list(self.conn.notifies(timeout=0))
        except psycopg.Error as e:
            raise server_error(e, self.address) from None
        return changes_of(notices, ignore_pids)

    def close(self) -> None:
        self.conn.close()
