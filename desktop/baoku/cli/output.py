"""What every command shares: the consoles, opening the archive, progress bars, one-line notes,
the index brought up to date, and text made safe for rich."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rich.console import Console

from ..core.plural import plural



class _Console(Console):
    def on_broken_pipe(self) -> None:
        """The reader went away (`baoku search … | head -1`): the command ends as main says, with
        success and nothing more printed. Rich's own exits with status 1."""
        raise BrokenPipeError


out = _Console(highlight=False, soft_wrap=True)
if not out.is_terminal:  # piped: do not fold tables to 80 columns
    out = _Console(highlight=False, soft_wrap=True, width=200)
err = _Console(stderr=True, highlight=False, soft_wrap=True)



def said_beside(path) -> Console:
    """Where to say what was written to `path`: stderr when `path` is this command's stdout
    (`-o /dev/stdout | less`: the line would end up inside the document), else stdout."""
    import os

    try:
        mine, theirs = os.fstat(sys.stdout.fileno()), os.stat(path)
        return err if (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino) else out
    except (OSError, ValueError, AttributeError):  # (no stdout of its own: captured, closed)
        return out


def archive_option(parser: argparse.ArgumentParser, top: bool) -> None:
    from ..core.address import archive_address

    parser.add_argument(
        "--archive", metavar="PATH|URL", type=archive_address,
        default=None if top else argparse.SUPPRESS,
        help="archive file, or a server archive's postgresql://user@host/db address (default: $BAOKU_ARCHIVE, "
             "else archive.db in the project folder)")


def in_range(value: int | None, option: str, lo: int, hi: int, meaning: str = "") -> int | None:
    """A number option's value when it is from lo to hi (None: not given); else one line naming the
    option, before any work."""
    if value is not None and not lo <= value <= hi:
        from ..core.errors import ValidationError

        raise ValidationError(f"{option} {value}: give a whole number from {lo} to {hi}{meaning}")
    return value


def shown_in_any_encoding() -> str | None:
    """A terminal or pipe whose encoding cannot hold every character (ASCII, Latin-1, GBK for a
    character past it: PYTHONIOENCODING, an old locale) shows what it cannot as an escape
    (\\u6cc9), where Python's UnicodeEncodeError ended the command in a traceback halfway through
    its output. One note when it cannot show Chinese at all, saying what to set; else None."""
    import codecs

    unable = None
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            if codecs.lookup(encoding).name.startswith("utf"):
                continue
            stream.reconfigure(errors="backslashreplace")
        except (LookupError, AttributeError, ValueError):  # (not a text stream of io's: left as it is)
            continue
        try:
            "报库".encode(encoding)
        except UnicodeEncodeError:
            unable = unable or encoding
    if unable is None:
        return None
    return (f"baoku: note: this terminal's encoding ({unable}) cannot show Chinese, which is shown as \\u "
            "escapes; set it to UTF-8 (LANG=zh_CN.UTF-8) to read it")


def quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's flush at exit does not fail on the closed pipe."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def open_archive(path, *, create: bool = True):
    """The archive at `path`: a file, or a server archive's address (postgresql://…)."""
    from ..core.address import ServerAddress

    if isinstance(path, ServerAddress):
        from ..core.store.server import ServerArchive

        return ServerArchive(path, create=create)
    from ..core.store import Archive

    return Archive(path, create=create)


def open_existing(path):
    from ..core.address import ServerAddress
    from ..core.errors import ArchiveUnavailable

    if isinstance(path, ServerAddress):
        return open_archive(path, create=False)
    from ..core.files import usable_name

    if not usable_name(path).exists():
        raise ArchiveUnavailable(f"no archive at {path}; import something first (baoku import …)")
    return open_archive(path, create=False)


def open_library(path: Path, notify=None):
    """The archive with its search index, for a command that acts through the application layer
    (core/app/actions), as the window does."""
    from ..core.app import Library

    return Library(path, create=False, notify=notify)


class QuietBar:
    """The progress bar where none is drawn (stderr is not a terminal, or the command was asked
    not to show one): it takes the bar's calls and shows nothing, without loading rich.progress."""

    def __enter__(self) -> QuietBar:
        return self

    def __exit__(self, *exc) -> None:
        return None

    def add_task(self, *args, **kwargs) -> int:
        return 0

    def update(self, *args, **kwargs) -> None:
        return None

    advance = remove_task = update


def progress_bar(*, total_bar: bool = True, disable: bool = False):
    """A rich progress bar on stderr, drawn only on a terminal (rich.progress is imported only
    then: a script or a pipe running one short command does not pay for it)."""
    if disable or not err.is_terminal:
        return QuietBar()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = [TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn()]
    if total_bar:
        columns.append(TimeRemainingColumn())
    return Progress(*columns, console=err, transient=True)


def index_behind(archive) -> bool:
    from ..core.store.ledger import SearchLedger

    return SearchLedger(archive).behind()


def sync_index(archive, bar=None, rebuild: bool = False, wait: bool = True) -> int:
    """Index what is pending. With wait=False (after an import), when another Baoku is updating
    the index right now, leave it to that one (it takes these articles too) instead of waiting."""
    from ..core.search.index import SearchIndex

    task = bar.add_task("indexing", total=None) if bar else None

    def progress(done: int, total: int) -> None:
        if bar and task is not None:
            bar.update(task, completed=done, total=total)

    with SearchIndex(archive, notify=note) as index:
        done = index.sync(progress, rebuild=rebuild, wait=wait)
        if index.handed_off:
            note(f"another Baoku is updating the search index right now; it indexes these "
                  f"{plural(index.handed_off, 'change')} too")
        return done


def ask(question: str) -> bool:
    """A yes/no question on the terminal; no (the default) unless the user says yes."""
    err.print(f"{esc(question)} [y/N] ", end="")
    try:
        return input().strip().lower() in ("y", "yes", "是")
    except EOFError:
        return False


def note(message: str) -> None:
    err.print(f"[yellow]note[/] {esc(message)}")


def esc(text: str) -> str:
    """Text from the archive or a file, for rich: its markup escaped and its control characters
    shown (visible)."""
    from rich.markup import escape

    return escape(visible(text))


# C0 but tab and line feed, DEL, C1; and the bidirectional embeddings, overrides and isolates, which
# turn the rest of a terminal's line around: a file named 报告\u202efdp.exe printed as 报告exe.pdf.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _shown(m: re.Match) -> str:
    o = ord(m.group())
    if o < 0x20:
        return chr(0x2400 + o)  # ␛ ␇ ␈ ␍: the Control Pictures block
    if o > 0xFF:
        return f"\\u{o:04x}"
    return "\u2421" if o == 0x7F else f"\\x{o:02x}"


def visible(text: str) -> str:
    """Text as the terminal may print it: an escape sequence (ESC, CSI), a bell, a backspace or a
    carriage return in an article would drive the terminal; each is shown as a character
    instead (ESC as ␛, a C1 control as \\x9b). The archive keeps them as they are."""
    return _CONTROL.sub(_shown, text)


def error_line(text: str) -> str:
    """An error as the one line the command line gives it: what another program said over several
    lines (SQLite's integrity check lists each damaged page on a line of its own) joined with
    semicolons, and shown as `visible` shows any text."""
    return visible("; ".join(part.strip() for part in str(text).splitlines() if part.strip()))


def json_text(data, **options) -> str:
    """json.dumps for the terminal: JSON writes C0 controls as \\u escapes but DEL and C1 raw;
    these are escaped too (the same JSON data)."""
    import json

    return re.sub("[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}",
                  json.dumps(data, ensure_ascii=False, **options))




