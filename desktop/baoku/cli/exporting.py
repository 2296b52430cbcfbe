"""`baoku export`: articles as a print-ready PDF (or another format), or a page as ALTO."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.plural import plural
from .output import archive_option, ask, err, esc, note, open_library, out, said_beside, sync_index


def add_parsers(sub) -> None:
    ex = sub.add_parser(
        "export", help="export articles as a print-ready PDF, or as DOCX, HTML, Markdown or text",
        description="Export articles as a PDF with every font embedded. One article prints on its "
        "own; several make a booklet with a cover, contents and bookmarks. DOCX, HTML (one self-contained "
        "page), Markdown and plain text carry the same articles, each with its source and citation line. "
        'Examples: baoku export --query "知识产权 日期:2024" -o 知识产权2024.pdf ; '
        "baoku export --collection 知识产权 -o 知识产权.docx")
    archive_option(ex, top=False)
    ex.add_argument("articles", nargs="*", type=int, metavar="ARTICLE", help="article ids")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    ex.add_argument("--format", choices=["pdf", "docx", "html", "md", "txt"],
                    help="the file's format (default: the one FILE's suffix names; pdf when it has none)")
    ex.add_argument("--collection", metavar="NAME", help="export a whole collection, in its order")
    ex.add_argument("--alto", type=int, metavar="PAGE",
                    help="write page PAGE (its id: baoku show prints it for a scanned article) as ALTO 4 XML "
                    "to FILE, with its image and a metadata sidecar beside it, instead of a PDF")
    ex.add_argument("-q", "--query", help="export every article this search finds")
    ex.add_argument("--max-articles", type=int, default=1000, metavar="N",
                    help="refuse a query that finds more than N articles (default 1000)")
    from ..core.export.options import ExportOptions

    d = ExportOptions()  # one set of defaults, shared with the window's export dialog
    lay = ex.add_argument_group("layout")
    lay.add_argument("--paper", default=d.paper, help=f"A4, A3, B5, Letter, or a size such as 185x260mm "
                     f"(default {d.paper})")
    lay.add_argument("--columns", type=int, choices=[1, 2], default=d.columns, help=f"default {d.columns}")
    lay.add_argument("--font-size", type=float, default=d.font_size, metavar="PT",
                     help=f"body text (default {d.font_size})")
    lay.add_argument("--leading", type=float, default=d.leading, metavar="PT",
                     help="points between baselines (default 1.75 × the font size)")
    lay.add_argument("--margin", type=float, default=d.margin_mm, metavar="MM",
                     help=f"page margins (default {d.margin_mm:g})")
    lay.add_argument("--crop-marks", action=argparse.BooleanOptionalAction, default=d.crop_marks,
                     help="crop marks and bleed for a print shop")
    lay.add_argument("--bleed", type=float, default=d.bleed_mm, metavar="MM", help="bleed (default 3 with crop marks)")
    lay.add_argument("--booklet", action=argparse.BooleanOptionalAction, default=d.booklet,
                     help="cover and contents (default: when more than one article)")
    lay.add_argument("--new-page", action="store_true", default=d.new_page_per_article,
                     help="start each article on a new page")
    lay.add_argument("--facsimile", action="store_true", default=d.facsimile,
                     help="print each scanned article's piece of the page (its facsimile) above its text")
    lay.add_argument("--skip-missing-facsimiles", action="store_true",
                     help="with --facsimile: print articles whose page image is missing or damaged without it "
                          "(by default the export names them and writes nothing)")
    lay.add_argument("--order", choices=["date", "given"], default=d.order,
                     help="date: by date, paper and page (default); given: as listed")
    txt = ex.add_argument_group("text")
    txt.add_argument("--script", choices=["original", "simplified", "traditional", "taiwan", "hongkong"],
                     default=d.script, help="简/繁 conversion through OpenCC (default: as stored)")
    txt.add_argument("--fullwidth-punctuation", action=argparse.BooleanOptionalAction,
                     default=d.fullwidth_punctuation,
                     help="print half-width , : ; ? ! ( ) inside Chinese text as full-width (default: on)")
    txt.add_argument("--hanging-punctuation", action="store_true", default=d.hanging_punctuation,
                     help="let a line-end ，。、 hang past the measure instead of being squeezed in "
                          "(off by default, as in most Chinese publications)")
    txt.add_argument("--reference", choices=["source", "gbt7714", "both", "none"], default=d.reference,
                     help="source line, GB/T 7714 reference, both or none (default: source)")
    txt.add_argument("--missing-glyphs", choices=["error", "geta"], default=d.missing_glyphs,
                     help="a character no bundled font has: stop (error, default), or print 〓 (geta)")
    meta = ex.add_argument_group("PDF metadata")
    meta.add_argument("--title")
    meta.add_argument("--author")
    meta.add_argument("--subject")



def cmd_export(args: argparse.Namespace, archive_path: Path) -> int:
    from dataclasses import replace

    from ..core.errors import FacsimileUnavailable, ValidationError
    from ..core.export import ExportOptions
    from ..core.export.formats import format_of

    if args.alto is not None:
        return _export_alto(args, archive_path)
    if sum(bool(x) for x in (args.articles, args.query, args.collection)) != 1:
        raise ValidationError("give article ids, --query or --collection (one of the three)")

    fmt = format_of(args.output, args.format)
    options = ExportOptions(
        paper=args.paper, columns=args.columns, font_size=args.font_size, leading=args.leading,
        margin_mm=args.margin, crop_marks=args.crop_marks, bleed_mm=args.bleed, script=args.script,
        fullwidth_punctuation=args.fullwidth_punctuation, hanging_punctuation=args.hanging_punctuation,
        reference=args.reference, order="given" if args.collection else args.order,
        booklet=args.booklet, new_page_per_article=args.new_page, facsimile=args.facsimile,
        missing_facsimile="skip" if args.skip_missing_facsimiles else "stop", missing_glyphs=args.missing_glyphs,
        title=args.title or args.collection or "", author=args.author or "",  # (a collection: its name, as the window)
        subject=args.subject or (args.query or "")).validated()
    from ..core.app.actions import exporting

    with open_library(archive_path, notify=note) as lib:
        try:
            ids = exporting.chosen(lib, args.articles, args.query or "", args.collection or "", args.max_articles,
                                   catch_up=lambda: sync_index(lib.archive))
        except exporting.TooMany as e:
            raise ValidationError(f"the search finds {e.found} articles, more than --max-articles {e.limit}; "
                                  "narrow it or raise the limit") from None
        try:
            with err.status(f"typesetting {plural(len(ids), 'article')}…"):
                result = exporting.export(lib, ids, args.output, options, fmt).value
        except FacsimileUnavailable as e:
            if not sys.stdin.isatty():
                err.print(f"baoku: error: {e}; --skip-missing-facsimiles prints those articles without it",
                          markup=False)
                return 1
            if not ask(f"{e}. Print those articles without their facsimile?"):
                return 1
            with err.status(f"typesetting {plural(len(ids), 'article')}…"):
                result = exporting.export(lib, ids, args.output, replace(options, missing_facsimile="skip"),
                                          fmt).value
    for w in result.warnings:
        err.print(f"[yellow]warning[/] {esc(w)}")
    pages = f"{plural(result.pages, 'page')}, " if fmt == "pdf" else f"{fmt.upper()}, "
    said_beside(result.path).print(f"[bold]wrote {esc(str(result.path))}[/]: {pages}{plural(result.articles, 'article')}")
    return 0


def _export_alto(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.app.actions.exporting import export_page_alto
    from ..core.errors import ValidationError

    if args.articles or args.query:
        raise ValidationError("--alto writes one page: give no article ids or --query with it")
    with open_library(archive_path) as lib:
        done = export_page_alto(lib, args.alto, args.output).value
    beside = ", ".join(str(p) for p in (done.image, done.sidecar) if p)
    out.print(f"[bold]wrote {esc(str(done.xml))}[/]: ALTO 4, {plural(done.lines, 'line')}, "
              f"{plural(done.articles, 'article')}; beside it {esc(beside)}")
    return 0


COMMANDS = {"export": cmd_export}
