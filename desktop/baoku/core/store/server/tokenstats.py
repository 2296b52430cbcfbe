"""What ANALYZE samples of a server archive's search rows (server migration 25).

The GIN index on the rows' tokens (search.server.GRAMS) is an index on an expression, and ANALYZE
of `article_search` evaluated that expression for every row it sampled (up to 30,000) and counted
the ~990 tokens of each, for statistics of the tokens' frequencies: in the import bench's bulk build
of 2,000 rows, 0.22 ms of the server's CPU a row, against 0.005 without them. No statement uses
them for anything the search depends on: a token test runs where the GIN index's bitmap reads it
(search.serverplan.gin_only turns off the plans that would not), and the first pages were measured
as fast without them (docs/server.md, issue-52g). So the expression's statistics target is 0:
ANALYZE leaves it out. Statistics an archive gathered before stay until its index is made again."""

from __future__ import annotations

MIGRATION = ["ALTER INDEX idx_article_search_lexemes ALTER COLUMN 1 SET STATISTICS 0"]
