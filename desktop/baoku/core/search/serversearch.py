"""A search on a server archive, with the embedded archive's result (search.index.SearchIndex.search):
the exact matches (search.server: candidates from the tsvector, each decided on its text), ranked
on the server in the embedded archive's tiers (search.serverrank: the articles that have the
query's words by BM25F, then those that have them only inside longer words, then the rest newest
first), reprints grouped, facets counted over every match, hits with snippets and highlights."""

from __future__ import annotations

from contextlib import nullcontext

from .assemble import facet_counts, grouped, make_hits
from .rankquery import ranked_terms, ranking
from .query import QueryError, parse_query, positive_texts
from .results import Hit, SearchResult, checked_limit
from .searching import RANKED  # the matches a result ranks (then the rest newest first)
from .server import batched, catch_up, pending, sync
from .servermatch import match_sql, matched, matching
from .serverpage import Matches, Pending, first_page
from .serverrank import top


_JOINED = ("FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
           "JOIN publication p ON p.id = i.publication_id WHERE a.id = ANY(%s::bigint[])")


def reprint_groups(ids: list[int], hashes: dict[int, str | None]) -> dict[str, list[int]]:
    """content hash -> the matches printing that text (in id order), for texts printed more than
    once among these matches (`hashes`: each match's content hash, read with the match; None for
    one no other match shares)."""
    by_hash: dict[str, list[int]] = {}
    for i in ids:
        if hashes[i] is not None:
            by_hash.setdefault(hashes[i], []).append(i)
    return {h: group for h, group in by_hash.items() if len(group) > 1}


class ServerSearch:
    """A server archive's search where the application layer expects an archive's index (a
    Library's `index`): an import brings its rows up to date through `ledger.behind()` and
    `sync()`, as it does the embedded archive's index; `search` answers as SearchIndex.search."""

    handed_off = 0  # no other process's work is waited for: rows are written by whoever syncs

    def __init__(self, archive):
        self.archive = archive

    @property
    def conn(self):
        return self.archive.conn

    @property
    def ledger(self) -> ServerSearch:
        return self

    def behind(self) -> bool:
        return bool(pending(self.archive, 1))

    def update_coming(self):
        """(SearchIndex's, around an import: a server's rows are made by whoever syncs, in it.)"""
        return nullcontext()

    def sync(self, progress=None, rebuild: bool = False, wait: bool = True) -> int:
        return sync(self.archive, progress)

    def search_ids(self, query: str) -> list[int]:
        return matching(self.archive, parse_query(query), stale=catch_up(self.archive))

    def close(self) -> None:
        pass

    def __enter__(self) -> ServerSearch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(self, ids) -> list[dict]:
        return self.archive.index_rows(ids)

    # -- the whole search ----------------------------------------------------------------------------

    def search(self, query: str, *, sort: str = "relevance", limit: int = 20, facets: bool = True,
               all_ids: bool = True) -> SearchResult:
        """Every article matching `query`: the exact total, the first `limit` hits (0: all) with
        snippets, reprints grouped; with `facets`, counts over all matches; with `all_ids`, every
        match in result order (as SearchIndex.search)."""
        if sort not in ("relevance", "date"):
            raise QueryError("unknown_sort", text=repr(sort))
        checked_limit(limit)
        tree = parse_query(query)
        if limit and not all_ids and match_sql(tree) is not None:  # the server decides the matches alone
            try:
                return self.first_page(tree, None, sort, limit, facets)
            except Pending:
                return self.first_page(tree, catch_up(self.archive), sort, limit, facets)
        found = matched(self.archive, tree, stale=catch_up(self.archive))
        ids, total = sorted(found), len(found)
        groups = reprint_groups(ids, found)
        extra = sum(len(g) - 1 for g in groups.values())
        want = None if all_ids or limit == 0 else limit + min(extra, limit)
        order, scores = self.order(tree, ids, sort, want) if total else ([], {})
        listed, copies = grouped(order, groups)
        shown = listed if limit == 0 else listed[:limit]
        hits = self.hits(shown, positive_texts(tree), scores, copies)
        counts, months = self.facets(ids) if facets and total else ({}, [])
        return SearchResult(total=total, hits=hits, facets=counts, ids=listed if all_ids else [], months=months,
                            distinct=total - extra,
                            copies=dict(copies) if all_ids else {h.id: h.also for h in hits if h.also})

    def first_page(self, tree, stale: list[int] | None, sort: str, limit: int, facets: bool) -> SearchResult:
        """The first `limit` hits (search.serverpage: counted, ranked and grouped by the server, at
        the cost of the page); `stale`: the pending articles (None: taken to be none, else Pending)."""
        matches = Matches(self.archive, tree, stale)
        total, distinct, shown, scores, copies, rows, where, faceted = first_page(matches, sort, limit, facets)
        if all(i in rows and all(j in where for j in copies.get(i, [])) for i in shown):  # read with the groups
            hits = make_hits(rows, shown, positive_texts(tree), scores, copies, where)
        else:
            hits = self.hits(shown, positive_texts(tree), scores, copies)
        counts, months = facet_counts(faceted) if facets and total else ({}, [])
        return SearchResult(total=total, hits=hits, facets=counts, ids=[], months=months, distinct=distinct,
                            copies={h.id: h.also for h in hits if h.also})

    def newest(self, ids: list[int], limit: int | None, skip=frozenset()) -> list[int]:
        """These matches newest first (then by id, descending), without those in `skip`."""
        rows = self.conn.execute(
            "SELECT a.id FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
            "WHERE a.id = ANY(%s::bigint[]) AND NOT a.id = ANY(%s::bigint[]) ORDER BY i.date DESC, a.id DESC "
            "LIMIT %s", [ids, list(skip), limit]).fetchall()
        return [r[0] for r in rows]

    def ranked(self, tree, ids: list[int], want: int) -> tuple[list[int], dict[int, float]]:
        """Up to `want` matches by relevance: those with the query's words, then those with them
        only inside longer words (the embedded archive's two tiers)."""
        order: list[int] = []
        scores: dict[int, float] = {}
        for q in (ranking(tree, None), ranking(tree, None, parts=True)):
            if q is None or len(order) >= want:
                continue
            for i, s in top(self.conn, q, ids, want - len(order), order):
                order.append(i)
                scores[i] = s
        return order, scores

    def order(self, tree, ids: list[int], sort: str, want: int | None) -> tuple[list[int], dict[int, float]]:
        """`want` matches in result order (None: all of them)."""
        if sort == "date" or not ranked_terms(tree):
            return self.newest(ids, want), {}
        head, scores = self.ranked(tree, ids, min(want or RANKED, RANKED, len(ids)))
        rest = None if want is None else want - len(head)
        if rest is None or rest > 0:
            head += self.newest(ids, rest, skip=head)
        return head, scores

    def facets(self, ids: list[int]):
        return facet_counts(self.conn.execute(
            f"SELECT to_char(i.date, 'YYYY-MM'), p.name, a.column_name, a.source, count(*) {_JOINED} "
            "GROUP BY 1, 2, 3, 4", [ids]).fetchall())

    def hits(self, ids: list[int], terms, scores: dict[int, float], copies: dict[int, list[int]]) -> list[Hit]:
        from psycopg.rows import dict_row

        also = [j for i in ids for j in copies.get(i, [])]
        with batched(self.conn):  # the hits' rows and their reprints' places: one wait for both
            read = self.conn.cursor(row_factory=dict_row).execute(
                f"{self.archive.INDEX_SQL} WHERE a.id = ANY(%s::bigint[])", [ids])
            places = self.conn.execute(f"SELECT a.id, p.name, to_char(i.date, 'YYYY-MM-DD'), g.number {_JOINED}",
                                       [also]) if also else None
        rows = {r["id"]: r for r in read.fetchall()}
        where = {i: (pub, date, page) for i, pub, date, page in places.fetchall()} if places else {}
        return make_hits(rows, ids, terms, scores, copies, where)

    def more_like(self, article_id: int, limit: int = 10) -> list[Hit]:
        """Articles like this one, best first (search.serverlike: the embedded archive's rule)."""
        from .serverlike import more_like

        checked_limit(limit)
        return more_like(self.archive, article_id, limit)
