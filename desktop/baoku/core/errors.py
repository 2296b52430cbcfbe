"""Errors the user can act on. Anything else escaping the core is a bug.

Following qutebrowser's split: environment problems (locked, read-only, disk full) are
`ArchiveUnavailable`; bad input is `ImportRejected` or `ValidationError`. Each message is one clear
line a person can read; the CLI prints it without a traceback.
"""


class BaokuError(Exception):
    """Base class for every error with a message meant for the user."""


class ValidationError(BaokuError, ValueError):
    """Input that cannot become a valid archive record; the message says what and where."""


class ImportRejected(BaokuError):
    """A file that cannot be imported (unreadable, malformed, hostile). The archive is unchanged."""


class ArchiveUnavailable(BaokuError):
    """The archive cannot be opened or written: locked, read-only, disk full, not an archive."""


class NotFound(BaokuError, LookupError):
    """No such article, issue or publication."""
