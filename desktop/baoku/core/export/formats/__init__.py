"""Articles as DOCX, HTML, Markdown or plain text, beside the PDF: the same articles, in the same
order and script, each with its source line and its GB/T 7714 citation line.

`pieces` is what every format writes: an article's parts as a reader meets them (the head, the
source line, the body, captions), shaped as the PDF shapes them (script, print punctuation), then
the citation. Each module turns those into its format; `export_document` picks one by name or by
the file's suffix and writes the file whole or not at all.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ... import model
from ...errors import ValidationError
from ...files import writable_name, write_atomically
from ...model import ArticleRecord
from ...store.archive import Archive
from ..options import SCRIPTS, ExportOptions
from ..photos import unprintable
from ..reference import gbt7714
from ..text import convert_script, fullwidth_punctuation

FORMATS = ("pdf", "docx", "html", "md", "txt")
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md",
            ".txt": "txt"}
CITATION = "citation"  # the piece holding 「引用：…」
DEFAULT_TITLE = "报库文章选编"


@dataclass
class Piece:
    kind: str  # a block kind of core.model, SOURCE_LINE, HEAD_BYLINE or CITATION
    text: str


@dataclass
class Written:
    article: ArticleRecord
    pieces: list[Piece]
    photos: list[model.Photo] = field(default_factory=list)  # with image data, to place in the document

    @property
    def title(self) -> str:
        return next((p.text for p in self.pieces if p.kind == model.HEADLINE), "") or \
            next((p.text for p in self.pieces if p.kind == model.KICKER), "") or f"#{self.article.id}"


def format_of(path: str | os.PathLike[str], given: str | None) -> str:
    """The format asked for, else the one the file's suffix names; PDF for a name with no suffix.
    A suffix no format has (x.odt) is refused unless the format is given, and one naming another
    format than the one given (x.docx as pdf) always is: the file would hold a format its name
    belies."""
    path = Path(path)
    suffix = path.suffix.lower()
    named = SUFFIXES.get(suffix)
    if given:
        if given not in FORMATS:
            raise ValidationError(f"format {given!r}: one of {', '.join(FORMATS)}")
        if named is not None and named != given:
            raise ValidationError(f"{path.name} names a {named} file, not {given}; nothing written")
        return given
    if suffix and named is None:
        raise ValidationError(f"{path.name}: export writes {suffixes_said()} files, not {path.suffix}; "
                              "nothing written")
    return named or "pdf"


def suffixes_said() -> str:
    """The suffixes export writes, by format: '.pdf, .docx, .html/.htm, .md/.markdown or .txt'."""
    each = ["/".join(s for s, f in SUFFIXES.items() if f == fmt) for fmt in FORMATS]
    return ", ".join(each[:-1]) + " or " + each[-1]


def file_for(path: str | os.PathLike[str], fmt: str) -> Path:
    """`path` as a file of `fmt`: as it is when its suffix names that format, else with the
    format's suffix added (a save dialog's 报告 or 报告.odt, exported as PDF, is 报告.pdf or
    报告.odt.pdf)."""
    path = Path(path)
    if SUFFIXES.get(path.suffix.lower()) == fmt:
        return path
    return path.with_name(f"{path.name}.{fmt}")


# Control characters (C0 but tab and the line breaks, DEL, C1): kept in the archive as the source
# had them (show prints them visibly), but no reader's document prints them. The PDF left them out
# and Word too; the web page, Markdown and text wrote them raw (an ESC could drive a terminal). A
# vertical tab (Word's soft break) and a form feed are line breaks in every format.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile("[\x0b\x0c]")


def shaped(text: str, options: ExportOptions, punctuation: bool = True) -> str:
    text = convert_script(_BREAKS.sub("\n", _CONTROLS.sub("", text)), SCRIPTS[options.script][0])
    return fullwidth_punctuation(text) if punctuation and options.fullwidth_punctuation else text


def pieces(record: ArticleRecord, options: ExportOptions, warnings: list[str] | None = None) -> Written:
    """An article's parts in reading order, shaped for print: the source line unless the options
    ask for the reference alone or nothing, the citation unless they ask for nothing. A photo
    whose picture does not decode (cut short, damaged, a pixel bomb) is left out as one without a
    picture is, and said in `warnings` (given by the formats that show pictures): Word and a browser
    showed a broken picture."""
    out: list[Piece] = []
    for kind, text in record.reading_order():
        if kind == model.SOURCE_LINE and options.reference in ("gbt7714", "none"):
            continue
        out.append(Piece(kind, shaped(text, options)))
    if options.reference != "none":
        out.append(Piece(CITATION, options.citation_label + shaped(gbt7714(record), options, punctuation=False)))
    shown = []
    for photo in (p for p in record.article.photos if p.data):
        why = unprintable(photo) if warnings is not None else None
        if why is None:
            shown.append(photo)
        else:
            warnings.append(f"文章 {record.id}: photo {photo.filename} not written ({why})")
    return Written(record, out, shown)


def title_of(written: list[Written], options: ExportOptions) -> str:
    if options.title:
        return options.title
    return written[0].title if len(written) == 1 else DEFAULT_TITLE


def render(records: list[ArticleRecord], options: ExportOptions, fmt: str,
           warnings: list[str] | None = None) -> bytes:
    """The document's bytes in `fmt` (not PDF: export_pdf writes that); what it leaves out is
    said in `warnings`."""
    pictures = warnings if fmt in ("docx", "html") else None  # (Markdown and text name no picture)
    written = [pieces(r, options, pictures) for r in records]
    title = shaped(title_of(written, options), options)
    if fmt == "docx":
        from .docx import render_docx

        return render_docx(written, title, options)
    if fmt == "html":
        from .html import render_html

        return render_html(written, title, options).encode("utf-8")
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(written, title).encode("utf-8")
    if fmt == "txt":
        from .plain import render_text

        return render_text(written, title).encode("utf-8")
    raise ValidationError(f"format {fmt!r}: one of {', '.join(FORMATS)}")


def export_document(archive: Archive, ids: list[int], out: str | os.PathLike[str], options: ExportOptions | None = None,
                    fmt: str | None = None):
    """Export the articles to `out` in `fmt` (else the format its suffix names). The file appears
    whole or not at all. Returns an ExportResult (pages: 0 for formats without pages)."""
    from ..document import ExportResult, export_pdf, load_records

    options = (options or ExportOptions()).validated()
    out = writable_name(out)
    fmt = format_of(out, fmt)
    if fmt == "pdf":
        return export_pdf(archive, ids, out, options)
    if out.is_dir():
        raise ValidationError(f"{out} is a folder; give a file name such as {out / ('export.' + fmt)}")
    records = load_records(archive, ids, options.order)
    warnings: list[str] = []
    write_atomically(out, render(records, options, fmt, warnings))
    return ExportResult(out, 0, len(records), warnings=warnings, photos_left_out=len(warnings))


def article_text(record: ArticleRecord, options: ExportOptions | None = None, label: str = "引用：") -> str:
    """One article as plain text with its citation (introduced with `label`, the window's words):
    what copying it puts on the clipboard."""
    from .plain import render_text

    options = options or ExportOptions(reference="both", citation_label=label)
    written = pieces(record, options)
    return render_text([written], written.title, heading=False)
