"""Collections (专题) and notes (批注): an editor gathers pieces for a story in an order of their own,
and writes a note on an article. Both are searchable (专题:NAME, 批注:WORDS); the archive's triggers
mark the articles for the index when either changes.

The same on either archive: each reads and writes the rows (store.collectionrows for the embedded,
store.server.collections for a server, where a collection being changed is locked until its
transaction ends, so two editors adding to one at once keep both)."""

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
    have = archive._existing_articles(ids)
    missing = [i for i in ids if i not in have]
    if missing:
        raise NotFound(f"no article with id {', '.join(map(str, missing[:5]))}")
    return ids


def _collection_id(archive: Archive, name: str) -> int | None:
    return archive._collection_id(_name(name))


def _existing(archive: Archive, name: str) -> int:
    cid = _collection_id(archive, name)
    if cid is None:
        raise NotFound(Coded("no_collection", name=_name(name)))
    return cid


def add(archive: Archive, name: str, ids: list[int]) -> Outcome:
    """Put articles into a collection (made when new), after those it holds, in the order given;
    an article already in it keeps its place. The value is how many were added."""
    name = _name(name)
    with archive.transaction():
        ids = _known(archive, ids)
        cid = _collection_id(archive, name) or archive._make_collection(name, _now())
        items = archive._collection_items(cid)  # (article, seq) in its order
        seq = max((s for _, s in items), default=0)
        have = {i for i, _ in items}
        new = [i for i in ids if i not in have]
        archive._put_items(cid, [(i, seq + n) for n, i in enumerate(new, 1)])
    return Outcome(len(new), Changes.of(COLLECTIONS, ARTICLES, ids=new))


def remove(archive: Archive, name: str, ids: list[int]) -> Outcome:
    """Take articles out of a collection (the articles stay in the archive)."""
    with archive.transaction():
        cid = _existing(archive, name)
        ids = [int(i) for i in dict.fromkeys(ids)]
        gone = [i for i in ids if archive._take_item(cid, i)]
        if not gone:
            raise ValidationError(f"none of these articles is in 「{_name(name)}」")
    return Outcome(len(gone), Changes.of(COLLECTIONS, ARTICLES, ids=gone))


def delete_collection(archive: Archive, name: str) -> Outcome:
    """The collection goes; its articles stay in the archive."""
    with archive.transaction():
        cid = _existing(archive, name)
        ids = members(archive, name)
        archive._drop_collection(cid)
    return Outcome(len(ids), Changes.of(COLLECTIONS, ARTICLES, ids=ids))


def rename(archive: Archive, name: str, new_name: str) -> Outcome:
    new_name = _name(new_name)
    with archive.transaction():
        cid = _existing(archive, name)
        if _collection_id(archive, new_name) not in (None, cid):
            raise ValidationError(f"there is a collection named 「{new_name}」 already")
        archive._rename_collection(cid, new_name)
        ids = members(archive, new_name)
    return Outcome(new_name, Changes.of(COLLECTIONS, ARTICLES, ids=ids))


def move(archive: Archive, name: str, article_id: int, position: int) -> Outcome:
    """Move an article to `position` (from 1) within the collection's order."""
    with archive.transaction():
        cid = _existing(archive, name)
        order = members(archive, name)
        if article_id not in order:
            raise ValidationError(f"article {article_id} is not in 「{_name(name)}」")
        order.remove(article_id)
        order.insert(max(0, min(position - 1, len(order))), article_id)
        archive._order_items(cid, [(i, n) for n, i in enumerate(order, 1)])
    return Outcome(order, Changes.of(COLLECTIONS))


def collections(archive: Archive) -> list[dict]:
    """Every collection with how many articles it holds, by name."""
    return archive._collections()


def members(archive: Archive, name: str) -> list[int]:
    """The collection's articles in its order."""
    return [i for i, _ in archive._collection_items(_existing(archive, name))]


def in_its_order(archive: Archive, name: str, ids: list[int]) -> list[int] | None:
    """These ids (a search's), those in the collection NAME first in its own order; None when no
    collection has that name."""
    cid = archive._collection_id(" ".join(name.split()))
    if cid is None:
        return None
    found = set(ids)
    ordered = [i for i, _ in archive._collection_items(cid) if i in found]
    return ordered + [i for i in ids if i not in set(ordered)]


def of_article(archive: Archive, article_id: int) -> list[str]:
    return archive._collections_of(article_id)


def note(archive: Archive, article_id: int) -> str:
    return archive._note(article_id)


def set_note(archive: Archive, article_id: int, text: str, who: str = "") -> Outcome:
    """Write (or, with empty text, remove) the article's note."""
    text = (text or "").strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(f"a note is at most {MAX_NOTE:,} characters")
    with archive.transaction():
        _known(archive, [article_id])
        if note(archive, article_id) == text:
            return Outcome(text)
        archive._put_note(article_id, text, who, _now())
    return Outcome(text, Changes.of(ARTICLES, ids=[article_id]))
