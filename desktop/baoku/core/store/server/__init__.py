"""The archive on a PostgreSQL server (postgresql://…): psycopg 3, a schema and migrations of its
own, and filing safe for many importers at once."""

from .archive import ServerArchive

__all__ = ["ServerArchive"]
