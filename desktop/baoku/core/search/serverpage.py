"""The first page of a search on a server archive (search.serversearch), at the cost of the page,
not of the matches: the matches stay on the server as one SQL condition (servermatch.match_sql),
and the server counts them (the exact total and the distinct texts), ranks them
(serverrank.top_sql), lists the newest, counts the facets and finds the reprints of the page's
hits among them. Only the page's articles come to the client. The result is the whole search's
(serversearch.ServerSearch.search) cut to the page, as the embedded archive's first page is
(search.searching: the order of `limit` plus as many more as there are reprints, at most
`limit` more, with the reprint groups of those read after)."""

from __future__ import annotations

from .assemble import grouped
from .rankquery import ranked_terms, ranking, words_decide
from .searching import RANKED  # the matches a result ranks (then the rest newest first)
from .server import batched
from .servermatch import _SEARCHED, match_sql, unindexed
from .serverplan import gin_only
from .serverrank import Among, top_sql

_PLACES = ("JOIN article a ON a.id = m.id JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
           "JOIN publication p ON p.id = i.publication_id")
_FACETS = ("(SELECT json_agg(json_build_array(f.mo, f.pu, f.co, f.so, f.n)) FROM (SELECT to_char(i.date, 'YYYY-MM') mo, "
           f"p.name pu, a.column_name co, a.source so, count(*) n FROM m {_PLACES} GROUP BY 1, 2, 3, 4) f)")


class Pending(Exception):
    """Articles are pending (their search rows wait): the page must be read knowing them."""


class Matches:
    """A query's matches, held by the server: those with a search row that meet the condition
    (match_sql), and the pending articles decided here on their text (`found`: id -> content
    hash; `stale` are every pending article, whose rows are left out). With `stale` None, none
    is taken to be pending, which the first statements check in the same wait (none is, but
    while an import's rows are made): then they raise Pending, and the caller reads the pending
    articles (serversearch.catch_up) and asks again. That spares a wait for the server a search."""

    def __init__(self, archive, tree, stale: list[int] | None):
        self.archive = archive
        self.tree = tree
        self.cond = match_sql(tree)
        self.unchecked = stale is None
        stale = stale or []
        self.stale = stale
        self.found = unindexed(archive, tree, stale) if stale and self.cond is not None else {}

    def select(self) -> tuple[str, list]:
        """The matches as a statement's rows of (id, content hash)."""
        cond, params, placed, _ = self.cond
        sql = f"SELECT s.article_id, s.content_hash {_SEARCHED if placed else 'FROM article_search s '}WHERE {cond}"
        if self.stale:
            sql += " AND NOT s.article_id = ANY(%s::bigint[])"
            params = [*params, self.stale]
        if self.found:
            sql += " UNION ALL SELECT * FROM unnest(%s::bigint[], %s::text[])"
            params = [*params, list(self.found), list(self.found.values())]
        return sql, params

    def among(self, tree) -> Among:
        """The matches as a ranking's members: the statement's `m` (`ordered`)."""
        decided = words_decide(tree) and not self.cond[2]
        return Among("SELECT id FROM m", [], decided, [i for i in self.stale if i not in self.found])

    def run(self, statements: list[tuple[str, list]]) -> list[list[tuple]]:
        """These statements' rows, the GIN index reading the token test (serverplan.gin_only),
        sent together (the first ones asking whether any article is pending: `Pending`)."""
        checked = self.unchecked
        if checked:
            statements = [("SELECT EXISTS (SELECT 1 FROM search_pending)", []), *statements]
            self.unchecked = False
        if self.cond[3]:
            rows = gin_only(self.archive.conn, statements)
        else:
            with batched(self.archive.conn):
                cursors = [self.archive.conn.execute(sql, params) for sql, params in statements]
            rows = [c.fetchall() for c in cursors]
        if checked and rows[0][0][0]:
            raise Pending
        return rows[1:] if checked else rows

    def ordered(self, part: tuple[list[str], str, list], counted: bool = False, apart: bool = False,
                faceted: bool = False) -> tuple[str, list]:
        """One statement of the matches in some order (`part`: WITH items, a SELECT of rows of
        (id, sort key) that may read the matches as `m`, their parameters; `newest`,
        serverrank.top_sql), with their count and distinct texts where `counted`: a row of
        (matches, distinct texts, the ids, their keys), and where `faceted`, their facet rows
        (month, paper, column, source, matches) as JSON, counted from the same `m`: deciding
        the matches again for the facets cost a phrase's first page a second reading of every
        candidate's text (1.06 s beside 1.78 s for 中国特色社会主义 at 100,000 articles). The
        matches are decided once (`m`, kept for the statement), or where the order does not read
        them and no facet is wanted (`apart`), counted as found."""
        sql, params = self.select()
        items, body, more = part
        # the distinct texts: the total less the reprinted matches' extra copies, only the matches that
        # are reprints (store.server.reprints: few) having their hashes grouped
        count = ("SELECT count(*)::bigint, count(*) - count(r.article_id) + count(DISTINCT m.h) FILTER (WHERE "
                 "r.article_id IS NOT NULL) FROM {} LEFT JOIN search_reprint r ON r.article_id = m.id")
        facets = f", {_FACETS}" if faceted else ""
        if apart and not faceted:  # (a one-word ranking: no WITH items)
            return (f"SELECT c.*, r.* FROM ({count.format(f'({sql}) m(id, h)')}) c, "
                    f"(SELECT array_agg(id), array_agg(k) FROM ({body}) x(id, k)) r", [*params, *more])
        if apart:
            return (f"WITH m(id, h) AS MATERIALIZED ({sql}) SELECT c.*, r.*{facets} FROM ({count.format('m')}) c, "
                    f"(SELECT array_agg(id), array_agg(k) FROM ({body}) x(id, k)) r", [*params, *more])
        counts = f"({count.format('m')})" if counted else "(SELECT NULL::bigint, NULL::bigint)"
        return (f"WITH m(id, h) AS MATERIALIZED ({sql}), " + "".join(f"{x}, " for x in items) +
                f"r(id, k) AS ({body}) SELECT c.*, (SELECT array_agg(id) FROM r), (SELECT array_agg(k) FROM r)"
                f"{facets} FROM {counts} c", [*params, *more])

    def newest(self, limit: int, skip: list[int]) -> tuple[list[str], str, list]:
        """The matches newest first (then by id, descending), without `skip`: (id, rank) rows."""
        return [], ("SELECT m.id, row_number() OVER (ORDER BY i.date DESC, m.id DESC)::float8 FROM m "
                    "JOIN article a ON a.id = m.id JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
                    "WHERE NOT m.id = ANY(%s::bigint[]) ORDER BY i.date DESC, m.id DESC LIMIT %s"), [skip, limit]

    def groups(self, ids: list[int], read: list[int]) -> tuple[dict[str, list[int]], dict[int, dict], dict]:
        """The reprint groups (content hash -> the matches printing it, in id order) of the texts
        these few matches print, where more than one match prints it: their hashes, and the
        other articles with one of them (by the article table's index) that are matches, each
        decided alone by its key (few: the reprints of the page); with, in the same wait, where
        each was printed (id -> (paper, date, page)) and the search rows of `read` (the page's
        likely hits: id -> row)."""
        from psycopg.rows import dict_row

        cond, params, placed, _ = self.cond
        conn = self.archive.conn
        with batched(conn):
            found = conn.execute(
                "WITH own AS MATERIALIZED (SELECT id, content_hash FROM article WHERE id = ANY(%s::bigint[])), "
                "c AS MATERIALIZED (SELECT a.id, a.content_hash FROM article a WHERE a.content_hash IN (SELECT "
                "content_hash FROM own) AND NOT a.id = ANY(%s::bigint[])), x(id, h) AS (SELECT id, content_hash FROM own "
                "UNION ALL SELECT c.id, c.content_hash FROM c WHERE NOT c.id = ANY(%s::bigint[]) AND (SELECT count(*) "
                f"{_SEARCHED if placed else 'FROM article_search s '}WHERE s.article_id = c.id AND {cond}) > 0) "
                f"SELECT x.id, x.h, p.name, to_char(i.date, 'YYYY-MM-DD'), g.number FROM x {_PLACES.replace('m.id', 'x.id')}",
                [ids, ids, self.stale, *params])
            rows = conn.cursor(row_factory=dict_row).execute(
                f"{self.archive.INDEX_SQL} WHERE a.id = ANY(%s::bigint[])", [read])
        found_rows = found.fetchall()
        printed = [(i, h) for i, h, *_ in found_rows]
        wanted = set(ids)
        hashes = {h for i, h in printed if i in wanted}
        by_hash: dict[str, list[int]] = {}
        for i, h in sorted({*printed, *((i, h) for i, h in self.found.items() if i not in wanted)}):
            if h in hashes:
                by_hash.setdefault(h, []).append(i)
        return ({h: g for h, g in by_hash.items() if len(g) > 1}, {r["id"]: r for r in rows.fetchall()},
                {i: (pub, date, page) for i, _, pub, date, page in found_rows})


def first_page(matches: Matches, sort: str, limit: int, facets: bool = False) -> tuple[int, int, list[int], dict[int, float], dict, dict, dict, list]:
    """(total, distinct texts, the page's matches in result order with their reprints folded in
    (assemble.grouped's listing, up to `limit`), their scores, listed id -> its reprints among
    the matches, and where there are reprints, the search rows of the likely hits and where
    the page's matches and their reprints were printed, read with the groups: else empty; with
    `facets`, the facet rows of every match (month, paper, column, source, matches)), as
    the whole search gives them for its first `limit` hits: its order is read
    for as many as it could need (2 x `limit`), in the statement that counts the matches (they
    are decided once), then cut to what the embedded archive reads (`limit` and one more for
    each reprint, at most `limit` more). Every part of the order is a prefix of the longer one
    (best first, ties to the lower id; newest first), so the cut is the whole search's order."""
    tree = matches.tree
    tiers = [q for q in (ranking(tree, None), ranking(tree, None, parts=True)) if q is not None] \
        if sort == "relevance" and ranked_terms(tree) else []
    most = min(2 * limit, RANKED) if tiers else 2 * limit
    among = matches.among(tree)
    order: list[int] = []
    scores: dict[int, float] = {}
    total = distinct = 0
    faceted: list = []
    for n, q in enumerate(tiers or [None]):
        part = top_sql(q, among, most - len(order), order) if q is not None else matches.newest(most, [])
        apart = n == 0 and among.decided and not part[0] and q is not None  # the word's postings alone
        (counts, distincts, ids, keys, *facet), = matches.run([matches.ordered(
            part, counted=n == 0, apart=apart, faceted=facets and n == 0)])[0]
        if n == 0:
            total, distinct = counts, distincts
            faceted = [tuple(f) for f in (facet[0] or [])] if facets else []
        got = sorted(zip(ids or [], keys or []), key=lambda x: (-x[1], x[0]) if q is not None else x[1])
        order += [i for i, _ in got]
        scores.update((i, float(k)) for i, k in got if q is not None)
        if len(order) >= most or not total:
            break
    want = limit + min(total - distinct, limit)
    if len(order) < want and total > len(order):
        (*_, ids, keys), = matches.run([matches.ordered(matches.newest(want - len(order), order))])[0]
        order += [i for _, i in sorted(zip(keys or [], ids or []))]
    order = order[:want]
    groups, rows, where = matches.groups(order, order[:limit]) if total > distinct and order else ({}, {}, {})
    listed, copies = grouped(order, groups)
    shown = listed[:limit]
    return total, distinct, shown, {i: scores[i] for i in shown if i in scores}, copies, rows, where, faceted
