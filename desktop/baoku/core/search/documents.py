"""An archived article as the two index layers see it: read from the archive, folded once, and
handed to the recall layer (`RecallDoc`) and the word layer (`WordDoc`)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Article
from ..store import Archive
from .normalize import fold
from .recall import RecallDoc

def read_rows(archive: Archive, ids: Iterable[int]) -> list[dict]:
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


def recall_doc(row: dict, reprinted: bool) -> RecallDoc:
    blocks = _blocks(row)
    return RecallDoc(
        id=row["id"], date=row["date"], page=row["page"], content_hash=row["content_hash"],
        title=fold(title_text(row)), blocks=fold("\n".join(blocks)), meta=fold("\n".join(_meta(row, blocks))),
        values=field_values(row), facets=(row["publication"], row["column_name"], row["source"]),
        dup=reprinted, section=row["section"])


def word_doc(doc: RecallDoc):
    from .wordindex import WordDoc

    return WordDoc(doc.id, doc.title, doc.text, doc.values, doc.date, doc.page, doc.section)
