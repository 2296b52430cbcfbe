"""Where an archive is: a file on this computer, or a database on a PostgreSQL server, named by
its URL (postgresql://user@host/db, or postgres://…). A URL is never taken as a file path: read as
one, `postgresql://host/db` would become a folder named `postgresql:` with the archive inside.

Recognising an address imports nothing of the server store; opening one is the store's work."""

from __future__ import annotations

import os
import re
from pathlib import Path

# libpq's two URI schemes (https://www.postgresql.org/docs/current/libpq-connect.html).
SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^\s*(postgresql|postgres):", re.IGNORECASE)


class ServerAddress(str):
    """A server archive's address, exactly as given (a str: it prints as the user wrote it)."""

    def shown(self) -> str:
        """The address as it may be printed: a password written into it (which Baoku refuses, see
        the server store) is never echoed back."""
        return re.sub(r"^(\s*\w+://[^:/@?]*):[^@/?]*@", r"\1:…@", str(self))


def is_server_address(text: str | os.PathLike[str]) -> bool:
    """Whether `text` names a server archive: it begins with postgresql: or postgres:. A path
    that a URL has already been squeezed into (Path('postgresql://h/db') is 'postgresql:/h/db')
    counts too, so that nothing downstream makes a folder of it."""
    return bool(_SCHEME.match(os.fspath(text)))


def archive_address(text: str | os.PathLike[str]) -> Path | ServerAddress:
    """An archive's location as given on the command line or in $BAOKU_ARCHIVE: a server
    address, or a file path."""
    if isinstance(text, ServerAddress):
        return text
    if is_server_address(text):
        return ServerAddress(os.fspath(text).strip())
    return Path(text)
