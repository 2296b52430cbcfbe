"""`baoku check`, `backup`, `restore` and `reindex`: keeping the archive and its index sound."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ..core.address import ServerAddress
from ..core.plural import plural
from .output import archive_option, err, esc, note, open_library, out, progress_bar, visible


def add_parsers(sub) -> None:
    ck = sub.add_parser("check", help="check the archive and its search index; exit 1 when something is wrong")
    archive_option(ck, top=False)
    ck.add_argument("--repair", action="store_true", help="re-index what the search index is missing")

    bk = sub.add_parser("backup", help="copy the archive safely, even while it is in use")
    archive_option(bk, top=False)
    bk.add_argument("dest", type=Path, metavar="PATH", help="the backup file to write")
    bk.add_argument("--force", action="store_true", help="replace PATH if it exists")

    rs = sub.add_parser("restore", help="put a backup back in place of the archive")
    archive_option(rs, top=False)
    rs.add_argument("source", type=Path, metavar="BACKUP", help="a file written by baoku backup")
    rs.add_argument("--force", action="store_true",
                    help="restore even over newer changes (the archive is kept beside it first)")

    ri = sub.add_parser("reindex", help="rebuild the full-text index from the archive")
    archive_option(ri, top=False)
    ri.add_argument("--optimize", action="store_true",
                    help="do not rebuild: bring the index up to date and merge its segments into one")



def cmd_check(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.app.actions import maintenance

    with open_library(archive_path, notify=note) as lib:
        report = maintenance.check(lib, args.repair).value
    for p in report.problems:
        out.print(f"[red]problem[/] {esc(p)}")
    for n in report.notes:
        out.print(f"[dim]note[/] {esc(n)}")
    out.print("[bold green]archive ok[/]" if report.ok else f"[bold red]{plural(len(report.problems), 'problem')}[/]")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.app.actions import maintenance

    with open_library(archive_path) as lib:
        made = maintenance.backup(lib, args.dest, args.force)
    shown = archive_path.shown() if isinstance(archive_path, ServerAddress) else str(archive_path)
    out.print(f"[bold]backed up[/] {esc(shown)} → {esc(str(made.value))}")
    for warning in made.warnings:
        err.print(f"warning: {visible(str(warning))}", markup=False)
    return 0


def cmd_restore(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.app.actions import maintenance

    made = maintenance.restore(args.source, archive_path, args.force)
    kept = made.value
    if isinstance(archive_path, ServerAddress):
        out.print(f"[bold]restored[/] {esc(str(args.source))} → {esc(archive_path.shown())}"
                  + (f"; what it held before is kept in {esc(str(kept))}" if kept else ""))
        return 0
    out.print(f"[bold]restored[/] {esc(str(args.source))} → {esc(str(archive_path))}; "
              "the search index is rebuilt on the next search")
    for warning in made.warnings:
        err.print(f"warning: {visible(str(warning))}", markup=False)
    return 0


def cmd_reindex(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.app.actions import maintenance

    if args.optimize:
        with open_library(archive_path, notify=note) as lib:
            t0 = time.perf_counter()
            n = maintenance.optimize(lib).value
        out.print(f"merged the index of {plural(n, 'article')} in {time.perf_counter() - t0:.1f} s")
        return 0
    with open_library(archive_path, notify=note) as lib, progress_bar(total_bar=False) as bar:
        task = bar.add_task("indexing", total=None)
        n = maintenance.reindex(lib, lambda done, total: bar.update(task, completed=done, total=total)).value
    out.print(f"indexed {plural(n, 'article')}")
    return 0


COMMANDS = {"check": cmd_check, "backup": cmd_backup, "restore": cmd_restore, "reindex": cmd_reindex}
