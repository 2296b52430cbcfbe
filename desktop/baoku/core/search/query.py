"""The query language shared by the CLI and the GUI.

    query    := or_expr
    or_expr  := and_expr (("OR" | "|") and_expr)*
    and_expr := unary (["AND"] unary)*            bare terms are ANDed
    unary    := ("-" | "NOT") unary | primary
    primary  := "(" or_expr ")" | FIELD ":" value | PHRASE | WORD | WORD "*"

Fields, in Chinese and English: 标题/title, 作者/byline, 栏目/column, 来源/source, 版/page,
体裁/genre, 报纸/报刊/publication, 正文/body, 专题/collection, 批注/note, 日期/date, from:, to:.
Dates are 2024, 2024-09 or 2024-09-11, and ranges 2024-01..2024-06 (either end may be left
open). A bare word ending in * is a prefix (econom* finds economy and economics); 版:通稿
(page:wire) finds an agency's items.

Every error is a QueryError (search/queryproblems.py) whose message names the character where the
problem is.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..model import NO_PAGE
from .normalize import fold
from .queryproblems import QueryError


# How deep AND, OR and NOT may nest inside one another (a bare term is level 0; `a -(b OR c)` is
# 3). The recall store nests an SQL set operation in a subquery per level, and SQLite's parser
# overflowed at 11 of them ("parser stack overflow"); the server's backend is held to the same
# limit, so both answer a query alike. NOT NOT x is x, AND in AND and OR in OR are one level, and
# parentheses around one term or group add none. MAX_PARENS bounds the parser's own recursion.
MAX_DEPTH = 8
MAX_PARENS = 64
# How long a query may be, and how many terms (words, phrases, field values) it may hold. Past them
# the server's backend ran out of stack ("stack depth limit exceeded", from about 6,000 terms or
# 60,000 characters) and the embedded one took minutes (2,000 terms: 11 s; 9,000: over two
# minutes); both now refuse alike, at once. A 10,000-character passage pasted in is one term.
MAX_QUERY_CHARS = 20_000
MAX_TERMS = 200


TEXT_FIELDS = {
    "标题": "title", "title": "title", "headline": "title",
    "作者": "byline", "byline": "byline", "author": "byline",
    "栏目": "column", "column": "column",
    "来源": "source", "source": "source",
    "体裁": "genre", "genre": "genre",
    "报纸": "publication", "报刊": "publication", "报名": "publication", "publication": "publication",
    "paper": "publication",
    "正文": "body", "body": "body",
    "专题": "collection", "collection": "collection", "合集": "collection",
    "批注": "note", "note": "note", "备注": "note",
}
PAGE_FIELDS = {"版": "page", "page": "page", "版面": "page"}
WIRE_PAGES = {"通稿", "通讯社", "wire", "无版"}  # 版:通稿 — an agency's items, printed on no page
DATE_FIELDS = {"日期": "date", "date": "date", "from": "from", "起": "from", "to": "to", "止": "to"}
KNOWN = sorted({*TEXT_FIELDS, *PAGE_FIELDS, *DATE_FIELDS})


# -- the tree ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    text: str
    field: str = "all"  # all | title | byline | column | source | genre | publication | body | collection | note
    prefix: bool = False  # econom*: a word that begins so (economy, economics)


@dataclass(frozen=True)
class DateRange:
    start: str  # inclusive, YYYY-MM-DD; "" for open
    end: str  # inclusive


@dataclass(frozen=True)
class Page:
    number: int | None
    name: str = ""
    section: str = ""  # the letter of A05: page 5 of section A only


@dataclass(frozen=True)
class And:
    items: tuple


@dataclass(frozen=True)
class Or:
    items: tuple


@dataclass(frozen=True)
class Not:
    item: object


Node = Text | DateRange | Page | And | Or | Not


# -- tokens -------------------------------------------------------------------------------------

QUOTES = {'"': '"', "“": "”", "「": "」"}


@dataclass
class Tok:
    kind: str  # WORD PHRASE LPAREN RPAREN OR AND NOT MINUS FIELD
    text: str
    pos: int  # 0-based character offset in the query
    field: str = ""  # for FIELD: the field name as typed


def _error(query: str, pos: int, code: str, **args: str) -> QueryError:
    return QueryError(code, pos, query[pos:pos + 10], **args)


def tokenize(query: str) -> list[Tok]:
    toks: list[Tok] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in "(（":
            toks.append(Tok("LPAREN", c, i))
            i += 1
        elif c in ")）":
            toks.append(Tok("RPAREN", c, i))
            i += 1
        elif c in QUOTES:
            end = query.find(QUOTES[c], i + 1)
            if c == '"' and end < 0:
                end = query.find("”", i + 1)
            if end < 0:
                raise _error(query, i, "unclosed_quote")
            toks.append(Tok("PHRASE", query[i + 1:end], i))
            i = end + 1
        elif c == "|":
            toks.append(Tok("OR", c, i))
            i += 1
        elif c in "-－" and i + 1 < n and not query[i + 1].isspace() and (not toks or query[i - 1].isspace()
                                                                         or query[i - 1] in "(（"):
            toks.append(Tok("MINUS", c, i))
            i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in "()（）|" and query[j] not in QUOTES:
                if query[j] in ":：" and j > i:
                    break
                j += 1
            word = query[i:j]
            if j < n and query[j] in ":：" and j > i:
                toks.append(Tok("FIELD", word, i, field=word))
                i = j + 1
                continue
            if word in ("OR", "或"):
                toks.append(Tok("OR", word, i))
            elif word in ("AND", "且"):
                toks.append(Tok("AND", word, i))
            elif word in ("NOT", "非"):
                toks.append(Tok("NOT", word, i))
            else:
                toks.append(Tok("WORD", word, i))
            i = j
    return toks


# -- parser -------------------------------------------------------------------------------------

class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.toks = tokenize(query)
        self.i = 0
        self.depth = 0  # parentheses and NOTs open around the token being read (MAX_PARENS)

    def peek(self) -> Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def end_pos(self) -> int:
        return len(self.query.rstrip())

    def parse(self) -> Node:
        if not self.toks:
            raise QueryError("empty")
        node = self.or_expr()
        tok = self.peek()
        if tok is not None:
            raise _error(self.query, tok.pos, "unmatched_close") if tok.kind == "RPAREN" \
                else _error(self.query, tok.pos, "unexpected", text=tok.text)
        if nesting(node) > MAX_DEPTH:
            raise QueryError("too_deep", limit=str(MAX_DEPTH))
        return node

    def or_expr(self) -> Node:
        items = [self.and_expr()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.take()
            if self.peek() is None or self.peek().kind in ("OR", "RPAREN"):
                raise _error(self.query, tok.pos, "needs_term_after", text=tok.text)
            items.append(self.and_expr())
        return items[0] if len(items) == 1 else Or(_flat(items, Or))

    def and_expr(self) -> Node:
        items = [self.unary()]
        while (tok := self.peek()) is not None and tok.kind not in ("OR", "RPAREN"):
            if tok.kind == "AND":
                self.take()
                if self.peek() is None or self.peek().kind in ("OR", "RPAREN", "AND"):
                    raise _error(self.query, tok.pos, "needs_term_after", text=tok.text)
            items.append(self.unary())
        return items[0] if len(items) == 1 else And(_flat(items, And))

    def deeper(self, tok: Tok) -> None:
        self.depth += 1
        if self.depth > MAX_PARENS:
            raise _error(self.query, tok.pos, "too_deep", limit=str(MAX_DEPTH))

    def unary(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise _error(self.query, self.end_pos(), "ends_early")
        if tok.kind in ("MINUS", "NOT"):
            self.take()
            if self.peek() is None:
                raise _error(self.query, tok.pos, "needs_term_after", text=tok.text)
            self.deeper(tok)
            item = self.unary()
            self.depth -= 1
            return item.item if isinstance(item, Not) else Not(item)  # NOT NOT x is x
        return self.primary()

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "LPAREN":
            if self.peek() is None:
                raise _error(self.query, tok.pos, "unclosed_paren")
            if self.peek().kind == "RPAREN":
                raise _error(self.query, tok.pos, "empty_parens")
            self.deeper(tok)
            node = self.or_expr()
            self.depth -= 1
            close = self.peek()
            if close is None or close.kind != "RPAREN":
                raise _error(self.query, tok.pos, "unclosed_paren")
            self.take()
            return node
        if tok.kind in ("WORD", "PHRASE"):
            if not tok.text.strip():
                raise _error(self.query, tok.pos, "empty_phrase")
            return _text(tok)
        if tok.kind == "FIELD":
            return self.field(tok)
        if tok.kind == "RPAREN":
            raise _error(self.query, tok.pos, "unmatched_close")
        raise _error(self.query, tok.pos, "needs_term_before", text=tok.text)

    def field(self, tok: Tok) -> Node:
        name = fold(tok.field)  # 標題: is 标题:, TITLE: is title:
        value_tok = self.peek()
        if value_tok is None or value_tok.kind not in ("WORD", "PHRASE") or \
                value_tok.pos > tok.pos + len(tok.field) + 1:
            raise _error(self.query, tok.pos, "field_needs_value", field=tok.field)
        if name not in TEXT_FIELDS and name not in PAGE_FIELDS and name not in DATE_FIELDS:
            raise _error(self.query, tok.pos, "unknown_field", field=tok.field,
                         known=", ".join(KNOWN))
        value = self.take()
        if not value.text.strip():
            raise _error(self.query, value.pos, "empty_value")
        if name in TEXT_FIELDS:
            return _text(value, TEXT_FIELDS[name])
        if name in PAGE_FIELDS:
            if fold(value.text.strip()) in WIRE_PAGES:  # 版:通稿, page:wire: an agency's items, on no page
                return Page(NO_PAGE)
            m = re.fullmatch(r"(?:第)?\s*([A-Za-z])?0*(\d{1,4})\s*(?:版)?", value.text.strip())
            if m:
                return Page(int(m.group(2)), section=(m.group(1) or "").upper())
            return Page(None, value.text.strip())
        kind = DATE_FIELDS[name]
        start, end = parse_date_range(value.text, self.query, value.pos)
        if kind == "from":
            if ".." in value.text:
                raise _error(self.query, value.pos, "one_date", field="from")
            return DateRange(start, "")
        if kind == "to":
            if ".." in value.text:
                raise _error(self.query, value.pos, "one_date", field="to")
            return DateRange("", end)
        return DateRange(start, end)


def _flat(items: list[Node], kind: type) -> tuple[Node, ...]:
    """a (b c) is a b c; a OR (b OR c) is a OR b OR c."""
    return tuple(x for item in items for x in (item.items if isinstance(item, kind) else (item,)))


def nesting(node: Node) -> int:
    """How many levels of AND, OR and NOT the query nests: a term is 0."""
    if isinstance(node, Not):
        return 1 + nesting(node.item)
    if isinstance(node, (And, Or)):
        return 1 + max(nesting(item) for item in node.items)
    return 0


def _text(tok: Tok, field: str = "all") -> Text:
    """A bare word ending in * is a prefix (econom*); in quotes, * is itself."""
    if tok.kind == "WORD" and len(tok.text) > 1 and tok.text.endswith(("*", "＊")):
        return Text(tok.text[:-1], field, prefix=True)
    return Text(tok.text, field)


def _bound(text: str, query: str, pos: int, *, last: bool) -> str:
    """2024 / 2024-09 / 2024-09-11 (also 2024年9月, 20240911) -> first or last day it covers."""
    s = text.strip()
    m = (re.fullmatch(r"(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?", s)
         or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s))
    if not m:
        raise _error(query, pos, "not_a_date", text=s)
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    try:
        if mo is None:
            return dt.date(y, 12 if last else 1, 31 if last else 1).isoformat()
        if d is None:
            return dt.date(y, mo, calendar.monthrange(y, mo)[1] if last else 1).isoformat()
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise _error(query, pos, "not_a_real_date", text=s) from None


def parse_date_range(value: str, query: str = "", pos: int = 0) -> tuple[str, str]:
    query = query or value
    if ".." in value:
        left, right = value.split("..", 1)
        start = _bound(left, query, pos, last=False) if left.strip() else ""
        end = _bound(right, query, pos + len(left) + 2, last=True) if right.strip() else ""
        if not start and not end:
            raise _error(query, pos, "range_needs_end")
        if start and end and start > end:
            raise _error(query, pos, "range_backwards", text=value)
        return start, end
    return _bound(value, query, pos, last=False), _bound(value, query, pos, last=True)


def parse_query(query: str) -> Node:
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError("too_long", n=str(len(query)), limit=str(MAX_QUERY_CHARS))
    node = _Parser(query).parse()
    terms = _terms(node)
    if terms > MAX_TERMS:
        raise QueryError("too_many_terms", n=str(terms), limit=str(MAX_TERMS))
    return node


def _terms(node: Node) -> int:
    """The leaves of a query: its words, phrases and field conditions."""
    if isinstance(node, Not):
        return _terms(node.item)
    if isinstance(node, (And, Or)):
        return sum(_terms(item) for item in node.items)
    return 1


def positive_texts(node: Node, negated: bool = False) -> list[Text]:
    """The text terms a hit must or may contain (not those under NOT): for highlights and ranking."""
    if isinstance(node, Text):
        return [] if negated else [node]
    if isinstance(node, Not):
        return positive_texts(node.item, not negated)
    if isinstance(node, (And, Or)):
        return [t for item in node.items for t in positive_texts(item, negated)]
    return []
