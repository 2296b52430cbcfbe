"""Errors the user can act on. Anything else escaping the core is a bug.

Following qutebrowser's split: environment problems (locked, read-only, disk full) are
`ArchiveUnavailable`; bad input is `ImportRejected` or `ValidationError`. Each message is one clear
line a person can read; the CLI prints it without a traceback.
"""


class BaokuError(Exception):
    """Base class for every error with a message meant for the user."""

    @property
    def coded(self):
        """The message as a code and its values (core.coded.Coded), when it was raised so: each
        front end words it in its own language; None when the message is only English."""
        from .coded import Coded

        return self.args[0] if self.args and isinstance(self.args[0], Coded) else None


class ValidationError(BaokuError, ValueError):
    """Input that cannot become a valid archive record; the message says what and where."""


class MissingGlyphs(ValidationError):
    """Characters no bundled face can draw: nothing is written. `problems` lists (label, characters)
    so each interface says it in its own words (the CLI names its option, the window its checkbox)."""

    def __init__(self, problems: list[tuple[str, list[str]]]):
        self.problems = problems
        listed = "; ".join(f"{label}: " + " ".join(f"{c} (U+{ord(c):04X})" for c in chars[:12])
                           + (f" and {len(chars) - 12} more" if len(chars) > 12 else "") for label, chars in problems)
        super().__init__(f"the bundled fonts have no glyph for: {listed}. Nothing was written")


class ImportRejected(BaokuError):
    """A file that cannot be imported (unreadable, malformed, hostile). The archive is unchanged."""


class FacsimileUnavailable(BaokuError):
    """Some articles' page images are missing or damaged, so their facsimiles cannot print: the
    export stops before writing anything and names them; the user may go on without those."""

    def __init__(self, problems: list[tuple[int, str, str]]):
        self.problems = problems  # (article id, headline, what is wrong with its page image)
        shown = "; ".join(f"article {i} 「{h or '（无题）'}」: {why}" for i, h, why in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"the facsimile of {len(problems)} article(s) cannot be printed: {shown}{more}; nothing "
                         "was written")


class ArchiveUnavailable(BaokuError):
    """The archive cannot be opened or written: locked, read-only, disk full, not an archive."""


class NotWritten(BaokuError):
    """A file the user asked for (an export, citations, a page picture, a backup copy) could not be
    written where they asked: the archive is fine and unchanged, and no part of the file is left.
    Its message is coded (`cannot_write`), saying why in words: no permission, a read-only disk, a
    file where a folder should be, a name too long, a full disk."""


class NotFound(BaokuError, LookupError):
    """No such article, issue or publication."""


def disk_full(e: BaseException, where=None) -> bool:
    """Whether an error says the disk (or the user's quota) is full. SQLite reports a file it
    cannot create on a full disk as a "disk I/O error": with `where` (a path on that disk), that
    counts too when the disk has (next to) no space left."""
    import errno
    import shutil
    import sqlite3

    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if not isinstance(e, sqlite3.OperationalError):
        return False
    if "disk is full" in str(e):
        return True
    if "disk I/O error" in str(e) and where is not None:
        try:
            return shutil.disk_usage(where).free < 1 << 20
        except OSError:
            return False
    return False


def size_limit_reached(e: BaseException, files) -> int | None:
    """The process's file-size limit (`ulimit -f`, RLIMIT_FSIZE) in bytes, when an I/O error comes
    from one of `files` having reached it: the kernel refuses a write past it (EFBIG, SIGXFSZ being
    ignored, as Python does), which SQLite reports as a plain "disk I/O error". Told by the limit
    being set and a file standing at it (within a page); None otherwise."""
    import os
    import sqlite3

    try:
        import resource
    except ImportError:  # (Windows: no such limit)
        return None
    if not isinstance(e, sqlite3.OperationalError) or "disk I/O error" not in str(e):
        return None
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit == resource.RLIM_INFINITY:
        return None
    for f in files:
        try:
            if os.path.getsize(f) > limit - 65536:
                return limit
        except OSError:
            continue
    return None


class DiskFull(ArchiveUnavailable):
    """The disk filled up: what was committed before is whole; the rest waits for space."""


class Cancelled(Exception):
    """The user cancelled long work (OCR of a page) before it ended. Not a BaokuError: it is no
    fault of the file, and it stops the batch rather than failing one file."""
