"""What editors attached to the articles an import replaces is never lost (store.ingest).

An import with --replace puts every article it replaces in the trash, whole, as a deletion does
(store.trash): a page of text replaced goes as its page, a feed's articles with new versions go
one by one. Where the replacing article is the same article's new version (store.versions pairs
them), the old one's note and collection places (in their collections' order) move to the new
version before the old goes; its corrections stay with it in the trash, since they corrected the
old text.

Notes and collection places are editors' rows: on a server archive an archivist who may not
write them imports, and then they stay with the old version in the trash (nothing is lost; a
restore brings them back with it).

The same on either archive: its SQL is Baoku's own, with `?` marks, run by the archive's `_sql`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EDITORS = ("note", "collection_item")  # what moves to a new version


@dataclass
class Lifted:
    """The note and collection places taken off old versions, waiting for their new ones."""

    rows: dict[str, tuple[list[str], list[list]]] = field(default_factory=dict)  # table -> (columns, rows)
    old: dict[int, int] = field(default_factory=dict)  # old article id -> how many rows it gave

    @property
    def articles(self) -> int:
        return len(self.old)


def attached(archive, ids: list[int]) -> dict[str, int]:
    """How many notes, collection places and corrections editors attached to these articles."""
    out = {"notes": 0, "places": 0, "corrections": 0}
    if not ids:
        return out
    marks = ",".join("?" * len(ids))
    for key, table in (("notes", "note"), ("places", "collection_item"), ("corrections", "correction")):
        if archive._has_table(table):
            out[key] = archive._sql(f"SELECT COUNT(*) FROM {table} WHERE article_id IN ({marks})",
                                    list(ids)).fetchone()[0]
    return out


def may_move(archive) -> bool:
    """Whether this user may write editors' rows (always, on an embedded archive)."""
    if not archive.on_server:
        return True
    return all(archive._sql("SELECT has_table_privilege(?, 'INSERT') AND has_table_privilege(?, 'DELETE')",
                            [t, t]).fetchone()[0] for t in EDITORS if archive._has_table(t))


def lift(archive, old_ids: list[int]) -> Lifted:
    """Take the notes and collection places off these (old) articles, inside the caller's
    transaction, before they go to the trash: they are kept in `Lifted` for `settle`."""
    lifted = Lifted()
    if not old_ids:
        return lifted
    marks = ",".join("?" * len(old_ids))
    for table in EDITORS:
        if not archive._has_table(table):  # an archive made before notes or collections
            continue
        cur = archive._sql(f"SELECT * FROM {table} WHERE article_id IN ({marks})", list(old_ids))
        rows = [list(r) for r in cur]
        if not rows:
            continue
        columns = [d[0] for d in cur.description]
        at = columns.index("article_id")
        lifted.rows[table] = (columns, rows)
        for r in rows:
            lifted.old[r[at]] = lifted.old.get(r[at], 0) + 1
        archive._sql(f"DELETE FROM {table} WHERE article_id IN ({marks})", list(old_ids))
    return lifted


def settle(archive, lifted: Lifted, new_of: dict[int, int]) -> int:
    """Give the lifted rows to the new versions (old id -> new id); how many articles' rows moved."""
    for table, (columns, rows) in lifted.rows.items():
        at = columns.index("article_id")
        moved = [[new_of[r[at]] if i == at else v for i, v in enumerate(r)] for r in rows]
        archive._sql_many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                          moved)
    return lifted.articles


@dataclass
class Replaced:
    """What an import's replacing did before it stored the new articles."""

    lifted: Lifted
    trashed: int = 0  # articles put in the trash
    entries: list[int] = field(default_factory=list)  # their trash entries
    corrections: int = 0  # corrections that stay in the trash with old versions whose note or places moved
    moved: int = 0  # articles whose note or collection places moved to their new versions (after settle)
    # notes and collection places of old versions left with them in the trash: this user may not write them
    stayed: dict[str, int] = field(default_factory=dict)

    def carried(self, archive, new_of: dict[int, int], joined: dict[int, int]) -> Replaced:
        """Itself, once the lifted rows went to the new versions (see `carry`)."""
        carry(archive, self, new_of, joined)
        return self


def clear(archive, targets: list[tuple[str, int]], paired: list[int], who: str) -> Replaced:
    """Put each replaced page or article (kind, id) in the trash, inside the caller's transaction,
    after lifting the notes and collection places of the old versions (`paired`, by id) that a
    new version replaces."""
    from .trashing import trash_one

    if may_move(archive):
        lifted = lift(archive, paired)
        done = Replaced(lifted, corrections=attached(archive, list(lifted.old))["corrections"])
    else:
        done = Replaced(Lifted(), stayed={k: n for k, n in attached(archive, paired).items()
                                          if n and k != "corrections"})
    for kind, target in targets:
        trash_id, articles = trash_one(archive, kind, target, who)
        done.entries.append(trash_id)
        done.trashed += len(articles)
    return done


def carry(archive, done: Replaced, new_of: dict[int, int], joined: dict[int, int]) -> None:
    """Give the lifted rows to the new versions (`new_of`: old id -> new id), through any join of
    continued articles (`joined`: first -> the rest that went into it)."""
    first_of = {rest: first for first, rest in joined.items()}
    done.moved = settle(archive, done.lifted, {old: first_of.get(new, new) for old, new in new_of.items()})
