"""Which articles match a query on a server archive: the membership half of search.server (which
makes and keeps the search rows). A term's candidates come from the rows' tsvector under its GIN
index (the articles holding all its tokens); a query the tokens decide whole is answered by the
index alone (`token_query`), and any other candidate is decided on its stored folded text by the
embedded planner's rule (search.planner), by PostgreSQL (`rule_sql`: a substring test, with a
regular expression where a word boundary applies), else here (a form holding a line break).
Articles whose row is pending are decided on their text as it stands (`unindexed`), so the
totals are always the embedded archive's."""

from __future__ import annotations

import re

from .documents import recall_doc
from .match import _plain as _plain_form
from .normalize import fold
from .planner import COLUMN, FIELD_TOKENS, exact_ids, field_texts, matches, term_forms
from .query import And, DateRange, Not, Or, Page, Text, parse_query
from .recall import RecallDoc
from .server import BATCH, CHAR, batched, catch_up, pending
from .tokens import FIELD_MARK, LATIN, PREFIX, WORD_CHAR, exact_tokens, is_prefix, pieces, single

def _quote(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _char_query(mark: str, c: str) -> str:
    """The tsquery of the articles holding the letter `c` (in the field of `mark`): its
    one-character token, or any pair it starts (the only tokens that begin with a letter outside
    ASCII; see `grams`). Exact: a letter either starts a pair or ends every run it is in."""
    return f"({_quote(CHAR + mark + c)} | {_quote(mark + c)}:*)"


def unindexed(archive, tree, pending_ids: list[int]) -> dict[int, str]:
    """The pending articles (no search row, or one made from other content) that match the
    parsed query, decided on their stored text as it stands, by the planner's rule: id -> the
    article's content hash."""
    exact = exact_ids(tree) is not None
    texts = _columns if exact else field_texts
    found: dict[int, str] = {}
    for start in range(0, len(pending_ids), BATCH):
        for row in archive.index_rows(pending_ids[start:start + BATCH]):
            if matches(tree, recall_doc(row, False), texts):
                found[row["id"]] = row["content_hash"]
    return found


# -- membership --------------------------------------------------------------------------------------

def _all_of(tokens: list[str], prefix: bool) -> str:
    """The tsquery of these tokens anywhere (the last one as a prefix): a phrase's candidates."""
    quoted = [_quote(t) for t in tokens]
    if prefix:
        quoted[-1] += ":*"
    return " & ".join(quoted)


def _form_candidates(archive, form: str, mark: str = "") -> set[int] | None:
    """Articles that may contain one folded form (in the field of `mark`); None: any article may."""
    tokens = exact_tokens(form)
    if single(form):
        queries = [_char_query(mark, form)]
    elif tokens is not None:
        # its tokens anywhere: a superset of the phrase's articles (and of the unplaced ones holding
        # them) that the GIN index decides alone, where a phrase would make PostgreSQL read each
        # candidate's whole tsvector again; the text decides every candidate after (matching)
        return _ids(archive, "grams @@ %s::tsquery", [_all_of([mark + t for t in tokens], is_prefix(form))])
    else:
        phrases, singles = pieces(form)
        queries = []
        for p in phrases:
            toks = exact_tokens(p)
            queries.append(_all_of([mark + t for t in toks], False))  # its tokens, anywhere: a superset
        queries += [_char_query(mark, c) for c in dict.fromkeys(singles)]
        if not queries:
            return None
    return _ids(archive, "grams @@ %s::tsquery", [" & ".join(f"({q})" for q in queries)])


def _ids(archive, condition: str, params: list) -> set[int]:
    return {i for i, in _by_tokens(archive, condition, params, hashes=False)}


_GIN_ONLY = "SELECT set_config('enable_seqscan', %s, true), set_config('enable_indexscan', %s, true)"


def _shared(select: str) -> str:
    """`select` (of article_id, content_hash) with the hash kept only where another of its rows
    has it too (NULL elsewhere): the reprint groups, without sending every match's 64-letter hash."""
    return (f"WITH m AS MATERIALIZED ({select}) SELECT m.article_id, d.content_hash FROM m LEFT JOIN "
            "(SELECT content_hash FROM m GROUP BY content_hash HAVING count(*) > 1) d USING (content_hash)")


def _by_tokens(archive, condition: str, params: list, shared: bool = False, hashes: bool = True) -> list[tuple]:
    """The articles whose search row meets `condition` (a `grams @@` test), with the content
    hash their row was made from (without `hashes`, the ids alone: candidates), found by the GIN
    index's bitmap. The planner would read a
    common token's rows one by one instead (a sequential or primary-key scan testing each
    tsvector): it does not count what unpacking each article's tsvector costs, and `中国` at
    20,000 articles took 400 ms so against 6-10 ms by the bitmap. So the two plans are turned off
    for this one statement: its transaction's settings, which its end puts back (inside a
    caller's transaction they are put back after it). The statements go in one pipeline, so the
    client waits for the server once."""
    conn = archive.conn
    select = f"SELECT article_id{', content_hash' * hashes} FROM article_search WHERE {condition}"
    if shared:
        select = _shared(select)
    if conn.info.transaction_status != conn.info.transaction_status.IDLE:  # a caller's transaction
        with conn.transaction():
            conn.execute(_GIN_ONLY, ["off", "off"])
            found = conn.execute(select, params).fetchall()
            conn.execute("SET LOCAL enable_seqscan TO DEFAULT")
            conn.execute("SET LOCAL enable_indexscan TO DEFAULT")
        return found
    try:
        with batched(conn):
            conn.execute("BEGIN")
            conn.execute(_GIN_ONLY, ["off", "off"])
            rows = conn.execute(select, params)
            conn.execute("COMMIT")
    except BaseException:
        if not conn.closed and conn.info.transaction_status != conn.info.transaction_status.IDLE:
            conn.execute("ROLLBACK")
        raise
    return rows.fetchall()


_PLACED = "SELECT a.id FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id WHERE "


def candidates(archive, node) -> set[int] | None:
    """A set every match of `node` is in (it may hold more); None: every article."""
    if isinstance(node, Text):
        mark = FIELD_MARK[node.field] if node.field in FIELD_TOKENS else ""
        found: set[int] = set()
        for form in term_forms(node):
            ids = _form_candidates(archive, form, mark)
            if ids is None:
                return None
            found |= ids
        return found
    if isinstance(node, Page):
        if node.number is None:
            return _form_candidates(archive, fold(node.name), FIELD_MARK["pagename"])
        return {r[0] for r in archive.conn.execute(_PLACED + "g.number = %s", [node.number])}
    if isinstance(node, DateRange):
        if not (node.start or node.end):
            return None
        return {r[0] for r in archive.conn.execute(
            _PLACED + "(%(start)s::text IS NULL OR i.date >= %(start)s::date) AND "
            "(%(end)s::text IS NULL OR i.date <= %(end)s::date)",
            {"start": node.start or None, "end": node.end or None})}
    if isinstance(node, And):
        parts = [c for c in (candidates(archive, i) for i in node.items if not isinstance(i, Not)) if c is not None]
        return set.intersection(*parts) if parts else None
    if isinstance(node, Or):
        parts = [candidates(archive, i) for i in node.items]
        return None if any(p is None for p in parts) else set().union(*parts)
    return None  # a lone NOT


def _columns(node: Text, doc: RecallDoc) -> tuple[str, ...]:
    """The recall layer's rule where it decides alone: a term is in one of its columns, or (a
    field's) in one of the field's values."""
    if node.field in COLUMN:
        return (doc.title, doc.blocks, doc.meta) if node.field == "all" else \
            ((doc.title,) if node.field == "title" else (doc.blocks,))
    return tuple(doc.values.get(node.field, []))


def token_query(node) -> str | None:
    """A tsquery whose matches are exactly the node's by the recall layer's rule where it decides
    alone (`_columns`), or None: a term whose every form is one token (a pair, a word, a
    boundary) or one letter, anywhere or in a field of tokens, and AND, OR and AND NOT of such
    terms. No text needs deciding then: an article holds the token exactly when one of its
    columns (one of the field's values) holds the form. Longer forms need the text (the tsvector
    keeps no positions), and so do prefixes, title and body terms, dates and pages."""
    if isinstance(node, Text):
        if node.field != "all" and node.field not in FIELD_TOKENS:
            return None
        mark = FIELD_MARK[node.field] if node.field in FIELD_TOKENS else ""
        parts = []
        for form in term_forms(node):
            if single(form):
                parts.append(_char_query(mark, form))
                continue
            tokens = exact_tokens(form)
            if tokens is None or len(tokens) != 1 or form != form.removesuffix(PREFIX):
                return None
            parts.append(_quote(mark + tokens[0]))
        return "(" + " | ".join(dict.fromkeys(parts)) + ")" if parts else None
    if isinstance(node, And):
        pos = [token_query(i) for i in node.items if not isinstance(i, Not)]
        neg = [token_query(i.item) for i in node.items if isinstance(i, Not)]
        if not pos or any(q is None for q in pos + neg):
            return None
        return "(" + " & ".join(pos + [f"!{q}" for q in neg]) + ")"
    if isinstance(node, Or):
        parts = [token_query(i) for i in node.items]
        return None if any(q is None for q in parts) else "(" + " | ".join(parts) + ")"
    return None


def _fielded(node) -> bool:
    """Whether a query decides a term on field values (a field term, a page name)."""
    if isinstance(node, Text):
        return node.field not in COLUMN
    if isinstance(node, Page):
        return node.number is None
    if isinstance(node, (And, Or)):
        return any(_fielded(i) for i in node.items)
    return isinstance(node, Not) and _fielded(node.item)


# -- deciding on the text -----------------------------------------------------------------------------

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


def rule_sql(node, exact: bool, decided=frozenset()) -> tuple[str, list] | None:
    """The planner's rule (planner.matches, with `_columns` where `exact`, else its field's text)
    as an SQL condition on an article's stored folded text (`form_sql`: match.contains's rule,
    word boundaries included), or None where a form holds a line break (then Python decides).
    The nodes whose ids are in `decided` hold for every candidate (`_implied`): TRUE."""
    if id(node) in decided:
        return "TRUE", []
    if isinstance(node, Text):
        forms = term_forms(node)
        if not all(_decidable(f) for f in forms):
            return None
        if node.field in COLUMN:
            cols = {"all": ("s.title", "s.blocks", "s.meta") if exact else ("s.blocks", "s.meta"),
                    "title": ("s.title",), "body": ("s.blocks",)}[node.field]
            return _any_form(cols, forms)
        return _in_values(node.field, forms)
    if isinstance(node, Page):
        if node.number is None:
            form = fold(node.name)
            return _in_values("pagename", (form,)) if _decidable(form) else None
        if node.section:
            return "(g.number = %s AND g.section = %s)", [node.number, node.section]
        return "(g.number = %s)", [node.number]
    if isinstance(node, DateRange):
        return ("((%s::text = '' OR i.date >= %s::date) AND (%s::text = '' OR i.date <= %s::date))",
                [node.start, node.start or None, node.end, node.end or None])
    if isinstance(node, Not):
        inner = rule_sql(node.item, exact)
        return None if inner is None else (f"(NOT {inner[0]})", inner[1])
    if isinstance(node, (And, Or)):
        parts = [rule_sql(i, exact, decided) for i in node.items]
        if any(p is None for p in parts):
            return None
        joint = " AND " if isinstance(node, And) else " OR "
        return "(" + joint.join(p[0] for p in parts) + ")", [x for p in parts for x in p[1]]
    return None


def _in_values(field: str, forms) -> tuple[str, list]:
    tests = [form_sql("v", f) for f in forms]
    return ("(" + " OR ".join(f"EXISTS (SELECT 1 FROM jsonb_array_elements_text(COALESCE(s.fields -> %s, '[]')) v "
                              f"WHERE {sql})" for sql, _ in tests) + ")",
            [x for _, params in tests for x in (field, *params)])


_PLACE = re.compile(r"\b[gi]\.")  # rule_sql's conditions on the page (g) or the issue (i)
_SEARCHED = ("FROM article_search s JOIN article a ON a.id = s.article_id JOIN page g ON g.id = a.page_id "
             "JOIN issue i ON i.id = g.issue_id ")


def _implied(tree) -> frozenset[int]:
    """The ids of the query's parts that hold for every candidate (`candidates`) in the exact
    rule: the AND's positive terms (or the query itself) that `token_query` decides, whose
    candidates are exactly their matches and are intersected into the query's."""
    items = tree.items if isinstance(tree, And) else (tree,)
    return frozenset(id(i) for i in items if not isinstance(i, Not) and token_query(i) is not None)


def matching(archive, tree, in_sql: bool = True, stale: list[int] | None = None) -> list[int]:
    """Every article matching the parsed query, by id (`matched`)."""
    return sorted(matched(archive, tree, in_sql, stale))


def matched(archive, tree, in_sql: bool = True, stale: list[int] | None = None) -> dict[int, str | None]:
    """Every article matching the parsed query: id -> its content hash (what reprints share),
    read with the match, so that grouping reprints needs no statement over every match: where
    the tokens decide the whole query (`token_query`), the articles the GIN index finds; else
    the candidates, each decided on its stored text by the planner's rule (the parts the tokens
    decide left out of it), by PostgreSQL (rule_sql), else here; and the pending articles
    (search_pending: no search row yet, or one made from other content), each decided here on its text as stored now (unindexed), their rows left
    out (`stale`: as catch_up just read them, else read here). A row that is not pending was made
    from its article's present content, so its hash is the article's. Where no article is pending
    and PostgreSQL decides the matches, only the hashes two or more matches share come (the others
    are None: a text no other match prints)."""
    stale = pending(archive) if stale is None else stale
    exact = exact_ids(tree) is not None
    whole = token_query(tree) if exact and in_sql else None
    if whole is not None:
        found = dict(_by_tokens(archive, "grams @@ %s::tsquery" +
                                (" AND NOT article_id = ANY(%s::bigint[])" if stale else ""),
                                [whole, stale] if stale else [whole], shared=not stale))
        return found | unindexed(archive, tree, stale) if stale else found
    candidate = candidates(archive, tree)
    among = "" if candidate is None else "s.article_id = ANY(%s::bigint[]) AND "
    given = [] if candidate is None else [sorted(candidate)]
    if stale:
        among += "NOT s.article_id = ANY(%s::bigint[]) AND "
        given.append(stale)
    rule = rule_sql(tree, exact, _implied(tree) if exact and candidate is not None else frozenset()) \
        if in_sql else None
    if rule is not None:
        placed = _PLACE.search(rule[0]) is not None  # a page or date condition: the article's place joined
        select = (f"SELECT s.article_id, s.content_hash {_SEARCHED if placed else 'FROM article_search s '}"
                  f"WHERE {among}{rule[0]}")
        found = dict(archive.conn.execute(select if stale else _shared(select), [*given, *rule[1]]).fetchall())
    else:
        fields = "s.fields" if _fielded(tree) else "'{}'::jsonb"  # parsed only for a query that needs them
        rows = archive.conn.execute(
            f"SELECT s.article_id, s.content_hash, s.title, s.blocks, s.meta, {fields}, to_char(i.date, 'YYYY-MM-DD'), "
            f"g.number, g.section {_SEARCHED} WHERE {among}TRUE", given)
        texts = _columns if exact else field_texts
        found = {i: h for i, h, title, blocks, meta, values, date, page, section in rows
                 if matches(tree, RecallDoc(i, date, page, "", title, blocks, meta, values, section=section), texts)}
    return found | unindexed(archive, tree, stale) if stale else found


def search_ids(archive, query: str) -> list[int]:
    """Every article matching `query`, by id (a search makes at most SEARCH_MAKES pending rows
    itself, and decides the rest on their text)."""
    tree = parse_query(query)
    return matching(archive, tree, stale=catch_up(archive))
