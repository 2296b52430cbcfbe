"""Collections (专题) and notes (批注): an editor gathers pieces for a story in an order of their own,
and writes a note on an article. Both are searchable (专题:NAME, 批注:WORDS); the archive's triggers
mark the articles for the index when either changes."""

from __future__ import annotations

from ..coded import Coded
from ..changes import ARTICLES, COLLECTIONS, Changes, Outcome
from ..errors import NotFound, ValidationError
from .archive import Archive
from .clock import now as _now

MAX_NAME = 60
MAX_NOTE = 5000


def _name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("a collection needs a name")
    if len(name) > MAX_NAME:
        raise ValidationError(f"a collection's name is at most {MAX_NAME} characters")
    return name


def _known(archive: Archive, ids: list[int]) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in ids))
    if not ids:
        raise ValidationError("no articles given")
    have = {r[0] for r in archive.db.execute(
        f"SELECT id FROM article WHERE id IN ({','.join('?' * len(ids))})", ids)}
    missing = [i for i in ids if i not in have]
    if missing:
        raise NotFound(f"no article with id {', '.join(map(str, missing[:5]))}")
    return ids


def _collection_id(archive: Archive, name: str) -> int | None:
    row = archive.db.execute("SELECT id FROM collection WHERE name = ?", [_name(name)]).fetchone()
    return row[0] if row else None


def _existing(archive: Archive, name: str) -> int:
    cid = _collection_id(archive, name)
    if cid is None:
        raise NotFound(Coded("no_collection", name=_name(name)))
    return cid


def add(archive: Archive, name: str, ids: list[int]) -> Outcome:
    """Put articles into a collection (made when new), after those it holds, in the order given;
    an article already in it keeps its place. The value is how many were added."""
    name = _name(name)
    with archive.transaction() as db:
        ids = _known(archive, ids)
        cid = _collection_id(archive, name) or db.execute(
            "INSERT INTO collection (name, created_at) VALUES (?, ?)", [name, _now()]).lastrowid
        seq = db.execute("SELECT COALESCE(MAX(seq), 0) FROM collection_item WHERE collection_id = ?",
                         [cid]).fetchone()[0]
        have = {r[0] for r in db.execute("SELECT article_id FROM collection_item WHERE collection_id = ?", [cid])}
        new = [i for i in ids if i not in have]
        db.conn.executemany("INSERT INTO collection_item (collection_id, article_id, seq) VALUES (?, ?, ?)",
                            [(cid, i, seq + n) for n, i in enumerate(new, 1)])
    return Outcome(len(new), Changes.of(COLLECTIONS, ARTICLES, ids=new))


def remove(archive: Archive, name: str, ids: list[int]) -> Outcome:
    """Take articles out of a collection (the articles stay in the archive)."""
    with archive.transaction() as db:
        cid = _existing(archive, name)
        ids = [int(i) for i in dict.fromkeys(ids)]
        gone = [i for i in ids if db.execute("DELETE FROM collection_item WHERE collection_id = ? AND article_id = ?",
                                             [cid, i]).rowcount]
        if not gone:
            raise ValidationError(f"none of these articles is in 「{_name(name)}」")
    return Outcome(len(gone), Changes.of(COLLECTIONS, ARTICLES, ids=gone))


def delete_collection(archive: Archive, name: str) -> Outcome:
    """The collection goes; its articles stay in the archive."""
    with archive.transaction() as db:
        cid = _existing(archive, name)
        ids = members(archive, name)
        db.execute("DELETE FROM collection WHERE id = ?", [cid])
    return Outcome(len(ids), Changes.of(COLLECTIONS, ARTICLES, ids=ids))


def rename(archive: Archive, name: str, new_name: str) -> Outcome:
    new_name = _name(new_name)
    with archive.transaction() as db:
        cid = _existing(archive, name)
        if _collection_id(archive, new_name) not in (None, cid):
            raise ValidationError(f"there is a collection named 「{new_name}」 already")
        db.execute("UPDATE collection SET name = ? WHERE id = ?", [new_name, cid])
        ids = members(archive, new_name)
    return Outcome(new_name, Changes.of(COLLECTIONS, ARTICLES, ids=ids))


def move(archive: Archive, name: str, article_id: int, position: int) -> Outcome:
    """Move an article to `position` (from 1) within the collection's order."""
    with archive.transaction() as db:
        cid = _existing(archive, name)
        order = members(archive, name)
        if article_id not in order:
            raise ValidationError(f"article {article_id} is not in 「{_name(name)}」")
        order.remove(article_id)
        order.insert(max(0, min(position - 1, len(order))), article_id)
        db.conn.executemany("UPDATE collection_item SET seq = ? WHERE collection_id = ? AND article_id = ?",
                            [(n, cid, i) for n, i in enumerate(order, 1)])
    return Outcome(order, Changes.of(COLLECTIONS))


def collections(archive: Archive) -> list[dict]:
    """Every collection with how many articles it holds, by name."""
    return list(archive.db.query(
        "SELECT c.id, c.name, c.created_at, COUNT(i.article_id) AS articles FROM collection c "
        "LEFT JOIN collection_item i ON i.collection_id = c.id GROUP BY c.id ORDER BY c.name"))


def members(archive: Archive, name: str) -> list[int]:
    """The collection's articles in its order."""
    cid = _existing(archive, name)
    return [r[0] for r in archive.db.execute(
        "SELECT article_id FROM collection_item WHERE collection_id = ? ORDER BY seq, article_id", [cid])]


def in_its_order(archive: Archive, name: str, ids: list[int]) -> list[int] | None:
    """These ids (a search's), those in the collection NAME first in its own order; None when no
    collection has that name."""
    row = archive.db.execute("SELECT id FROM collection WHERE name = ?", [" ".join(name.split())]).fetchone()
    if row is None:
        return None
    found = set(ids)
    ordered = [r[0] for r in archive.db.execute(
        "SELECT article_id FROM collection_item WHERE collection_id = ? ORDER BY seq, article_id", [row[0]])
        if r[0] in found]
    return ordered + [i for i in ids if i not in set(ordered)]


def of_article(archive: Archive, article_id: int) -> list[str]:
    return [r[0] for r in archive.db.execute(
        "SELECT c.name FROM collection c JOIN collection_item i ON i.collection_id = c.id WHERE i.article_id = ? "
        "ORDER BY c.name", [article_id])]


def note(archive: Archive, article_id: int) -> str:
    row = archive.db.execute("SELECT text FROM note WHERE article_id = ?", [article_id]).fetchone()
    return row[0] if row else ""


def set_note(archive: Archive, article_id: int, text: str, who: str = "") -> Outcome:
    """Write (or, with empty text, remove) the article's note."""
    text = (text or "").strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(f"a note is at most {MAX_NOTE:,} characters")
    with archive.transaction() as db:
        _known(archive, [article_id])
        if note(archive, article_id) == text:
            return Outcome(text)
        if text:
            db.execute("INSERT INTO note (article_id, text, who, at) VALUES (?, ?, ?, ?) ON CONFLICT (article_id) "
                       "DO UPDATE SET text = excluded.text, who = excluded.who, at = excluded.at",
                       [article_id, text, who, _now()])
        else:
            db.execute("DELETE FROM note WHERE article_id = ?", [article_id])
    return Outcome(text, Changes.of(ARTICLES, ids=[article_id]))
