"""Ranking on the server, computed by PostgreSQL as the embedded word layer ranks (search.words,
search.wordindex): the same ranking query (rankquery.ranking, a Whoosh query tree) turned into SQL
over the articles' stored BM25F weights (search_word: words.weigh's, normalised at index time, a
row a word of a field for each block of articles, their ids and weights as arrays), scored by
Whoosh's formula with B=0:

    score(term) = idf * weight * (K1 + 1) / (weight + K1),   idf = log(N / (df + 1)) + 1

with N the articles with a search row and df those whose field holds the word (its arrays' lengths);
AND and OR add their matching parts' scores, AND NOT scores its positive part, a prefix scores
its boost (Whoosh's constant-score prefix). Ties go to the lower article id (Whoosh's lower
document number). No user text reaches the SQL but as a parameter."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from whoosh import query as wq

from .server import RANKED_FIELDS, SEARCH_ROWS, batched
from .serverplan import gin_only
from .words import K1


class Unranked(Exception):
    """A part of a ranking query this module does not turn into SQL."""


@dataclass(frozen=True)
class Among:
    """The articles a ranking chooses from, never sent to the client: those `sql` selects (one
    column of ids, with `params`), or, where the ranking's words decide the query (`decided`:
    rankquery.words_decide, every article having a word matches), every article with a posting
    but those in `excluded` (pending articles whose old postings are no match)."""

    sql: str
    params: list
    decided: bool = False
    excluded: list[int] = field(default_factory=list)


def _terms(q: wq.Query) -> set[tuple[str, str]]:
    if isinstance(q, wq.Term):
        return {(q.fieldname, q.text)}
    return {t for c in getattr(q, "subqueries", ()) or ([q.a, q.b] if isinstance(q, wq.AndNot) else [])
            for t in _terms(c)}


def _counts(terms: list[tuple[str, str]]) -> tuple[str, list]:
    """The statement counting the articles with a search row and each term's articles."""
    return (f"SELECT {SEARCH_ROWS}, "
            + ", ".join("(SELECT COALESCE(sum(cardinality(ids)), 0) FROM search_word WHERE field = %s AND word = %s)"
                        for _ in terms), [x for f, w in terms for x in (_field(f), w)])


def _idf_sql(term: tuple[str, str]) -> tuple[str, list]:
    """Whoosh's idf of a term as an SQL expression (`_idfs`' formula, computed by the server)."""
    return (f"(ln(greatest({SEARCH_ROWS}, 1)::float8 / ((SELECT COALESCE(sum(cardinality(ids)), 0) FROM search_word "
            "WHERE field = %s AND word = %s) + 1)) + 1)", [_field(term[0]), term[1]])


def _idfs(terms: list[tuple[str, str]], counts) -> dict[tuple[str, str], float]:
    n = max(counts[0], 1)  # no row made yet (every match pending): no word has a document frequency either
    return {t: math.log(n / (df + 1)) + 1 for t, df in zip(terms, counts[1:])}


def _field(field: str) -> int:
    if field not in RANKED_FIELDS:
        raise Unranked(field)
    return RANKED_FIELDS[field]


def to_sql(q: wq.Query, idf: dict, joined: dict[tuple[str, str], str]) -> tuple[str, list, str, list]:
    """(the condition an article (m.id) matches the query by, its parameters, the article's score,
    its parameters); `joined` names the posting (or NULL) of each term joined to the article;
    `idf` gives each term's idf, a number or (an SQL expression, its parameters)."""
    boost = float(getattr(q, "boost", 1.0))
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return "FALSE", [], "0", []
    if isinstance(q, wq.Term):
        weight = f"{joined[(q.fieldname, q.text)]}.weight"
        given = idf[(q.fieldname, q.text)]
        factor, params = ("%s::float8", [given * boost]) if not isinstance(given, tuple) else \
            (f"{given[0]} * %s::float8", [*given[1], boost])
        return (f"{joined[(q.fieldname, q.text)]}.article_id IS NOT NULL", [],
                f"COALESCE({factor} * {weight} * {K1 + 1} / ({weight} + {K1}), 0)", params)
    if isinstance(q, wq.Prefix):
        match = ("m.id IN (SELECT unnest(w.ids) FROM search_word w WHERE w.field = %s "
                 "AND starts_with(w.word, %s))")
        params = [_field(q.fieldname), q.text]
        return match, params, f"(CASE WHEN {match} THEN %s::float8 ELSE 0 END)", [*params, boost]
    if isinstance(q, wq.AndNot):
        m1, p1, s1, sp1 = to_sql(q.a, idf, joined)
        m2, p2, _, _ = to_sql(q.b, idf, joined)
        return f"(({m1}) AND NOT ({m2}))", p1 + p2, s1, sp1
    if isinstance(q, (wq.And, wq.Or)):
        parts = [to_sql(c, idf, joined) for c in q.subqueries]
        joint = " AND " if isinstance(q, wq.And) else " OR "
        match = "(" + joint.join(f"({m})" for m, _, _, _ in parts) + ")"
        score = "(" + " + ".join(s for _, _, s, _ in parts) + ")"
        if boost != 1.0:
            score = f"({score} * {boost!r})"
        return match, [x for _, p, _, _ in parts for x in p], score, [x for *_, sp in parts for x in sp]
    raise Unranked(type(q).__name__)


def top(conn, q: wq.Query, ids: list[int], need: int, skip: list[int]) -> list[tuple[int, float]]:
    """The best `need` of these articles that match the ranking query, without those in `skip`,
    by score (then id), with their scores: `top_sql` over the ids sent as an array, each word's
    postings unpacked once and joined to them by hashing (serverplan.gin_only: with nested loops
    the planner, taking a word's postings for ten rows, unpacked them again for each match: 105 s
    for the 17,946 matches of 中国特色社会主义 at 100,000 articles)."""
    if need <= 0 or not ids:
        return []
    if isinstance(q, wq.Term) and q.fieldname in RANKED_FIELDS:
        return _top_of_term(conn, q, ids, need, skip)
    items, body, params = top_sql(q, Among("SELECT unnest(%s::bigint[])", [ids]), need, skip)
    sql = "WITH " * bool(items) + ", ".join(items) + " " * bool(items) + body
    return [(i, float(s)) for i, s in gin_only(conn, [(sql, params)])[0]]


def _top_of_term(conn, q: wq.Term, ids: list[int], need: int, skip: list[int]) -> list[tuple[int, float]]:
    """`top` for a query of one word: its score rises with the posting's weight alone (idf and
    boost are the word's), so the best are the word's heaviest postings (then the lowest id)
    among the matches. They are read in that order from the word's rows (unnested, the best few
    more than needed at a time), and kept here when they are matches not in `skip`; no join, and
    no score but for the `need` kept. (The matches are not sent as an `= ANY(array)` filter: once psycopg
    prepares the statement, PostgreSQL's generic plan tests each posting against the whole array,
    which took seconds for 中国 with 10 clients at 20,000 articles.)"""
    term = (q.fieldname, q.text)
    wanted, left = set(ids), set(skip)
    kept: list[tuple[int, float]] = []
    limit, seen = 2 * need + 16, 0
    best = ("SELECT u.article_id, u.weight::float8 FROM search_word p, unnest(p.ids, p.weights) u(article_id, weight) "
            "WHERE p.field = %s AND p.word = %s ORDER BY u.weight DESC, u.article_id LIMIT %s OFFSET %s")
    with batched(conn):  # the word's frequency and its first postings: one wait for both
        counted = conn.execute(*_counts([term]))
        first = conn.execute(best, [_field(q.fieldname), q.text, limit, seen])
    factor = _idfs([term], counted.fetchone())[term] * float(q.boost)
    rows = first.fetchall()
    while True:
        kept += [(i, w) for i, w in rows if i in wanted and i not in left]
        seen += len(rows)
        if len(kept) >= need or len(rows) < limit:
            break
        limit *= 4
        rows = conn.execute(best, [_field(q.fieldname), q.text, limit, seen]).fetchall()
    return [(i, factor * w * (K1 + 1) / (w + K1)) for i, w in kept[:need]]


_BEST = ("SELECT u.article_id, u.weight::float8 FROM search_word p, unnest(p.ids, p.weights) u(article_id, weight) "
         "WHERE p.field = %s AND p.word = %s")


def top_sql(q: wq.Query, among: Among, need: int, skip: list[int]) -> tuple[list[str], str, list]:
    """`top` over a member set the server holds (`Among`), as parts of a statement: (the WITH
    items it needs, its SELECT of rows of (article id, score): the best `need` of the members that
    match the ranking query, without those in `skip`, by score (then id), the parameters of
    both in that order); idf computed by the server. A one-word query whose words decide the
    matches reads the word's heaviest postings alone, not the matches."""
    if isinstance(q, wq.Term) and q.fieldname in RANKED_FIELDS:
        term = (q.fieldname, q.text)
        idf, idf_params = _idf_sql(term)
        within = "" if among.decided else f" AND u.article_id IN ({among.sql})"
        return [], (f"SELECT b.article_id, {idf} * %s::float8 * b.weight * {K1 + 1} / (b.weight + {K1}) FROM ("
                    f"{_BEST} AND NOT u.article_id = ANY(%s::bigint[]){within} ORDER BY u.weight DESC, u.article_id "
                    "LIMIT %s) b(article_id, weight)"), \
            [*idf_params, float(q.boost), _field(q.fieldname), q.text, [*skip, *among.excluded],
             *([] if among.decided else among.params), need]
    terms = sorted(_terms(q))
    joined = {t: f"t{n}" for n, t in enumerate(terms)}
    match, match_params, score, score_params = to_sql(q, {t: _idf_sql(t) for t in terms}, joined)
    lists = [f"{a} AS MATERIALIZED ({_BEST})" for a in joined.values()]  # each word's postings unpacked once
    joins = " ".join(f"LEFT JOIN {a} ON {a}.article_id = m.id" for a in joined.values())
    return lists, (f"SELECT m.id, {score} AS score FROM ({among.sql}) m(id) {joins} "
                   f"WHERE NOT m.id = ANY(%s::bigint[]) AND ({match}) ORDER BY score DESC, m.id LIMIT %s"), \
        [*[x for f, w in terms for x in (_field(f), w)], *score_params, *among.params, skip, *match_params, need]
