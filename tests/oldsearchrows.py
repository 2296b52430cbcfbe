"""Search rows as a Baoku before server migration 21 wrote them (the tokens in a stored tsvector,
`grams`), for tests that open an older server archive: while the block runs, this Baoku's writer
(which writes the tokens' text, `lexemes`) writes into the older table, a trigger turning the text
into the tsvector the older Baoku stored; after it, the table is as the older Baoku left it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def search_rows_as_before(conn) -> Iterator[None]:
    conn.execute("ALTER TABLE article_search ADD COLUMN lexemes text")
    conn.execute("""CREATE FUNCTION baoku_test_old_grams() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.grams := array_to_tsvector(string_to_array(NEW.lexemes, ' '));
            NEW.lexemes := NULL;
            RETURN NEW;
        END $$""")
    conn.execute("CREATE TRIGGER baoku_test_old_grams BEFORE INSERT ON article_search "
                 "FOR EACH ROW EXECUTE FUNCTION baoku_test_old_grams()")
    yield
    conn.execute("DROP TRIGGER baoku_test_old_grams ON article_search")
    conn.execute("DROP FUNCTION baoku_test_old_grams()")
    conn.execute("ALTER TABLE article_search DROP COLUMN lexemes")
