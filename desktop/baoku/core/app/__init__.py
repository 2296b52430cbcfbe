"""The application layer: every user action is one Qt-free function here (`actions`), which both
front ends call — the `baoku` command and the window's workers. An action works on a `Library`
(the archive, its search index and its write lock), takes what the user asked for and a `Job`
(progress, cancel), keeps the store and the index in step, and returns an `Outcome`: its result
and the `Changes` it made, which the window announces to every view (after Anki's operations).
Refusals are errors with the user's words in them (core.errors); neither front end does the
work twice."""

from ..changes import Changes, Outcome
from .jobs import NO_JOB, Job
from .library import Library

__all__ = ["Changes", "Job", "Library", "NO_JOB", "Outcome"]
