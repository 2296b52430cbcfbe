"""Migration 12's statements (store/schema.py, m012_editing): the tables of an editor's daily work
(the trash, the undo history, collections and notes), the triggers that mark an article for the
search index when its collections or note change, and a paper's publishing schedule.

A shipped migration: never edit these statements; add a new migration instead.
"""

EDITING_TABLES = [
    """
    CREATE TABLE trash (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        target INTEGER NOT NULL,
        label TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0,
        rows TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    )""",
    """
    CREATE TABLE history_step (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        action TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'done',
        who TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    )""",
    """
    CREATE TABLE history_change (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        step INTEGER NOT NULL REFERENCES history_step(id) ON DELETE CASCADE,
        tbl TEXT NOT NULL,
        rid INTEGER,
        article INTEGER,
        guard TEXT NOT NULL,
        inverse TEXT NOT NULL
    )""",
    "CREATE INDEX idx_history_change_step ON history_change(step, seq)",
    """
    CREATE TABLE collection (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    )""",
    """
    CREATE TABLE collection_item (
        collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        PRIMARY KEY (collection_id, article_id)
    )""",
    "CREATE INDEX idx_collection_item_article ON collection_item(article_id)",
    """
    CREATE TABLE note (
        article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    )""",
    """CREATE TRIGGER collection_item_dirty_insert AFTER INSERT ON collection_item BEGIN
        INSERT OR IGNORE INTO search_dirty VALUES (new.article_id); END""",
    """CREATE TRIGGER collection_item_dirty_delete AFTER DELETE ON collection_item BEGIN
        INSERT OR IGNORE INTO search_dirty VALUES (old.article_id); END""",
    """CREATE TRIGGER collection_dirty_rename AFTER UPDATE OF name ON collection BEGIN
        INSERT OR IGNORE INTO search_dirty SELECT article_id FROM collection_item
        WHERE collection_id = new.id; END""",
    """CREATE TRIGGER note_dirty_insert AFTER INSERT ON note BEGIN
        INSERT OR IGNORE INTO search_dirty VALUES (new.article_id); END""",
    """CREATE TRIGGER note_dirty_update AFTER UPDATE OF text ON note BEGIN
        INSERT OR IGNORE INTO search_dirty VALUES (new.article_id); END""",
    """CREATE TRIGGER note_dirty_delete AFTER DELETE ON note BEGIN
        INSERT OR IGNORE INTO search_dirty VALUES (old.article_id); END""",
    # The window notices a change made by another program (baoku import, an edit) by the newest edit time.
    "CREATE INDEX idx_article_updated ON article(updated_at)",
    "ALTER TABLE publication ADD COLUMN weekdays TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE publication ADD COLUMN other_names TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE publication ADD COLUMN first_issue TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE publication ADD COLUMN last_issue TEXT NOT NULL DEFAULT ''",
]
