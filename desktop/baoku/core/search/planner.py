"""The planner: a parsed query (search.query) as two things, one for each layer.

- **Membership** (SQLite, exact): a set of article ids over the recall store. Text terms and field
  values are FTS5 phrases of Baoku's tokens (see `tokens`), pages are tokens too, dates are a
  range on an indexed column, and AND, OR and NOT are FTS5 operators or SQL set operations. A term
  the tokens cannot decide alone (one that begins with punctuation, say) gets a superset from the
  index and is decided on the folded text of those candidates only. No condition reads every
  article.
- **Ranking** (Whoosh, made in `rankquery`): the same query over words, fields, dates and pages,
  for BM25F; it may find more than the exact set (words are not phrases) or less (a string inside
  longer words), which is why the exact set, not Whoosh, decides what is a hit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property, lru_cache


from .match import contains
from .normalize import fold, query_variants
from .query import And, DateRange, Node, Not, Or, Page, Text
from .recall import RecallDoc
from .tokens import DUP, FIELD_MARK, PREFIX, char_expr, date_expr, exact_expr, page_token, pieces, single

# Text fields and where their tokens are: a column of the FTS5 table, or the field's own marks.
COLUMN = {"all": None, "title": "title", "body": "blocks"}
FIELD_TOKENS = ("byline", "column", "source", "genre", "publication", "collection", "note")
UNRANKED_FIELDS = ("collection", "note")  # decided by the recall layer only: the word layer has no such field
MAX_VALUES = 500  # field values a ranking query names; beyond, it ranks without the field
NO_DATE = FIELD_MARK["date"] + "none"  # a token no article has: an empty date range


@lru_cache(maxsize=4096)
def term_forms(term: Text) -> tuple[str, ...]:
    """The folded forms of a term; a prefix term's end with tokens.PREFIX."""
    mark = PREFIX if term.prefix else ""
    return tuple(v + mark for v in query_variants(term.text))


# -- membership: sets of article ids ------------------------------------------------------------------

@dataclass(frozen=True)
class IdSet:
    """An SQL query over the recall store giving a set of article ids. When the set is one FTS5
    expression over `grams`, `match` holds it, so it can be combined with others inside FTS5 and
    tested for a few ids cheaply. `members`, when the set was read whole (a first page of a
    few thousand matches), lists it, ascending."""

    sql: str
    params: tuple = ()
    match: str | None = None
    members: tuple[int, ...] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def member_set(self) -> frozenset[int]:
        return frozenset(self.members or ())


EVERYTHING = IdSet("SELECT id FROM doc")


def _fts(exprs: list[str], column: str | None) -> str:
    body = exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")"
    return f"{column} : ({body})" if column else body


def _where_of(node: Text | Page) -> tuple[str | None, str | None]:
    """(FTS5 column filter, field mark) for a term's tokens."""
    if isinstance(node, Page):
        return None, "pagename"
    if node.field in COLUMN:
        return COLUMN[node.field], None
    if node.field in FIELD_TOKENS:
        return None, node.field
    return None, None


def _forms(node: Text | Page) -> tuple[str, ...]:
    return term_forms(node) if isinstance(node, Text) else (fold(node.name),)


def _term_expr(node: Text | Page) -> str | None:
    """The grams phrase deciding a term exactly, or None."""
    if isinstance(node, Page) and node.number is not None:
        return f'"{page_token(node.number, node.section)}"'
    if isinstance(node, Text) and node.field not in COLUMN and node.field not in FIELD_TOKENS:
        return None
    column, field = _where_of(node)
    exprs = [exact_expr(form, field) for form in _forms(node)]
    if any(e is None for e in exprs):
        return None
    return _fts(list(dict.fromkeys(exprs)), column)


def _char_set(node: Text | Page) -> IdSet | None:
    """A one-character term, decided by the one-character table."""
    if isinstance(node, Page) and node.number is not None:
        return None
    if isinstance(node, Text) and node.field not in COLUMN and node.field not in FIELD_TOKENS:
        return None
    forms = _forms(node)
    if not all(single(f) for f in forms):
        return None
    column, field = _where_of(node)
    expr = _fts(list(dict.fromkeys(char_expr(f, field) for f in forms)), column)
    return IdSet("SELECT rowid FROM chars WHERE chars MATCH ?", (expr,))


def _narrowed(node: Text | Page) -> IdSet | None:
    """A superset of a term's matches from what its pieces allow (see tokens.pieces)."""
    column, field = _where_of(node)
    per_form = []
    for form in _forms(node):
        phrases, singles = pieces(form)
        parts = []
        if phrases:
            parts.append(match_set(_fts([" AND ".join(f"({exact_expr(p, field)})" for p in phrases)], column)))
        parts += [IdSet("SELECT rowid FROM chars WHERE chars MATCH ?", (_fts([char_expr(c, field)], column),))
                  for c in dict.fromkeys(singles)]
        if not parts:
            return None  # this form has nothing to look up
        per_form.append(combine("INTERSECT", parts))
    return combine("UNION", per_form) if per_form else None


def fts_exact(node: Node) -> str | None:
    """One FTS5 expression whose matches are exactly the query's, or None."""
    if isinstance(node, (Text, Page)):
        return _term_expr(node)
    if isinstance(node, DateRange):
        return _date_expr(node)
    if isinstance(node, And):
        pos = [fts_exact(i) for i in node.items if not isinstance(i, Not)]
        neg = [fts_exact(i.item) for i in node.items if isinstance(i, Not)]
        if not pos or any(e is None for e in pos + neg):
            return None
        return "(" + " AND ".join(f"({e})" for e in pos) + ")" + "".join(f" NOT ({e})" for e in neg)
    if isinstance(node, Or):
        parts = [fts_exact(i) for i in node.items]
        return None if any(e is None for e in parts) else " OR ".join(f"({e})" for e in parts)
    return None  # a lone NOT is not an FTS5 expression


def match_set(expr: str) -> IdSet:
    return IdSet("SELECT rowid FROM grams WHERE grams MATCH ?", (expr,), match=expr)


def _date_expr(node: DateRange) -> str:
    """Dates as year, month and day tokens (see tokens.date_expr). Open ends must have been
    bound to the archive's first and last date (bind_dates)."""
    expr = date_expr(dt.date.fromisoformat(node.start), dt.date.fromisoformat(node.end)) \
        if node.start and node.end else None
    return f"({expr})" if expr else f'"{NO_DATE}"'


def bind_dates(node: Node, first: str | None, last: str | None) -> Node:
    """The query with every open date range closed at the archive's first or last date."""
    if isinstance(node, DateRange):
        if first is None:
            return DateRange("", "")  # an empty archive: no date matches
        return DateRange(max(node.start or first, first), min(node.end or last, last))
    if isinstance(node, And):
        return And(tuple(bind_dates(i, first, last) for i in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind_dates(i, first, last) for i in node.items))
    if isinstance(node, Not):
        return Not(bind_dates(node.item, first, last))
    return node


def combine(op: str, parts: list[IdSet]) -> IdSet:
    if len(parts) == 1:
        return parts[0]
    return IdSet(f" {op} ".join(f"SELECT * FROM ({p.sql})" for p in parts),
                 tuple(x for p in parts for x in p.params))


def exact_ids(node: Node) -> IdSet | None:
    """The query's matches as one SQL set, when the recall store decides alone; else None."""
    expr = fts_exact(node)
    if expr is not None:
        return match_set(expr)
    if isinstance(node, (Text, Page)):
        return _char_set(node)
    if isinstance(node, Not):
        inner = exact_ids(node.item)
        return None if inner is None else combine("EXCEPT", [EVERYTHING, inner])
    if isinstance(node, And):
        pos = [exact_ids(i) for i in node.items if not isinstance(i, Not)]
        neg = [exact_ids(i.item) for i in node.items if isinstance(i, Not)]
        if any(p is None for p in pos + neg):
            return None
        base = combine("INTERSECT", pos) if pos else EVERYTHING
        return combine("EXCEPT", [base, *neg]) if neg else base
    if isinstance(node, Or):
        parts = [exact_ids(i) for i in node.items]
        return None if any(p is None for p in parts) else combine("UNION", parts)
    return None


def narrow_ids(node: Node) -> IdSet | None:
    """A set every match is in (it may hold more), or None when the index cannot narrow it."""
    if isinstance(node, (Text, Page)):
        if isinstance(node, Text) and node.field not in COLUMN and node.field not in FIELD_TOKENS:
            return None
        return _narrowed(node)
    if isinstance(node, DateRange):
        return match_set(_date_expr(node))
    if isinstance(node, And):
        parts = [q for q in (exact_ids(i) or narrow_ids(i) for i in node.items if not isinstance(i, Not))
                 if q is not None]
        return combine("INTERSECT", parts) if parts else None
    if isinstance(node, Or):
        parts = [exact_ids(i) or narrow_ids(i) for i in node.items]
        return None if any(p is None for p in parts) else combine("UNION", parts)
    return None  # a lone NOT: decided on the text of every candidate


def with_reprints(s: IdSet, table: bool = False) -> IdSet:
    """The articles of the set whose text is printed more than once: with `table` (the recall
    store has `dupgrams`, the reprinted articles' own rows), an FTS5 set's expression asked of
    that table alone."""
    if s.match is not None:
        if table:
            return IdSet("SELECT rowid FROM dupgrams WHERE dupgrams MATCH ?", (s.match,))
        return match_set(f"({s.match}) AND {DUP}")
    return combine("INTERSECT", [s, match_set(DUP)])


# -- deciding on the text -------------------------------------------------------------------------------

def field_text(doc: RecallDoc, name: str) -> str:
    if name == "all":
        return doc.text
    if name == "title":
        return doc.title
    if name == "body":
        return doc.blocks
    return "\n".join(doc.values.get(name, []))


def field_texts(node: Text, doc: RecallDoc) -> tuple[str]:
    return (field_text(doc, node.field),)


def matches(node: Node, doc: RecallDoc, texts=field_texts) -> bool:
    """Whether the document matches the query, term by term on its text; `texts(term, doc)` gives
    the texts a term is looked for in (by default its field's)."""
    if isinstance(node, Text):
        return any(contains(text, form) for form in term_forms(node) for text in texts(node, doc))
    if isinstance(node, DateRange):
        return (not node.start or doc.date >= node.start) and (not node.end or doc.date <= node.end)
    if isinstance(node, Page):
        if node.number is not None:
            return doc.page == node.number and (not node.section or doc.section == node.section)
        return any(contains(v, fold(node.name)) for v in doc.values.get("pagename", []))
    if isinstance(node, And):
        return all(matches(i, doc, texts) for i in node.items)
    if isinstance(node, Or):
        return any(matches(i, doc, texts) for i in node.items)
    if isinstance(node, Not):
        return not matches(node.item, doc, texts)
    raise TypeError(node)
