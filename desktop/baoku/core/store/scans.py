"""A scanned page's image record and its OCR lines: stored, read back, and an article's region
on its page."""

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
        self.db["scan_line"].insert_all(
            ({"page_id": page_id, "seq": after + i, "article_id": article_of(ln), "text": ln.text, "x0": ln.box[0],
              "y0": ln.box[1], "x1": ln.box[2], "y1": ln.box[3], "confidence": round(ln.confidence, 4),
              "chars": json.dumps([[c, list(b), round(p, 4)] for c, b, p in ln.chars], ensure_ascii=False),
              "block_id": block_of(ln)}
             for i, ln in enumerate(lines, 1)))

    def scan_lines(self, *, page_id: int | None = None, article_id: int | None = None) -> list[dict]:
        """The OCR lines of a page or an article, in reading order: text, box, confidence, chars."""
        col, value = ("page_id", page_id) if page_id is not None else ("article_id", article_id)
        rows = self.db.query(f"SELECT * FROM scan_line WHERE {col} = ? ORDER BY page_id, seq", [value])
        return [dict(r, box=(r["x0"], r["y0"], r["x1"], r["y1"]), chars=json.loads(r["chars"]),
                     uncertain=r["confidence"] < LOW_CONFIDENCE) for r in rows]

    def page_scan(self, page_id: int) -> dict | None:
        row = self.db.execute("SELECT sha256, mime, frame, width, height, text_layer FROM page_scan WHERE page_id = ?",
                              [page_id]).fetchone()
        return None if row is None else dict(zip(("sha256", "mime", "frame", "width", "height", "text_layer"), row))

    def article_scan(self, article_id: int) -> dict | None:
        """Where an article is on its page image: the region its lines cover, and how many of
        them the OCR read with low confidence. None when it is not from a scan."""
        row = self.db.execute(
            "SELECT l.page_id, MIN(x0), MIN(y0), MAX(x1), MAX(y1), COUNT(*), SUM(confidence < ?), "
            "MAX(s.text_layer) FROM scan_line l LEFT JOIN page_scan s ON s.page_id = l.page_id "
            "WHERE article_id = ?", [LOW_CONFIDENCE, article_id]).fetchone()
        if row is None or row[0] is None:
            return None
        return {"page_id": row[0], "region": tuple(row[1:5]), "lines": row[5], "uncertain": row[6] or 0,
                "text_layer": bool(row[7])}

    def article_regions(self, page_id: int) -> dict[int, tuple[int, int, int, int]]:
        """article id -> the box its lines cover on the page."""
        return {aid: (x0, y0, x1, y1) for aid, x0, y0, x1, y1 in self.db.execute(
            "SELECT article_id, MIN(x0), MIN(y0), MAX(x1), MAX(y1) FROM scan_line WHERE page_id = ? "
            "AND article_id IS NOT NULL GROUP BY article_id", [page_id])}

    def line_article(self, line_id: int) -> int | None:
        """The article an OCR line is in (None: in none, or no such line)."""
        row = self.db.execute("SELECT article_id FROM scan_line WHERE id = ?", [line_id]).fetchone()
        return row[0] if row else None

    def scanned_pages(self, issue_id: int) -> list[int]:
        """The issue's pages that have a page image, in print order."""
        return [r[0] for r in self.db.execute(
            "SELECT g.id FROM page g JOIN page_scan s ON s.page_id = g.id WHERE g.issue_id = ? AND s.sha256 != '' "
            "ORDER BY g.section, g.number", [issue_id])]
