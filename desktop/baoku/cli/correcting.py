"""`baoku correct`: OCR corrections, their history and undo."""

from __future__ import annotations

import argparse
from pathlib import Path

from .output import archive_option, esc, json_text, open_library, out


def add_parsers(sub) -> None:
    co = sub.add_parser(
        "correct", help="correct OCR text (a line or a paragraph), list an article's corrections, undo one",
        description="Correct what the OCR read. Every change is logged with who and when, the old text and "
        "the new; search and exports follow at once, and the recogniser's own text is kept. Examples: "
        "baoku correct 12 --line 340 --text 农民丰收节 ; baoku correct 12 --block 3 --text \"…\" ; "
        "baoku correct 12 --history ; baoku correct --undo 5")
    archive_option(co, top=False)
    co.add_argument("article", type=int, nargs="?", metavar="ARTICLE")
    what = co.add_mutually_exclusive_group(required=True)
    what.add_argument("--line", type=int, metavar="LINE", help="an OCR line's id (baoku show lists them)")
    what.add_argument("--block", type=int, metavar="N", help="a block of the article, from 0 (baoku show ARTICLE --blocks)")
    what.add_argument("--history", action="store_true", help="list the article's corrections")
    what.add_argument("--undo", type=int, metavar="CORRECTION", help="undo a correction (its id from --history)")
    co.add_argument("--text", help="the corrected text")
    co.add_argument("--by", help="who corrects (default: the login name)")
    co.add_argument("--json", action="store_true")


def cmd_correct(args: argparse.Namespace, archive_path: Path) -> int:
    import dataclasses
    import getpass

    from ..core.app.actions import editing
    from ..core.errors import ValidationError
    from ..core.store import corrections

    who = args.by or getpass.getuser()
    with open_library(archive_path) as lib:
        if args.undo is not None:
            done = [editing.undo_correction(lib, args.undo, who).value]
        elif args.history:
            if args.article is None:
                raise ValidationError("--history needs the ARTICLE")
            done = corrections.history(lib.archive, args.article)
        else:
            if args.text is None:
                raise ValidationError("give the corrected text with --text")
            if args.line is not None:
                done = [editing.correct_line(lib, args.line, args.text, who).value]
            else:
                if args.article is None:
                    raise ValidationError("--block needs the ARTICLE")
                done = [editing.correct_block(lib, args.article, args.block, args.text, who).value]
    if args.json:
        print(json_text([dataclasses.asdict(c) for c in done], indent=2))
        return 0
    if args.history and not done:
        out.print(f"article {args.article} has no corrections")
    for c in done:  # whether a correction stands or was undone is said first, never after its long text
        where = f"line {c.line_id}" if c.line_id else f"block {c.block}"
        if args.undo is not None:
            state = "undid"
        elif c.undone_at:
            state = f"#{c.id} [yellow]undone[/] {c.undone_at} by {esc(c.undone_by or '')}:"
        else:
            state = f"#{c.id} [green]in force[/]:"
        out.print(f"{state}  article {c.article_id} {where}  {c.at} {esc(c.who)}: 「{esc(c.old_text)}」 → "
                  f"「{esc(c.new_text)}」")
    return 0


COMMANDS = {"correct": cmd_correct}
