"""`baoku migrate SRC DEST`: an archive file copied to a server archive, or back."""

from __future__ import annotations

import argparse

from ..core.address import archive_address
from ..core.coded import Coded
from ..core.plural import plural
from .output import esc, note, out, progress_bar


def add_parsers(sub) -> None:
    mg = sub.add_parser("migrate", help="copy an archive file to a server archive (postgresql://…) or back; "
                                        "run it again to finish one that was interrupted")
    mg.add_argument("source", type=archive_address, metavar="SRC", help="the archive to copy (only read)")
    mg.add_argument("dest", type=archive_address, metavar="DEST",
                    help="a new archive file or an empty server database")
    mg.add_argument("--chunk", type=int, default=None, help=argparse.SUPPRESS)  # rows a transaction (tests)


def cmd_migrate(args: argparse.Namespace, archive_path) -> int:
    from ..core.app.actions import migrating
    from ..core.store.migration import CHUNK

    with progress_bar() as bar:
        tasks: dict[str, int] = {}

        def progress(table: str, done: int, total: int) -> None:
            if table not in tasks:
                tasks[table] = bar.add_task(table, total=total)
            bar.update(tasks[table], completed=done, total=total)

        done = migrating.migrate(args.source, args.dest, progress, args.chunk or CHUNK).value
    for table, copied, total in done.tables:
        out.print(f"  {table:<16} {total:>9}" + (f"  ({copied} this run)" if done.resumed else ""))
    verb = "finished migrating" if done.resumed else "migrated"
    out.print(f"[bold]{verb}[/] {esc(done.source)} → {esc(done.dest)}: "
              f"{plural(dict((t, n) for t, _, n in done.tables)['article'], 'article')}, "
              f"{plural(sum(n for _, _, n in done.tables), 'row')} in all, checked equal table by table")
    if done.left:
        note(Coded("migrate_left", source=done.source, left=[list(x) for x in done.left]))
    if done.unindexed:
        note(f"the search rows were not made at the destination ({done.unindexed}); the archive is whole, and its "
             "next search or import makes them (or baoku reindex)")
    else:
        out.print("the search index is made again at the destination (an archive file indexes on its next "
                  "search or reindex)")
    return 0


COMMANDS = {"migrate": cmd_migrate}
