"""An article's facsimile on a server archive (server migration 15): a region of one of the
archive's page images printed above the article's text, as the embedded archive keeps it
(store/schema.py migration 9, store.clipping.attach_facsimile). The image is the page's, in the
archive's image store (store.server.imagestore), named by its SHA-256: a facsimile holds only its
page and its box. Written by archivists (clipping, attaching), logged in the audit log like the
other records (so the window's undo puts it back), and announced as a change of articles."""

from __future__ import annotations

from .audit import triggers

TABLE = "facsimile"

# -- server migration 15: facsimiles (kept in one block: parallel branches renumber at merge) -------
MIGRATION = [
    f"""CREATE TABLE {TABLE} (
        article_id bigint PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
        page_id bigint NOT NULL REFERENCES page(id) ON DELETE CASCADE,
        x0 integer NOT NULL, y0 integer NOT NULL, x1 integer NOT NULL, y1 integer NOT NULL,
        who text NOT NULL,
        at text NOT NULL)""",
    f"CREATE INDEX idx_facsimile_page ON {TABLE}(page_id)",
    *triggers((TABLE,)),
    f"CREATE TRIGGER notify_{TABLE} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {TABLE} "
    "FOR EACH STATEMENT EXECUTE FUNCTION baoku_notify('articles')",
]
