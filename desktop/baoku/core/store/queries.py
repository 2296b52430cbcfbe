"""Reading the archive: publications, issues, pages, article summaries and records, orders and
counts."""

from __future__ import annotations

import datetime as dt
import json

from ..errors import NotFound
from ..model import Article, ArticleRecord, Contributor
from . import photorows
from .photorows import photo_of


class Queries:
    """The archive's queries (a part of `Archive`: see archive.py)."""

    def publications(self) -> list[dict]:
        return list(self.db.query(
            """SELECT p.id, p.name, p.place, p.frequency, p.language, p.kind, p.identifier, p.weekdays,
                      p.other_names, p.first_issue, p.last_issue, COUNT(DISTINCT i.id) AS issues,
                      MIN(i.date) AS first, MAX(i.date) AS last
               FROM publication p LEFT JOIN issue i ON i.publication_id = p.id
               GROUP BY p.id ORDER BY p.name"""))

    def issues(self, publication: str | None = None) -> list[dict]:
        where, params = "", []
        if publication:
            where, params = "WHERE p.name = ?", [publication]
        return list(self.db.query(
            f"""SELECT i.id, p.name AS publication, p.kind, i.date, i.number, i.edition, i.volume,
                      (SELECT COUNT(*) FROM page g WHERE g.issue_id = i.id) AS pages,
                      (SELECT COUNT(*) FROM article a JOIN page g ON a.page_id = g.id
                        WHERE g.issue_id = i.id) AS articles
               FROM issue i JOIN publication p ON p.id = i.publication_id {where}
               ORDER BY p.name, i.date, i.edition""", params))

    def article_rows(self, *, issue_id: int | None = None, publication: str | None = None,
                     date: str | None = None, limit: int | None = None) -> list[dict]:
        """Article summaries in print order: publication, date, page, position on the page."""
        clauses, params = [], []
        if issue_id is not None:
            clauses.append("i.id = ?")
            params.append(issue_id)
        if publication:
            clauses.append("p.name = ?")
            params.append(publication)
        if date:
            clauses.append("i.date LIKE ?")
            params.append(date + "%")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        lim = f"LIMIT {int(limit)}" if limit else ""
        return list(self.db.query(
            f"{self.SUMMARY_SQL} {where} ORDER BY p.name, i.date, i.edition, g.section, g.number, a.seq {lim}",
            params))

    SUMMARY_SQL = """SELECT a.id, p.name AS publication, i.date, i.edition, g.number AS page, g.section,
                       g.name AS page_name, a.seq, a.kicker, a.headline, a.column_name, a.genre,
                       a.source, a.byline, length(a.blocks) AS size
                FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
                JOIN publication p ON p.id = i.publication_id"""

    SORT_KEYS = {"date": "i.date", "publication": "p.name", "page": "g.section, g.number", "column": "a.column_name",
                 "headline": "a.headline", "byline": "a.byline", "source": "a.source", "id": "a.id"}

    def summaries(self, ids: list[int]) -> dict[int, dict]:
        """Article summaries (as article_rows gives them) for these ids; missing ids are left out."""
        out: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            chunk = [int(i) for i in ids[start:start + 500]]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(f"{self.SUMMARY_SQL} WHERE a.id IN ({marks})", chunk):
                out[r["id"]] = r
        return out

    def sorted_ids(self, key: str = "date", descending: bool = False, *, issue_id: int | None = None,
                   page_id: int | None = None, publication: str | None = None,
                   date_prefix: str | None = None) -> list[int]:
        """Article ids ordered by one column (then print order), optionally within a publication,
        a date or month, an issue or a page."""
        clauses, params = [], []
        for clause, value in (("i.id = ?", issue_id), ("g.id = ?", page_id), ("p.name = ?", publication),
                              ("i.date LIKE ?", date_prefix + "%" if date_prefix else None)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        return self._ordered(key, descending, clauses, params)

    def order_ids(self, ids: list[int], key: str, descending: bool = False) -> list[int]:
        """These ids (a search result, say) ordered by one column, then print order; ids of
        articles no longer in the archive are left out. One query, however many ids."""
        return self._ordered(key, descending, ["a.id IN (SELECT value FROM json_each(?))"],
                             [json.dumps([int(i) for i in ids])])

    def _ordered(self, key: str, descending: bool, clauses: list[str], params: list) -> list[int]:
        if key not in self.SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT a.id FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
               f"JOIN publication p ON p.id = i.publication_id {where} "
               f"ORDER BY {', '.join(f'{c} {direction}' for c in self.SORT_KEYS[key].split(', '))}, "
               "i.date, p.name, g.section, g.number, a.seq, a.id")
        return [r[0] for r in self.db.execute(sql, params)]

    def pages(self, issue_id: int | None = None) -> list[dict]:
        """Pages (版) with their issue, publication and article count, in print order."""
        where, params = ("WHERE g.issue_id = ?", [issue_id]) if issue_id is not None else ("", [])
        return list(self.db.query(
            f"""SELECT g.id, g.issue_id, g.number, g.name, g.section,
                       (SELECT COUNT(*) FROM article a WHERE a.page_id = g.id) AS articles
                FROM page g {where} ORDER BY g.issue_id, g.section, g.number""", params))

    def article(self, article_id: int) -> ArticleRecord:
        cur = self.db.execute(
            """SELECT a.*, p.name AS publication, p.kind AS kind, i.date, i.edition, i.id AS issue_id,
                      g.number AS page_number, g.name AS page_name, g.section
               FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
               JOIN publication p ON p.id = i.publication_id WHERE a.id = ?""", [article_id])
        row = cur.fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id}")
        cols = [d[0] for d in cur.description]
        r = dict(zip(cols, row))
        contributors = [Contributor(c["name"], c["role"], c["note"]) for c in self.db.query(
            "SELECT name, role, note FROM contributor WHERE article_id = ? ORDER BY seq",
            [article_id])]
        photos = [photo_of(p) for p in self.db.query(photorows.SELECT, [article_id])]
        article = Article(
            blocks=Article.blocks_from_json(r["blocks"]), headline=r["headline"],
            kicker=r["kicker"], subhead=r["subhead"], column=r["column_name"], genre=r["genre"],
            source=r["source"], language=r["language"], contributors=contributors, photos=photos,
            continues=r.get("continues", ""), abstract=r["abstract"], note=r["note"], tagline=r["tagline"])
        return ArticleRecord(
            id=r["id"], article=article, publication=r["publication"],
            date=dt.date.fromisoformat(r["date"]), edition=r["edition"], issue_id=r["issue_id"],
            page_id=r["page_id"], page_number=r["page_number"], page_name=r["page_name"],
            section=r["section"], seq=r["seq"], content_hash=r["content_hash"],
            batch_id=r["batch_id"], created_at=r["created_at"], updated_at=r["updated_at"],
            scan=self.article_scan(article_id), kind=r["kind"])

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM article ORDER BY id")]

    def batches(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM import_batch ORDER BY id"))

    def stats(self) -> dict:
        def count(table: str) -> int:
            return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

        first, last = self.db.execute("SELECT MIN(date), MAX(date) FROM issue").fetchone()
        chars = self.db.execute("SELECT COALESCE(SUM(length(blocks)), 0) FROM article").fetchone()[0]
        return {
            "archive": str(self.path),
            "schema_version": self.schema_version,
            "publications": count("publication"),
            "issues": count("issue"),
            "pages": count("page"),
            "articles": count("article"),
            "photos": count("photo"),
            "import_batches": count("import_batch"),
            "first_issue": first,
            "last_issue": last,
            "text_chars": chars,
            "file_bytes": self.path.stat().st_size if self.path.exists() else 0,
        }

    def issue_of_page(self, page_id: int) -> dict:
        """The issue a page is in: id, publication, date, edition."""
        row = self.db.execute(
            "SELECT i.id, pub.name, i.date, i.edition FROM page g JOIN issue i ON i.id = g.issue_id "
            "JOIN publication pub ON pub.id = i.publication_id WHERE g.id = ?", [page_id]).fetchone()
        if row is None:
            raise NotFound(f"no page with id {page_id}")
        return dict(zip(("id", "publication", "date", "edition"), row))

    INDEX_SQL = """
    SELECT a.id, a.kicker, a.headline, a.subhead, a.column_name, a.byline, a.source, a.genre, a.blocks,
           a.abstract, a.note, a.tagline,
           a.content_hash, i.date, g.number AS page, g.section, g.name AS page_name, p.name AS publication,
           (SELECT group_concat(c.name, char(31)) FROM contributor c WHERE c.article_id = a.id) AS people,
           (SELECT group_concat(k.name, char(31)) FROM collection_item ci JOIN collection k ON k.id = ci.collection_id
            WHERE ci.article_id = a.id) AS collections,
           (SELECT n.text FROM note n WHERE n.article_id = a.id) AS annotation
    FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
    JOIN publication p ON p.id = i.publication_id
    """

    def index_rows(self, ids) -> list[dict]:
        """What the search index takes of these articles (INDEX_SQL), in id order."""
        ids = sorted(ids)
        out: list[dict] = []
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            out.extend(self.rows(f"{self.INDEX_SQL} WHERE a.id IN ({','.join('?' * len(chunk))}) ORDER BY a.id",
                                 chunk))
        return out

    def printed_more_than_once(self, hashes) -> dict[str, list[int]]:
        """content hash -> the articles printing it, for those of these texts stored more than once."""
        hashes = list(hashes)
        shared: dict[str, list[int]] = {}
        for start in range(0, len(hashes), 900):
            chunk = hashes[start:start + 900]
            for h, i in self.conn.execute(
                    f"SELECT a.content_hash, a.id FROM article a WHERE a.content_hash IN "
                    f"({','.join('?' * len(chunk))}) AND EXISTS (SELECT 1 FROM article b WHERE "
                    "b.content_hash = a.content_hash AND b.id != a.id)", chunk):
                shared.setdefault(h, []).append(i)
        return shared

    def page_source(self, page_id: int) -> tuple[str, str, int, str, str, str]:
        """(publication, date, page number, section, page name, the page's source text)."""
        row = self.db.execute(
            "SELECT p.name, i.date, g.number, g.section, g.name, g.raw_text FROM page g JOIN issue i ON i.id = g.issue_id "
            "JOIN publication p ON p.id = i.publication_id WHERE g.id = ?", [page_id]).fetchone()
        if row is None:
            raise NotFound(f"no page with id {page_id}")
        return tuple(row)

    def page_article_ids(self, page_id: int) -> list[int]:
        """The page's articles in print order."""
        return [r[0] for r in self.db.execute("SELECT id FROM article WHERE page_id = ? ORDER BY seq", [page_id])]
