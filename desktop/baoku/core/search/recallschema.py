"""The recall store's tables (see `recall`), and the two added to stores made before them."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, date TEXT NOT NULL, publication TEXT,
                                column_name TEXT, source TEXT, page INTEGER, hash INTEGER,
                                dup INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS doc_date ON doc (date, id);
CREATE INDEX IF NOT EXISTS doc_reprint ON doc (hash) WHERE dup = 1;
CREATE TABLE IF NOT EXISTS indexed (id INTEGER PRIMARY KEY, digest INTEGER NOT NULL, fields TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fieldvalue (field TEXT NOT NULL, value TEXT NOT NULL,
                                       PRIMARY KEY (field, value)) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(title, blocks, meta, fields, content='',
                                                    tokenize='ascii');
CREATE VIRTUAL TABLE IF NOT EXISTS chars USING fts5(title, blocks, meta, fields, content='',
                                                    tokenize='ascii', detail='column');
INSERT INTO grams (grams, rank) VALUES ('automerge', 8);
INSERT INTO chars (chars, rank) VALUES ('automerge', 8);
"""
# FTS5 merges its segments as it goes when this many of one size exist (its default is 4): a third
# less work for a bulk insert, more segments left behind, which `optimize` merges after a big
# update (each lookup visits every segment: a phrase checked for 80 articles at 100,000 articles,
# 15 segments 57 ms, one segment 7 ms).

# How many articles the store holds, kept by triggers in the transaction that changes `doc`: every
# command's first check compares it with the archive's record, and counting a million rows took
# 38 ms of each. (A store made before it gets it with its next write; until then, it is counted.)
COUNTED = """
CREATE TABLE IF NOT EXISTS doc_count (n INTEGER NOT NULL);
INSERT INTO doc_count SELECT COUNT(*) FROM doc WHERE NOT EXISTS (SELECT 1 FROM doc_count);
CREATE TRIGGER IF NOT EXISTS doc_counted AFTER INSERT ON doc BEGIN UPDATE doc_count SET n = n + 1; END;
CREATE TRIGGER IF NOT EXISTS doc_uncounted AFTER DELETE ON doc BEGIN UPDATE doc_count SET n = n - 1; END;
"""
SCHEMA += COUNTED
# The reprinted articles' own `grams` rows, again: a query's reprinted matches are FTS5's answer
# over this small table (2.5% of the articles in the bench corpus) instead of the query ANDed
# with the reprint mark over all of them, which at 1M articles re-read the common character
# pairs' postings (中国特色社会主义: 35-59 ms). Written with `grams`, in the same transactions.
# (A store made before it gets it, filled from the archive's text, with its next write.)
DUPS = """
CREATE VIRTUAL TABLE IF NOT EXISTS dupgrams USING fts5(title, blocks, meta, fields, content='', tokenize='ascii');
INSERT INTO dupgrams (dupgrams, rank) VALUES ('automerge', 8);
"""
SCHEMA += DUPS
