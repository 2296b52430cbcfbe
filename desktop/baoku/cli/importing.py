"""`baoku import`: files, folders and ZIPs into the archive, with a report line a file and a page."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.plural import plural
from ..core.app import Job, Library
from ..core.importing.sourcefile import MAX_FILE_MB
from ..core.importing.outcome import DUPLICATE, FAILED, IMPORTED, REFUSED
from .output import archive_option, err, esc, in_range, json_text, note, out, progress_bar


def add_parsers(sub) -> None:
    imp = sub.add_parser("import", help="import page text, JSONL, NITF/NewsML-G2 XML, PDF, folders, ZIPs",
                         description="Import files, folders or ZIPs. Page text and PDF carry no issue "
                         "metadata: give it with the options below, a sidecar <name>.json/.yaml beside "
                         "the file, or a file name like 泉州晚报_2024-09-11_第5版_民企会客厅.txt.")
    archive_option(imp, top=False)
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
                     help=f"size limit for one file, 1 to {MAX_FILE_MB} (default 64; PDFs 256)")
    imp.add_argument("-v", "--verbose", action="store_true", help="list paragraph repairs and warnings")
    imp.add_argument("--review", action="store_true",
                     help="list each page's doubtful article boundaries (where the page-text scorer was unsure; "
                          "fix a wrong one with baoku split / merge)")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")



class _Report(Job):
    """The command line's view of an import: a bar a file (and a page, for OCR), a line a file."""

    def __init__(self, args: argparse.Namespace, bar, total: int):
        self.args, self.bar = args, bar
        self.task = bar.add_task("importing", total=total)
        self.ocr: dict[str, int] = {}
        self.index_task = None

    def pages(self, name: str, done: float, of: int) -> None:  # OCR takes seconds a page: show each
        bar = self.bar
        if name not in self.ocr:
            self.ocr[name] = bar.add_task(f"OCR {esc(Path(name.split('!')[-1]).name)}", total=of)
        bar.update(self.ocr[name], completed=done)
        if done >= of:
            bar.remove_task(self.ocr.pop(name))

    def phase(self, name: str) -> None:
        self.index_task = self.bar.add_task(name, total=None)

    def progress(self, done: int, total: int) -> None:
        if self.index_task is not None:
            self.bar.update(self.index_task, completed=done, total=total)

    def item(self, o) -> None:
        self.bar.advance(self.task)
        args = self.args
        if args.json:
            return
        colour = STYLE.get(o.status, "dim")
        label = {DUPLICATE: "already in archive"}.get(o.status, o.status)
        if o.status != REFUSED:  # a refused file's message is its pages' refusals, said below
            (err if o.status == FAILED else out).print(f"[{colour}]{label}[/]  {esc(o.name)}  {esc(o.message)}")
        if o.members:  # a package's items: read with it, once
            out.print(f"    read with it, not again on their own: {esc(', '.join(o.members_beside))}")
        for r in o.refused:  # one line a page: what was not stored, and why
            err.print(f"[red]refused[/]  {esc(o.name)}  {esc(r.message())}")
        for line in o.repairs + o.warnings if args.verbose else o.notices:  # (notices also without -v)
            out.print(f"    {esc(line)}")
        if args.review:
            for page, doubts in o.doubtful:
                out.print(f"    [yellow]worth a look[/] {esc(page)}: {len(doubts)} doubtful")
                for line in doubts:
                    out.print(f"      {esc(line)}")


STYLE = {IMPORTED: "green", DUPLICATE: "yellow", REFUSED: "red", FAILED: "red"}


def cmd_import(args: argparse.Namespace, archive_path: Path) -> int:
    # (the importers are loaded by this command only: `baoku search` imports this module too)
    from ..core.app.actions.importing import ImportRequest, import_files
    from ..core.importing.metadata import IssueMeta
    from ..core.importing.sources import Limits, count_sources

    in_range(args.max_file_mb, "--max-file-mb", 1, MAX_FILE_MB, " (megabytes)")

    overrides = IssueMeta.from_mapping({k: getattr(args, k) for k in (
        "publication", "date", "page", "page_name", "section", "edition", "issue_number", "place",
        "frequency", "language") if getattr(args, k) is not None}, "options")
    limits = Limits()
    if args.max_file_mb is not None:
        limits = Limits(max_file_bytes=args.max_file_mb * 2**20, max_pdf_bytes=args.max_file_mb * 2**20)
    request = ImportRequest(tuple(args.paths), overrides, limits, replace=args.replace, duplicates=args.allow_duplicates)
    with Library(archive_path, notify=note) as lib, progress_bar(disable=args.json) as bar:
        done = import_files(lib, request, _Report(args, bar, count_sources(args.paths))).value
    report = done.report
    if done.index_problem == "disk full":
        err.print(f"[red]disk full[/]: {plural(report.issues_stored, 'issue')} stored; the search index "
                  "will catch up when there is free space again (baoku reindex, or any search)")
    elif done.index_problem:
        err.print(f"[yellow]note[/] {esc(done.index_problem)}")
    if done.handed_off:
        note(f"another Baoku is updating the search index right now; it indexes these "
             f"{plural(done.handed_off, 'change')} too")
    if args.json:
        print(json_text({"summary": summary(report), "files": [
            {"file": o.name, "status": o.status, "message": o.message, "article_ids": o.article_ids,
             "refused": [{"page": r.page, "issue": r.issue, "reason": r.reason, "articles": r.articles,
                          "message": r.message()} for r in o.refused],
             "repairs": o.repairs, "warnings": o.warnings, "members": o.members,
             "doubtful": [{"page": page, "boundaries": lines} for page, lines in o.doubtful]}
            for o in report.outcomes]},
            indent=2))
    else:
        # Why it stopped is said once: on the line of the file it stopped in, else on a line of its own.
        said = any(report.stopped in o.message for o in report.outcomes if o.status == FAILED)
        out.print(f"[bold]{esc(summary(report, why='above' if said else 'below'))}[/]")
        if report.stopped and not said:
            err.print(f"[red]stopped[/]: {esc(report.stopped)}; {plural(report.issues_stored, 'issue')} stored "
                      "before that")
    if report.interrupted:
        return 130  # as a Ctrl+C anywhere else
    return 0 if report.ok and done.index_problem != "disk full" else 1


def summary(report, why: str = "") -> str:
    """The batch in one line, in English (naming this command's options); `why`: where the reason
    it stopped is said ("above", on a file's line, or "below"), not here again."""
    from ..core.importing.run import DUPLICATE, FAILED, IMPORTED

    if report.rolled_back:
        return f"cancelled: nothing was imported, the archive is unchanged ({plural(len(report.outcomes), 'file')} read)"
    parts = [f"{plural(report.count(IMPORTED), 'file')} imported ({plural(report.articles_added, 'new article')})",
             f"{report.count(DUPLICATE)} skipped as already in the archive",
             f"{report.count(FAILED)} failed"]
    refused = report.refused
    if refused:
        parts.append(f"{plural(len(refused), 'page')} refused ({plural(sum(r.articles for r in refused), 'article')}"
                     " not stored; each is listed above with why)")
    if report.worth_a_look:
        parts.append(f"{plural(report.worth_a_look, 'page')} worth a look (a doubtful article boundary: "
                     "baoku import --review lists them)")
    if report.cancelled:
        parts.append("cancelled before the end")
    if report.interrupted:
        parts.append(f"interrupted (Ctrl+C): {plural(report.issues_stored, 'issue')} stored, none half-stored; "
                     "the search index catches up on the next search (or baoku reindex)")
    if report.stopped:
        parts.append(f"stopped before the end (why: {why})" if why else f"stopped: {report.stopped}")
    return ", ".join(parts)


COMMANDS = {"import": cmd_import}
