"""Where an archive is: a file on this computer, or a database on a PostgreSQL server, named by
its URL (postgresql://user@host/db, or postgres://…). A URL is never taken as a file path: read as
one, `postgresql://host/db` would become a folder named `postgresql:` with the archive inside.

Recognising an address imports nothing of the server store; opening one is the store's work."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

# libpq's two URI schemes (https://www.postgresql.org/docs/current/libpq-connect.html).
SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^\s*(postgresql|postgres):", re.IGNORECASE)


class ServerAddress(str):
    """A server archive's address, exactly as given (a str: it prints as the user wrote it)."""

    def shown(self) -> str:
        """The address as it may be printed: a password written into it (which Baoku refuses, see
        the server store) is never echoed back."""
        return re.sub(r"^(\s*\w+://[^:/@?]*):[^@/?]*@", r"\1:…@", str(self))

    def place(self) -> ServerPlace:
        """The archive as a user knows it: its database, the server's host(s) and the user, read
        from the address as libpq reads it (a host or port in the query, a socket folder, several
        hosts); never its password or its other parameters (sslmode, options, …)."""
        parts = urlsplit(str(self).strip())
        query = dict(parse_qsl(parts.query))
        userinfo, _, hostlist = parts.netloc.rpartition("@")
        user = unquote(userinfo.partition(":")[0]) or query.get("user", "")
        database = unquote(parts.path.lstrip("/")) or query.get("dbname", "") or user
        hosts = [_host_and_port(h) for h in hostlist.split(",") if h]
        if "host" in query or "hostaddr" in query:  # the query's host wins over the URL's, as in libpq
            given = (query.get("host") or query["hostaddr"]).split(",")
            hosts = [(h, p) for h, (_, p) in zip(given, hosts + [("", "")] * len(given))]
        if "port" in query:
            ports = query["port"].split(",")
            hosts = [(h, ports[min(i, len(ports) - 1)]) for i, (h, _) in enumerate(hosts or [("", "")])]
        named = []
        for host, port in hosts:
            if not host or host.startswith(("/", "@")):  # a Unix socket's folder: this computer
                continue
            if port not in ("", str(DEFAULT_PORT)):
                host = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
            named.append(host)
        return ServerPlace(database=database, hosts=tuple(dict.fromkeys(named)), user=user,
                           service=query.get("service", "") if not named else "")


DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerPlace:
    """What names a server archive to its user. `hosts` is empty for a server on this computer
    (reached through a socket) or one named only by a service (`service`)."""

    database: str
    hosts: tuple[str, ...]
    user: str
    service: str = ""


def _host_and_port(text: str) -> tuple[str, str]:
    """`db.example.org:5433`, `[::1]:5433`, `%2Fvar%2Frun` as (host, port)."""
    text = unquote(text)
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        return host, rest.lstrip(":")
    host, colon, port = text.rpartition(":")
    return (host, port) if colon and port.isdigit() else (text, "")


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
