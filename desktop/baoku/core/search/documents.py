"""An archived article as the two index layers see it: read from the archive, folded once, and
handed to the recall layer (`RecallDoc`) and the word layer (`WordDoc`)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Article
from ..store import Archive
from ..store.interface import Reading
from .normalize import fold
from .recall import RecallDoc

def read_rows(archive: Reading, ids: Iterable[int]) -> list[dict]:
    """What the index takes of these articles (the store's index rows), in id order."""
    return archive.index_rows(ids)


def _blocks(row: dict) -> list[str]:
    return [b.text for b in Article.blocks_from_json(row["blocks"])]


def _meta(row: dict, blocks: list[str]) -> list[str]:
    """Metadata an editor can search that is not printed as a block of its own (an agency's
    abstract, note to editors and tagline among it)."""
    meta = [row["kicker"], row["headline"], row["subhead"], row["column_name"], row["byline"], row["source"],
            row["abstract"], row["note"], row["tagline"]]
    seen = set(blocks)
    return [m for m in dict.fromkeys(meta) if m and m not in seen]


def searchable_text(row: dict) -> str:
    """Everything a plain query searches in one article, one block or field a line."""
    blocks = _blocks(row)
    return "\n".join(blocks + _meta(row, blocks))


def title_text(row: dict) -> str:
    """What 标题:/title: searches: kicker, headline and subhead."""
    return "\n".join(filter(None, (row["kicker"], row["headline"], row["subhead"])))


def people(row: dict) -> list[str]:
    return [p for p in (row.get("people") or "").split("\x1f") if p]


def field_values(row: dict) -> dict[str, list[str]]:
    """The exact fields, folded: byline (the printed byline and every contributor), column,
    source, genre, publication, page name, the collections holding the article and its note."""
    byline = [fold(v) for v in dict.fromkeys([row["byline"], *people(row)]) if v]
    one = lambda v: [fold(v)] if v else []  # noqa: E731
    return {"byline": byline, "column": one(row["column_name"]), "source": one(row["source"]),
            "genre": one(row["genre"]), "publication": one(row["publication"]),
            "pagename": one(row["page_name"]),
            "collection": [fold(v) for v in (row.get("collections") or "").split("\x1f") if v],
            "note": one(row.get("annotation") or "")}


def indexed_text(row: dict) -> tuple[str, str, str]:
    """An article's folded title, printed text and other searchable metadata (from its columns
    in store.schema.INDEXED_TEXT)."""
    blocks = _blocks(row)
    return fold(title_text(row)), fold("\n".join(blocks)), fold("\n".join(_meta(row, blocks)))


def recall_doc(row: dict, reprinted: bool) -> RecallDoc:
    title, blocks, meta = indexed_text(row)
    return RecallDoc(
        id=row["id"], date=row["date"], page=row["page"], content_hash=row["content_hash"],
        title=title, blocks=blocks, meta=meta,
        values=field_values(row), facets=(row["publication"], row["column_name"], row["source"]),
        dup=reprinted, section=row["section"])


def recall_docs(archive: Archive, ids: list[int]) -> dict[int, RecallDoc]:
    """These articles as the recall layer sees them, from the archive as it stands."""
    return {r["id"]: recall_doc(r, False) for r in read_rows(archive, ids)}


def text_versions(archive: Archive, ids: list[int]) -> dict[int, list[tuple[str, str, str]]]:
    """Each article's text as the archive has it (indexed_text), and as it was before each change
    the archive kept since the index last recorded it (store.ledger.previous): the versions the
    index may hold."""
    from ..store.ledger import SearchLedger

    out: dict[int, list[tuple[str, str, str]]] = {}
    for i, rows in SearchLedger(archive).previous(ids).items():
        out[i] = [indexed_text(r) for r in rows]
    for r in read_rows(archive, ids):
        out.setdefault(r["id"], []).insert(0, indexed_text(r))
    return out


def word_doc(doc: RecallDoc):
    from .wordindex import WordDoc

    return WordDoc(doc.id, doc.title, doc.text, doc.values, doc.date, doc.page, doc.section)
