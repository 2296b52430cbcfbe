"""A scanned page's image record and its OCR lines: stored, read back, and an article's region
on its page. Written once for both archives: Baoku's own SQL with `?` marks, run through
`_sql` / `_sql_many` (the embedded archive's, or the server's: store.server.trash)."""

from __future__ import annotations

import json

from ..model import (
    LOW_CONFIDENCE,
)


class Scans:
    """The archive's scans (a part of `Archive`: see archive.py)."""

    def insert_lines(self, page_id: int, lines, article_of, after: int = 0, block_of=lambda ln: None) -> None:
        """Store a page's lines (ScanLine) after line `after` of it, each in the article
        `article_of(line)` gives (None: no article) and the layout block `block_of(line)` gives."""
        self._sql_many(
            "INSERT INTO scan_line (page_id, seq, article_id, text, x0, y0, x1, y1, confidence, chars, block_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(page_id, after + i, article_of(ln), ln.text, ln.box[0], ln.box[1], ln.box[2], ln.box[3],
              round(ln.confidence, 4),
              json.dumps([[c, list(b), round(p, 4)] for c, b, p in ln.chars], ensure_ascii=False), block_of(ln))
             for i, ln in enumerate(lines, 1)])

    def _insert_scan(self, page_id: int, scan, article_ids: list[int]) -> None:
        """The page's image (kept in the archive's image store, once: written before the
        transaction commits) and its layout blocks and OCR lines."""
        from . import images

        sha = images.store(self.image_folder, scan.data, scan.mime) if scan.data else ""  # ALTO without its image
        self._sql("INSERT INTO page_scan (page_id, sha256, mime, frame, width, height, text_layer) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  [page_id, sha, scan.mime, scan.frame, scan.width, scan.height, int(scan.text_layer)])
        block_ids = [self._sql("INSERT INTO layout_block (page_id, seq, kind, x0, y0, x1, y1) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                               [page_id, k, b.kind, *b.box]).fetchone()[0]
                     for k, b in enumerate(scan.blocks, 1)]
        self.insert_lines(page_id, scan.lines, lambda ln: article_ids[ln.article]
                          if 0 <= ln.article < len(article_ids) else None,
                          block_of=lambda ln: block_ids[ln.block] if 0 <= ln.block < len(block_ids) else None)

    def scan_lines(self, *, page_id: int | None = None, article_id: int | None = None) -> list[dict]:
        """The OCR lines of a page or an article, in reading order: text, box, confidence, chars."""
        col, value = ("page_id", page_id) if page_id is not None else ("article_id", article_id)
        rows = _dicts(self._sql(f"SELECT * FROM scan_line WHERE {col} = ? ORDER BY page_id, seq", [value]))
        return [dict(r, box=(r["x0"], r["y0"], r["x1"], r["y1"]), chars=json.loads(r["chars"]),
                     uncertain=r["confidence"] < LOW_CONFIDENCE) for r in rows]

    def page_scan(self, page_id: int) -> dict | None:
        row = self._sql("SELECT sha256, mime, frame, width, height, text_layer FROM page_scan WHERE page_id = ?",
                        [page_id]).fetchone()
        return None if row is None else dict(zip(("sha256", "mime", "frame", "width", "height", "text_layer"), row))

    def article_scan(self, article_id: int) -> dict | None:
        """Where an article is on its page image: the region its lines cover, and how many of
        them the OCR read with low confidence. None when it is not from a scan."""
        row = self._sql(
            "SELECT MIN(l.page_id), MIN(x0), MIN(y0), MAX(x1), MAX(y1), COUNT(*), "
            "SUM(CASE WHEN confidence < ? THEN 1 ELSE 0 END), MAX(s.text_layer) "
            "FROM scan_line l LEFT JOIN page_scan s ON s.page_id = l.page_id "
            "WHERE article_id = ?", [LOW_CONFIDENCE, article_id]).fetchone()
        if row is None or row[0] is None:
            return None
        return {"page_id": row[0], "region": tuple(row[1:5]), "lines": row[5], "uncertain": row[6] or 0,
                "text_layer": bool(row[7])}

    def article_regions(self, page_id: int) -> dict[int, tuple[int, int, int, int]]:
        """article id -> the box its lines cover on the page."""
        return {aid: (x0, y0, x1, y1) for aid, x0, y0, x1, y1 in self._sql(
            "SELECT article_id, MIN(x0), MIN(y0), MAX(x1), MAX(y1) FROM scan_line WHERE page_id = ? "
            "AND article_id IS NOT NULL GROUP BY article_id", [page_id])}

    def line_article(self, line_id: int) -> int | None:
        """The article an OCR line is in (None: in none, or no such line)."""
        row = self._sql("SELECT article_id FROM scan_line WHERE id = ?", [line_id]).fetchone()
        return row[0] if row else None

    def scanned_pages(self, issue_id: int) -> list[int]:
        """The issue's pages that have a page image, in print order."""
        return [r[0] for r in self._sql(
            "SELECT g.id FROM page g JOIN page_scan s ON s.page_id = g.id WHERE g.issue_id = ? AND s.sha256 <> '' "
            "ORDER BY g.section, g.number", [issue_id])]


def _dicts(cursor) -> list[dict]:
    """A cursor's rows as dicts by column name (an sqlite3 or a psycopg cursor)."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
