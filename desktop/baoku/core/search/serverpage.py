"""The first page of a search on a server archive (search.serversearch), at the cost of the page,
not of the matches: the matches stay on the server as one SQL condition (servermatch.match_sql),
and the server counts them (the exact total and the distinct texts), ranks them
(serverrank.top_sql), lists the newest, counts the facets and finds the reprints of the page's
hits among them. Only the page's articles come to the client. The result is the whole search's
(serversearch.ServerSearch.search) cut to the page, as the embedded archive's first page is
(search.searching: the order of `limit` plus as many more as there are reprints, at most
`limit` more, with the reprint groups of those read after)."""

from __future__ import annotations

from .assemble import facet_counts, grouped
from .rankquery import ranked_terms, ranking, words_decide
from .servermatch import _SEARCHED, gin_only, match_sql, unindexed
from .serverrank import Among, top_sql

RANKED = 200  # as search.searching: a result ranks this many matches, then lists the rest newest first
_PLACES = ("JOIN article a ON a.id = m.id JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
           "JOIN publication p ON p.id = i.publication_id")


class Matches:
    """A query's matches, held by the server: those with a search row that meet the condition
    (match_sql), and the pending articles decided here on their text (`found`: id -> content
    hash; `stale` are every pending article, whose rows are left out)."""

    def __init__(self, archive, tree, stale: list[int]):
        self.archive = archive
        self.tree = tree
        self.cond = match_sql(tree)
        self.stale = stale
        self.found = unindexed(archive, tree, stale) if stale and self.cond is not None else {}

    @property
    def decidable(self) -> bool:
        """Whether the server decides the matches (else the whole search lists them)."""
        return self.cond is not None

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
        sql, params = self.select()
        decided = words_decide(tree) and not self.cond[2]
        return Among(f"SELECT id FROM ({sql}) m(id, h)", params, decided,
                     [i for i in self.stale if i not in self.found])

    def run(self, statements: list[tuple[str, list]]) -> list[list[tuple]]:
        """These statements' rows, the GIN index reading the token test (servermatch.gin_only)."""
        if self.cond[3]:
            return gin_only(self.archive.conn, statements)
        return [self.archive.conn.execute(sql, params).fetchall() for sql, params in statements]

    def counted(self) -> tuple[str, list]:
        """The statement of (matches, distinct texts among them)."""
        sql, params = self.select()
        return f"SELECT count(*), count(DISTINCT m.h) FROM ({sql}) m(id, h)", params

    def newest(self, limit: int, skip: list[int]) -> tuple[str, list]:
        """The statement of these matches newest first (then by id, descending), without `skip`."""
        sql, params = self.select()
        return (f"SELECT m.id FROM ({sql}) m(id, h) JOIN article a ON a.id = m.id JOIN page g ON g.id = a.page_id "
                "JOIN issue i ON i.id = g.issue_id WHERE NOT m.id = ANY(%s::bigint[]) ORDER BY i.date DESC, m.id DESC "
                "LIMIT %s", [*params, skip, limit])

    def facets(self):
        sql, params = self.select()
        return facet_counts(self.run([(
            f"SELECT to_char(i.date, 'YYYY-MM'), p.name, a.column_name, a.source, count(*) FROM ({sql}) m(id, h) "
            f"{_PLACES} GROUP BY 1, 2, 3, 4", params)])[0])

    def groups(self, ids: list[int]) -> dict[str, list[int]]:
        """The reprint groups (content hash -> the matches printing it, in id order) of the texts
        these few matches print, where more than one match prints it: the articles with their
        hashes (by the article table's index) that are matches."""
        cond, params, placed, _ = self.cond
        joined = _SEARCHED if placed else "FROM article_search s JOIN article a ON a.id = s.article_id "
        rows = self.archive.conn.execute(
            f"SELECT a.id, a.content_hash {joined}WHERE a.content_hash IN (SELECT content_hash FROM article WHERE "
            f"id = ANY(%s::bigint[])) AND NOT a.id = ANY(%s::bigint[]) AND {cond}", [ids, self.stale, *params]).fetchall()
        wanted = set(ids)
        hashes = {h for i, h in rows if i in wanted} | {self.found[i] for i in wanted if i in self.found}
        by_hash: dict[str, list[int]] = {}
        for i, h in sorted([*rows, *self.found.items()]):
            if h in hashes:
                by_hash.setdefault(h, []).append(i)
        return {h: g for h, g in by_hash.items() if len(g) > 1}


def first_page(matches: Matches, sort: str, limit: int) -> tuple[int, int, list[int], dict[int, float], dict]:
    """(total, distinct texts, the page's matches in result order with their reprints folded in
    (assemble.grouped's listing, up to `limit`), their scores, listed id -> its reprints among
    the matches), as the whole search gives them for its first `limit` hits: its order is read
    for as many as it could need (2 x `limit`), the count beside the first ranking tier, then
    cut to what the embedded archive reads (`limit` and one more for each reprint, at most
    `limit` more). Every part of the order is a prefix of the longer one (best first, ties to
    the lower id; newest first), so the cut is the whole search's order."""
    tree = matches.tree
    tiers = [q for q in (ranking(tree, None), ranking(tree, None, parts=True)) if q is not None] \
        if sort == "relevance" and ranked_terms(tree) else []
    most = min(2 * limit, RANKED) if tiers else 2 * limit
    among = matches.among(tree) if tiers else None
    head = top_sql(tiers[0], among, most, []) if tiers else matches.newest(most, [])
    ((total, distinct),), first = matches.run([matches.counted(), head])
    order: list[int] = []
    scores: dict[int, float] = {}
    for n, q in enumerate(tiers):
        got = first if n == 0 else matches.run([top_sql(q, among, most - len(order), order)])[0]
        for i, s in got:
            order.append(i)
            scores[i] = float(s)
        if len(order) >= most:
            break
    if not tiers:
        order = [i for i, in first]
    want = limit + min(total - distinct, limit)
    if len(order) < want and total > len(order):
        order += [i for i, in matches.run([matches.newest(want - len(order), order)])[0]]
    order = order[:want]
    groups = matches.groups(order) if total > distinct and order else {}
    listed, copies = grouped(order, groups)
    shown = listed[:limit]
    return total, distinct, shown, {i: scores[i] for i in shown if i in scores}, copies
