"""The caption boxes of photos stored before a photo kept its caption's box (archive file
migration 17, server migration 20): paired once from the page's layout, as the page view used to
pair them each time it showed a page. A caption block of the layout (class caption; its article
the one most of its lines are in) goes with its article's photo it stands under (most of its width
within the photo's, its top not above the photo's foot by more than half its own height), the
nearest such photo above it; a photo's caption box is the box round the blocks it got. One SQL
query, read alike by SQLite and PostgreSQL: each paired photo's id and its caption's box."""

from __future__ import annotations


def _least(a: str, b: str) -> str:
    return f"(CASE WHEN {a} < {b} THEN {a} ELSE {b} END)"


def _greatest(a: str, b: str) -> str:
    return f"(CASE WHEN {a} > {b} THEN {a} ELSE {b} END)"


PAIRED = f"""
SELECT photo_id, MIN(x0) AS x0, MIN(y0) AS y0, MAX(x1) AS x1, MAX(y1) AS y1 FROM (
    SELECT p.id AS photo_id, c.x0, c.y0, c.x1, c.y1,
           ROW_NUMBER() OVER (PARTITION BY c.id ORDER BY p.y1 DESC, p.seq) AS nearest
    FROM (SELECT b.id, b.x0, b.y0, b.x1, b.y1, v.article_id,
                 ROW_NUMBER() OVER (PARTITION BY b.id ORDER BY v.n DESC, v.article_id) AS most
          FROM layout_block b
          JOIN (SELECT block_id, article_id, COUNT(*) AS n FROM scan_line
                WHERE block_id IN (SELECT id FROM layout_block WHERE kind = 'caption')
                GROUP BY block_id, article_id) v ON v.block_id = b.id
          WHERE b.kind = 'caption') c
    JOIN photo p ON p.article_id = c.article_id
    WHERE c.most = 1 AND p.x0 IS NOT NULL AND p.y0 IS NOT NULL AND p.x1 IS NOT NULL AND p.y1 IS NOT NULL
      AND {_least('c.x1', 'p.x1')} - {_greatest('c.x0', 'p.x0')} > 0.5 * (c.x1 - c.x0)
      AND c.y0 >= p.y1 - 0.5 * (c.y1 - c.y0)
) paired
WHERE nearest = 1
GROUP BY photo_id"""
