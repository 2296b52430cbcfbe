"""A server archive that only reads rows for display (the window's main thread: core.app.library.reader),
read again once on a new connection when the server went away under it.

A window kept open over a server restart found its reader's connection closed at the next row it
showed: the article view raised psycopg's AdminShutdown in a Qt slot, and showed nothing. A read
changes nothing, so asking again (ServerArchive.conn connects again) is always safe; a write is
never retried (see gui.session)."""

from __future__ import annotations

import functools

from .connection import connection_lost


class Rereading:
    """`archive`'s every method, each call made once more when the first met a lost connection.
    Everything else (its address, whether it is on a server) is the archive's own."""

    def __init__(self, archive):
        self._archive = archive

    def __getattr__(self, name: str):
        value = getattr(self._archive, name)
        if not callable(value) or name in ("close", "transaction"):
            return value

        @functools.wraps(value)
        def again(*args, **kwargs):
            try:
                return value(*args, **kwargs)
            except Exception as e:
                if not connection_lost(e):
                    raise
                return getattr(self._archive, name)(*args, **kwargs)

        return again

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self._archive.close()
