"""Running a parsed query: narrow with the index, then decide exactly on the stored text.

`narrow` turns the query tree into a Whoosh query that every true hit satisfies (it may let
through more: the recall layer only says that all of a term's bigrams occur somewhere).
`matches` then decides on the article's folded fields, so the hit set is exact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from whoosh import query as wq

from ..model import Article
from .match import contains, count, find_all
from .normalize import fold, query_variants
from .query import And, DateRange, Node, Not, Or, Page, Text
from .tokens import query_tokens


def searchable_text(row: dict) -> str:
    """Everything an editor can search for in one article, one field or block a line."""
    blocks = [b.text for b in Article.blocks_from_json(row["blocks"])]
    meta = [row["kicker"], row["headline"], row["subhead"], row["column_name"], row["byline"],
            row["source"]]
    seen = set(blocks)
    return "\n".join(blocks + [m for m in dict.fromkeys(meta) if m and m not in seen])


def title_text(row: dict) -> str:
    """What 标题:/title: searches: kicker, headline and subhead."""
    return "\n".join(filter(None, (row["kicker"], row["headline"], row["subhead"])))


@dataclass
class Doc:
    """One candidate article: its row from the store, and each field folded when first needed."""

    row: dict
    text: str = field(init=False)  # the stored searchable text, unfolded
    _folded: dict[str, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.text = searchable_text(self.row)

    def folded(self, name: str) -> str:
        if name not in self._folded:
            self._folded[name] = fold(self._raw(name))
        return self._folded[name]

    def _raw(self, name: str) -> str:
        r = self.row
        if name == "all":
            return self.text
        if name == "title":
            return title_text(r)
        if name == "byline":
            return "\n".join(filter(None, (r["byline"], r["people"] or "")))
        if name == "body":
            return "\n".join(b.text for b in Article.blocks_from_json(r["blocks"]))
        return r[{"column": "column_name"}.get(name, name)] or ""


class LightDoc:
    """A candidate known only by its folded text, title and date (from the index's text store):
    enough for every query that does not ask for other fields or the page."""

    def __init__(self, article_id: int, date: str, title: str, text: str):
        self.row = {"id": article_id, "date": date}
        self._folded = {"all": text, "title": title}

    def folded(self, name: str) -> str:
        return self._folded[name]


def needs_row(node: Node) -> bool:
    """True when deciding the query needs more of the article than its text, title and date."""
    if isinstance(node, Text):
        return node.field not in ("all", "title")
    if isinstance(node, Page):
        return True
    if isinstance(node, (And, Or)):
        return any(needs_row(i) for i in node.items)
    if isinstance(node, Not):
        return needs_row(node.item)
    return False


def bm25_scores(terms: list[Text], docs: dict[int, Doc | LightDoc], total_docs: int,
                k1: float = 1.2, b: float = 0.75, title_boost: float = 3.0) -> dict[int, float]:
    """BM25 over exact substring counts (not over bigrams), plus a boost where a term is in the
    title: relevance that means what the editor typed."""
    if not docs:
        return {}
    texts = {i: d.folded("all") for i, d in docs.items()}
    avg = sum(map(len, texts.values())) / len(texts) or 1.0
    scores = dict.fromkeys(docs, 0.0)
    for term in terms:
        forms = term_forms(term)
        counts = {i: sum(count(t, f) for f in forms) for i, t in texts.items()}
        df = sum(1 for c in counts.values() if c)
        if not df:
            continue
        idf = math.log(1 + (total_docs - df + 0.5) / (df + 0.5))
        for i, tf in counts.items():
            if tf:
                scores[i] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(texts[i]) / avg))
                if any(f in docs[i].folded("title") for f in forms):
                    scores[i] += title_boost * idf
    return scores


@lru_cache(maxsize=4096)
def term_forms(term: Text) -> tuple[str, ...]:
    return tuple(query_variants(term.text))


def narrow(node: Node) -> wq.Query | None:
    """A Whoosh query that every match satisfies, or None when the index cannot narrow."""
    if isinstance(node, Text):
        alternatives = []
        for form in term_forms(node):
            toks = query_tokens(form)
            if not toks:
                return None
            alternatives.append(wq.And([wq.Term("grams", t) for t in sorted(toks)]))
        return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)
    if isinstance(node, DateRange):
        return wq.TermRange("date", node.start or None, node.end or None)
    if isinstance(node, And):
        parts = [q for q in (narrow(i) for i in node.items) if q is not None]
        return None if not parts else parts[0] if len(parts) == 1 else wq.And(parts)
    if isinstance(node, Or):
        parts = [narrow(i) for i in node.items]
        return None if any(p is None for p in parts) else wq.Or(parts)
    return None  # Not, Page: decided on the stored record only


def exact(node: Node) -> wq.Query | None:
    """A Whoosh query whose hits are exactly the matches, or None when the stored text must decide.

    A term whose every folded form is a single recall token (one or two Han characters, or one
    whole Latin word or number) is found exactly by its posting list: no verification needed."""
    if isinstance(node, Text):
        if node.field != "all":
            return None
        terms = []
        for form in term_forms(node):
            toks = query_tokens(form)
            if toks != {form}:
                return None
            terms.append(wq.Term("grams", form))
        return terms[0] if len(terms) == 1 else wq.Or(terms)
    if isinstance(node, DateRange):
        return wq.TermRange("date", node.start or None, node.end or None)
    if isinstance(node, (And, Or)):
        parts = [exact(i) for i in node.items]
        if any(p is None for p in parts):
            return None
        return wq.And(parts) if isinstance(node, And) else wq.Or(parts)
    if isinstance(node, Not):
        inner = exact(node.item)
        return None if inner is None else wq.Not(inner)
    return None


def matches(node: Node, doc: Doc) -> bool:
    if isinstance(node, Text):
        text = doc.folded(node.field)
        return any(contains(text, form) for form in term_forms(node))
    if isinstance(node, DateRange):
        date = doc.row["date"]
        return (not node.start or date >= node.start) and (not node.end or date <= node.end)
    if isinstance(node, Page):
        if node.number is not None:
            return doc.row["page"] == node.number
        return fold(node.name) in fold(doc.row["page_name"] or "")
    if isinstance(node, And):
        return all(matches(i, doc) for i in node.items)
    if isinstance(node, Or):
        return any(matches(i, doc) for i in node.items)
    if isinstance(node, Not):
        return not matches(node.item, doc)
    raise TypeError(node)


def highlight_spans(terms: list[Text], doc: Doc) -> list[tuple[int, int]]:
    """Where the query's positive terms occur in the stored text: exact offsets (folding is 1:1)."""
    text = doc.folded("all")
    spans = {s for t in terms for form in term_forms(t) for s in find_all(text, form)}
    return sorted(spans)


def rank_query(terms: list[Text]) -> wq.Query | None:
    """Scoring only: title bigrams (boosted by the field) and whole words."""
    parts: list[wq.Query] = []
    for t in terms:
        form = term_forms(t)[0]
        parts.extend(wq.Term("title", tok) for tok in sorted(query_tokens(form)))
        parts.append(wq.Term("words", form))
    return wq.Or(parts) if parts else None
