"""The archive schema, as sqlite-utils migrations. Each migration runs in its own transaction.

Never edit a migration that has shipped: add a new one and bump SCHEMA_VERSION (in `version`).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .editingtables import EDITING_TABLES
from .version import SCHEMA_VERSION  # noqa: F401 (kept importable from here)

migrations = Migrations("baoku")


@migrations()
def m001_initial(db: Database) -> None:
    # executescript() would COMMIT the migration's transaction: run statements one by one.
    for statement in _V1:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")


_V1 = [
    """
    CREATE TABLE publication (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        place TEXT NOT NULL DEFAULT '',
        frequency TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'zh'
    )""",
    """
    CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        user TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        importer TEXT NOT NULL,
        outcome TEXT NOT NULL,
        pages_added INTEGER NOT NULL DEFAULT 0,
        articles_added INTEGER NOT NULL DEFAULT 0,
        log TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX idx_batch_hash ON import_batch(source_hash)",
    """
    CREATE TABLE issue (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        publication_id INTEGER NOT NULL REFERENCES publication(id),
        date TEXT NOT NULL,
        number TEXT NOT NULL DEFAULT '',
        edition TEXT NOT NULL DEFAULT '',
        UNIQUE (publication_id, date, edition)
    )""",
    "CREATE INDEX idx_issue_date ON issue(date)",
    """
    CREATE TABLE page (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '',
        raw_text TEXT NOT NULL DEFAULT '',
        batch_id INTEGER REFERENCES import_batch(id),
        UNIQUE (issue_id, number)
    )""",
    """
    CREATE TABLE article (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kicker TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL DEFAULT '',
        subhead TEXT NOT NULL DEFAULT '',
        column_name TEXT NOT NULL DEFAULT '',
        genre TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        byline TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'zh',
        blocks TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        batch_id INTEGER REFERENCES import_batch(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (page_id, seq)
    )""",
    "CREATE INDEX idx_article_hash ON article(content_hash)",
    """
    CREATE TABLE contributor (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX idx_contributor_article ON contributor(article_id)",
    "CREATE INDEX idx_contributor_name ON contributor(name)",
    """
    CREATE TABLE photo (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        credit TEXT NOT NULL DEFAULT '',
        filename TEXT NOT NULL DEFAULT '',
        mime TEXT NOT NULL DEFAULT '',
        data BLOB,
        sha256 TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX idx_photo_article ON photo(article_id)",
]


@migrations()
def m002_search_state(db: Database) -> None:
    """What the derived full-text index holds: one row an indexed article, with the content hash
    it was indexed at. Written only after the index commit, so a crash in between is found."""
    db.execute("""
    CREATE TABLE search_state (
        article_id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL
    )""")
    db.execute("PRAGMA user_version = 2")


@migrations()
def m003_saved_search(db: Database) -> None:
    db.execute("""
    CREATE TABLE saved_search (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        sort TEXT NOT NULL DEFAULT 'relevance',
        created_at TEXT NOT NULL
    )""")
    db.execute("PRAGMA user_version = 3")


@migrations()
def m004_search_dirty(db: Database) -> None:
    """Articles changed since the search index last saw them, recorded by triggers in the same
    transaction as the change itself: the index catches up by reading this short list instead
    of comparing every article with search_state."""
    db.execute("CREATE TABLE search_dirty (article_id INTEGER PRIMARY KEY)")
    db.execute("""CREATE TRIGGER article_dirty_insert AFTER INSERT ON article BEGIN
        INSERT OR IGNORE INTO search_dirty VALUES (new.id); END""")
    db.execute("""CREATE TRIGGER article_dirty_update AFTER UPDATE OF content_hash ON article BEGIN
        INSERT OR IGNORE INTO search_dirty VALUES (new.id); END""")
    db.execute("""CREATE TRIGGER article_dirty_delete AFTER DELETE ON article BEGIN
        INSERT OR IGNORE INTO search_dirty VALUES (old.id); END""")
    db.execute("""INSERT OR IGNORE INTO search_dirty
        SELECT a.id FROM article a LEFT JOIN search_state s ON s.article_id = a.id
        WHERE s.content_hash IS NULL OR s.content_hash != a.content_hash""")
    db.execute("""INSERT OR IGNORE INTO search_dirty
        SELECT article_id FROM search_state WHERE article_id NOT IN (SELECT id FROM article)""")
    db.execute("PRAGMA user_version = 4")


@migrations()
def m005_page_sections(db: Database) -> None:
    """A page is known by its section and its number (A05 and B05 are two pages): the UNIQUE
    constraint gains the section. SQLite cannot change a constraint, so the table is rebuilt
    (the archive turns foreign keys off around migrations, so nothing cascades)."""
    db.execute("""
    CREATE TABLE page_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '',
        raw_text TEXT NOT NULL DEFAULT '',
        batch_id INTEGER REFERENCES import_batch(id),
        UNIQUE (issue_id, section, number)
    )""")
    db.execute("INSERT INTO page_new (id, issue_id, number, name, section, raw_text, batch_id) "
               "SELECT id, issue_id, number, name, section, raw_text, batch_id FROM page")
    db.execute("DROP TABLE page")
    db.execute("ALTER TABLE page_new RENAME TO page")
    db.execute("PRAGMA user_version = 5")


@migrations()
def m006_continuations(db: Database) -> None:
    """An article continued on another page (下转第3版 / 上接第1版): which part is waiting for the
    other, or that the two were joined (see Article.continues)."""
    db.execute("ALTER TABLE article ADD COLUMN continues TEXT NOT NULL DEFAULT ''")
    db.execute("PRAGMA user_version = 6")


@migrations()
def m007_page_scans(db: Database) -> None:
    """Scanned pages: the page's image (the original file, kept beside the archive under its
    SHA-256, see store.images) and every line the OCR read, with its box, confidence, character
    boxes and the article it went to."""
    db.execute("""
    CREATE TABLE page_scan (
        page_id INTEGER PRIMARY KEY REFERENCES page(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        mime TEXT NOT NULL DEFAULT '',
        frame INTEGER NOT NULL DEFAULT 0,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL
    )""")
    db.execute("CREATE INDEX idx_page_scan_sha ON page_scan(sha256)")
    db.execute("""
    CREATE TABLE scan_line (
        id INTEGER PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        article_id INTEGER REFERENCES article(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        x0 INTEGER NOT NULL, y0 INTEGER NOT NULL, x1 INTEGER NOT NULL, y1 INTEGER NOT NULL,
        confidence REAL NOT NULL,
        chars TEXT NOT NULL DEFAULT '[]'
    )""")
    db.execute("CREATE INDEX idx_scan_line_page ON scan_line(page_id, seq)")
    db.execute("CREATE INDEX idx_scan_line_article ON scan_line(article_id)")
    db.execute("PRAGMA user_version = 7")


@migrations()
def m008_corrections(db: Database) -> None:
    """OCR corrections: each change of a line or a paragraph, with who, when, the old text and the
    new, and whether it was undone. A corrected line keeps the recogniser's own text in ocr_text."""
    db.execute("""
    CREATE TABLE correction (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        line_id INTEGER REFERENCES scan_line(id) ON DELETE SET NULL,
        block INTEGER NOT NULL,
        old_text TEXT NOT NULL,
        new_text TEXT NOT NULL,
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        undone_at TEXT,
        undone_by TEXT
    )""")
    db.execute("CREATE INDEX idx_correction_article ON correction(article_id, id)")
    db.execute("ALTER TABLE scan_line ADD COLUMN ocr_text TEXT")
    db.execute("PRAGMA user_version = 8")


@migrations()
def m009_text_layers_and_facsimiles(db: Database) -> None:
    """A PDF page with a text layer is kept as a page image too (its lines and boxes from the text
    layer, marked text_layer so it is not taken for OCR), and an article may have a facsimile: a
    region of a stored page image printed above its text."""
    db.execute("ALTER TABLE page_scan ADD COLUMN text_layer INTEGER NOT NULL DEFAULT 0")
    db.execute("""
    CREATE TABLE facsimile (
        article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
        page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
        x0 INTEGER NOT NULL, y0 INTEGER NOT NULL, x1 INTEGER NOT NULL, y1 INTEGER NOT NULL,
        who TEXT NOT NULL,
        at TEXT NOT NULL
    )""")
    db.execute("PRAGMA user_version = 9")


@migrations()
def m010_wire_items_and_agency_fields(db: Database) -> None:
    """News agency copy and library titles (issue 31): a publication is a printed paper or an
    agency's wire (whose items are dated and stored on page number 0, no page), with the title's
    identifier (an LCCN); an issue has its volume; an article keeps the abstract, the note to
    editors and the tagline agencies send with it."""
    db.execute("ALTER TABLE publication ADD COLUMN kind TEXT NOT NULL DEFAULT 'paper'")
    db.execute("ALTER TABLE publication ADD COLUMN identifier TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX idx_publication_identifier ON publication(identifier) WHERE identifier != ''")
    db.execute("ALTER TABLE issue ADD COLUMN volume TEXT NOT NULL DEFAULT ''")
    for column in ("abstract", "note", "tagline"):
        db.execute(f"ALTER TABLE article ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    db.execute("PRAGMA user_version = 10")


@migrations()
def m011_page_fixes(db: Database) -> None:
    """Pages whose split into articles the archivist fixed (in the import preview, or after: split,
    merge, retitle): `baoku pages export-labels` writes them out as labelled examples."""
    db.execute("""
    CREATE TABLE page_fix (
        page_id INTEGER PRIMARY KEY REFERENCES page(id) ON DELETE CASCADE,
        fixes INTEGER NOT NULL,
        at TEXT NOT NULL
    )""")
    db.execute("PRAGMA user_version = 11")


@migrations()
def m012_editing(db: Database) -> None:
    """An editor's daily work (issue 26): a trash for what was deleted (the rows it took, to put
    back), the window's undo history (each step's inverse statements, see store.history),
    collections (专题) of articles in an order of their own, a note (批注) per article, and a
    paper's publishing schedule: days of the week, other names, its first and last issue.
    Collections and notes are searchable, so changing them marks the articles for the index."""
    for statement in EDITING_TABLES:
        db.execute(statement)
    db.execute("PRAGMA user_version = 12")



@migrations()
def m013_layout_blocks(db: Database) -> None:
    """A scanned page's layout: its blocks as the layout stage read them (class, box, reading
    order), each OCR line in its block; and the corrections made to it in the page view (a block
    moved to another article, or to another place in its own), kept by the page's place in its
    issue and the blocks' boxes, so that they are made again when the page is read again (an
    import with --replace deletes the page and stores it anew)."""
    db.execute("""
    CREATE TABLE layout_block (
        id INTEGER PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        x0 INTEGER NOT NULL, y0 INTEGER NOT NULL, x1 INTEGER NOT NULL, y1 INTEGER NOT NULL
    )""")
    db.execute("CREATE INDEX idx_layout_block_page ON layout_block(page_id, seq)")
    db.execute("ALTER TABLE scan_line ADD COLUMN block_id INTEGER REFERENCES layout_block(id) ON DELETE SET NULL")
    db.execute("""
    CREATE TABLE layout_edit (
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
        section TEXT NOT NULL DEFAULT '',
        number INTEGER NOT NULL,
        x0 INTEGER NOT NULL, y0 INTEGER NOT NULL, x1 INTEGER NOT NULL, y1 INTEGER NOT NULL,
        after_x0 INTEGER, after_y0 INTEGER, after_x1 INTEGER, after_y1 INTEGER,
        who TEXT NOT NULL,
        at TEXT NOT NULL
    )""")
    db.execute("CREATE INDEX idx_layout_edit_page ON layout_edit(issue_id, section, number)")
    db.execute("PRAGMA user_version = 13")


# The article columns the search index's text is made from (see search.documents).
INDEXED_TEXT = ("kicker", "headline", "subhead", "column_name", "byline", "source", "abstract", "note", "tagline",
                "blocks")


@migrations()
def m014_search_previous(db: Database) -> None:
    """The text of an indexed article as it was before a change (an edit, a correction, a
    deletion), kept by triggers in the same transaction until the search index has replaced
    it: the index stores no copy of the text, and removes an article's old entries by reading
    the version it indexed (see search.recall)."""
    columns = ", ".join(INDEXED_TEXT)
    olds = ", ".join(f"old.{c}" for c in INDEXED_TEXT)
    db.execute(f"""CREATE TABLE search_previous (id INTEGER PRIMARY KEY AUTOINCREMENT, article_id INTEGER NOT NULL,
        content_hash TEXT NOT NULL, {", ".join(f"{c} TEXT" for c in INDEXED_TEXT)})""")
    db.execute("CREATE INDEX idx_search_previous_article ON search_previous(article_id)")
    indexed = "EXISTS (SELECT 1 FROM search_state s WHERE s.article_id = old.id)"
    for name, event in (("update", "UPDATE OF content_hash"), ("delete", "DELETE")):
        db.execute(f"""CREATE TRIGGER article_previous_{name} BEFORE {event} ON article WHEN {indexed} BEGIN
            INSERT INTO search_previous (article_id, content_hash, {columns})
            VALUES (old.id, old.content_hash, {olds}); END""")
    db.execute("PRAGMA user_version = 14")


@migrations()
def m015_search_state_count(db: Database) -> None:
    """An index on search_state's key alone. Every command's first check counts the record
    (store.ledger.counts): SQLite counts a million rows of this narrow index in 4 ms, against
    30 ms over the table's rows, which carry their content hashes."""
    db.execute("CREATE INDEX idx_search_state_count ON search_state(article_id)")
    db.execute("PRAGMA user_version = 15")


@migrations()
def m016_photo_box(db: Database) -> None:
    """A photo cut from a scan keeps its box on the page image in columns of its own (NULL for a
    photo that came with its file). Until now the box was in the photo's file name
    (figure1@120,340,560,700.jpg): it is moved from there into the columns, and the name is left
    without it (figure1.jpg), so that one place says where a picture stood."""
    from ..model import box_in_name, name_without_box

    for column in ("x0", "y0", "x1", "y1"):
        db.execute(f"ALTER TABLE photo ADD COLUMN {column} INTEGER")
    for pid, name in db.execute("SELECT id, filename FROM photo WHERE filename LIKE 'figure%@%'").fetchall():
        box = box_in_name(name)
        if box is not None:
            db.execute("UPDATE photo SET x0 = ?, y0 = ?, x1 = ?, y1 = ?, filename = ? WHERE id = ?",
                       [*box, name_without_box(name), pid])
    db.execute("PRAGMA user_version = 16")


@migrations()
def m017_photo_caption_box(db: Database) -> None:
    """A photo keeps the box of its caption on the page image (caption_x0..caption_y1, NULL when it
    has none), as the import paired them. The photos stored before get theirs paired once from the
    page's layout blocks (store.oldcaptions), as the page view paired them each time until now."""
    from .oldcaptions import PAIRED

    for column in ("caption_x0", "caption_y0", "caption_x1", "caption_y1"):
        db.execute(f"ALTER TABLE photo ADD COLUMN {column} INTEGER")
    paired = db.execute(PAIRED).fetchall()
    db.conn.executemany("UPDATE photo SET caption_x0 = ?, caption_y0 = ?, caption_x1 = ?, caption_y1 = ? WHERE id = ?",
                        [(*box, pid) for pid, *box in paired])
    db.execute("PRAGMA user_version = 17")
