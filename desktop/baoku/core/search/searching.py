"""Running one search: SQLite decides the matches and counts them, Whoosh orders them.

1. **Membership** (recall layer): the planner's exact set, counted (or, for the few terms the
   tokens cannot decide, its candidates verified on their folded text).
2. **Ranking** (word layer), in tiers:
   - articles that have the query's words, by Whoosh's BM25F top N;
   - articles that have them only inside longer words (农民 inside 农民工), by BM25F over the
     words search mode finds there;
   - then the rest of the matches (a string across word boundaries), newest first.
   Each tier's candidates come from Whoosh's ranking query evaluated over whole posting runs
   (`vector`: every matching document with Whoosh's score), and Whoosh's matchers score and
   order the ones the page takes. Within the exact set: when the set is small, exactly those
   articles are ranked; when it is large, the candidates are taken in score order and checked
   against it (words are not phrases), unless the query's words decide it.
3. **Reprints**: articles printing the same text (the same content hash) are one hit, the
   best-ranked copy, with the others as "also printed in". The total counts every article.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from whoosh import query as wq

from ..store import Archive
from .assemble import facet_counts, grouped, make_hits
from .documents import read_rows
from .planner import EVERYTHING, IdSet, bind_dates, exact_ids, matches, narrow_ids, with_reprints
from .rankquery import date_filter, date_windows, ranked_terms, ranking, value_matcher, words_decide
from .query import Node, Text
from .recall import RecallStore
from .results import Hit, SearchResult
from .wordindex import WordIndex

if TYPE_CHECKING:
    from concurrent.futures import Future

FILTER_LIMIT = 5000  # up to this many matches, Whoosh ranks exactly them
RANKED = 200  # a full result ranks this many matches, then lists the rest newest first
DEEPEST = 4000  # at most this many candidates asked of Whoosh for one tier
RESTRICT_MAX = 40000  # when Whoosh's candidates are mostly not matches, up to this many are ranked exactly
DATE_FILTER_MAX = 60000  # dates holding up to this many articles, and
DATE_FILTER_SHARE = 0.25  # at most this share of the archive, narrow Whoosh's ranking
SLICE_FROM = 2000  # newest first from this many matches: read the date index in slices


class _Plus:
    """A count begun beside, plus what was counted here."""

    def __init__(self, counted: int, rest: Future):
        self.counted, self.rest = counted, rest

    def result(self) -> int:
        return self.counted + self.rest.result()


class Searcher:
    def __init__(self, archive: Archive, recall: RecallStore, words: WordIndex):
        self.archive = archive
        self.recall = recall
        self.db = recall.db
        self.words = words

    # -- membership ----------------------------------------------------------------------------------

    def membership(self, tree: Node) -> tuple[IdSet, list[int] | None]:
        """The exact set of matches; and the list of them when it had to be verified."""
        exact = exact_ids(tree)
        if exact is not None:
            return exact, None
        candidates = narrow_ids(tree) or EVERYTHING
        ids = [r[0] for r in self.db.execute(candidates.sql, candidates.params)]
        listed: list[int] = []
        for start in range(0, len(ids), 900):
            docs = self.recall.get(ids[start:start + 900])
            listed += [i for i, d in docs.items() if matches(tree, d)]
        listed.sort()
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS matched (id INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.matched")
        self.db.executemany("INSERT INTO temp.matched VALUES (?)", ((i,) for i in listed))
        self.db.commit()  # see materialize
        return IdSet("SELECT id FROM temp.matched"), listed

    def materialize(self, exact: IdSet) -> IdSet:
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS found (id INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.found")
        self.db.execute(f"INSERT INTO temp.found {exact.sql}", exact.params)
        # Writing the temp table began a transaction; left open, it would hold this connection's
        # view of the index at this moment, and a later search would not see another
        # connection's updates (the window's search reader would miss its writer's corrections).
        self.db.commit()
        return IdSet("SELECT id FROM temp.found")

    def count(self, exact: IdSet) -> int:
        return self.db.execute(f"SELECT COUNT(*) FROM ({exact.sql})", exact.params).fetchone()[0]

    def _total(self, exact: IdSet, page: bool) -> tuple[IdSet, int, _Plus | None]:
        """The exact total (and the set as given); or, for a first page, the matches read up to
        RESTRICT_MAX (or RANKED) and one, all the ranking's choices need to know. When the reading
        stops short, that is the total, and the set is given listed: the ranking restricts Whoosh
        to it and checks candidates against it without asking FTS5 again. Else the rest is
        counted (an FTS5 set's from the last id read) on the recall store's second connection,
        while the page is ranked (SQLite steps without holding Python's lock)."""
        if not page or "temp." in exact.sql:
            return exact, self.count(exact), None
        enough = max(RESTRICT_MAX, RANKED)  # past this, the total is more than anything is compared with
        if exact.match is not None:
            sql, params = "SELECT rowid FROM grams WHERE grams MATCH ? ORDER BY rowid", (exact.match,)
        else:
            sql, params = exact.sql, exact.params
        some = [r[0] for r in self.db.execute(f"{sql} LIMIT {enough + 1}", params)]
        if len(some) <= enough:
            return replace(exact, members=tuple(sorted(some))), len(some), None
        if exact.match is not None:  # FTS5 seeks past the last id read
            rest = self.recall.beside.count("SELECT rowid FROM grams WHERE grams MATCH ? AND rowid > ?",
                                            (exact.match, some[-1]))
        else:  # any other set: its rows after those read
            rest = self.recall.beside.count(f"SELECT 1 FROM ({sql}) LIMIT -1 OFFSET {len(some)}", params)
        return exact, len(some), _Plus(len(some), rest)

    def among(self, exact: IdSet, ids: list[int]) -> set[int]:
        """Which of these (few) ids are in the set."""
        if not ids:
            return set()
        if exact.members is not None:
            return exact.member_set.intersection(ids)
        marks = ",".join("?" * len(ids))
        if exact.match is not None:
            sql = f"SELECT rowid FROM grams WHERE grams MATCH ? AND rowid IN ({marks})"
            params = (exact.match, *ids)
        else:
            sql = f"SELECT id FROM doc WHERE id IN ({marks}) AND id IN ({exact.sql})"
            params = (*ids, *exact.params)
        return {r[0] for r in self.db.execute(sql, params)}

    # -- order ---------------------------------------------------------------------------------------

    def newest(self, exact: IdSet, limit: int | None, skip: set[int] = frozenset(), total: int = 0) -> list[int]:
        """Matches newest first (then by id, descending), without those in `skip`. When the
        matches are many, the date index is read from the newest in slices, each slice's matches
        asked of FTS5 by its id range (来源:新华社: one slice of a few hundred articles), instead of
        listing every match to sort them."""
        if limit is not None and exact.match is not None and total >= SLICE_FROM:
            return self._newest_sliced(exact.match, limit, skip, total)
        sql = f"SELECT id FROM doc WHERE id IN ({exact.sql}) ORDER BY date DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit) + len(skip)}"
        out = [r[0] for r in self.db.execute(sql, exact.params) if r[0] not in skip]
        return out if limit is None else out[:limit]

    def _newest_sliced(self, match: str, limit: int, skip: set[int], total: int) -> list[int]:
        articles = self.db.execute("SELECT max(id) FROM doc").fetchone()[0] or 0
        size = min(max(256, 2 * (limit + len(skip)) * articles // max(total, 1)), 50000)
        out: list[int] = []
        after: tuple[str, int] | None = None
        while len(out) < limit:
            if after is None:
                rows = self.db.execute(f"SELECT date, id FROM doc ORDER BY date DESC, id DESC LIMIT {size}").fetchall()
            else:
                rows = self.db.execute(f"SELECT date, id FROM doc WHERE (date, id) < (?, ?) ORDER BY date DESC, id DESC "
                                       f"LIMIT {size}", after).fetchall()
            if not rows:
                break
            ids = [i for _, i in rows]
            held = {r[0] for r in self.db.execute("SELECT rowid FROM grams WHERE grams MATCH ? AND rowid BETWEEN ? AND ?",
                                                  (match, min(ids), max(ids)))}
            out += [i for i in ids if i in held and i not in skip]
            after, size = rows[-1], min(2 * size, 200000)
        return out[:limit]

    def ranked(self, tree: Node, exact: IdSet, listed: list[int] | None, total: int,
               want: int) -> tuple[list[int], dict[int, float]]:
        """Up to `want` matches by relevance (the tiers above), and their Whoosh scores."""
        picked: list[int] = []  # word-layer document numbers, in order
        if total <= FILTER_LIMIT:  # Whoosh ranks exactly the matches, by their words
            tiers = [q for q in (ranking(tree, None), ranking(tree, None, parts=True)) if q is not None]
            within, restrict = None, self._restriction(exact, listed)
        else:  # Whoosh's own best candidates, with the conditions it can check cheaply
            values_of = value_matcher(self.recall.values)
            tiers = [q for q in (ranking(tree, values_of), ranking(tree, values_of, parts=True)) if q is not None]
            within, restrict = self._date_window(tree), None
        decided = words_decide(tree)  # every candidate is a match: nothing to check against SQLite
        order: list[int] = []
        scores: dict[int, float] = {}
        for q in tiers:
            need = want - len(order)
            if need <= 0:
                break
            if restrict is None and total <= RESTRICT_MAX and total * 4 < self._rarest(q):
                restrict = self._restriction(exact, listed)  # 中国经济: the words are everywhere, the phrase is not
            got = self._tier(q, exact, listed, total, need, picked, within, restrict, decided)
            for i, s in got:
                order.append(i)
                scores[i] = s
        return order, scores

    def _tier(self, q, exact: IdSet, listed: list[int] | None, total: int, need: int, picked: list[int],
              within, restrict, decided: bool = False) -> list[tuple[int, float]]:
        """One tier's next `need` matches (article id, Whoosh score), without those `picked` (word
        layer document numbers, extended with this tier's). Candidates come from the vectorised
        evaluation (all documents having the words, scored); Whoosh's matchers score and order
        the chosen few."""
        query = q if restrict is None else wq.And([restrict, q])
        found = self.words.candidates(query, within)
        if found is None:  # a part the vectorised evaluation does not take: Whoosh's matchers alone
            return self._whoosh_tier(q, exact, listed, total, need, picked, within, restrict)
        skip = set(picked)
        if restrict is not None or decided:
            chosen = [d for d, _ in found.best(need, skip)]
        else:
            chosen, short = self._members(found, exact, listed, need, skip)
            if short and total <= RESTRICT_MAX:  # Whoosh's best are mostly not matches: rank the matches
                return self._tier(q, exact, listed, total, need, picked, within,
                                  self._restriction(exact, listed))
        picked += chosen
        return self.words.rescore(query, chosen, within)

    def _members(self, found, exact: IdSet, listed: list[int] | None, need: int,
                 skip: set[int]) -> tuple[list[int], bool]:
        """The best candidates that are in the exact set, checking more while too few are; and
        whether it gave up short (too few of the best candidates are matches)."""
        keep = set(listed) if listed is not None else None
        chosen: list[int] = []
        k, seen = max(2 * need, 20), 0
        while True:
            batch = found.best(k, skip)[seen:]
            if not batch:
                return chosen, False
            seen += len(batch)
            docs = [d for d, _ in batch]
            ids = self.words.article_ids(docs)
            ok = (keep & set(ids)) if keep is not None else self.among(exact, ids)
            chosen += [d for d, i in zip(docs, ids) if i in ok][:need - len(chosen)]
            if len(chosen) >= need or seen >= len(found) - len(skip):
                return chosen, False
            if seen >= DEEPEST or len(chosen) * 2 < seen:  # most of the best are not matches
                return chosen, True
            k = min(4 * k, DEEPEST)

    def _whoosh_tier(self, q, exact: IdSet, listed: list[int] | None, total: int, need: int,
                     picked: list[int], within, restrict) -> list[tuple[int, float]]:
        exclude = set(self.words.article_ids(picked))
        if restrict is not None:
            got = self.words.top(wq.And([restrict, q]), need, exclude=exclude)
        else:
            got, short = self._deepening(q, exact, listed, need, exclude, within)
            if short and total <= RESTRICT_MAX:
                got = self.words.top(wq.And([self._restriction(exact, listed), q]), need, exclude=exclude)
        picked += self.words.docnums([i for i, _ in got])
        return got

    def _restriction(self, exact: IdSet, listed: list[int] | None):
        """A Whoosh query matching exactly these matches (and scoring nothing)."""
        ids = listed if listed is not None else exact.members if exact.members is not None else \
            [r[0] for r in self.db.execute(exact.sql, exact.params)]
        return self.words.articles(ids)

    def _rarest(self, q) -> int:
        """How many articles hold the query's rarest ranking word: when far more than match, most
        of Whoosh's best candidates would not be matches (中国经济: 7,685 matches, 经济 in 360,000)."""
        s = self.words.searcher()
        dfs = [s.doc_frequency(f, t) for f, t in q.iter_all_terms() if f in ("text", "parts", "title")]
        return min(dfs) if dfs else 0

    def _date_window(self, tree: Node):
        """A Whoosh filter for the query's dates, when they hold few enough articles that reading
        them is cheaper than ranking candidates outside them (经济 日期:2000-03: Whoosh's best for
        经济 are mostly other months, and deepening asked it again and again)."""
        windows = date_windows(tree)
        if not windows:
            return None
        # A wide window (a year of a small archive) costs Whoosh more to intersect than it saves.
        cap = int(min(DATE_FILTER_MAX, DATE_FILTER_SHARE * self.words.searcher().doc_count()))
        sql = "SELECT count(*) FROM (SELECT 1 FROM doc WHERE date BETWEEN ? AND ? LIMIT ?)"
        held = min(self.db.execute(sql, (r.start, r.end + "\uffff", cap + 1)).fetchone()[0] for r in windows)
        return date_filter(windows) if held <= cap else None

    def _deepening(self, q, exact: IdSet, listed: list[int] | None, want: int,
                   exclude: set[int], within=None) -> tuple[list[tuple[int, float]], bool]:
        """Whoosh's best candidates that are in the exact set, asking for more while too few are;
        and whether it gave up short (too few of Whoosh's best are matches)."""
        keep = set(listed) if listed is not None else None
        k = max(2 * want, 20)
        while True:
            found = self.words.top(q, k, exclude=exclude, within=within)
            ids = [i for i, _ in found]
            ok = (keep & set(ids)) if keep is not None else self.among(exact, ids)
            got = [(i, s) for i, s in found if i in ok]
            if len(got) >= want or len(found) < k:
                return got[:want], False
            if k >= DEEPEST or len(got) * 2 < len(found):  # most of Whoosh's best are not matches
                return got[:want], True
            k = min(4 * k, DEEPEST)

    def order(self, tree: Node, exact: IdSet, listed: list[int] | None, total: int, sort: str,
              want: int | None) -> tuple[list[int], dict[int, float]]:
        """`want` matches in result order (None: all of them)."""
        if sort == "date" or not ranked_terms(tree):
            return self.newest(exact, want, total=total), {}
        head, scores = self.ranked(tree, exact, listed, total, min(want or RANKED, RANKED, total))
        rest = None if want is None else want - len(head)
        if rest is None or rest > 0:
            head += self.newest(exact, rest, skip=set(head), total=total)
        return head, scores

    # -- reprints ------------------------------------------------------------------------------------

    def reprint_groups(self, exact: IdSet, listed: list[int] | None) -> dict[int, list[int]]:
        """content hash key -> the matching articles printing that text, for texts printed more
        than once among the matches."""
        if listed is not None:
            flagged = [i for i, (_, dup) in self.recall.hashes(listed).items() if dup]
        else:
            s = with_reprints(exact, self.recall.has_dups)
            flagged = [r[0] for r in self.db.execute(s.sql, s.params)]
        groups: dict[int, list[int]] = {}
        for i, (h, _) in self.recall.hashes(flagged).items():
            groups.setdefault(h, []).append(i)
        return {h: sorted(ids) for h, ids in groups.items() if len(ids) > 1}

    def reprint_extra(self, exact: IdSet) -> int:
        """How many matches print a text another match prints too (the total less the distinct
        texts): the reprinted matches from FTS5 (or, when the matches are listed, from the recall
        store's map alone), their texts from the map."""
        if exact.members is not None:
            return self.recall.reprint_extra(exact.members)
        s = with_reprints(exact, self.recall.has_dups)
        ids = [r[0] for r in self.db.execute(s.sql, s.params)]
        return len(ids) - self.recall.distinct_reprints(ids) if ids else 0

    def page_groups(self, exact: IdSet, ids: list[int]) -> dict[int, list[int]]:
        """The reprint groups (as reprint_groups) of the texts these few matches print."""
        keys = sorted({h for h, dup in self.recall.hashes(ids).values() if dup})
        copies = self.recall.copies(keys) if keys else {}
        ok = self.among(exact, [i for c in copies.values() for i in c])
        groups = {h: [i for i in c if i in ok] for h, c in copies.items()}
        return {h: c for h, c in groups.items() if len(c) > 1}

    # -- the whole search ----------------------------------------------------------------------------

    def run(self, tree: Node, terms: list[Text], *, sort: str, limit: int, facets: bool,
            all_ids: bool) -> SearchResult:
        # (Two subqueries: with both in one SELECT, SQLite reads the whole table instead of the index.)
        tree = bind_dates(tree, *self.db.execute(
            "SELECT (SELECT min(date) FROM doc), (SELECT max(date) FROM doc)").fetchone())
        exact, listed = self.membership(tree)
        if all_ids and listed is None:  # the set is read several times: once from FTS5 is enough
            exact = self.materialize(exact)
        page = not all_ids and limit > 0 and listed is None  # a first page: reprints of its hits only
        if listed is not None:
            total, counting = len(listed), None
        else:
            exact, total, counting = self._total(exact, page)
        groups = {} if page or not total else self.reprint_groups(exact, listed)
        extra = self.reprint_extra(exact) if page and total else sum(len(ids) - 1 for ids in groups.values())
        want = None if all_ids or limit == 0 else limit + min(extra, limit)
        order, scores = self.order(tree, exact, listed, total, sort, want) if total else ([], {})
        if page and extra:
            groups = self.page_groups(exact, order)
        listed_order, copies = grouped(order, groups)
        shown = listed_order if limit == 0 else listed_order[:limit]
        hits = self._hits(shown, terms, scores, copies)
        counts, months = self.facets(exact) if facets and total else ({}, [])
        if counting is not None:
            total = counting.result()
        return SearchResult(total=total, hits=hits, facets=counts, ids=listed_order if all_ids else [],
                            months=months, distinct=total - extra,
                            copies={i: c for i, c in copies.items()} if all_ids else
                            {h.id: h.also for h in hits if h.also})

    def _hits(self, ids: list[int], terms: list[Text], scores: dict[int, float],
              copies: dict[int, list[int]]) -> list[Hit]:
        rows = {r["id"]: r for r in read_rows(self.archive, ids)}
        return make_hits(rows, ids, terms, scores, copies, self._where([j for i in ids for j in copies.get(i, [])]))

    def _where(self, ids: list[int]) -> dict[int, tuple[str, str, int]]:
        out: dict[int, tuple[str, str, int]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for i, pub, date, page in self.db.execute(
                    f"SELECT id, publication, date, page FROM doc WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk):
                out[i] = (pub, date, page)
        return out

    def facets(self, exact: IdSet) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
        """Counts over all matches by year, publication, column and source; and matches per month."""
        return facet_counts(self.db.execute(f"""
            SELECT substr(date, 1, 7), publication, column_name, source, COUNT(*) FROM doc
            WHERE id IN ({exact.sql}) GROUP BY 1, 2, 3, 4""", exact.params).fetchall())
