"""Connecting to a server archive from its address (postgresql://user@host/db?sslmode=…), with
psycopg 3. Everything in the address goes to libpq as written (sslmode, sslrootcert, service, a
socket folder as host=…), but a password: that lives in ~/.pgpass, a service file or libpq's
environment (PGPASSWORD, PGPASSFILE), never in an address a window would keep in its settings
and a shell in its history."""

from __future__ import annotations

from ...address import ServerAddress
from ...coded import Coded
from ...errors import ArchiveUnavailable, ValidationError

CONNECT_TIMEOUT = 10  # seconds, unless the address says otherwise
APPLICATION = "baoku"
INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE
READ_ONLY = "25006"  # a write in a read-only transaction: a hot standby, a database set read-only
CANCELLED = "57014"  # a statement cancelled: its time limit (statement_timeout) passed, or an administrator
# The server went away under a connection: class 08 (connection exception), and the server shut down
# by its administrator (a restart), crashed, or starting up. psycopg gives none where the socket
# closed with no word from the server.
CONNECTION_LOST = ("08", "57P01", "57P02", "57P03")


def conninfo(address: ServerAddress) -> dict[str, str]:
    """The address as libpq's parameters; a malformed address or one holding a password is refused
    (the message never repeats the password)."""
    import psycopg

    try:
        params = psycopg.conninfo.conninfo_to_dict(str(address))
    except psycopg.ProgrammingError as e:
        raise ValidationError(f"{address.shown()} is not a server archive's address: {_first_line(e)}") from None
    if "password" in params:
        raise ValidationError(Coded("server_password_in_address", address=address.shown()))
    return {k: str(v) for k, v in params.items()}


def connect(address: ServerAddress):
    """An open connection in autocommit mode (each transaction is begun explicitly: a connection
    the window keeps open must never sit idle inside one). Failing, one line: ArchiveUnavailable."""
    import psycopg

    params = conninfo(address)
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    params.setdefault("application_name", APPLICATION)
    try:
        conn = psycopg.connect(**params, autocommit=True)
    except psycopg.OperationalError as e:
        raise ArchiveUnavailable(Coded("server_unreachable", address=address.shown(), reason=_refusal(e))) \
            from None
    # Every statement is planned for its own values. psycopg prepares a statement run five times,
    # and PostgreSQL may then keep one generic plan for it, which tests a `= ANY(array)` parameter
    # row by row against the whole array (not hashed, as it is for a value it knows): a window's
    # long session would slow down where a fresh command does not (27q saw 2.9 s for one word).
    conn.execute("SET plan_cache_mode = force_custom_plan")
    # No JIT: Baoku's statements are short, and PostgreSQL compiles a statement whose estimated
    # cost passes jit_above_cost (100,000), which a plan with a disabled scan (the GIN-only token
    # test) or a ranking over many postings does: the compiling cost more than the statement.
    conn.execute("SET jit = off")
    # Text goes both ways in UTF-8, whatever the user's environment asks (PGCLIENTENCODING=LATIN1,
    # PGOPTIONS): in another encoding Chinese could not be sent, and SQL_ASCII gave back bytes.
    conn.execute("SET client_encoding TO 'UTF8'")
    stored_in = conn.info.parameter_status("server_encoding")
    if stored_in != "UTF8":  # made with createdb -E LATIN1 or SQL_ASCII: no archive can live there
        conn.close()
        raise ArchiveUnavailable(Coded("server_encoding", address=address.shown(), encoding=stored_in or "?"))
    return conn


def server_error(e: BaseException, address: ServerAddress | None = None) -> ArchiveUnavailable | None:
    """An error the server gave (a permission it refused, the connection lost, a statement it
    cancelled) as one line, or None when `e` is not the server's."""
    import psycopg

    if not isinstance(e, psycopg.Error):
        return None
    shown = address.shown() if address is not None else ""
    if connection_lost(e):
        return ArchiveUnavailable(Coded("server_connection_lost", address=shown, reason=_first_line(e)))
    if getattr(e, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:  # the user's roles do not allow it (server.roles)
        return ArchiveUnavailable(Coded("server_role_refused", address=shown, reason=_first_line(e)))
    if getattr(e, "sqlstate", None) == READ_ONLY:  # a standby, or default_transaction_read_only
        return ArchiveUnavailable(Coded("server_read_only", address=shown, reason=_first_line(e)))
    if getattr(e, "sqlstate", None) == CANCELLED:  # statement_timeout, or an administrator's pg_cancel_backend
        return ArchiveUnavailable(Coded("server_cancelled", address=shown, reason=_first_line(e)))
    where = f"the server archive {shown}" if shown else "the server archive"
    return ArchiveUnavailable(f"{where} refused or stopped: {_first_line(e)}")


def connection_lost(e: BaseException) -> bool:
    """Whether `e` is the server going away under a connection (a restart, a crash, the network),
    said by psycopg, or by Baoku once it was said (server_connection_lost)."""
    if getattr(getattr(e, "coded", None), "code", None) == "server_connection_lost":
        return True
    import psycopg

    if not isinstance(e, psycopg.OperationalError):
        return False
    state = getattr(e, "sqlstate", None)
    return state is None or state.startswith(CONNECTION_LOST[0]) or state in CONNECTION_LOST[1:]


def _refusal(e: BaseException) -> str:
    """What the server (or the socket) said when a connection failed, without libpq's frame around
    it: `connection failed: connection to server on socket "/…/.s.PGSQL.5432" failed: FATAL:  database
    "x" does not exist` is `database "x" does not exist`."""
    line = _first_line(e)
    said = line.rsplit("FATAL:", 1)[-1] if "FATAL:" in line else line.rsplit(" failed: ", 1)[-1]
    return said.strip() or line


def _first_line(e: BaseException) -> str:
    """What the server said (its primary message), else the error's first line."""
    diag = getattr(e, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    text = (primary or str(e)).strip()
    return text.splitlines()[0].strip() if text else type(e).__name__
