"""What an import did, file by file: each file's outcome (imported, a duplicate, refused, failed,
skipped, with why), and the batch's report."""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass, field

from ..coded import Coded
from ..plural import plural
from ..sourcetext import one_line
from ..store.ingest import CONFLICT, STORED_ELSEWHERE, PageRefusal

# A file is imported (something new stored), a duplicate (all of it already stored), refused (pages
# refused, nothing else new), failed (unreadable or rejected whole) or skipped (not a newspaper file).
IMPORTED, DUPLICATE, REFUSED, FAILED, SKIPPED = "imported", "duplicate", "refused", "failed", "skipped"


# A file's issues named in its report line; past these the plain ones (stored, or found stored
# already) are counted. A feed of 50,000 issues wrote one line of megabytes, each issue named.
SHOWN_ISSUES = 5
_PLAIN = ("imported ", "replaced ", "already in the archive")


def issues_said(messages: list[str]) -> str:
    """A file's message from its issues' messages: each said (one keeps its code), but past the
    first SHOWN_ISSUES plain ones the rest are counted; a failure is always said."""
    if len(messages) == 1:
        return messages[0]
    plain = [i for i, m in enumerate(messages) if not isinstance(m, Coded) and m.startswith(_PLAIN)]
    counted = set(plain[SHOWN_ISSUES:])
    said = [m for i, m in enumerate(messages) if i not in counted]
    if counted:
        found = sum(messages[i].startswith("already in the archive") for i in counted)
        said.append(f"and {plural(len(counted), 'more issue')}: {len(counted) - found} stored, "
                    f"{found} already in the archive")
    return "; ".join(said)


class Notice(str):
    """A warning every report says, not only a verbose one: the file held something the importer
    did not understand and left out (a JSONL field it does not know). Other warnings (what is not
    kept by design, repairs) are listed when asked for (`baoku import -v`, `--json`)."""


@dataclass
class FileOutcome:
    name: str
    status: str  # imported | duplicate | refused | failed | skipped
    message: str
    article_ids: list[int] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    issues: int = 0  # issues this file stored
    refused: list[PageRefusal] = field(default_factory=list)  # pages not stored, each with its reason
    # page-text pages stored where the scorer was unsure of a boundary: (page label, one line a doubt)
    doubtful: list[tuple[str, list[str]]] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)  # per issue stored or found stored: what `message` says
    # the other files of the batch this one took in (a NewsML-G2 package's items): not read again
    members: list[str] = field(default_factory=list)

    @property
    def members_beside(self) -> list[str]:
        """The members' names as seen from this file's folder (story.xml, ../items/story.xml)."""
        return [_beside(m, self.name) for m in self.members]

    @property
    def stored_elsewhere(self) -> bool:
        """Some page was refused as already in the archive under another date or page."""
        return any(r.reason == STORED_ELSEWHERE for r in self.refused)

    @property
    def conflicting(self) -> bool:
        """Some page was refused as stored with other content (an import that replaces takes it)."""
        return any(r.reason == CONFLICT for r in self.refused)

    def __post_init__(self) -> None:
        # Every report line is one line, whatever the file was called (see sourcetext.one_line).
        self.name = one_line(self.name)
        self.message = one_line(self.message) if not isinstance(self.message, Coded) else Coded(
            self.message.code, **{k: one_line(v) if isinstance(v, str) else v for k, v in self.message.params.items()})
        self.repairs = [one_line(r) for r in self.repairs]
        self.warnings = [w if w.startswith("Traceback") else (Notice if isinstance(w, Notice) else str)(one_line(w))
                         for w in self.warnings]

    @property
    def notices(self) -> list[str]:
        """The warnings said without being asked for (see Notice)."""
        return [w for w in self.warnings if isinstance(w, Notice)]


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    rolled_back: bool = False  # an all-or-nothing import was cancelled: nothing was stored
    stopped: str = ""  # why the batch stopped before its end (disk full, locked): what came before is stored
    interrupted: bool = False  # Ctrl+C: every issue finished before it is stored, the one it came in is not

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def articles_added(self) -> int:
        return 0 if self.rolled_back else sum(len(o.article_ids) for o in self.outcomes)

    @property
    def refused(self) -> list[PageRefusal]:
        return [] if self.rolled_back else [r for o in self.outcomes for r in o.refused]

    @property
    def ok(self) -> bool:
        """Everything read was stored or already there: no file failed, no page was refused."""
        return (self.count(FAILED) == 0 and not self.refused and not self.cancelled and not self.stopped
                and not self.interrupted)

    @property
    def issues_stored(self) -> int:
        return 0 if self.rolled_back else sum(o.issues for o in self.outcomes)

    @property
    def worth_a_look(self) -> int:
        """Pages stored whose split into articles the scorer was unsure of somewhere."""
        return 0 if self.rolled_back else sum(len(o.doubtful) for o in self.outcomes if o.status == IMPORTED)


def _beside(member: str, package: str) -> str:
    if "!" in member and "!" in package:  # both in a ZIP
        member, package = member.rpartition("!")[2], package.rpartition("!")[2]
        return posixpath.relpath(member, posixpath.dirname(package) or ".")
    return os.path.relpath(member, os.path.dirname(package) or ".")
