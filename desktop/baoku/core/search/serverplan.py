"""Statements run with the plans PostgreSQL misjudges on a server archive turned off. The planner
takes a word's postings (an array unnested) for ten rows and the articles holding several tokens
for a few (their selectivities multiplied, though they come together), and with such estimates a
nested loop or a row-by-row scan looks cheap; their true cost grows with the matches (see
`gin_only`)."""

from __future__ import annotations

from .server import batched

_GIN_ONLY = ("SELECT set_config('enable_seqscan', %s, true), set_config('enable_indexscan', %s, true), "
             "set_config('enable_nestloop', %s, true)")


def gin_only(conn, statements: list[tuple[str, list]]) -> list[list[tuple]]:
    """Each statement's rows, run where a `GRAMS @@` test is read by the GIN index's bitmap. The
    planner would read a common token's rows one by one instead (a sequential or primary-key scan
    testing each tsvector): it does not count what unpacking each article's tsvector costs, and
    `中国` at 20,000 articles took 400 ms so against 6-10 ms by the bitmap. So the two plans are
    turned off for these statements, and so are nested loops: the index's estimate of several
    tokens' articles is a few rows (their selectivities multiplied), and `_shared`'s join then
    groups the hashes again for each match (1,693 matches of `中国特色社会主义 发展`: 714 ms
    against ~40). Their transaction's settings, which its end puts back (inside a caller's
    transaction they are put back after it). The statements go in one pipeline, so the client
    waits for the server once."""
    if conn.info.transaction_status != conn.info.transaction_status.IDLE:  # a caller's transaction
        with conn.transaction():
            conn.execute(_GIN_ONLY, ["off", "off", "off"])
            found = [conn.execute(sql, params).fetchall() for sql, params in statements]
            conn.execute("SET LOCAL enable_seqscan TO DEFAULT")
            conn.execute("SET LOCAL enable_indexscan TO DEFAULT")
            conn.execute("SET LOCAL enable_nestloop TO DEFAULT")
        return found
    try:
        with batched(conn):
            conn.execute("BEGIN")
            conn.execute(_GIN_ONLY, ["off", "off", "off"])
            cursors = [conn.execute(sql, params) for sql, params in statements]
            conn.execute("COMMIT")
    except BaseException:
        if not conn.closed and conn.info.transaction_status != conn.info.transaction_status.IDLE:
            conn.execute("ROLLBACK")
        raise
    return [c.fetchall() for c in cursors]
