"""Running a parsed query: decide with the recall index, or narrow with it and decide on the text.

`exact_ids` turns the query tree into one SQL set over the recall store (FTS5 phrases of
character pairs, date ranges, set operations) when the index decides alone, which is the usual
case for Chinese text. Otherwise `narrow_ids` gives a superset (it may let through more) and
`matches` decides on the article's folded fields, so the hit set is exact either way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Article
from .match import contains, count, find_all
from .normalize import fold, query_variants
from .query import And, DateRange, Node, Not, Or, Page, Text
from .tokens import exact_expr, narrow_expr


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
    """A candidate known only by its folded text, title and date (from the recall store):
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


# -- planning: the query as sets of article ids in the recall store --------------------------------

# Which recall-layer columns can decide or narrow a field. "all" searches every column (the body
# stream holds the title too; the title column is there for 标题: and for finding title matches
# to rank first).
EXACT_COLUMN = {"all": None, "title": "title"}
NARROW_COLUMN = {"all": None, "title": "title", "body": "body", "column": "body", "source": "body"}
ALL_IDS = "SELECT id FROM doc"


@dataclass(frozen=True)
class IdSet:
    """An SQL query over the recall store giving a set of article ids."""

    sql: str
    params: tuple = ()
    # When the set is one FTS5 expression, restricted by `where` (conditions on rowid):
    match: str | None = None
    where: str = ""
    where_params: tuple = ()


def _fts(exprs: list[str], column: str | None) -> str:
    body = exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")"
    return f"{column} : ({body})" if column else body


def fts_exact(node: Node) -> str | None:
    """One FTS5 expression whose matches are exactly the query's, or None."""
    if isinstance(node, Text):
        if node.field not in EXACT_COLUMN:
            return None
        exprs = [exact_expr(form) for form in term_forms(node)]
        if any(e is None for e in exprs):
            return None
        return _fts(list(dict.fromkeys(exprs)), EXACT_COLUMN[node.field])
    if isinstance(node, And):
        pos = [fts_exact(i) for i in node.items if not isinstance(i, Not)]
        neg = [fts_exact(i.item) for i in node.items if isinstance(i, Not)]
        if not pos or any(e is None for e in pos + neg):
            return None
        return "(" + " AND ".join(f"({e})" for e in pos) + ")" + "".join(f" NOT ({e})" for e in neg)
    if isinstance(node, Or):
        parts = [fts_exact(i) for i in node.items]
        return None if any(e is None for e in parts) else " OR ".join(f"({e})" for e in parts)
    return None  # a lone NOT, dates and pages are not FTS5 expressions


def _match(expr: str) -> IdSet:
    return IdSet("SELECT rowid FROM grams WHERE grams MATCH ?", (expr,), match=expr)


def _date_condition(node: DateRange) -> tuple[str, tuple]:
    """The WHERE condition on `doc` for a date range, and its parameters."""
    conds, params = [], []
    if node.start:
        conds.append("date >= ?")
        params.append(node.start)
    if node.end:
        conds.append("date <= ?")
        params.append(node.end)
    return " AND ".join(conds) or "1", tuple(params)


def _dates(node: DateRange) -> IdSet:
    cond, params = _date_condition(node)
    return IdSet(f"SELECT id FROM doc WHERE {cond}", params)


def _combine(op: str, parts: list[IdSet]) -> IdSet:
    if len(parts) == 1:
        return parts[0]
    return IdSet(f" {op} ".join(f"SELECT * FROM ({p.sql})" for p in parts),
                 tuple(x for p in parts for x in p.params))


def _within(expr: str, dates: list[DateRange]) -> IdSet:
    """An FTS5 expression restricted to date ranges. The rowid bounds of each range let FTS5 skip
    the rest of its posting lists (ids follow import order, mostly chronological); the exact
    date test then decides, so the set is exact however articles were imported."""
    where, params = "", []
    for d in dates:
        cond, values = _date_condition(d)
        where += (f" AND rowid >= (SELECT min(id) FROM doc WHERE {cond})"
                  f" AND rowid <= (SELECT max(id) FROM doc WHERE {cond})"
                  f" AND +rowid IN (SELECT id FROM doc WHERE {cond})")
        params += [*values] * 3
    return IdSet("SELECT rowid FROM grams WHERE grams MATCH ?" + where, (expr, *params), match=expr,
                 where=where, where_params=tuple(params))


def exact_ids(node: Node) -> IdSet | None:
    """The query's matches as one SQL set, when the recall store decides alone; else None."""
    expr = fts_exact(node)
    if expr is not None:
        return _match(expr)
    if isinstance(node, DateRange):
        return _dates(node)
    if isinstance(node, And):
        dates = [i for i in node.items if isinstance(i, DateRange)]
        rest = [i for i in node.items if not isinstance(i, DateRange)]
        if dates and rest:
            expr = fts_exact(rest[0] if len(rest) == 1 else And(tuple(rest)))
            if expr is not None:
                return _within(expr, dates)
    if isinstance(node, Not):
        inner = exact_ids(node.item)
        return None if inner is None else _combine("EXCEPT", [IdSet(ALL_IDS), inner])
    if isinstance(node, And):
        pos = [exact_ids(i) for i in node.items if not isinstance(i, Not)]
        neg = [exact_ids(i.item) for i in node.items if isinstance(i, Not)]
        if any(p is None for p in pos + neg):
            return None
        base = _combine("INTERSECT", pos) if pos else IdSet(ALL_IDS)
        return _combine("EXCEPT", [base, *neg]) if neg else base
    if isinstance(node, Or):
        parts = [exact_ids(i) for i in node.items]
        return None if any(p is None for p in parts) else _combine("UNION", parts)
    return None  # a term the text must decide, or a page


def narrow_ids(node: Node) -> IdSet | None:
    """A set every match is in (it may hold more), or None when the store cannot narrow."""
    if isinstance(node, Text):
        if node.field not in NARROW_COLUMN:
            return None  # byline, genre, publication: not all in the indexed text
        exprs = [narrow_expr(form) for form in term_forms(node)]
        if any(e is None for e in exprs):
            return None
        return _match(_fts([f"({e})" for e in dict.fromkeys(exprs)], NARROW_COLUMN[node.field]))
    if isinstance(node, DateRange):
        return _dates(node)
    if isinstance(node, And):
        parts = [q for q in (narrow_ids(i) for i in node.items) if q is not None]
        return _combine("INTERSECT", parts) if parts else None
    if isinstance(node, Or):
        parts = [narrow_ids(i) for i in node.items]
        return None if any(p is None for p in parts) else _combine("UNION", parts)
    return None  # Not, Page: decided on the stored record only


def rank_expr(terms: list[Text]) -> str | None:
    """An FTS5 expression for relevance only (which articles have a positive term in the title)."""
    exprs = []
    for t in terms:
        for form in term_forms(t):
            e = exact_expr(form) or narrow_expr(form)
            if e:
                exprs.append(f"({e})")
    exprs = list(dict.fromkeys(exprs))
    return " OR ".join(exprs) if exprs else None


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
