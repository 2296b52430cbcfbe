"""The `baoku` command. With no arguments it opens the desktop app; subcommands do the rest.

Errors the user can act on print one line on stderr and exit 1; nothing prints a traceback unless
it is a bug.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

from rich.console import Console

from . import __version__
from .core.errors import BaokuError, disk_full
from .core.model import (
    ABSTRACT,
    EDITORS_NOTE,
    TAGLINE,
    BYLINE,
    CAPTION,
    COLUMN,
    GUEST,
    HEAD_BYLINE,
    HEADLINE,
    KICKER,
    LABEL,
    SOURCE_LINE,
    SUBHEAD,
    SUBHEADING,
)
from .core.paths import default_archive
from .core.plural import plural

out = Console(highlight=False, soft_wrap=True)
if not out.is_terminal:  # piped: do not fold tables to 80 columns
    out = Console(highlight=False, soft_wrap=True, width=200)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _archive_option(parser: argparse.ArgumentParser, top: bool) -> None:
    parser.add_argument(
        "--archive", metavar="PATH", type=Path,
        default=None if top else argparse.SUPPRESS,
        help="archive file (default: $BAOKU_ARCHIVE, else archive.db in the project folder)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="baoku", description="Baoku 报库: an archive for newspaper issues. "
        "Run without a command to open the desktop app.")
    _archive_option(p, top=True)
    p.add_argument("--version", action="version", version=f"baoku {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser("import", help="import page text, JSONL, NITF/NewsML-G2 XML, PDF, folders, ZIPs",
                         description="Import files, folders or ZIPs. Page text and PDF carry no issue "
                         "metadata: give it with the options below, a sidecar <name>.json/.yaml beside "
                         "the file, or a file name like 泉州晚报_2024-09-11_第5版_民企会客厅.txt.")
    _archive_option(imp, top=False)
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    g = imp.add_argument_group("issue metadata (overrides sidecar and file name)")
    g.add_argument("--publication", "--paper", help="publication name, e.g. 泉州晚报")
    g.add_argument("--date", help="issue date, YYYY-MM-DD")
    g.add_argument("--page", help="page (版次): 5, A05 (page 5 of section A); for a PDF, its first page")
    g.add_argument("--page-name", help="page name (版名), e.g. 民企会客厅")
    g.add_argument("--section", help="section (叠)")
    g.add_argument("--edition", help="edition, when the paper prints more than one")
    g.add_argument("--issue-number", help="issue number (期号)")
    g.add_argument("--place", help="where the publication appears, e.g. 泉州")
    g.add_argument("--frequency", choices=["daily", "weekly", "biweekly", "monthly", "irregular"])
    g.add_argument("--language", help="language tag, default zh")
    imp.add_argument("--replace", action="store_true",
                     help="overwrite a page already in the archive with different content")
    imp.add_argument("--allow-duplicates", action="store_true",
                     help="store a page even when every article on it is already in the archive under "
                          "another date, paper or page (refused by default: usually the same page "
                          "imported twice by mistake)")
    imp.add_argument("--max-file-mb", type=int, metavar="MB",
                     help="size limit for one file (default 64; PDFs 256)")
    imp.add_argument("-v", "--verbose", action="store_true", help="list paragraph repairs and warnings")
    imp.add_argument("--review", action="store_true",
                     help="list each page's doubtful article boundaries (where the page-text scorer was unsure; "
                          "fix a wrong one with baoku split / merge)")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")

    ls = sub.add_parser("list", help="list publications, issues or articles")
    _archive_option(ls, top=False)
    ls.add_argument("what", nargs="?", choices=["publications", "issues", "articles"], default="issues")
    ls.add_argument("--publication", help="only this publication")
    ls.add_argument("--date", help="only this date or month (2024-09-11, 2024-09)")
    ls.add_argument("--issue", type=int, metavar="ID", help="only this issue (articles)")
    ls.add_argument("--limit", type=int, default=0, help="at most N rows (0: all)")
    ls.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="show one article")
    _archive_option(show, top=False)
    show.add_argument("article", type=int, metavar="ARTICLE", help="article id (see `baoku list articles`)")
    show.add_argument("--json", action="store_true")
    show.add_argument("--page-image", type=Path, metavar="FILE.png",
                      help="for a scanned article: write its page with the article outlined (and --query's hits boxed)")
    show.add_argument("-q", "--query", default="", help="with --page-image: box this search's hits on the page")

    se = sub.add_parser("search", help="full-text search: every article that contains the words")
    _archive_option(se, top=False)
    se.add_argument("query", nargs="*", help='words (all must occur), "phrases", OR, -word, (…), '
                    "标题:/title: 作者:/byline: 栏目:/column: 来源:/source: 版:/page: 日期:2024-09 "
                    "日期:2024-01..2024-06 from:/to:")
    se.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    se.add_argument("--limit", type=int, default=20, help="at most N hits (0: all); the total is always exact")
    se.add_argument("--json", action="store_true")
    se.add_argument("--save", metavar="NAME", help="also save this search under NAME")
    se.add_argument("--saved", metavar="NAME", help="run the saved search NAME")
    se.add_argument("--like", type=int, metavar="ARTICLE", help="articles like this one (more like this)")

    sv = sub.add_parser("saved", help="list saved searches, or delete one")
    _archive_option(sv, top=False)
    sv.add_argument("--delete", metavar="NAME")

    ex = sub.add_parser(
        "export", help="export articles as a print-ready PDF",
        description="Export articles as a PDF with every font embedded. One article prints on its "
        "own; several make a booklet with a cover, contents and bookmarks. Example: "
        'baoku export --query "知识产权 日期:2024" -o 知识产权2024.pdf')
    _archive_option(ex, top=False)
    ex.add_argument("articles", nargs="*", type=int, metavar="ARTICLE", help="article ids")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    ex.add_argument("--alto", type=int, metavar="PAGE",
                    help="write page PAGE (its id: baoku show prints it for a scanned article) as ALTO 4 XML "
                    "to FILE, with its image and a metadata sidecar beside it, instead of a PDF")
    ex.add_argument("-q", "--query", help="export every article this search finds")
    ex.add_argument("--max-articles", type=int, default=1000, metavar="N",
                    help="refuse a query that finds more than N articles (default 1000)")
    from .core.export.options import ExportOptions

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

    ck = sub.add_parser("check", help="check the archive and its search index; exit 1 when something is wrong")
    _archive_option(ck, top=False)
    ck.add_argument("--repair", action="store_true", help="re-index what the search index is missing")

    bk = sub.add_parser("backup", help="copy the archive safely, even while it is in use")
    _archive_option(bk, top=False)
    bk.add_argument("dest", type=Path, metavar="PATH", help="the backup file to write")
    bk.add_argument("--force", action="store_true", help="replace PATH if it exists")

    rs = sub.add_parser("restore", help="put a backup back in place of the archive")
    _archive_option(rs, top=False)
    rs.add_argument("source", type=Path, metavar="BACKUP", help="a file written by baoku backup")
    rs.add_argument("--force", action="store_true",
                    help="restore even over newer changes (the archive is kept beside it first)")

    ri = sub.add_parser("reindex", help="rebuild the full-text index from the archive")
    _archive_option(ri, top=False)
    ri.add_argument("--optimize", action="store_true",
                    help="do not rebuild: bring the index up to date and merge its segments into one")

    sub.add_parser("install-desktop", help="add Baoku to this user's application menu (entry and icon)",
                   description="Write baoku.desktop and the icon under ~/.local/share (or $XDG_DATA_HOME), "
                   "pointing at this installation's baoku.")
    co = sub.add_parser(
        "correct", help="correct OCR text (a line or a paragraph), list an article's corrections, undo one",
        description="Correct what the OCR read. Every change is logged with who and when, the old text and "
        "the new; search and exports follow at once, and the recogniser's own text is kept. Examples: "
        "baoku correct 12 --line 340 --text 农民丰收节 ; baoku correct 12 --block 3 --text \"…\" ; "
        "baoku correct 12 --history ; baoku correct --undo 5")
    _archive_option(co, top=False)
    co.add_argument("article", type=int, nargs="?", metavar="ARTICLE")
    what = co.add_mutually_exclusive_group(required=True)
    what.add_argument("--line", type=int, metavar="LINE", help="an OCR line's id (baoku show lists them)")
    what.add_argument("--block", type=int, metavar="N", help="a block of the article, from 0 (baoku show --json)")
    what.add_argument("--history", action="store_true", help="list the article's corrections")
    what.add_argument("--undo", type=int, metavar="CORRECTION", help="undo a correction (its id from --history)")
    co.add_argument("--text", help="the corrected text")
    co.add_argument("--by", help="who corrects (default: the login name)")
    co.add_argument("--json", action="store_true")
    from .clipcommands import add_parsers as add_clip_parsers

    add_clip_parsers(sub, _archive_option)
    st = sub.add_parser("stats", help="what the archive holds")
    _archive_option(st, top=False)
    st.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    from .clipcommands import glued_box

    parser = build_parser()
    args = parser.parse_args(glued_box(sys.argv[1:] if argv is None else list(argv)))
    archive_path = args.archive or default_archive()
    if args.command is None:
        return _open_gui(archive_path, parser)
    try:
        return COMMANDS[args.command](args, archive_path)
    except BaokuError as e:
        err.print(f"baoku: error: {e}", markup=False)
        return 1
    except BrokenPipeError:  # `baoku list | head`: the reader went away; nothing is wrong
        _quiet_stdout()
        return 0
    except (OSError, sqlite3.OperationalError) as e:
        if not disk_full(e):
            raise
        err.print(f"baoku: error: the disk is full ({e}); what was finished before is stored", markup=False)
        return 1
    except KeyboardInterrupt:
        err.print("baoku: interrupted; every finished issue is stored, the one in progress was not")
        return 130


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's flush at exit does not fail on the closed pipe."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _open(path: Path, *, create: bool = True):
    from .core.store import Archive

    return Archive(path, create=create)


def _open_existing(path: Path):
    from .core.errors import ArchiveUnavailable

    if not path.exists():
        raise ArchiveUnavailable(f"no archive at {path}; import something first (baoku import …)")
    return _open(path, create=False)


def _bar(*, total_bar: bool = True, **kwargs):
    """A rich progress bar on stderr (rich.progress is imported only by the commands that show one)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = [TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn()]
    if total_bar:
        columns.append(TimeRemainingColumn())
    return Progress(*columns, console=err, transient=True, **kwargs)


def cmd_import(args: argparse.Namespace, archive_path: Path) -> int:
    from .core.errors import ArchiveUnavailable, DiskFull
    from .core.importing.metadata import IssueMeta
    from .core.importing.run import (
        DUPLICATE,
        FAILED,
        IMPORTED,
        REFUSED,
        count_sources,
        import_paths,
        writing,
    )
    from .core.importing.sources import Limits

    overrides = IssueMeta.from_mapping({k: getattr(args, k) for k in (
        "publication", "date", "page", "page_name", "section", "edition", "issue_number", "place",
        "frequency", "language") if getattr(args, k) is not None}, "options")
    limits = Limits()
    if args.max_file_mb:
        limits = Limits(max_file_bytes=args.max_file_mb * 2**20, max_pdf_bytes=args.max_file_mb * 2**20)
    total = count_sources(args.paths)
    style = {IMPORTED: "green", DUPLICATE: "yellow", REFUSED: "red", FAILED: "red"}
    with _open(archive_path) as archive, writing(archive), _bar(disable=args.json) as bar:
        task = bar.add_task("importing", total=total)
        ocr: dict[str, int] = {}

        def pages(name: str, done: int, of: int) -> None:  # OCR takes seconds a page: show each
            if name not in ocr:
                ocr[name] = bar.add_task(f"OCR {_esc(Path(name.split('!')[-1]).name)}", total=of)
            bar.update(ocr[name], completed=done)
            if done >= of:
                bar.remove_task(ocr.pop(name))

        def progress(o):
            bar.advance(task)
            if args.json:
                return
            colour = style.get(o.status, "dim")
            label = {DUPLICATE: "already in archive"}.get(o.status, o.status)
            if o.status != REFUSED:  # a refused file's message is its pages' refusals, said below
                (err if o.status == FAILED else out).print(f"[{colour}]{label}[/]  {_esc(o.name)}  {_esc(o.message)}")
            for r in o.refused:  # one line a page: what was not stored, and why
                err.print(f"[red]refused[/]  {_esc(o.name)}  {_esc(r.message())}")
            if args.verbose:
                for line in o.repairs + o.warnings:
                    out.print(f"    {_esc(line)}")
            if args.review:
                for page, doubts in o.doubtful:
                    out.print(f"    [yellow]worth a look[/] {_esc(page)}: {len(doubts)} doubtful")
                    for line in doubts:
                        out.print(f"      {_esc(line)}")

        report = import_paths(archive, args.paths, overrides=overrides, limits=limits,
                              replace=args.replace, duplicates=args.allow_duplicates,
                              progress=progress, pages=pages)
        index_failed = False
        if (report.articles_added or _index_behind(archive)) and not report.stopped:  # also an earlier crash's
            try:
                _sync_index(archive, bar, wait=False)
            except DiskFull:
                index_failed = True
                err.print(f"[red]disk full[/]: {plural(report.issues_stored, 'issue')} stored; the search index "
                          "will catch up when there is free space again (baoku reindex, or any search)")
            except ArchiveUnavailable as e:  # the articles are stored; only the index waits
                err.print(f"[yellow]note[/] {_esc(str(e))}")
    if args.json:
        print(json.dumps({"summary": report.summary(), "files": [
            {"file": o.name, "status": o.status, "message": o.message, "article_ids": o.article_ids,
             "refused": [{"page": r.page, "issue": r.issue, "reason": r.reason, "articles": r.articles,
                          "message": r.message()} for r in o.refused],
             "repairs": o.repairs, "warnings": o.warnings,
             "doubtful": [{"page": page, "boundaries": lines} for page, lines in o.doubtful]}
            for o in report.outcomes]},
            ensure_ascii=False, indent=2))
    else:
        out.print(f"[bold]{_esc(report.summary())}[/]")
    if report.stopped and not args.json:
        err.print(f"[red]stopped[/]: {_esc(report.stopped)}; {plural(report.issues_stored, 'issue')} stored "
                  "before that")
    return 0 if report.ok and not index_failed else 1


def _index_behind(archive) -> bool:
    from .core.store.ledger import SearchLedger

    return SearchLedger(archive).behind()


def _sync_index(archive, bar=None, rebuild: bool = False, wait: bool = True) -> int:
    """Index what is pending. With wait=False (after an import), when another Baoku is updating
    the index right now, leave it to that one (it takes these articles too) instead of waiting."""
    from .core.search.index import SearchIndex

    task = bar.add_task("indexing", total=None) if bar else None

    def progress(done: int, total: int) -> None:
        if bar and task is not None:
            bar.update(task, completed=done, total=total)

    with SearchIndex(archive, notify=_note) as index:
        done = index.sync(progress, rebuild=rebuild, wait=wait)
        if index.handed_off:
            _note(f"another Baoku is updating the search index right now; it indexes these "
                  f"{plural(index.handed_off, 'change')} too")
        return done


def cmd_search(args: argparse.Namespace, archive_path: Path) -> int:
    from .core.errors import DiskFull
    from .core.search import saved
    from .core.search.index import SearchIndex, SearchResult
    from .core.search.query import QueryError, parse_query

    query = " ".join(args.query)
    given = sum(bool(x) for x in (query, args.saved, args.like))
    if given != 1:
        raise QueryError("one_source")
    if query:
        parse_query(query)  # a bad query fails here, before any work
    with _open_existing(archive_path) as archive, SearchIndex(archive, notify=_note) as index:
        if index.catching_up():  # left by an edit or a stopped run: catch up with a bar; search has nothing left
            try:
                with _bar(total_bar=False) as bar:
                    _sync_index(archive, bar)
            except DiskFull:
                pass  # the search below reads the index as it stands, and says so
        sort = args.sort
        if args.saved:
            stored = saved.get(archive, args.saved)
            query, sort = stored["query"], stored["sort"] if args.sort == "relevance" else args.sort
        if args.like:
            hits = index.more_like(args.like, limit=args.limit or 10)
            result = SearchResult(total=len(hits), hits=hits, facets={})
        else:
            result = index.search(query, sort=sort, limit=args.limit, all_ids=False)
        if args.save:
            saved.save(archive, args.save, query, sort)
            err.print(f"saved as 「{_esc(args.save)}」")
    if result.not_yet_indexed and result.disk_full:
        err.print(f"[yellow]note[/] the disk is full: {plural(result.not_yet_indexed, 'change')} could not be "
                  "indexed and are not in these results; they will be when there is free space again")
    elif result.not_yet_indexed and result.read_only:
        err.print(f"[yellow]note[/] {plural(result.not_yet_indexed, 'change')} to this archive "
                  f"{'is' if result.not_yet_indexed == 1 else 'are'} not in the search index yet, and it is "
                  "read-only here: these results are what was indexed; Baoku with write access indexes the rest")
    elif result.not_yet_indexed:
        n = result.not_yet_indexed
        err.print(f"[yellow]note[/] {plural(n, 'change')} {'is' if n == 1 else 'are'} not in these results yet: "
                  f"{'it is' if n == 1 else 'they are'} being imported or indexed right now")
    if args.json:
        print(json.dumps({"total": result.total, "distinct": result.distinct,
                          "not_yet_indexed": result.not_yet_indexed, "hits": [
            {"id": h.id, "headline": h.headline, "date": h.date, "snippet": h.snippet,
             "highlights": h.highlights, "score": round(h.score, 3),
             "also_printed": [{"id": i, "publication": p, "date": d, "page": g}
                              for i, (p, d, g) in zip(h.also, h.also_printed)]} for h in result.hits],
            "facets": {k: [[v, n] for v, n in vs] for k, vs in result.facets.items()}},
            ensure_ascii=False, indent=2))
        return 0
    for h in result.hits:
        marked, pos = [], 0
        for s, e in h.highlights:
            marked += [_esc(h.snippet[pos:s]), f"[bold reverse]{_esc(h.snippet[s:e])}[/]"]
            pos = e
        marked.append(_esc(h.snippet[pos:]))
        out.print(f"[bold]#{h.id}[/] {h.date}  {_esc(h.headline)}")
        out.print(f"    {''.join(marked)}")
        if h.also:
            where = "; ".join(f"#{i} {_esc(p)} {d} 第{g}版" for i, (p, d, g) in zip(h.also, h.also_printed))
            out.print(f"    [dim]also printed in {where}[/]")
    shown = f", {len(result.hits)} shown" if len(result.hits) < result.distinct else ""
    texts = f" ({result.distinct} different texts)" if result.distinct != result.total else ""
    out.print(f"[bold]{plural(result.total, 'article')} found{texts}{shown}[/]")
    labels = {"year": "年份", "publication": "报纸", "column": "栏目", "source": "来源"}
    for name, values in result.facets.items():
        if values:
            out.print(f"[dim]{labels[name]}:[/] " + "  ".join(f"{_esc(v)} ({n})" for v, n in values[:8]))
    return 0


def _ask(question: str) -> bool:
    """A yes/no question on the terminal; no (the default) unless the user says yes."""
    err.print(f"{_esc(question)} [y/N] ", end="")
    try:
        return input().strip().lower() in ("y", "yes", "是")
    except EOFError:
        return False


def cmd_export(args: argparse.Namespace, archive_path: Path) -> int:
    from dataclasses import replace

    from .core.errors import FacsimileUnavailable, ValidationError
    from .core.export import ExportOptions, export_pdf
    from .core.search.index import SearchIndex

    if args.alto is not None:
        return _export_alto(args, archive_path)
    if bool(args.articles) == bool(args.query):
        raise ValidationError("give article ids or --query (one of the two)")
    options = ExportOptions(
        paper=args.paper, columns=args.columns, font_size=args.font_size, leading=args.leading,
        margin_mm=args.margin, crop_marks=args.crop_marks, bleed_mm=args.bleed, script=args.script,
        fullwidth_punctuation=args.fullwidth_punctuation, hanging_punctuation=args.hanging_punctuation,
        reference=args.reference,
        booklet=args.booklet, new_page_per_article=args.new_page, order=args.order, facsimile=args.facsimile,
        missing_facsimile="skip" if args.skip_missing_facsimiles else "stop", missing_glyphs=args.missing_glyphs, title=args.title or "", author=args.author or "",
        subject=args.subject or (args.query or "")).validated()
    with _open_existing(archive_path) as archive:
        ids = list(args.articles)
        if args.query:
            with SearchIndex(archive, notify=_note) as index:
                if any(index.pending()):
                    _sync_index(archive)
                result = index.search(args.query, sort="date", limit=1)  # every id; one snippet
            if not result.total:
                raise ValidationError(f"the search 「{args.query}」 finds no articles; nothing written")
            if result.total > args.max_articles:
                raise ValidationError(f"the search finds {result.total} articles, more than "
                                      f"--max-articles {args.max_articles}; narrow it or raise the limit")
            ids = result.ids
        try:
            with err.status(f"typesetting {plural(len(ids), 'article')}…"):
                result = export_pdf(archive, ids, args.output, options)
        except FacsimileUnavailable as e:
            if not sys.stdin.isatty():
                err.print(f"baoku: error: {e}; --skip-missing-facsimiles prints those articles without it",
                          markup=False)
                return 1
            if not _ask(f"{e}. Print those articles without their facsimile?"):
                return 1
            with err.status(f"typesetting {plural(len(ids), 'article')}…"):
                result = export_pdf(archive, ids, args.output, replace(options, missing_facsimile="skip"))
    for w in result.warnings:
        err.print(f"[yellow]warning[/] {_esc(w)}")
    out.print(f"[bold]wrote {_esc(str(result.path))}[/]: {plural(result.pages, 'page')}, "
              f"{plural(result.articles, 'article')}")
    return 0


def _export_alto(args: argparse.Namespace, archive_path: Path) -> int:
    from .core.errors import ValidationError
    from .core.export.alto import write_page_alto

    if args.articles or args.query:
        raise ValidationError("--alto writes one page: give no article ids or --query with it")
    with _open_existing(archive_path) as archive:
        done = write_page_alto(archive, args.alto, args.output)
    beside = ", ".join(str(p) for p in (done.image, done.sidecar) if p)
    out.print(f"[bold]wrote {_esc(str(done.xml))}[/]: ALTO 4, {plural(done.lines, 'line')}, "
              f"{plural(done.articles, 'article')}; beside it {_esc(beside)}")
    return 0


def cmd_check(args: argparse.Namespace, archive_path: Path) -> int:
    from .core.checks import check_archive

    with _open_existing(archive_path) as archive:
        report = check_archive(archive, repair=args.repair)
    for p in report.problems:
        out.print(f"[red]problem[/] {_esc(p)}")
    for n in report.notes:
        out.print(f"[dim]note[/] {_esc(n)}")
    out.print("[bold green]archive ok[/]" if report.ok else f"[bold red]{plural(len(report.problems), 'problem')}[/]")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace, archive_path: Path) -> int:
    from .core.store.maintenance import backup

    with _open_existing(archive_path) as archive:
        dest = backup(archive, args.dest, force=args.force)
    out.print(f"[bold]backed up[/] {_esc(str(archive_path))} → {_esc(str(dest))}")
    return 0


def cmd_restore(args: argparse.Namespace, archive_path: Path) -> int:
    from .core.store.maintenance import restore

    restore(args.source, archive_path, force=args.force)
    out.print(f"[bold]restored[/] {_esc(str(args.source))} → {_esc(str(archive_path))}; "
              "the search index is rebuilt on the next search")
    return 0


def cmd_saved(args: argparse.Namespace, archive_path: Path) -> int:
    from .core.search import saved

    with _open_existing(archive_path) as archive:
        if args.delete:
            saved.delete(archive, args.delete)
            out.print(f"deleted 「{_esc(args.delete)}」")
            return 0
        rows = saved.all_saved(archive)
    if not rows:
        out.print("no saved searches (save one with: baoku search QUERY --save NAME)")
    for r in rows:
        out.print(f"[bold]{_esc(r['name'])}[/]  {_esc(r['query'])}  [dim]({r['sort']})[/]")
    return 0


def cmd_reindex(args: argparse.Namespace, archive_path: Path) -> int:
    if args.optimize:
        from .core.search.index import SearchIndex

        with _open_existing(archive_path) as archive, SearchIndex(archive) as index:
            t0 = time.perf_counter()
            n = index.optimize()
        out.print(f"merged the index of {plural(n, 'article')} in {time.perf_counter() - t0:.1f} s")
        return 0
    with _open_existing(archive_path) as archive, _bar(total_bar=False) as bar:
        n = _sync_index(archive, bar, rebuild=True)
    out.print(f"indexed {plural(n, 'article')}")
    return 0


def cmd_list(args: argparse.Namespace, archive_path: Path) -> int:
    with _open_existing(archive_path) as archive:
        if args.what == "publications":
            rows = archive.publications()
            rows = [{**r, "kind": "通讯社 wire" if r["kind"] == "wire" else "报纸 paper"} for r in rows]
            cols = [("id", "ID"), ("name", "报名 publication"), ("kind", "类别"), ("identifier", "编号 ID"),
                    ("place", "地点"), ("frequency", "刊期"), ("issues", "期数 issues"), ("first", "首期"),
                    ("last", "末期")]
        elif args.what == "issues":
            rows = archive.issues(args.publication)
            if args.date:
                rows = [r for r in rows if r["date"].startswith(args.date)]
            cols = [("id", "ID"), ("publication", "报名"), ("date", "日期 date"), ("number", "期号"),
                    ("edition", "版本"), ("pages", "版数 pages"), ("articles", "篇数 articles")]
        else:
            rows = archive.article_rows(issue_id=args.issue, publication=args.publication, date=args.date)
            cols = [("id", "ID"), ("date", "日期"), ("page", "版"), ("column_name", "栏目"),
                    ("genre", "体裁"), ("headline", "标题 headline"), ("byline", "作者"), ("source", "来源")]
            if not args.json:  # a wire item is on no page
                from .core.model import NO_PAGE

                rows = [{**r, "page": "通稿" if r["page"] == NO_PAGE else r["page"]} for r in rows]
        if args.limit:
            rows = rows[: args.limit]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        if not rows:
            out.print(f"no {args.what} in {archive_path}")
            return 0
        from rich.table import Table

        table = Table(show_edge=False, header_style="bold", pad_edge=False)
        for key, title in cols:
            table.add_column(title, overflow="fold",
                             no_wrap=key in ("id", "date", "page", "first", "last", "number"))
        for r in rows:
            table.add_row(*(_esc(str(r[k] if r[k] is not None else "")) for k, _ in cols))
        out.print(table)
        out.print(plural(len(rows), args.what[:-1]))
    return 0


def cmd_show(args: argparse.Namespace, archive_path: Path) -> int:
    from .core.model import LOW_CONFIDENCE, page_label

    with _open_existing(archive_path) as archive:
        rec = archive.article(args.article)
        scan = archive.article_scan(rec.id)
        lines = archive.scan_lines(article_id=rec.id) if scan else []
        if args.page_image:
            from .core.pageimage import draw_page

            hits = draw_page(archive, rec.id, args.page_image, args.query)
            mine = sum(len(h.boxes) for h in hits if h.article_id == rec.id)
            out.print(f"[bold]wrote {_esc(str(args.page_image))}[/]: page {page_label(rec.section, rec.page_number)} "
                      f"with article {rec.id} outlined" + (f", {plural(len(hits), 'hit')} of 「{_esc(args.query)}」 "
                                                          f"on the page ({mine} boxes in this article)" if args.query else ""))
            return 0
    a = rec.article
    if args.json:
        print(json.dumps({
            "id": rec.id, "publication": rec.publication, "date": rec.date.isoformat(),
            "edition": rec.edition, "page": rec.page_number, "section": rec.section,
            "page_label": page_label(rec.section, rec.page_number), "page_name": rec.page_name,
            "kicker": a.kicker, "headline": a.headline, "subhead": a.subhead, "column": a.column,
            "genre": a.genre, "source": a.source, "byline": a.byline, "language": a.language,
            "abstract": a.abstract, "note": a.note, "tagline": a.tagline, "kind": rec.kind,
            "contributors": [c.__dict__ for c in a.contributors],
            "captions": [{"caption": p.caption, "credit": p.credit, "image": p.filename,
                          "has_image": p.data is not None} for p in a.photos],
            "paragraphs": a.paragraphs, "blocks": [[b.kind, b.text] for b in a.blocks],
            "content_hash": rec.content_hash, "source_line": rec.source_line(),
            "continues": a.continues,
            "scan": scan and {**scan, "lines": [{"id": ln["id"], "text": ln["text"], "box": ln["box"], "confidence": ln["confidence"],
                                                "uncertain": ln["uncertain"]} for ln in lines]},
        }, ensure_ascii=False, indent=2))
        return 0
    out.print(f"[dim]#{rec.id}  {_esc(rec.source_line())}  {_esc(a.genre)}[/]")
    out.print()
    # The head as a reader meets it (column, kicker, headline, subhead, byline), from the
    # article's fields: a roundtable that shares its lead-in's headline still shows it.
    from .core.script import is_latin_text

    indent = "  " if is_latin_text(a.text()) else "　　"  # a Latin paragraph is not indented by two Han
    for kind, t in rec.reading_order():
        t = _esc(t)
        if kind == SOURCE_LINE:
            continue
        if kind == KICKER:
            out.print(f"[italic]{t}[/]")
        elif kind == HEADLINE:
            out.print(f"[bold]{t}[/]")
        elif kind in (SUBHEAD, COLUMN, LABEL, HEAD_BYLINE):
            out.print(f"[dim]{t}[/]")
        elif kind == SUBHEADING:
            out.print(f"\n[bold]{t}[/]")
        elif kind in (BYLINE, GUEST):
            out.print(f"  {t}")
        elif kind == CAPTION:
            out.print(f"[dim]〔图〕{t}[/]")
        elif kind == EDITORS_NOTE:
            out.print(f"[yellow]编辑提示 note to editors: {t}[/]")
        elif kind == ABSTRACT:
            out.print(f"[italic]提要 abstract: {t}[/]\n")
        elif kind == TAGLINE:
            out.print(f"\n[dim italic]{t}[/]")
        else:
            out.print(f"{indent}{t}")
    if a.source:
        out.print(f"[dim]来源 source: {_esc(a.source)}[/]")
    if a.continues:
        out.print(f"[dim]{_esc(a.continuation_note())}[/]")
    if scan:
        x0, y0, x1, y1 = scan["region"]
        out.print(f"[dim]扫描版面 scan: page id {scan['page_id']}, {plural(scan['lines'], 'OCR line')}, region ({x0}, {y0})–({x1}, {y1}) px[/]")
        if scan["uncertain"]:
            out.print(f"[yellow]低置信度 {plural(scan['uncertain'], 'line')} below {LOW_CONFIDENCE:.0%} confidence, "
                      "to check:[/]")
            for ln in lines:
                if ln["uncertain"]:
                    out.print(f"  [yellow]{ln['confidence']:.0%}[/]  {_esc(ln['text'])}  [dim]line {ln['id']}[/]")
    return 0


def cmd_stats(args: argparse.Namespace, archive_path: Path) -> int:
    with _open_existing(archive_path) as archive:
        s = archive.stats()
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=2))
        return 0
    labels = {"archive": "档案 archive", "schema_version": "格式版本 schema", "publications": "报纸 publications",
              "issues": "期数 issues", "pages": "版数 pages", "articles": "篇数 articles",
              "photos": "图片 photos", "import_batches": "导入批次 imports", "first_issue": "首期 first issue",
              "last_issue": "末期 last issue", "text_chars": "正文字数 characters of text",
              "file_bytes": "文件大小 file size"}
    shown = {**s, "file_bytes": _size(s["file_bytes"]),
             **{k: f"{s[k]:,}" for k in ("publications", "issues", "pages", "articles", "photos",
                                         "import_batches", "text_chars")}}
    from rich.cells import cell_len

    width = max(cell_len(v) for v in labels.values())
    for k, v in shown.items():
        label = labels.get(k, k)
        out.print(f"{label}{' ' * (width - cell_len(label))}  {_esc(str(v if v is not None else '—'))}")
    return 0


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} bytes" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def cmd_install_desktop(args: argparse.Namespace, archive_path: Path) -> int:
    from .desktopentry import install

    for path in install():
        out.print(f"wrote {_esc(str(path))}")
    out.print("Baoku is in the application menu (Office); some desktops show it after logging in again")
    return 0


def _note(message: str) -> None:
    err.print(f"[yellow]note[/] {_esc(message)}")


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _open_gui(archive_path: Path, parser: argparse.ArgumentParser) -> int:
    from .gui.app import run

    return run(archive_path)


def cmd_correct(args: argparse.Namespace, archive_path: Path) -> int:
    import dataclasses
    import getpass

    from .core.errors import ValidationError
    from .core.store import corrections

    who = args.by or getpass.getuser()
    with _open_existing(archive_path) as archive:
        if args.undo is not None:
            done = [corrections.undo(archive, args.undo, who)]
        elif args.history:
            if args.article is None:
                raise ValidationError("--history needs the ARTICLE")
            done = corrections.history(archive, args.article)
        else:
            if args.text is None:
                raise ValidationError("give the corrected text with --text")
            if args.line is not None:
                done = [corrections.correct_line(archive, args.line, args.text, who)]
            else:
                if args.article is None:
                    raise ValidationError("--block needs the ARTICLE")
                done = [corrections.correct_block(archive, args.article, args.block, args.text, who)]
    if args.json:
        print(json.dumps([dataclasses.asdict(c) for c in done], ensure_ascii=False, indent=2))
        return 0
    if args.history and not done:
        out.print(f"article {args.article} has no corrections")
    for c in done:  # whether a correction stands or was undone is said first, never after its long text
        where = f"line {c.line_id}" if c.line_id else f"block {c.block}"
        if args.undo is not None:
            state = "undid"
        elif c.undone_at:
            state = f"#{c.id} [yellow]undone[/] {c.undone_at} by {_esc(c.undone_by or '')}:"
        else:
            state = f"#{c.id} [green]in force[/]:"
        out.print(f"{state}  article {c.article_id} {where}  {c.at} {_esc(c.who)}: 「{_esc(c.old_text)}」 → "
                  f"「{_esc(c.new_text)}」")
    return 0


COMMANDS = {"import": cmd_import, "correct": cmd_correct, "list": cmd_list, "show": cmd_show, "stats": cmd_stats,
            "search": cmd_search, "reindex": cmd_reindex, "saved": cmd_saved, "export": cmd_export,
            "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore,
            "install-desktop": cmd_install_desktop}


def _clip_command(name: str):
    def run(args: argparse.Namespace, archive_path: Path) -> int:
        from .clipcommands import COMMANDS as CLIP

        return CLIP[name](args, archive_path)
    return run


COMMANDS.update({name: _clip_command(name) for name in ("clip", "split", "merge", "pages")})


if __name__ == "__main__":
    sys.exit(main())
