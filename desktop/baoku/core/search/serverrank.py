"""Ranking on the server, computed by PostgreSQL as the embedded word layer ranks (search.words,
search.wordindex): the same ranking query (planner.ranking, a Whoosh query tree) turned into SQL
over each article's stored BM25F weights (article_search.text_w, parts_w, title_w: words.weigh's,
normalised at index time), scored by Whoosh's formula with B=0:

    score(term) = idf * weight * (K1 + 1) / (weight + K1),   idf = log(N / (df + 1)) + 1

with N the articles with a search row and df those whose field holds the word (a GIN lookup);
AND and OR add their matching parts' scores, AND NOT scores its positive part, a prefix scores
its boost (Whoosh's constant-score prefix). Ties go to the lower article id (Whoosh's lower
document number). No user text reaches the SQL but as a parameter."""

from __future__ import annotations

import math

from whoosh import query as wq

from .words import K1

COLUMNS = {"text": "text_w", "parts": "parts_w", "title": "title_w"}


class Unranked(Exception):
    """A part of a ranking query this module does not turn into SQL."""


def _terms(q: wq.Query) -> set[tuple[str, str]]:
    if isinstance(q, wq.Term):
        return {(q.fieldname, q.text)}
    return {t for c in getattr(q, "subqueries", ()) or ([q.a, q.b] if isinstance(q, wq.AndNot) else [])
            for t in _terms(c)}


def idfs(conn, q: wq.Query) -> dict[tuple[str, str], float]:
    """Whoosh's idf of each term of the query."""
    terms = sorted(_terms(q))
    if not terms:
        return {}
    counts = conn.execute(
        "SELECT (SELECT count(*) FROM article_search), "
        + ", ".join(f"(SELECT count(*) FROM article_search s WHERE {_column(f)} ? %s)" for f, _ in terms),
        [w for _, w in terms]).fetchone()
    n = counts[0]
    return {t: math.log(n / (df + 1)) + 1 for t, df in zip(terms, counts[1:])}


def _column(field: str) -> str:
    if field not in COLUMNS:
        raise Unranked(field)
    return "s." + COLUMNS[field]


def to_sql(q: wq.Query, idf: dict[tuple[str, str], float]) -> tuple[str, list, str, list]:
    """(the condition an article matches the query by, its parameters, the article's score, its
    parameters)."""
    boost = float(getattr(q, "boost", 1.0))
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        return "FALSE", [], "0", []
    if isinstance(q, wq.Term):
        col = _column(q.fieldname)
        weight = f"({col} ->> %s)::float8"
        return (f"{col} ? %s", [q.text],
                f"COALESCE(%s::float8 * {weight} * {K1 + 1} / ({weight} + {K1}), 0)",
                [idf[(q.fieldname, q.text)] * boost, q.text, q.text])
    if isinstance(q, wq.Prefix):
        match = f"EXISTS (SELECT 1 FROM jsonb_object_keys({_column(q.fieldname)}) k WHERE starts_with(k, %s))"
        return match, [q.text], f"(CASE WHEN {match} THEN %s::float8 ELSE 0 END)", [q.text, boost]
    if isinstance(q, wq.AndNot):
        m1, p1, s1, sp1 = to_sql(q.a, idf)
        m2, p2, _, _ = to_sql(q.b, idf)
        return f"(({m1}) AND NOT ({m2}))", p1 + p2, s1, sp1
    if isinstance(q, (wq.And, wq.Or)):
        parts = [to_sql(c, idf) for c in q.subqueries]
        joint = " AND " if isinstance(q, wq.And) else " OR "
        match = "(" + joint.join(f"({m})" for m, _, _, _ in parts) + ")"
        score = "(" + " + ".join(s for _, _, s, _ in parts) + ")"
        if boost != 1.0:
            score = f"({score} * {boost!r})"
        return match, [x for _, p, _, _ in parts for x in p], score, [x for *_, sp in parts for x in sp]
    raise Unranked(type(q).__name__)


def top(conn, q: wq.Query, ids: list[int], need: int, skip: list[int]) -> list[tuple[int, float]]:
    """The best `need` of these articles that match the ranking query, without those in `skip`,
    by score (then id), with their scores."""
    if need <= 0 or not ids:
        return []
    match, match_params, score, score_params = to_sql(q, idfs(conn, q))
    rows = conn.execute(
        f"SELECT s.article_id, {score} AS score FROM article_search s "
        f"WHERE s.article_id = ANY(%s::bigint[]) AND NOT s.article_id = ANY(%s::bigint[]) AND ({match}) "
        "ORDER BY score DESC, s.article_id LIMIT %s",
        [*score_params, ids, list(skip), *match_params, need]).fetchall()
    return [(i, float(s)) for i, s in rows]
