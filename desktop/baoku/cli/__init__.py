"""The `baoku` command. With no arguments it opens the desktop app; subcommands do the rest, one
module a group of them (each with `add_parsers` and `COMMANDS`), all calling the core.

Errors the user can act on print one line on stderr and exit 1; nothing prints a traceback unless
it is a bug.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from .. import __version__
from ..core.address import ServerAddress
from ..core.coded import Coded
from ..core.errors import BaokuError, disk_full
from ..core.paths import default_archive
from . import (clipping, correcting, desktop, editing, exporting, importing, maintenance, migrating, reading, searching,
               server)
from .output import archive_option, err, error_line, quiet_stdout, shown_in_any_encoding

GROUPS = (importing, reading, searching, exporting, maintenance, migrating, desktop, correcting, clipping, editing, server)
COMMANDS = {name: run for group in GROUPS for name, run in group.COMMANDS.items()}
# The commands that work on a server archive (postgresql://…) so far; any other says so in one line.
ON_SERVER = frozenset({"audit", "backup", "check", "cite", "clip", "collection", "correct", "delete", "edit", "export",
                       "import", "issue", "list", "merge", "migrate", "note", "pages", "paper", "restore", "saved",
                       "search", "server", "show", "split", "stats", "trash"})


def _server_error(e: Exception):
    """A server archive's refusal (a permission, a lost connection) as one line; None for any other error."""
    if "psycopg" not in sys.modules:
        return None
    from ..core.store.server.connection import server_error

    return server_error(e)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="baoku", description="Baoku 报库: an archive for newspaper issues. "
        "Run without a command to open the desktop app.")
    archive_option(p, top=True)
    p.add_argument("--version", action="version", version=f"baoku {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    for group in GROUPS:  # the order `baoku --help` lists them in
        group.add_parsers(sub)
    return p


def quiet_libraries() -> None:
    """No library speaks on the terminal. With no logging set up, Python prints any library's
    warning to stderr (pypdf's "EOF marker not found" above a damaged PDF's refusal), and a
    library's Python warning with its source line (Pillow's "UserWarning: Corrupt EXIF data" above
    a cut TIFF's refusal); both go to logging, which says nothing. What matters reaches the user
    in Baoku's own words: a refusal, a warning in the import report."""
    import logging
    import warnings

    # (set each time, not through logging.captureWarnings, which does nothing once it has been on
    # and the warnings module's state has since been put back, as a test's catch_warnings does)
    warnings.showwarning = _warning_to_log
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _warning_to_log(message, category, filename, lineno, file=None, line=None) -> None:
    import logging
    import warnings

    logging.getLogger("py.warnings").warning("%s", warnings.formatwarning(message, category, filename, lineno, line))


# What a Ctrl-C leaves, by command (the rest write in one transaction, or write nothing).
INTERRUPTED = {
    "import": "every finished issue is stored, the one in progress was not",
    "reindex": "the search index catches up with the archive on the next search or reindex",
    "export": "no file was written",
    "migrate": "what was copied is kept; run the same migrate again to go on",
}


def _damaged_file(e: Exception, archive_path) -> str | None:
    """One line for an archive file SQLite finds damaged (a damaged search index is rebuilt on
    its own: search.index): what happened and what to do, never a traceback."""
    if not isinstance(e, sqlite3.DatabaseError) or isinstance(e, sqlite3.IntegrityError):
        return None
    if not any(w in str(e) for w in ("malformed", "not a database", "encrypted")):
        return None
    return (f"the archive file {archive_path} is damaged ({e}); nothing was changed. Restore it from a "
            "backup (baoku restore FILE)")


def _file_worked_on(args: argparse.Namespace, archive_path):
    """The archive file a command reads: migrate's own file (its source or destination, whichever
    is not a server's address), else --archive. A damaged file given to migrate was said as
    the default archive.db, which the command never opened."""
    if args.command == "migrate":
        from ..core.address import is_server_address

        return next((p for p in (args.source, args.dest) if not is_server_address(p)), archive_path)
    return archive_path


def _named(name: str, argv: list[str]) -> str:
    """An argument as the user gave it: its option (--max-file-mb), or the positional's name."""
    option = "--" + name.replace("_", "-")
    return option if any(a == option or a.startswith(option + "=") for a in argv) else f"the {name} argument"


def _not_utf8_argument(args: argparse.Namespace, argv: list[str]) -> str | None:
    """One line for a text argument (a query, a name, an option's value) holding bytes UTF-8 cannot
    read: a terminal in GBK. A path may be any bytes (it names a file as it is on disk)."""
    from ..core.files import as_read, not_utf8

    for name, value in vars(args).items():
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str) and not_utf8(v):
                shown, encoding = as_read(v)
                read = f" (read as {encoding} it is 「{shown}」)" if encoding else f" ({shown})"
                return (f"{_named(name, argv)} is not UTF-8 text{read}: the terminal sends another encoding; set it to "
                        "UTF-8 (LANG=zh_CN.UTF-8) and give it again; nothing was changed")
    return None


def too_large(named: str, v: int) -> str | None:
    """One line for a number no archive row can have (an id or a count past SQLite's 64-bit
    integers), which SQLite would refuse with a traceback; None for any other."""
    return None if -2**63 <= v < 2**63 else f"{named} {v} is too large for any archive; nothing was changed"


def _absurd_number(args: argparse.Namespace, argv: list[str]) -> str | None:
    """too_large's line for the first number argparse read that is past SQLite's integers."""
    for name, value in vars(args).items():
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, int) and not isinstance(v, bool) and too_large("", v):
                return too_large(_named(name, argv), v)
    return None


def main(argv: list[str] | None = None) -> int:
    from .clipping import glued_box
    from .searching import minus_words

    quiet_libraries()
    note = shown_in_any_encoding()
    if note:
        err.print(note, markup=False, highlight=False)
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parser.parse_args(minus_words(glued_box(argv)))
    refused = _not_utf8_argument(args, argv) or _absurd_number(args, argv)
    if refused:
        err.print(f"baoku: error: {refused}", markup=False)
        return 1
    archive_path = args.archive or default_archive()
    if isinstance(archive_path, ServerAddress) and args.command is not None and args.command not in ON_SERVER:
        what = f"baoku {args.command}"
        refusal = Coded("not_on_server", what=what, address=archive_path.shown(), available=sorted(ON_SERVER))
        err.print(f"baoku: error: {refusal}", markup=False)
        return 1
    if args.command is None:
        return desktop.open_gui(archive_path, parser)
    try:
        return COMMANDS[args.command](args, archive_path)
    except BaokuError as e:
        from ..core.errors import MissingGlyphs

        hint = "; --missing-glyphs geta prints 〓 in their place" if isinstance(e, MissingGlyphs) else ""
        err.print(f"baoku: error: {error_line(str(e))}{hint}", markup=False)
        return 1
    except BrokenPipeError:  # `baoku list | head`: the reader went away; nothing is wrong
        quiet_stdout()
        return 0
    except (OSError, sqlite3.OperationalError) as e:
        if not disk_full(e):
            raise
        err.print(f"baoku: error: the disk is full ({e}); what was finished before is stored", markup=False)
        return 1
    except Exception as e:
        refused = _server_error(e) or _damaged_file(e, _file_worked_on(args, archive_path))
        if refused is None:
            raise
        err.print(f"baoku: error: {error_line(str(refused))}", markup=False)
        return 1
    except KeyboardInterrupt:
        err.print(f"baoku: interrupted; {INTERRUPTED.get(args.command, 'nothing half-done was kept')}")
        return 130


