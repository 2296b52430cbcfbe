"""What a search gives back."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ValidationError

MAX_HITS = 1_000_000  # the most hits one search lists (a limit of 0 lists them all)


def checked_limit(limit: int) -> int:
    """How many hits a search is asked to list, when it can: 0 (all) to MAX_HITS; a negative or
    absurd number is refused (before it reaches the index, where it read as damage)."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= MAX_HITS:
        raise ValidationError(f"a search lists from 0 (all) to {MAX_HITS:,} hits, not {limit}")
    return limit


@dataclass
class Hit:
    id: int
    headline: str
    date: str
    score: float
    snippet: str
    highlights: list[tuple[int, int]]  # offsets into snippet
    # The same text printed elsewhere among the matches (a reprint): ids, and where each was printed.
    also: list[int] = field(default_factory=list)
    also_printed: list[tuple[str, str, int]] = field(default_factory=list)  # (paper, date, page)


@dataclass
class SearchResult:
    total: int  # exact: every article that matches
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]  # over all matches: year, publication, column, source
    ids: list[int] = field(default_factory=list)  # every match in result order, one per text
    months: list[tuple[str, int]] = field(default_factory=list)  # (YYYY-MM, matches), by month
    distinct: int = -1  # how many different texts the matches are (reprints counted once)
    copies: dict[int, list[int]] = field(default_factory=dict)  # a listed id -> its reprints among the matches
    not_yet_indexed: int = 0  # changes being imported or indexed right now: not in this result yet
    disk_full: bool = False  # the index could not take them: the disk is full
    read_only: bool = False  # the archive is read-only here: they cannot be indexed now

    def __post_init__(self) -> None:
        if self.distinct < 0:
            self.distinct = self.total
