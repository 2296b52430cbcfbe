"""A server archive as an older Baoku left it, for tests that open one: the columns later server
migrations added to `photo` (19: a scan photo's box), added while this Baoku writes into an
older schema (it writes them) and dropped again after, or dropped from a newer archive that is
then migrated again. One list, so a migration that adds more columns adds them here once."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

LATER_PHOTO_COLUMNS = ("x0", "y0", "x1", "y1")  # server migration 19


def add_photo_columns(conn) -> None:
    """Add the later migrations' photo columns to an archive at an older schema."""
    conn.execute("ALTER TABLE photo " + ", ".join(f"ADD COLUMN {c} integer" for c in LATER_PHOTO_COLUMNS))


def drop_photo_columns(conn) -> None:
    """Drop them again, as an archive at an older schema has no such columns."""
    conn.execute("ALTER TABLE photo " + ", ".join(f"DROP COLUMN {c}" for c in LATER_PHOTO_COLUMNS))


@contextmanager
def later_photo_columns(conn) -> Iterator[None]:
    """The later photo columns there while the block writes into an older archive, gone after."""
    add_photo_columns(conn)
    yield
    drop_photo_columns(conn)
