"""NDNP batches as libraries ship them: a folder with `batch.xml` (or `data/batch.xml`) listing the
batch's issues, each an issue METS with its pages' ALTO and images.

`baoku import BATCH_FOLDER` (or the batch.xml itself) imports the issues batch.xml lists, in its
order, each in its own transaction: an interruption loses nothing stored, and running the same
command again skips what is stored (the issue METS's bytes were imported and its pages are still
there) without reading its pages again. Everything else in the batch is named in the report:
another list of the batch (`batch_1.xml`) and the issue copies it lists, microfilm reels' METS
(calibration targets, not issues), and files no listed issue names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ImportRejected
from .sourcefile import Limits, Skipped, SourceFile, file_head, mets_members, plain_file
from .xmltree import local, named, parse_xml

BATCH_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?batch[\s>]")
MAX_BATCH_BYTES = 16 * 2**20


@dataclass
class Batch:
    path: Path  # its batch.xml
    issues: list[Path] = field(default_factory=list)  # in the order batch.xml lists them
    reels: list[Path] = field(default_factory=list)


def batch_file(folder: Path) -> Path | None:
    """The batch.xml of a batch folder (at its top or in its data folder), or None."""
    for candidate in (folder / "batch.xml", folder / "data" / "batch.xml"):
        if candidate.is_file() and not candidate.is_symlink() and is_batch_list(candidate):
            return candidate
    return None


def is_batch_list(path: Path) -> bool:
    return bool(BATCH_ROOT.search(file_head(path)))


def read_batch(path: Path) -> Batch:
    """The issues and reels a batch list names, as paths beside it."""
    if path.stat().st_size > MAX_BATCH_BYTES:
        raise ImportRejected(f"{path}: the batch list is over {MAX_BATCH_BYTES // 2**20} MB")
    root = parse_xml(path.read_bytes(), str(path))
    if local(root.tag) != "batch":
        raise ImportRejected(f"{path}: not an NDNP batch list (its root is <{local(root.tag)}>)")
    out = Batch(path)
    base = path.parent.resolve()
    for kind, into in (("issue", out.issues), ("reel", out.reels)):
        for el in named(root, kind):
            rel = (el.text or "").strip()
            target = (base / rel).resolve()
            if rel and base in target.parents:
                into.append(target)
    return out


Sources = Callable[[Path, Limits], Iterator["SourceFile | Skipped"]]


def iter_batch_folder(folder: Path, path: Path, limits: Limits, each: Sources) -> Iterator[SourceFile | Skipped]:
    """A batch folder by its list `path`; when that list cannot be read, by another list of the
    same batch beside it (batch_1.xml), saying so. `each` reads an issue's file (sources.iter_sources)."""
    try:
        yield from iter_batch(folder, read_batch(path), limits, each)
        return
    except ImportRejected as e:
        problem = str(e).removeprefix(str(path)).lstrip(": ")
    for other in sorted(path.parent.glob("batch*.xml")):
        if other.resolve() == path.resolve() or not is_batch_list(other):
            continue
        try:
            batch = read_batch(other)
        except ImportRejected:
            continue
        yield Skipped(str(path), f"{problem}; the issues {other.name} lists are imported instead")
        yield from iter_batch(folder, batch, limits, each)
        return
    yield Skipped(str(path), problem)


def iter_batch(folder: Path, batch: Batch, limits: Limits, each: Sources) -> Iterator[SourceFile | Skipped]:
    """The batch's issues, then a line for every other file in it (see the module docstring)."""
    listed = set(batch.issues)
    for issue in batch.issues:
        if not issue.is_file():
            yield Skipped(str(issue), f"listed in {batch.path.name} but missing")
            continue
        yield from each(issue, limits)
    used = {batch.path.resolve()} | listed | {p.resolve() for p in folder.rglob("batch.xml")}
    for issue in batch.issues:
        used |= {(issue.parent / rel).resolve() for rel in mets_members(file_head(issue), issue)}
    copies: dict[Path, str] = {}
    for other in sorted(batch.path.parent.glob("batch*.xml")):
        if other.resolve() not in used and is_batch_list(other):
            used.add(other.resolve())
            yield Skipped(str(other), f"another list of this batch's issues; {batch.path.name}'s is imported",
                          failed=False)
            try:
                found = read_batch(other)
            except ImportRejected:
                continue
            copies |= {p: other.name for p in found.issues + found.reels if p not in listed and p not in batch.reels}
    reels: dict[Path, int] = {}
    for reel in batch.reels:
        members = {(reel.parent / rel).resolve() for rel in mets_members(file_head(reel), reel)}
        reels[reel] = len(members)
        used |= members | {reel}
    for reel, n in reels.items():
        yield Skipped(str(reel), f"a microfilm reel's METS (its {n} calibration target files are not newspaper "
                                 "pages), not an issue", failed=False)
    for path in sorted(p for p in folder.rglob("*") if plain_file(p)):
        real = path.resolve()
        if real in used or any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if real in copies:
            yield Skipped(str(path), f"another copy of an issue or reel METS (listed by {copies[real]}); "
                                     "not imported twice", failed=False)
        else:
            yield Skipped(str(path), f"not part of any issue {batch.path.name} lists", failed=False)

