"""The number of search rows a server archive holds (server migration 18): idf's N, kept as the rows
are written rather than counted at every search (search.serverrank reads their sum).

Sixteen shards, one a writing session's (its backend pid's), so that two builders' transactions do
not wait for each other on one row; statement triggers add what a statement inserted or deleted (a
cascade from an article's deletion included), and TRUNCATE empties them. Read in a snapshot, the sum
is exactly count(*) in the same snapshot: the shard's change commits with the rows."""

from __future__ import annotations

_COUNT_SHARDS = 16
MIGRATION = [
    "CREATE TABLE search_count (shard int PRIMARY KEY, n bigint NOT NULL)",
    f"INSERT INTO search_count SELECT s, 0 FROM generate_series(0, {_COUNT_SHARDS - 1}) s",
    "UPDATE search_count SET n = (SELECT count(*) FROM article_search) WHERE shard = 0",
    f"""CREATE FUNCTION baoku_search_counted_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_count SET n = n + (SELECT count(*) FROM added) WHERE shard = pg_backend_pid() % {_COUNT_SHARDS};
    RETURN NULL;
END $$""",
    f"""CREATE FUNCTION baoku_search_counted_out() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_count SET n = n - (SELECT count(*) FROM gone) WHERE shard = pg_backend_pid() % {_COUNT_SHARDS};
    RETURN NULL;
END $$""",
    """CREATE FUNCTION baoku_search_counted_none() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE search_count SET n = 0;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER search_counted_in AFTER INSERT ON article_search REFERENCING NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION baoku_search_counted_in()",
    "CREATE TRIGGER search_counted_out AFTER DELETE ON article_search REFERENCING OLD TABLE AS gone "
    "FOR EACH STATEMENT EXECUTE FUNCTION baoku_search_counted_out()",
    "CREATE TRIGGER search_counted_none AFTER TRUNCATE ON article_search "
    "FOR EACH STATEMENT EXECUTE FUNCTION baoku_search_counted_none()",
]
