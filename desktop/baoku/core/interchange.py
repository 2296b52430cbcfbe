"""Articles as Baoku's JSONL rows, exactly (blocks and contributors included), so they can be read
back into the same articles: what a Baoku PDF carries inside it, to be imported again as it was
printed rather than re-read from the page."""

from __future__ import annotations

import json

from .model import NO_PAGE, WIRE
from .model import ArticleRecord

ATTACHMENT = "baoku-articles.jsonl"  # the name of the file a Baoku PDF carries


def article_row(rec: ArticleRecord) -> dict:
    a = rec.article
    row = {
        "publication": rec.publication, "date": rec.date.isoformat(),
        "page": f"{rec.section}{rec.page_number:02d}" if _letter(rec.section) else rec.page_number,
        "page_name": rec.page_name, "edition": rec.edition,
        "kicker": a.kicker, "headline": a.headline, "subhead": a.subhead, "column": a.column, "genre": a.genre,
        "source": a.source, "language": a.language, "abstract": a.abstract, "note": a.note, "tagline": a.tagline,
        "byline": [{"name": c.name, "role": c.role, "note": c.note} for c in a.contributors],
        "blocks": [[b.kind, b.text] for b in a.blocks],
        "captions": [{"text": p.caption, "credit": p.credit} for p in a.photos],
    }
    if rec.section and not _letter(rec.section):
        row["section"] = rec.section
    if rec.page_number == NO_PAGE:  # an agency's item: its wire, on no page
        row["kind"] = WIRE
        del row["page"]
    return {k: v for k, v in row.items() if v not in ("", [], None)}


def _letter(section: str) -> bool:
    return len(section) == 1 and section.isascii() and section.isalpha()


def articles_jsonl(records: list[ArticleRecord]) -> bytes:
    return "\n".join(json.dumps(article_row(r), ensure_ascii=False) for r in records).encode("utf-8")
