"""The embedded planner's rule (search.planner.matches) as an SQL condition on an article's stored
search row (search.server: its folded title, text and metadata, its field values as jsonb),
for PostgreSQL to decide a query's candidates where they are (search.servermatch). Every form
is decided as match.contains decides it; no user text reaches the SQL but as a parameter."""

from __future__ import annotations

import re

from .match import _plain as _plain_form
from .normalize import fold
from .planner import COLUMN, term_forms
from .query import And, DateRange, Not, Or, Page, Text
from .tokens import LATIN, PREFIX, WORD_CHAR

def _decidable(form: str) -> bool:
    """A form whose test on each column (each value) apart is its test on them joined by line
    breaks, as the planner joins them: one with no line break (nor NUL, which no text holds)."""
    return "\n" not in form and "\x00" not in form


_SYNTAX = re.compile(r"[!-/:-@\[-`{-~]")  # ASCII punctuation: what a regular expression may take for syntax
_NOT_WORD = f"[^0-9a-z{LATIN}]"  # no tokens.WORD_CHAR, as a class of PostgreSQL's expressions


def form_sql(column: str, form: str) -> tuple[str, list]:
    """The SQL condition that the text in `column` holds the folded form, exactly as
    match.contains finds it: a substring test (strpos) where no word boundary applies; else a
    regular expression putting a letter that is no word character (or the text's start or end)
    beside each end that begins or ends with one (a prefix's end runs on). (Not strpos first:
    each test of a column reads the stored text again, and that is most of what either costs.)
    The expression is made of the form with its ASCII punctuation escaped (every other letter is
    literal in PostgreSQL's expressions, whose character ranges are code points) and goes as a
    parameter, never into the statement."""
    body = form.removesuffix(PREFIX)
    if not body:
        return "FALSE", []
    if _plain_form(form):
        return f"strpos({column}, %s) > 0", [form]
    head = WORD_CHAR.match(body[0]) is not None
    tail = WORD_CHAR.match(body[-1]) is not None and body == form
    pattern = (f"(^|{_NOT_WORD})" if head else "") + _SYNTAX.sub(lambda m: "\\" + m.group(), body) + \
        (f"($|{_NOT_WORD})" if tail else "")
    return f"{column} ~ %s", [pattern]


def _any_form(columns, forms) -> tuple[str, list]:
    parts = [form_sql(c, f) for f in forms for c in columns]
    return "(" + " OR ".join(p[0] for p in parts) + ")", [x for p in parts for x in p[1]]


def rule_sql(node, exact: bool, decided=frozenset(), alias: str = "s") -> tuple[str, list] | None:
    """The planner's rule (planner.matches, with `_columns` where `exact`, else its field's text)
    as an SQL condition on an article's stored folded text (`form_sql`: match.contains's rule,
    word boundaries included), or None where a form holds a line break (then Python decides).
    The nodes whose ids are in `decided` hold for every candidate (`_implied`): TRUE. `alias`
    names the search row (article_search) the condition reads."""
    if id(node) in decided:
        return "TRUE", []
    if isinstance(node, Text):
        forms = term_forms(node)
        if not all(_decidable(f) for f in forms):
            return None
        if node.field in COLUMN:
            cols = {"all": ("title", "blocks", "meta") if exact else ("blocks", "meta"),
                    "title": ("title",), "body": ("blocks",)}[node.field]
            return _any_form([f"{alias}.{c}" for c in cols], forms)
        return _in_values(node.field, forms, alias)
    if isinstance(node, Page):
        if node.number is None:
            form = fold(node.name)
            return _in_values("pagename", (form,), alias) if _decidable(form) else None
        if node.section:
            return "(g.number = %s AND g.section = %s)", [node.number, node.section]
        return "(g.number = %s)", [node.number]
    if isinstance(node, DateRange):
        return ("((%s::text = '' OR i.date >= %s::date) AND (%s::text = '' OR i.date <= %s::date))",
                [node.start, node.start or None, node.end, node.end or None])
    if isinstance(node, Not):
        inner = rule_sql(node.item, exact, alias=alias)
        return None if inner is None else (f"(NOT {inner[0]})", inner[1])
    if isinstance(node, (And, Or)):
        parts = [rule_sql(i, exact, decided, alias) for i in node.items]
        if any(p is None for p in parts):
            return None
        joint = " AND " if isinstance(node, And) else " OR "
        return "(" + joint.join(p[0] for p in parts) + ")", [x for p in parts for x in p[1]]
    return None


def _in_values(field: str, forms, alias: str = "s") -> tuple[str, list]:
    tests = [form_sql("v", f) for f in forms]
    return ("(" + " OR ".join(f"EXISTS (SELECT 1 FROM jsonb_array_elements_text(COALESCE({alias}.fields -> %s, '[]')) v "
                              f"WHERE {sql})" for sql, _ in tests) + ")",
            [x for _, params in tests for x in (field, *params)])
