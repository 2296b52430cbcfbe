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
from .normalize import fold
from .planner import COLUMN, FIELD_TOKENS, exact_ids, field_texts, matches, term_forms
from .query import And, DateRange, Not, Or, Page, Text, parse_query
from .recall import RecallDoc
from .server import BATCH, CHAR, GRAMS, catch_up, pending
from .serverplan import gin_only
from .serverrule import rule_sql
from .tokens import FIELD_MARK, PREFIX, exact_tokens, is_prefix, pieces, single


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


def _form_query(form: str, mark: str = "") -> str | None:
    """The tsquery of the articles that may contain one folded form (in the field of `mark`);
    None: any article may."""
    tokens = exact_tokens(form)
    if single(form):
        return _char_query(mark, form)
    if tokens is not None:
        # its tokens anywhere: a superset of the phrase's articles (and of the unplaced ones holding
        # them) that the GIN index decides alone, where a phrase would make PostgreSQL read each
        # candidate's whole tsvector again; the text decides every candidate after (matching)
        return _all_of([mark + t for t in tokens], is_prefix(form))
    phrases, singles = pieces(form)
    queries = [_all_of([mark + t for t in exact_tokens(p)], False) for p in phrases]  # a superset
    queries += [_char_query(mark, c) for c in dict.fromkeys(singles)]
    return " & ".join(f"({q})" for q in queries) if queries else None


def _form_candidates(archive, form: str, mark: str = "") -> set[int] | None:
    """Articles that may contain one folded form (in the field of `mark`); None: any article may."""
    query = _form_query(form, mark)
    return None if query is None else _ids(archive, f"{GRAMS} @@ %s::tsquery", [query])


def candidate_query(node) -> str | None:
    """One tsquery every match of `node` holds (its articles may be more), from the tokens of its
    terms and page names as `candidates` reads them; None where no token narrows it (a date, a
    page number, a lone NOT, a form without tokens)."""
    if isinstance(node, Text):
        mark = FIELD_MARK[node.field] if node.field in FIELD_TOKENS else ""
        parts = [_form_query(form, mark) for form in term_forms(node)]
        return None if not parts or None in parts else " | ".join(f"({q})" for q in parts)
    if isinstance(node, Page):
        return None if node.number is not None else _form_query(fold(node.name), FIELD_MARK["pagename"])
    if isinstance(node, And):
        parts = [q for q in (candidate_query(i) for i in node.items if not isinstance(i, Not)) if q is not None]
        return " & ".join(f"({q})" for q in parts) if parts else None
    if isinstance(node, Or):
        parts = [candidate_query(i) for i in node.items]
        return None if None in parts else " | ".join(f"({q})" for q in parts)
    return None


def _ids(archive, condition: str, params: list) -> set[int]:
    return {i for i, in _by_tokens(archive, condition, params, hashes=False)}


def _shared(select: str) -> str:
    """`select` (of article_id, content_hash) with the hash kept only where another of its rows
    has it too (NULL elsewhere): the reprint groups, without sending every match's 64-letter hash."""
    return (f"WITH m AS MATERIALIZED ({select}) SELECT m.article_id, d.content_hash FROM m LEFT JOIN "
            "(SELECT content_hash FROM m GROUP BY content_hash HAVING count(*) > 1) d USING (content_hash)")


def _by_tokens(archive, condition: str, params: list, shared: bool = False, hashes: bool = True) -> list[tuple]:
    """The articles whose search row meets `condition` (a `GRAMS @@` test), with the content
    hash their row was made from (without `hashes`, the ids alone: candidates), found by the GIN
    index's bitmap (`gin_only`)."""
    select = f"SELECT article_id{', content_hash' * hashes} FROM article_search s WHERE {condition}"
    return gin_only(archive.conn, [(_shared(select) if shared else select, params)])[0]


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


_PLACE = re.compile(r"\b[gi]\.")  # rule_sql's conditions on the page (g) or the issue (i)
_SEARCHED = ("FROM article_search s JOIN article a ON a.id = s.article_id JOIN page g ON g.id = a.page_id "
             "JOIN issue i ON i.id = g.issue_id ")


def _implied(tree) -> frozenset[int]:
    """The ids of the query's parts that hold for every candidate (`candidates`) in the exact
    rule: the AND's positive terms (or the query itself) that `token_query` decides, whose
    candidates are exactly their matches and are intersected into the query's."""
    items = tree.items if isinstance(tree, And) else (tree,)
    return frozenset(id(i) for i in items if not isinstance(i, Not) and token_query(i) is not None)


def _statement_query(tree, exact: bool) -> str | None:
    """The tsquery of the query's candidates for one statement that decides them on their text
    too (`candidate_query`), with each part the rule takes as decided (`_implied`, in the exact
    rule) by its own exact tsquery (`token_query`); None where no token narrows the query."""
    decided = _implied(tree) if exact else frozenset()
    items = tree.items if isinstance(tree, And) else (tree,)
    parts = [q for q in (token_query(i) if id(i) in decided else candidate_query(i)
                         for i in items if not isinstance(i, Not)) if q is not None]
    return " & ".join(f"({q})" for q in parts) if parts else None


_BESIDE = GRAMS.replace("s.", "x.")  # another search row's tokens (x), beside the one decided (s)


def _without(node, exact: bool, among: str) -> tuple[str, list] | None:
    """NOT `node` (an item of the query's top AND) as an anti-join: no search row among the
    statement's candidates (the tsquery `among`) that holds the excluded term's tokens
    (`token_query`: the index alone decides them; else `candidate_query`'s, each decided on its
    text) is this article's. PostgreSQL then reads the excluded term's text only where the
    candidates hold its tokens too, not in every candidate (`农民 -农民工` at 100,000 articles:
    8,225 texts read for 农民工, against the ~1,500 holding 农民 and 民工). None where a page or
    a date decides it."""
    whole = token_query(node) if exact else None
    if whole is not None:
        test, params = f"{_BESIDE} @@ %s::tsquery", [f"({among}) & {whole}"]
    else:
        query, inner = candidate_query(node), rule_sql(node, exact, alias="x")
        if query is None or inner is None or _PLACE.search(inner[0]):
            return None
        test, params = f"{_BESIDE} @@ %s::tsquery AND {inner[0]}", [f"({among}) & ({query})", *inner[1]]
    return f"NOT EXISTS (SELECT 1 FROM article_search x WHERE x.article_id = s.article_id AND {test})", params


def _rule(tree, exact: bool, decided, among: str) -> tuple[str, list] | None:
    """rule_sql for a statement whose GIN test (the tsquery `among`) finds the candidates: the
    top AND's NOT items as anti-joins (`_without`; PostgreSQL makes a NOT EXISTS of the top AND
    one), the rest as rule_sql has them."""
    if not isinstance(tree, And) or not any(isinstance(i, Not) for i in tree.items):
        return rule_sql(tree, exact, decided)
    parts = []
    for item in tree.items:
        part = (_without(item.item, exact, among) if isinstance(item, Not) else None) or rule_sql(item, exact, decided)
        if part is None:
            return None
        parts.append(part)
    return "(" + " AND ".join(p[0] for p in parts) + ")", [x for p in parts for x in p[1]]


def match_sql(tree) -> tuple[str, list, bool, bool] | None:
    """The matches of the parsed query among the articles with a search row, as one SQL
    condition on article_search s, decided where the rows are (as `matched` decides them): (the
    condition, its parameters, whether it names the article's page or issue (g, i: `_SEARCHED`
    joins them), whether it has a token test for the GIN index (`gin_only`)); None where a form
    must be decided here (one holding a line break)."""
    exact = exact_ids(tree) is not None
    whole = token_query(tree) if exact else None
    if whole is not None:
        return f"{GRAMS} @@ %s::tsquery", [whole], False, True
    query = _statement_query(tree, exact)
    decided = _implied(tree) if exact else frozenset()
    rule = rule_sql(tree, exact, decided) if query is None else _rule(tree, exact, decided, query)
    if rule is None:
        return None
    tokens = [] if query is None else [query]
    return (f"{GRAMS} @@ %s::tsquery AND " * bool(tokens) + rule[0], [*tokens, *rule[1]],
            _PLACE.search(rule[0]) is not None, bool(tokens))


def matching(archive, tree, in_sql: bool = True, stale: list[int] | None = None) -> list[int]:
    """Every article matching the parsed query, by id (`matched`)."""
    return sorted(matched(archive, tree, in_sql, stale))


def matched(archive, tree, in_sql: bool = True, stale: list[int] | None = None) -> dict[int, str | None]:
    """Every article matching the parsed query: id -> its content hash (what reprints share),
    read with the match, so that grouping reprints needs no statement over every match: where
    the tokens decide the whole query (`token_query`), the articles the GIN index finds; else
    the candidates, each decided on its stored text by the planner's rule (the parts the tokens
    decide left out of it), by PostgreSQL (rule_sql) in the statement that finds them under the
    GIN index where the rule needs no page or date (`_statement_query`; the candidates came to
    the client and went back as an id array in a second statement, which still decides the
    others), else here; and the pending articles (search_pending: no search row yet, or one made
    from other content), each decided here on its text as stored now (unindexed), their rows
    left out (`stale`: as catch_up just read them, else read here). A row that is not pending was made
    from its article's present content, so its hash is the article's. Where no article is pending
    and PostgreSQL decides the matches, only the hashes two or more matches share come (the others
    are None: a text no other match prints)."""
    stale = pending(archive) if stale is None else stale
    exact = exact_ids(tree) is not None
    whole = token_query(tree) if exact and in_sql else None
    if whole is not None:
        found = dict(_by_tokens(archive, f"{GRAMS} @@ %s::tsquery" +
                                (" AND NOT article_id = ANY(%s::bigint[])" if stale else ""),
                                [whole, stale] if stale else [whole], shared=not stale))
        return found | unindexed(archive, tree, stale) if stale else found
    query = _statement_query(tree, exact) if in_sql else None
    rule = _rule(tree, exact, _implied(tree) if exact else frozenset(), query) if query is not None else None
    if rule is not None and _PLACE.search(rule[0]) is None:  # the candidates decided where they are found
        found = dict(_by_tokens(archive, f"{GRAMS} @@ %s::tsquery AND " + "NOT article_id = ANY(%s::bigint[]) AND " *
                                bool(stale) + rule[0], [query, *[stale][:bool(stale)], *rule[1]], shared=not stale))
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
