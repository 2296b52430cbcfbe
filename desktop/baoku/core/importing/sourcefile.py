"""What import reads: a source file (with the files beside it), what was passed over and why, the
limits a batch is read within, and the files an issue's METS names."""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ValidationError


@dataclass(frozen=True)
class Limits:
    """Size limits for one import. Change them with `baoku import --max-file-mb`, within
    1 to MAX_FILE_MB (a file is read whole into memory)."""

    max_file_bytes: int = 64 * 1024 * 1024
    max_pdf_bytes: int = 256 * 1024 * 1024
    max_zip_entries: int = 10_000
    max_zip_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_zip_ratio: int = 200  # uncompressed / compressed, per entry

    def __post_init__(self) -> None:
        for name in ("max_file_bytes", "max_pdf_bytes"):
            if not 0 < getattr(self, name) <= MAX_FILE_MB * 2**20:
                raise ValidationError(f"a size limit for one file must be from 1 to {MAX_FILE_MB} MB, "
                                      f"not {getattr(self, name) / 2**20:g} MB")

    def for_name(self, name: str) -> int:
        return self.max_pdf_bytes if name.lower().endswith(".pdf") else self.max_file_bytes


MAX_FILE_MB = 2048  # the largest size limit for one file (as much as a whole ZIP may unpack to)

DATA_SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".xml", ".nitf", ".pdf")
SCANS = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".jp2", ".j2k")  # page images: see _is_scan
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".jp2", ".j2k")


@dataclass
class SourceFile:
    """One file to import, with a way to read files beside it (sidecars, images)."""

    name: str  # shown to the user: a path, or archive.zip!inner/path
    data: bytes
    sibling: Callable[[str], bytes | None]  # relative name -> bytes, or None if absent
    # The files beside it (a folder's, or every file of its ZIP), as names `sibling` reads.
    neighbours: Callable[[], list[str]] = lambda: []
    # The files of its batch that reading it took in (a NewsML-G2 package's items), by name: the
    # batch does not read them again on their own (see run._each_source).
    members: list[str] = field(default_factory=list)
    # The NewsML-G2 packages whose items led to this file, outermost first (a package naming
    # itself through its items is a circle, not read again).
    within: tuple[str, ...] = ()

    @property
    def suffix(self) -> str:
        return posixpath.splitext(self.name.lower())[1]

    @property
    def stem(self) -> str:
        return posixpath.splitext(posixpath.basename(self.name.replace("\\", "/").split("!")[-1]))[0]


@dataclass
class Skipped:
    name: str
    reason: str
    failed: bool = True  # False: quietly passed over (an image, a sidecar)


# A NewsML-G2 package (the item itself, or one in a news message): its items are files beside it.
G2_PACKAGE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?packageItem[\s>/]")
G2_MESSAGE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?newsMessage[\s>]")


def is_g2_package(head: bytes, whole: Callable[[], bytes] = lambda: b"") -> bool:
    """Whether an XML file holds a NewsML-G2 package: its first bytes say, or, for a news message
    (whose packages may come after many items), the whole file (`whole()` reads it)."""
    if G2_PACKAGE.search(head):
        return True
    return bool(G2_MESSAGE.search(head)) and bool(G2_PACKAGE.search(whole()))


def file_key(name: str) -> str:
    """One spelling of a source's name (a path, or archive.zip!inner/path) for telling whether two
    names are the same file: absolute, with `.` and `..` resolved."""
    if "!" in name:
        outer, _, inner = name.rpartition("!")
        return f"{os.path.abspath(outer)}!{posixpath.normpath(inner.replace(chr(92), '/'))}"
    return os.path.abspath(name)


METS_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mets[\s>]")
HREF = re.compile(rb"""href\s*=\s*["']([^"']+)["']""")


def plain_file(path: Path) -> bool:
    """Path.is_file, False for what this user cannot look at (a file in a folder it may list but
    not enter), where is_file raised PermissionError."""
    try:
        return path.is_file()
    except OSError:
        return False


def file_head(path: Path) -> bytes:
    """A file's first 4 KB (enough to tell what XML it is); b\"\" when it cannot be read."""
    try:
        with open(path, "rb") as f:
            return f.read(4096)
    except OSError:
        return b""


def mets_members(head: bytes, path: Path | None = None, data: bytes | None = None) -> list[str]:
    """The files an issue's METS names (its pages' ALTO and images), relative to it; [] for other XML."""
    if not METS_ROOT.search(head):
        return []
    if data is None:
        try:
            data = path.read_bytes() if path is not None else head
        except OSError:
            return []
    return [h.decode("utf-8", "replace").removeprefix("file://") for h in HREF.findall(data)
            if b"://" not in h or h.startswith(b"file://")]


