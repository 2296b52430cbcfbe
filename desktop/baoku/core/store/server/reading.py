"""Reading the server archive: publications, issues, pages, article summaries and records, in
the embedded archive's shapes (store/queries.py), so every front end reads either the same way."""

from __future__ import annotations

import datetime as dt
import json

from psycopg.rows import dict_row

from ...errors import NotFound
from ...model import Article, ArticleRecord, Contributor
from .. import photorows
from ..photorows import photo_of
from ..queries import Queries

_DATE = "to_char(i.date, 'YYYY-MM-DD')"


class ServerReading:
    """The server archive's queries (a part of `ServerArchive`)."""

    def _rows(self, query: str, params=()) -> list[dict]:
        with self.conn.cursor(row_factory=dict_row) as cur:
            return cur.execute(query, params).fetchall()

    def publications(self) -> list[dict]:
        return self._rows(
            f"""SELECT p.id, p.name, p.place, p.frequency, p.language, p.kind, p.identifier, p.weekdays,
                       p.other_names, p.first_issue, p.last_issue, COUNT(DISTINCT i.id) AS issues,
                       MIN({_DATE}) AS first, MAX({_DATE}) AS last
                FROM publication p LEFT JOIN issue i ON i.publication_id = p.id
                GROUP BY p.id ORDER BY p.name""")

    def issues(self, publication: str | None = None) -> list[dict]:
        return self._rows(
            f"""SELECT i.id, p.name AS publication, p.kind, {_DATE} AS date, i.number, i.edition, i.volume,
                       (SELECT COUNT(*) FROM page g WHERE g.issue_id = i.id) AS pages,
                       (SELECT COUNT(*) FROM article a JOIN page g ON a.page_id = g.id
                         WHERE g.issue_id = i.id) AS articles
                FROM issue i JOIN publication p ON p.id = i.publication_id
                WHERE (%(publication)s::text IS NULL OR p.name = %(publication)s)
                ORDER BY p.name, i.date, i.edition""", {"publication": publication or None})

    SUMMARY_SQL = f"""SELECT a.id, p.name AS publication, {_DATE} AS date, i.edition, g.number AS page, g.section,
                        g.name AS page_name, a.seq, a.kicker, a.headline, a.column_name, a.genre,
                        a.source, a.byline, length(a.blocks) AS size
                 FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
                 JOIN publication p ON p.id = i.publication_id"""

    def article_rows(self, *, issue_id: int | None = None, publication: str | None = None,
                     date: str | None = None, limit: int | None = None) -> list[dict]:
        """Article summaries in print order: publication, date, page, position on the page."""
        return self._rows(
            f"""{self.SUMMARY_SQL}
                WHERE (%(issue)s::bigint IS NULL OR i.id = %(issue)s)
                  AND (%(publication)s::text IS NULL OR p.name = %(publication)s)
                  AND (%(date)s::text IS NULL OR {_DATE} LIKE %(date)s)
                ORDER BY p.name, i.date, i.edition, g.section, g.number, a.seq
                LIMIT %(limit)s""",
            {"issue": issue_id, "publication": publication or None,
             "date": _prefix(date) if date else None, "limit": int(limit) if limit else None})

    def pages(self, issue_id: int | None = None) -> list[dict]:
        """Pages (版) with their issue, publication and article count, in print order."""
        return self._rows(
            """SELECT g.id, g.issue_id, g.number, g.name, g.section,
                      (SELECT COUNT(*) FROM article a WHERE a.page_id = g.id) AS articles
               FROM page g WHERE (%(issue)s::bigint IS NULL OR g.issue_id = %(issue)s)
               ORDER BY g.issue_id, g.section, g.number""", {"issue": issue_id})

    def article(self, article_id: int) -> ArticleRecord:
        rows = self._rows(
            f"""SELECT a.*, p.name AS publication, p.kind AS kind, {_DATE} AS date, i.edition, i.id AS issue_id,
                       g.number AS page_number, g.name AS page_name, g.section
                FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
                JOIN publication p ON p.id = i.publication_id WHERE a.id = %s""", [article_id])
        if not rows:
            raise NotFound(f"no article with id {article_id}")
        r = rows[0]
        contributors = [Contributor(c["name"], c["role"], c["note"]) for c in self._rows(
            "SELECT name, role, note FROM contributor WHERE article_id = %s ORDER BY seq", [article_id])]
        photos = [photo_of(p) for p in self._rows(photorows.SELECT.replace("?", "%s"), [article_id])]
        article = Article(
            blocks=Article.blocks_from_json(r["blocks"]), headline=r["headline"], kicker=r["kicker"],
            subhead=r["subhead"], column=r["column_name"], genre=r["genre"], source=r["source"],
            language=r["language"], contributors=contributors, photos=photos, continues=r["continues"],
            abstract=r["abstract"], note=r["note"], tagline=r["tagline"])
        return ArticleRecord(
            id=r["id"], article=article, publication=r["publication"], date=dt.date.fromisoformat(r["date"]),
            edition=r["edition"], issue_id=r["issue_id"], page_id=r["page_id"], page_number=r["page_number"],
            page_name=r["page_name"], section=r["section"], seq=r["seq"], content_hash=r["content_hash"],
            batch_id=r["batch_id"], created_at=r["created_at"], updated_at=r["updated_at"], scan=self.article_scan(article_id),
            kind=r["kind"])

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM article ORDER BY id")]

    def page_source(self, page_id: int) -> tuple[str, str, int, str, str, str]:
        """(publication, date, page number, section, page name, the page's source text)."""
        row = self.conn.execute(
            f"SELECT p.name, {_DATE}, g.number, g.section, g.name, g.raw_text FROM page g "
            "JOIN issue i ON i.id = g.issue_id JOIN publication p ON p.id = i.publication_id WHERE g.id = %s",
            [page_id]).fetchone()
        if row is None:
            raise NotFound(f"no page with id {page_id}")
        return tuple(row)

    def issue_of_page(self, page_id: int) -> dict:
        """The issue a page is in: id, publication, date, edition."""
        row = self.conn.execute(
            f"SELECT i.id, p.name, {_DATE}, i.edition FROM page g JOIN issue i ON i.id = g.issue_id "
            "JOIN publication p ON p.id = i.publication_id WHERE g.id = %s", [page_id]).fetchone()
        if row is None:
            raise NotFound(f"no page with id {page_id}")
        return dict(zip(("id", "publication", "date", "edition"), row))

    def page_article_ids(self, page_id: int) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM article WHERE page_id = %s ORDER BY seq", [page_id])]

    SORT_KEYS = Queries.SORT_KEYS

    def order_ids(self, ids: list[int], key: str, descending: bool = False) -> list[int]:
        """These ids ordered by one column, then print order, as the embedded archive orders them
        (text compared as bytes); ids of articles no longer stored are left out."""
        return self._ordered(key, descending, "a.id = ANY(%s::bigint[])", [[int(i) for i in ids]])

    def sorted_ids(self, key: str = "date", descending: bool = False) -> list[int]:
        """Every article's id, ordered as order_ids orders them (the window's list with no query)."""
        return self._ordered(key, descending, "TRUE", [])

    def _ordered(self, key: str, descending: bool, where: str, params: list) -> list[int]:
        if key not in self.SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        direction = "DESC" if descending else "ASC"
        order = ", ".join(f"{c} {direction}" for c in self.SORT_KEYS[key].split(", "))
        return [r[0] for r in self.conn.execute(
            "SELECT a.id FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
            f"JOIN publication p ON p.id = i.publication_id WHERE {where} "
            f"ORDER BY {order}, i.date, p.name, g.section, g.number, a.seq, a.id", params)]

    INDEX_SQL = f"""SELECT a.id, a.kicker, a.headline, a.subhead, a.column_name, a.byline, a.source, a.genre,
                          a.blocks, a.abstract, a.note, a.tagline, a.content_hash, {_DATE} AS date,
                          g.number AS page, g.section, g.name AS page_name, p.name AS publication,
                          (SELECT string_agg(c.name, chr(31) ORDER BY c.seq) FROM contributor c
                            WHERE c.article_id = a.id) AS people,
                          (SELECT string_agg(k.name, chr(31) ORDER BY k.name) FROM collection_item ci
                            JOIN collection k ON k.id = ci.collection_id WHERE ci.article_id = a.id) AS collections,
                          (SELECT n.text FROM note n WHERE n.article_id = a.id) AS annotation
                   FROM article a JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id
                   JOIN publication p ON p.id = i.publication_id"""

    def index_rows(self, ids) -> list[dict]:
        """What search takes of these articles, in id order, in the embedded archive's shape
        (store.queries.INDEX_SQL): with the collections holding each and its note, searched by
        专题: and 批注: (a change of either makes the row stale: store.server.collections)."""
        return self._rows(f"{self.INDEX_SQL} WHERE a.id = ANY(%s::bigint[]) ORDER BY a.id",
                          [sorted(int(i) for i in ids)])

    def batches(self) -> list[dict]:
        return self._rows("SELECT * FROM import_batch ORDER BY id")

    def stored_source(self, source_hash: str) -> tuple[int, str, str, list[str]] | None:
        """A source imported before with these bytes whose pages are all still stored, as
        (batch id, when, the issue it stored, its log); None when there is none."""
        row = self.conn.execute(
            f"""SELECT b.id, b.finished_at, MIN(p.name || ' ' || {_DATE}), b.log FROM import_batch b
                JOIN page g ON g.batch_id = b.id JOIN issue i ON i.id = g.issue_id
                JOIN publication p ON p.id = i.publication_id
                WHERE b.source_hash = %s AND b.outcome IN ('imported', 'replaced') AND b.pages_added > 0
                GROUP BY b.id HAVING COUNT(DISTINCT g.id) = b.pages_added ORDER BY b.id DESC LIMIT 1""",
            [source_hash]).fetchone()
        return (row[0], row[1], row[2], json.loads(row[3])) if row else None

    def stats(self) -> dict:
        counts = self.conn.execute(
            """SELECT (SELECT COUNT(*) FROM publication), (SELECT COUNT(*) FROM issue), (SELECT COUNT(*) FROM page),
                      (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM photo), (SELECT COUNT(*) FROM import_batch),
                      (SELECT to_char(MIN(date), 'YYYY-MM-DD') FROM issue),
                      (SELECT to_char(MAX(date), 'YYYY-MM-DD') FROM issue),
                      (SELECT COALESCE(SUM(length(blocks)), 0) FROM article),
                      pg_database_size(current_database())""").fetchone()
        keys = ("publications", "issues", "pages", "articles", "photos", "import_batches", "first_issue",
                "last_issue", "text_chars", "file_bytes")
        return {"archive": self.address.shown(), "schema_version": self.schema_version,
                **dict(zip(keys, (int(v) if isinstance(v, int) else v for v in counts)))}


def _prefix(text: str) -> str:
    """A LIKE pattern matching what begins with `text` (its own % and _ taken literally)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
