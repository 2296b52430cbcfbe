"""The archivist in the loop, before anything is stored: each page-text page's proposed articles,
where the scorer was unsure, and the three fixes (split, merge, retitle), each one call.

`review_files` reads page-text files as an import would (same metadata, same scorer) and stores
nothing. The window shows the result (gui/importreview.py); what the archivist leaves is what
`import_paths(..., reviewed=...)` stores, page for page (keyed by the file's SHA-256). The CLI's
`baoku import --review` prints the doubtful boundaries.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BaokuError
from ..model import ParsedPage
from .linefeatures import ends_sentence
from .linelabels import HEAD_ROLES
from .metadata import IssueMeta
from .pagebuild import Line
from .pagetext import DOUBT_MARGIN, PageReading, read_page
from .sources import Limits, Skipped, iter_sources

MAX_HEAD_LEN = 40


@dataclass
class Proposed:
    """One proposed article: its lines [first, end) of the page and what the list shows."""
    first: int
    end: int
    title: str  # the headline, or the first line's start when it has none
    headed: bool  # it has a headline of its own (set or found)
    doubt: float | None  # the margin at its first line, when the scorer was unsure there


@dataclass
class PageReview:
    name: str  # the file's name
    digest: str  # SHA-256 of the file's bytes: what the import matches the reviewed page by
    reading: PageReading
    edits: int = 0
    log: list[str] = field(default_factory=list)  # what the archivist did, one line each

    @property
    def lines(self) -> list[Line]:
        return self.reading.lines

    def starts(self) -> list[int]:
        return [i for i, line in enumerate(self.lines) if line.start or i == 0]

    def doubtful(self, i: int) -> bool:
        return i > 0 and abs(self.reading.margins[i]) < DOUBT_MARGIN

    def worth_a_look(self) -> bool:
        """The scorer was unsure somewhere on this page (and the archivist has not looked yet)."""
        return not self.edits and any(self.doubtful(i) for i in range(len(self.lines)))

    def articles(self) -> list[Proposed]:
        starts = self.starts()
        out = []
        for k, first in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(self.lines)
            heads = [line.text for line in self.lines[first:end] if line.role == "headline"]
            title = self.reading.titles.get(first) or (heads[0] if heads else "")
            margin = self.reading.margins[first]
            out.append(Proposed(first, end, title or self.lines[first].text[:24], bool(title),
                                round(abs(margin), 1) if self.doubtful(first) else None))
        return out

    def article_of(self, i: int) -> int:
        """Index of the proposed article line `i` is in."""
        return sum(1 for s in self.starts() if s <= i) - 1

    # -- the archivist's fixes -----------------------------------------------------------------------

    def split(self, i: int) -> None:
        """Start an article at line `i` (a short line with no sentence in it becomes its headline)."""
        if not 0 < i < len(self.lines) or self.lines[i].start:
            raise ValueError(f"line {i + 1} cannot start a new article")
        line = self.lines[i]
        role = "headline" if line.role not in HEAD_ROLES and _display(line.text) else line.role
        self.lines[i] = Line(line.text, True, role, "" if role != line.role else line.kind)
        self._did(f"split before 「{line.text[:12]}」")

    def merge(self, k: int) -> None:
        """Put proposed article k+1 after article k: one article; the second's heads become
        subheadings (their text stays)."""
        starts = self.starts()
        if not 0 <= k < len(starts) - 1:
            raise ValueError(f"there is no article after article {k + 1} to merge")
        nxt = starts[k + 1]
        end = starts[k + 2] if k + 2 < len(starts) else len(self.lines)
        for i in range(nxt, end):
            line = self.lines[i]
            if i == nxt or line.role in HEAD_ROLES:
                role = "subheading" if line.role in HEAD_ROLES else line.role
                self.lines[i] = Line(line.text, False, role, "" if role != line.role else line.kind)
        self.reading.titles.pop(nxt, None)
        self._did(f"merged 「{self.lines[nxt].text[:12]}」 into the article above")

    def retitle(self, k: int, title: str) -> None:
        """Give proposed article k this headline (its text stays as printed)."""
        first = self.starts()[k]
        self.reading.titles[first] = title.strip()
        self._did(f"retitled article {k + 1} 「{title.strip()[:12]}」")

    def _did(self, what: str) -> None:
        self.edits += 1
        self.log.append(what)

    def parsed(self) -> ParsedPage:
        page = self.reading.parsed()
        page.fixes = self.edits
        return page


def _display(text: str) -> bool:
    return len(text) <= MAX_HEAD_LEN and not ends_sentence(text)


def review_files(paths: list[Path], overrides: IssueMeta | None = None, limit: int = 500
                 ) -> tuple[list[PageReview], list[str]]:
    """Each page-text file under `paths` read as an import would, and the files that would fail
    (with why). Other kinds of file are left to the import."""
    from .pagefile import page_text_source

    reviews: list[PageReview] = []
    problems: list[str] = []  # each a Coded where the reader coded it: the window words it
    for path in paths:
        for item in iter_sources(Path(path), Limits()):
            if isinstance(item, Skipped) or item.suffix != ".txt":
                continue
            if len(reviews) >= limit:
                return reviews, problems
            try:
                text, meta, _ = page_text_source(item, overrides)
            except BaokuError as e:
                problems.append(e.coded or str(e))
                continue
            reading = read_page(text, meta.page_info(item.name), str(meta.language or "zh"))
            reviews.append(PageReview(item.name, hashlib.sha256(item.data).hexdigest(), reading))
    return reviews, problems


def doubt_lines(page: ParsedPage) -> list[str]:
    """The doubtful boundaries of a page, one line each (the CLI's `--review`)."""
    out = []
    for d in page.doubts:
        what = "starts an article" if d.start else "goes on the article above"
        out.append(f"line {d.line}: {what} (margin {d.margin:.1f}): 「{d.text}」")
    return out
