"""What an action changed in the archive, so every view can refresh itself (after Anki's OpChanges).

An action that writes returns a `Changes` beside its result; the window announces it once, and
each view looks at the kinds it shows: the browse tree and calendar at ISSUES, the article list
and the reader at ARTICLES (and `ids`, when it knows them), the saved-search list at SAVED, the
collections pane at COLLECTIONS, the trash at TRASH.
Nothing wires "after an import, refresh the tree" by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ARCHIVE = "archive"  # another archive was opened: everything is new
ISSUES = "issues"  # publications, issues or pages came or went (the tree, the calendar)
ARTICLES = "articles"  # articles were added, edited or moved (the list, the reader, results)
SAVED = "saved"  # saved searches
COLLECTIONS = "collections"  # collections (专题) came, went or changed what they hold
TRASH = "trash"  # something went into the trash or came out of it
KINDS = (ARCHIVE, ISSUES, ARTICLES, SAVED, COLLECTIONS, TRASH)


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = frozenset()
    ids: frozenset[int] = frozenset()  # the articles touched, when the action knows them

    def __post_init__(self):
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")

    @classmethod
    def of(cls, *kinds: str, ids=()) -> Changes:
        return cls(frozenset(kinds), frozenset(ids))

    def __contains__(self, kind: str) -> bool:
        return kind in self.kinds or (ARCHIVE in self.kinds and kind in KINDS)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.ids | other.ids)


@dataclass
class Outcome:
    """A result, what producing it changed, and what the user should hear of beside it (coded
    warnings: a backup written without page images that were not there to copy)."""

    value: object = None
    changes: Changes = field(default_factory=Changes)
    warnings: list = field(default_factory=list)
