"""What an import would store, before it runs: the articles of each file read with the metadata
given, and which of them the archive already holds (where). Reads the files and the archive;
writes nothing. The desktop app shows it in the import dialog before the user confirms."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..coded import Coded
from ..errors import BaokuError
from ..store import Archive
from .metadata import IssueMeta
from .parsing import parse_source
from .sources import Limits, Skipped, iter_sources


@dataclass
class ImportPreview:
    headlines: list[str] = field(default_factory=list)  # every article to import, in order ("" if none)
    stored: list[tuple[str, str]] = field(default_factory=list)  # (headline, where) already in the archive
    problems: list[str] = field(default_factory=list)  # files that would fail, with why

    @property
    def articles(self) -> int:
        return len(self.headlines)


def file_problem(name: str, reason: str) -> str:
    """A skipped file's line, `name: reason`, keeping the reason's code (an unreadable file's
    reason then names the file itself), so the window words it in its own language."""
    if isinstance(reason, Coded) and reason.code == "unreadable" and not reason.params.get("where"):
        return Coded("unreadable", **{**reason.params, "where": name})
    return f"{name}: {reason}"


def preview_import(archive: Archive, paths: list[Path], overrides: IssueMeta | None = None,
                   limit: int = 50) -> ImportPreview:
    """The articles `paths` hold (read with `overrides`), the first `limit` files at most."""
    out = ImportPreview()
    hashes: list[tuple[str, str]] = []
    files = 0
    for path in paths:
        for item in iter_sources(Path(path), Limits()):
            files += 1
            if files > limit:
                return _stored(archive, out, hashes)
            if isinstance(item, Skipped):
                if item.failed:
                    out.problems.append(file_problem(item.name, item.reason))
                continue
            try:
                issues = parse_source(item, overrides)
            except BaokuError as e:
                out.problems.append(e.coded or str(e))
                continue
            for issue in issues:
                for page in issue.pages:
                    for a in page.articles:
                        out.headlines.append(a.headline)
                        hashes.append((a.content_hash(), a.headline))
    return _stored(archive, out, hashes)


def _stored(archive: Archive, out: ImportPreview, hashes: list[tuple[str, str]]) -> ImportPreview:
    firsts = archive.first_copies({h for h, _ in hashes})
    out.stored = [(headline, firsts[h][1]) for h, headline in hashes if h in firsts]
    return out
