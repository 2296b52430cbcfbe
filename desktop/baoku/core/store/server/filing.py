"""Filing an import on the server: the same plan as the embedded archive's (store.ingest decides,
page by page, what storing an issue does), written with psycopg.

Many people import at once on a server. Each issue is one transaction that first takes the
archive's filing lock (a transaction-level advisory lock), so imports are filed one at a time,
as SQLite files them: the plan of the second sees what the first committed, and the same issue
imported twice at once is stored once (the second finds its pages already there). Reading and
searching never wait for it. Unique constraints (a paper's name, an issue's paper, date and
edition, a page's place in its issue) stand behind the lock."""

from __future__ import annotations


from psycopg import sql

from ...coded import Coded
from ...errors import ImportRejected
from ...model import Article, ParsedIssue
from ...sourcetext import checked_text, import_log, unchecked_strings
from ..clock import now, user
from .. import photorows
from ..continuations import Continuations
from ..lookups import PlanLookups
from ..photorows import photo_values
from ..ingest import (APPEND, NEW, REPLACE, REPLACES, REVISE, WRITES, SaveResult, clear_replaced, plan_issue, unwritten,
                      written)

FILING_LOCK = 0x6261_6F6B_7500_0002  # pg_advisory_xact_lock key: "baoku" + 2
_DATE = "to_char(i.date, 'YYYY-MM-DD')"
_INSERT_PHOTO = photorows.INSERT.replace("?", "%s")


class ServerFiling(Continuations, PlanLookups):
    """The server archive's filing (a part of `ServerArchive`)."""

    def _query(self, sql: str, params=()):
        """The plan's shared SQL (store.lookups), its `?` as psycopg's `%s`."""
        return self.conn.execute(sql.replace("%", "%%").replace("?", "%s"), params)

    def save_issue(self, parsed: ParsedIssue, *, replace: bool = False, duplicates: bool = False,
                   laid_out=None) -> SaveResult:
        """Store one issue in one transaction, as the embedded archive's save_issue does (its
        refusals, skips and reprints alike). A scanned page's image goes to the archive's image
        store (store.server.imagestore) before the transaction commits; an archive with no store
        reachable from here refuses an issue with a scanned page whole, before anything is
        written. `laid_out(page_id)` as the embedded archive's."""
        info = parsed.info
        for where, _ in unchecked_strings(parsed):
            raise ImportRejected(checked_text(_, f"{parsed.source or info.label()}: {where}"))
        if any(page.scan is not None and page.scan.data for page in parsed.pages):  # ALTO alone needs no store
            problem = self.image_store_problem()
            if problem is not None:
                raise ImportRejected(Coded("scan_needs_image_store", source=parsed.source or info.label(),
                                           problem=problem))
        with self.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [FILING_LOCK])
            plan = plan_issue(self, parsed, replace=replace, duplicates=duplicates)
            return self._apply(plan, now(), user(), laid_out)

    def _apply(self, plan, now: str, user: str, laid_out=None) -> SaveResult:
        nothing = unwritten(plan)
        if nothing is not None:
            return nothing
        conn = self.conn
        parsed, info = plan.parsed, plan.parsed.info
        writing = plan.of(*WRITES)
        replaced = clear_replaced(self, plan, user)
        new_of: dict[int, int] = {}  # old version -> new
        pub_id = plan.publication_id
        if pub_id is None:
            pub_id = self._one(
                "INSERT INTO publication (name, place, frequency, language, kind, identifier) "
                "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                [info.publication, info.place, info.frequency, info.language, info.kind, info.identifier])
        else:
            self._fill_publication(pub_id, info)
        issue_id = plan.issue_id
        if issue_id is None:
            issue_id = self._one("INSERT INTO issue (publication_id, date, number, edition, volume) "
                                 "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                                 [pub_id, info.date, info.number, info.edition, info.volume])
        else:
            for col in ("number", "volume"):
                if getattr(info, col):
                    conn.execute(sql.SQL("UPDATE issue SET {0} = %s WHERE id = %s AND {0} = ''").format(
                        sql.Identifier(col)), [getattr(info, col), issue_id])
        added = plan.of(NEW, REPLACE)
        log = [*parsed.warnings, *(r for p in writing for r in p.page.repairs), *(r.message() for r in plan.refusals)]
        batch_id = self._one(
            "INSERT INTO import_batch (started_at, finished_at, who, source, source_hash, importer, outcome, "
            "pages_added, articles_added, log) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
            [now, now, user, parsed.source, parsed.source_hash, parsed.importer,
             "replaced" if plan.of(*REPLACES) else "imported", len(added),
             sum(len(p.page.articles) for p in writing), import_log(log)])
        article_ids: list[int] = []
        for p in writing:
            page = p.page
            if p.action in (APPEND, REVISE):
                page_id = p.existing
                first = self._one("SELECT COALESCE(MAX(seq), 0) + 1 FROM article WHERE page_id = %s", [page_id])
                for col, value in (("name", page.info.name), ("section", page.info.section)):
                    if value:
                        conn.execute(sql.SQL("UPDATE page SET {0} = %s WHERE id = %s AND {0} = ''").format(
                            sql.Identifier(col)), [value, page_id])
            else:
                first = 1
                page_id = self._one("INSERT INTO page (issue_id, number, name, section, raw_text, batch_id) "
                                    "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                                    [issue_id, page.info.number, page.info.name, page.info.section, page.raw_text,
                                     batch_id])
            if p.seqs:  # new versions in their old articles' places, new articles after the rest
                ids = [i for seq, a in zip(p.seqs, page.articles, strict=True)
                       for i in self._insert_articles(page_id, seq, [a], batch_id, now)]
            else:
                ids = self._insert_articles(page_id, first, page.articles, batch_id, now)
            new_of.update({old: ids[i] for i, old in p.pairs.items()})
            article_ids += ids
            self._file_scan(p, page_id, ids, laid_out)
            if page.fixes:
                self.record_fix(page_id, page.fixes)
        inserted = len(article_ids)
        joined = self._join_continuations(issue_id, article_ids)
        return written(plan, issue_id, batch_id, article_ids, inserted, joined,
                       replaced.carried(self, new_of, joined))

    def _file_scan(self, p, page_id: int, ids: list[int], laid_out) -> None:
        """A scanned page's image, layout blocks and OCR lines (store.scans), as ingest.apply_plan
        files them; its layout corrections made again."""
        scan = p.page.scan
        if scan is not None and p.action in (NEW, REPLACE):
            self._insert_scan(page_id, scan, ids)
            if scan.blocks and laid_out is not None:
                laid_out(page_id)

    def _one(self, query, params=()):
        return self.conn.execute(query, params).fetchone()[0]

    _COLUMNS = ("seq", "kicker", "headline", "subhead", "column_name", "genre", "source", "byline", "language",
                "blocks", "content_hash", "continues", "abstract", "note", "tagline")

    def _insert_articles(self, page_id: int, first: int, articles: list[Article], batch_id: int,
                         now: str) -> list[int]:
        """A page's articles (numbered from `first`) with their contributors and photos, in three
        statements whatever their number (one statement's triggers fire once for it): their ids,
        in order."""
        if not articles:
            return []
        values = [[seq, a.kicker, a.headline, a.subhead, a.column, a.genre, a.source, a.byline, a.language,
                   a.blocks_json(), a.content_hash(), a.continues, a.abstract, a.note, a.tagline]
                  for seq, a in enumerate(articles, first)]
        given = ", ".join(f"%s::{'integer' if c == 'seq' else 'text'}[]" for c in self._COLUMNS)
        rows = self.conn.execute(
            f"INSERT INTO article (page_id, batch_id, created_at, updated_at, {', '.join(self._COLUMNS)}) "
            f"SELECT %s, %s, %s, %s, * FROM unnest({given}) RETURNING seq, id",
            [page_id, batch_id, now, now, *map(list, zip(*values))]).fetchall()
        by_seq = dict(rows)
        ids = [by_seq[seq] for seq in range(first, first + len(articles))]
        people = [(i, n, c.name, c.role, c.note) for i, a in zip(ids, articles) for n, c in enumerate(a.contributors, 1)]
        if people:
            self.conn.execute("INSERT INTO contributor (article_id, seq, name, role, note) "
                              "SELECT * FROM unnest(%s::bigint[], %s::integer[], %s::text[], %s::text[], %s::text[])",
                              list(map(list, zip(*people))))
        photos = [photo_values(i, n, p) for i, a in zip(ids, articles) for n, p in enumerate(a.photos, 1)]
        if photos:
            with self.conn.cursor() as cur:
                cur.executemany(_INSERT_PHOTO, photos)
        return ids

    def _insert_article(self, page_id: int, seq: int, a: Article, batch_id: int, now: str) -> int:
        article_id = self._one(
            "INSERT INTO article (page_id, seq, kicker, headline, subhead, column_name, genre, source, byline, "
            "language, blocks, content_hash, batch_id, created_at, updated_at, continues, abstract, note, tagline) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
            [page_id, seq, a.kicker, a.headline, a.subhead, a.column, a.genre, a.source, a.byline, a.language,
             a.blocks_json(), a.content_hash(), batch_id, now, now, a.continues, a.abstract, a.note, a.tagline])
        with self.conn.cursor() as cur:
            if a.contributors:
                cur.executemany("INSERT INTO contributor (article_id, seq, name, role, note) VALUES (%s, %s, %s, %s, %s)",
                                [(article_id, i, c.name, c.role, c.note) for i, c in enumerate(a.contributors, 1)])
            if a.photos:
                cur.executemany(_INSERT_PHOTO, [photo_values(article_id, i, p) for i, p in enumerate(a.photos, 1)])
        return article_id

    def record_fix(self, page_id: int, n: int = 1) -> None:
        """Count a fix of this page's split into articles (inside the fix's transaction)."""
        self.conn.execute("INSERT INTO page_fix (page_id, fixes, at) VALUES (%s, %s, %s) ON CONFLICT (page_id) "
                          "DO UPDATE SET fixes = page_fix.fixes + excluded.fixes, at = excluded.at", [page_id, n, now()])

    # -- what the plan reads (store.ingest) ------------------------------------------------------

    def _first_copies(self, hashes: set[str], exclude_pages=()) -> dict[str, tuple[int, str, int]]:
        """content hash -> (id, where printed, in how many issues) of the first stored article
        with that text, leaving out the articles of `exclude_pages` (see ingest.first_copies)."""
        from ...model import page_label

        rows = self.conn.execute(
            f"""WITH hits AS (
                  SELECT a.content_hash, a.id, a.page_id, g.issue_id FROM article a JOIN page g ON g.id = a.page_id
                  WHERE a.content_hash = ANY(%s::text[]) AND a.page_id <> ALL(%s::bigint[]))
                SELECT DISTINCT ON (h.content_hash) h.content_hash, h.id, pub.name, {_DATE}, g.section, g.number,
                       g.name, (SELECT COUNT(DISTINCT x.issue_id) FROM hits x WHERE x.content_hash = h.content_hash)
                FROM hits h JOIN page g ON g.id = h.page_id JOIN issue i ON i.id = g.issue_id
                JOIN publication pub ON pub.id = i.publication_id ORDER BY h.content_hash, h.id""",
            [sorted(hashes), [int(p) for p in exclude_pages]])
        return {h: (aid, f"{paper} {date} {page_label(section, number)}" + (f" {name}" if name else ""), issues)
                for h, aid, paper, date, section, number, name, issues in rows}

    def first_copies(self, hashes: set[str]) -> dict[str, tuple[int, str]]:
        """content hash -> (id, where printed) of the first stored article with that text."""
        return {h: (aid, where) for h, (aid, where, _) in self._first_copies(hashes).items()}

    # -- continued articles (store.continuations) ------------------------------------------------

    def _absorb(self, first_id: int, rest_id: int, first: Article, rest: Article) -> None:
        """The rest's contributors, photos, OCR lines and corrections go to the first article,
        stored with its blocks as given (the rest's already in them); the rest's row goes (as the
        embedded archive's Filing._absorb)."""
        conn = self.conn
        shift = len(first.blocks) - len(rest.blocks)  # where the rest's blocks begin
        known = {(c.name, c.role) for c in first.contributors}
        extra = [c for c in rest.contributors if (c.name, c.role) not in known]
        first.contributors += extra
        first.photos += rest.photos
        seq = len(first.contributors) - len(extra)
        with conn.cursor() as cur:
            if extra:
                cur.executemany("INSERT INTO contributor (article_id, seq, name, role, note) VALUES (%s, %s, %s, %s, %s)",
                                [(first_id, seq + i, c.name, c.role, c.note) for i, c in enumerate(extra, 1)])
        base = len(first.photos) - len(rest.photos)
        conn.execute("UPDATE photo SET article_id = %s, seq = seq + %s WHERE article_id = %s", [first_id, base, rest_id])
        conn.execute("UPDATE article SET blocks = %s, byline = %s, content_hash = %s, continues = %s, updated_at = %s "
                     "WHERE id = %s", [first.blocks_json(), first.byline, first.content_hash(), first.continues, now(),
                                       first_id])
        if getattr(self, "holds_scans", True):  # its OCR lines and corrections (a test's older schema has neither)
            conn.execute("UPDATE scan_line SET article_id = %s WHERE article_id = %s", [first_id, rest_id])
            conn.execute("UPDATE correction SET article_id = %s, block = block + %s WHERE article_id = %s",
                         [first_id, max(shift, 0), rest_id])
        conn.execute("DELETE FROM article WHERE id = %s", [rest_id])
