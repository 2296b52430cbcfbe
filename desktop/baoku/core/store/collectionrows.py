"""The rows of collections (专题) and notes (批注) in the embedded archive: what store.collections
reads and writes (a server archive's are in store.server.collections)."""

from __future__ import annotations


class CollectionRows:
    """A part of `Archive`."""

    def _existing_articles(self, ids: list[int]) -> set[int]:
        found: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found |= {r[0] for r in self.db.execute(
                f"SELECT id FROM article WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
        return found

    def _collection_id(self, name: str) -> int | None:
        row = self.db.execute("SELECT id FROM collection WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def _make_collection(self, name: str, at: str) -> int:
        return self.db.execute("INSERT INTO collection (name, created_at) VALUES (?, ?)", [name, at]).lastrowid

    def _collection_items(self, collection_id: int) -> list[tuple[int, int]]:
        """(article, seq) of a collection, in its order."""
        return [tuple(r) for r in self.db.execute(
            "SELECT article_id, seq FROM collection_item WHERE collection_id = ? ORDER BY seq, article_id",
            [collection_id])]

    def _put_items(self, collection_id: int, items: list[tuple[int, int]]) -> None:
        """Add (article, seq) to a collection."""
        self.db.conn.executemany("INSERT INTO collection_item (collection_id, article_id, seq) VALUES (?, ?, ?)",
                                 [(collection_id, i, seq) for i, seq in items])

    def _order_items(self, collection_id: int, items: list[tuple[int, int]]) -> None:
        """Give articles of a collection these places (article, seq)."""
        self.db.conn.executemany("UPDATE collection_item SET seq = ? WHERE collection_id = ? AND article_id = ?",
                                 [(seq, collection_id, i) for i, seq in items])

    def _take_item(self, collection_id: int, article_id: int) -> bool:
        return self.db.execute("DELETE FROM collection_item WHERE collection_id = ? AND article_id = ?",
                               [collection_id, article_id]).rowcount > 0

    def _drop_collection(self, collection_id: int) -> None:
        self.db.execute("DELETE FROM collection WHERE id = ?", [collection_id])

    def _rename_collection(self, collection_id: int, name: str) -> None:
        self.db.execute("UPDATE collection SET name = ? WHERE id = ?", [name, collection_id])

    def _collections(self) -> list[dict]:
        """Every collection with how many articles it holds, by name."""
        return list(self.db.query(
            "SELECT c.id, c.name, c.created_at, COUNT(i.article_id) AS articles FROM collection c "
            "LEFT JOIN collection_item i ON i.collection_id = c.id GROUP BY c.id ORDER BY c.name"))

    def _collections_of(self, article_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT c.name FROM collection c JOIN collection_item i ON i.collection_id = c.id WHERE i.article_id = ? "
            "ORDER BY c.name", [article_id])]

    def _note(self, article_id: int) -> str:
        row = self.db.execute("SELECT text FROM note WHERE article_id = ?", [article_id]).fetchone()
        return row[0] if row else ""

    def _put_note(self, article_id: int, text: str, who: str, at: str) -> None:
        """Write the article's note; empty text removes it."""
        if text:
            self.db.execute("INSERT INTO note (article_id, text, who, at) VALUES (?, ?, ?, ?) ON CONFLICT (article_id) "
                            "DO UPDATE SET text = excluded.text, who = excluded.who, at = excluded.at",
                            [article_id, text, who, at])
        else:
            self.db.execute("DELETE FROM note WHERE article_id = ?", [article_id])
