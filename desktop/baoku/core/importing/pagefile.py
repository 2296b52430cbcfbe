"""A file of page text (or a page image, or a PDF page) and what it says of its issue: its text,
decoded, and its metadata from the options given, a sidecar beside it and its name."""

from __future__ import annotations

from ..coded import Coded
from ..errors import ImportRejected
from .encoding import decode_text
from .metadata import SIDECAR_SUFFIXES, IssueMeta, meta_from_filename, parse_sidecar, require
from .otherformats import RENAMED, other_format
from .sourcefile import SourceFile


def sidecar_meta(src: SourceFile) -> IssueMeta:
    for suffix in SIDECAR_SUFFIXES:
        data = src.sibling(src.stem + suffix)
        if data is not None:
            return parse_sidecar(data, f"{src.stem}{suffix}")
    return IssueMeta()


def page_text_source(src: SourceFile, overrides: IssueMeta | None = None,
                     meta: IssueMeta | None = None) -> tuple[str, IssueMeta, list[str]]:
    """A page-text file's text, its metadata (overrides, then a sidecar, then the file name, unless
    `meta` is given) and warnings; refused (ImportRejected) when the paper, date or page is unknown."""
    kind = other_format(src.data)  # an HTML page, a Word document, an image: named for what it is
    if kind:
        raise ImportRejected(Coded("unreadable", where=src.name, kind="other_format", format=kind,
                                   rename=RENAMED.get(kind, "")))
    meta = meta or (overrides or IssueMeta()).merged_over(sidecar_meta(src)).merged_over(meta_from_filename(src.stem))
    text, encoding = decode_text(src.data, src.name)  # a binary file is called that, first
    require(meta, src.name)
    warnings = [f"{src.name}: decoded as {encoding}"] if encoding not in ("utf-8", "utf-8-sig") else []
    return text, meta, warnings
