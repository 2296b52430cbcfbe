"""A server archive as an older Baoku left it, for tests that open one: the columns later server
migrations added to `photo`, added while this Baoku writes into an older schema (it writes them)
and dropped again after, or dropped from a newer archive that is then migrated again. One list,
so a migration that adds more columns adds them here once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

# The photo columns each server migration added, by its number.
LATER_PHOTO_COLUMNS = {
    19: ("x0", "y0", "x1", "y1"),  # a scan photo's box
    20: ("caption_x0", "caption_y0", "caption_x1", "caption_y1"),  # its caption's box
}


def _columns(after: int) -> list[str]:
    return [c for version, names in LATER_PHOTO_COLUMNS.items() if version > after for c in names]


def add_photo_columns(conn, after: int = 0) -> None:
    """Add the photo columns the migrations after `after` added, to an archive at that schema."""
    conn.execute("ALTER TABLE photo " + ", ".join(f"ADD COLUMN {c} integer" for c in _columns(after)))


def drop_photo_columns(conn, after: int = 0) -> None:
    """Drop them again, as an archive at that schema has no such columns."""
    conn.execute("ALTER TABLE photo " + ", ".join(f"DROP COLUMN {c}" for c in _columns(after)))


@contextmanager
def later_photo_columns(conn, after: int = 0) -> Iterator[None]:
    """The photo columns later than schema `after` there while the block writes, gone after."""
    add_photo_columns(conn, after)
    yield
    drop_photo_columns(conn, after)
