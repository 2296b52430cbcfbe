"""What says the search index is damaged (a file of it truncated, garbled or missing), as against
a bad query, a busy or full disk, or a plain bug: only damage makes the index be rebuilt."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ..errors import BaokuError


class IndexDamaged(Exception):
    """A file of the index is not what it should be (a folder where a file belongs, a posting run
    cut short, article ids that do not fit their segment), or the index holds an article whose
    indexed text the archive no longer has: the index is rebuilt from the archive, with a note."""


# Where Whoosh reads its files: an error raised there (its readers raise plain Exception("Block
# tag error"), ValueError, KeyError, IndexError on a garbled file) is the file's.
_WHOOSH_READERS = ("codec", "filedb", "reading", "matching")


def damage(e: BaseException) -> str | None:
    """What an error says about the index, when it says the index is damaged; None for anything
    else. A ValueError, KeyError or IndexError is damage only when Whoosh raised it reading the
    index's files: raised anywhere else it is a bug (or a bad query), and rebuilding the whole
    index would hide it and not mend it. Baoku's own readers raise IndexDamaged."""
    import pickle
    import struct
    import zlib

    if isinstance(e, IndexDamaged):
        return str(e)
    if isinstance(e, sqlite3.DatabaseError) and not isinstance(e, sqlite3.OperationalError):
        return str(e)  # "database disk image is malformed", "file is not a database"
    if isinstance(e, sqlite3.OperationalError) and any(
            w in str(e) for w in ("malformed", "no such table", "no such column", "corrupt", "not a database")):
        return str(e)
    if isinstance(e, (zlib.error, struct.error, EOFError, pickle.UnpicklingError)):
        return f"{type(e).__name__}: {e}"
    if isinstance(e, FileNotFoundError):
        return f"a file of it is missing: {Path(e.filename or '').name}"
    if isinstance(e, (IsADirectoryError, NotADirectoryError)):
        return f"a file of it is not a file: {Path(e.filename or '').name}"
    if not isinstance(e, (BaokuError, OSError, MemoryError)) and _raised_reading_whoosh_files(e):
        return f"{type(e).__name__}: {e}"
    if isinstance(e, OSError) and e.errno == errno.EINVAL and _raised_reading_whoosh_files(e):
        return f"a file of it is cut short ({e.strerror})"  # a seek past the end of a truncated file
    return None


def _raised_reading_whoosh_files(e: BaseException) -> bool:
    tb = e.__traceback__
    last = None
    while tb is not None:
        last = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return last is not None and any(f"whoosh{sep}{part}" in last for sep in ("/", "\\") for part in _WHOOSH_READERS)
