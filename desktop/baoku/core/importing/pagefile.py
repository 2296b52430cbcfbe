"""A file of page text (or a page image, or a PDF page) and what it says of its issue: its text,
decoded, and its metadata from the options given, a sidecar beside it and its name."""

from __future__ import annotations

from ..coded import Coded
from ..errors import ImportRejected
from .encoding import decode_text
from .metadata import SIDECAR_SUFFIXES, IssueMeta, meta_from_filename, parse_sidecar, require
from .otherformats import RENAMED, other_format
from .outcome import Notice
from .sourcefile import SourceFile


def sidecar_meta(src: SourceFile, warnings: list[str] | None = None) -> IssueMeta:
    """The sidecar's metadata. Where it and the file's name both give the paper, the date or the
    page and they differ, the sidecar's stands (as documented), and `warnings` says so: a sidecar
    copied from another page filed this one under that page's date without a word."""
    for suffix in SIDECAR_SUFFIXES:
        data = src.sibling(src.stem + suffix)
        if data is not None:
            meta = parse_sidecar(data, f"{src.stem}{suffix}")
            if warnings is not None:
                warnings += disagreements(meta, meta_from_filename(src.stem), f"{src.stem}{suffix}")
            return meta
    return IssueMeta()


def disagreements(sidecar: IssueMeta, named: IssueMeta, where: str) -> list[str]:
    """One warning for each of paper, date and page that the sidecar and the file's name both give
    differently; said without -v (a Notice), as it decides where the page is filed."""
    said = []
    for field, label in (("publication", "paper"), ("date", "date"), ("page", "page"), ("section", "section")):
        mine, theirs = getattr(sidecar, field), getattr(named, field)
        if mine not in (None, "") and theirs not in (None, "") and str(mine).strip() != str(theirs).strip():
            said.append(Notice(f"{where}: its {label} {mine} differs from the file name's {theirs}; the sidecar's "
                               "is used"))
    return said


def page_text_source(src: SourceFile, overrides: IssueMeta | None = None,
                     meta: IssueMeta | None = None) -> tuple[str, IssueMeta, list[str]]:
    """A page-text file's text, its metadata (overrides, then a sidecar, then the file name, unless
    `meta` is given) and warnings; refused (ImportRejected) when the paper, date or page is unknown."""
    kind = other_format(src.data)  # an HTML page, a Word document, an image: named for what it is
    if kind:
        raise ImportRejected(Coded("unreadable", where=src.name, kind="other_format", format=kind,
                                   rename=RENAMED.get(kind, "")))
    said: list[str] = []
    meta = meta or (overrides or IssueMeta()).merged_over(sidecar_meta(src, said)).merged_over(meta_from_filename(src.stem))
    text, encoding = decode_text(src.data, src.name)  # a binary file is called that, first
    require(meta, src.name)
    warnings = said + ([f"{src.name}: decoded as {encoding}"] if encoding not in ("utf-8", "utf-8-sig") else [])
    return text, meta, warnings
