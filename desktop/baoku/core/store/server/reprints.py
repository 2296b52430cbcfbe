"""The reprinted articles of a server archive (server migration 22): every article whose content
hash another article has too, kept by triggers as articles are stored, edited and deleted, as the
embedded archive's recall store keeps its `dup` flag.

A search counts the distinct texts among its matches (the total less the reprints' extra copies).
Hashing every match's 64-letter hash to count them was two fifths of a common word's first page at
100,000 articles (115 of 298 ms for 中国's 51,517 matches); a match outside this table prints a text
no other article prints, so only the few matches in it need their hashes grouped
(search.serverpage).

Two imports storing copies of one text at once must each see the other's copy: each statement's
new or changed hashes are locked (a transaction-long advisory lock on each, taken in one order, so
two such statements never wait for each other in a circle) before the table is brought up to date,
so the later of the two waits for the earlier's commit and then finds its copy."""

from __future__ import annotations

TABLE = "search_reprint"

_KEEP = """
CREATE FUNCTION baoku_reprints() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    hashes text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        hashes := ARRAY(SELECT DISTINCT content_hash FROM added);
    ELSIF TG_OP = 'DELETE' THEN
        hashes := ARRAY(SELECT DISTINCT content_hash FROM gone);
    ELSE
        hashes := ARRAY(SELECT g.content_hash FROM gone g JOIN added n ON n.id = g.id
                        WHERE g.content_hash IS DISTINCT FROM n.content_hash
                        UNION SELECT n.content_hash FROM gone g JOIN added n ON n.id = g.id
                        WHERE g.content_hash IS DISTINCT FROM n.content_hash);
    END IF;
    IF cardinality(hashes) = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(h, 22) AS k FROM unnest(hashes) h) l ORDER BY k;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_reprint WHERE article_id IN (SELECT id FROM gone);
        DELETE FROM search_reprint r USING article a WHERE r.article_id = a.id AND a.content_hash = ANY(hashes)
            AND NOT EXISTS (SELECT 1 FROM article b WHERE b.content_hash = a.content_hash AND b.id <> a.id);
    END IF;
    INSERT INTO search_reprint SELECT a.id FROM article a WHERE a.content_hash = ANY(hashes)
        AND EXISTS (SELECT 1 FROM article b WHERE b.content_hash = a.content_hash AND b.id <> a.id)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$"""

MIGRATION = [
    f"CREATE TABLE {TABLE} (article_id bigint PRIMARY KEY)",
    f"INSERT INTO {TABLE} SELECT id FROM article WHERE content_hash IN "
    "(SELECT content_hash FROM article GROUP BY content_hash HAVING count(*) > 1)",
    _KEEP,
    "CREATE TRIGGER reprints_added AFTER INSERT ON article REFERENCING NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION baoku_reprints()",
    "CREATE TRIGGER reprints_changed AFTER UPDATE ON article REFERENCING OLD TABLE AS gone NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION baoku_reprints()",
    "CREATE TRIGGER reprints_gone AFTER DELETE ON article REFERENCING OLD TABLE AS gone "
    "FOR EACH STATEMENT EXECUTE FUNCTION baoku_reprints()",
]

# The trigger's statements read `article` by its content hash index only (server migration 24). A
# statement stores a page's articles (ten or so hashes), and the planner, short of statistics on a
# young table (autovacuum had not analysed its first thousands of rows), took each hash for 12 rows
# and scanned the whole table for the copies: at 2,000 articles a page's statement spent ~2.7 ms
# of the server's CPU in this trigger (0.27 ms an article stored, half of storing's server part),
# and the scan grows with the archive. A row by its hash is an index's lookup at any size.
BY_INDEX = ["ALTER FUNCTION baoku_reprints() SET enable_seqscan = off"]

# Every reprinted article, found from the articles themselves (what the table must equal).
FROM_SCRATCH = ("SELECT id FROM article WHERE content_hash IN "
                "(SELECT content_hash FROM article GROUP BY content_hash HAVING count(*) > 1) ORDER BY id")
