"""`baoku clip`, `baoku split` and `baoku merge`: a piece of a scanned page as a new article or as
an article's facsimile, one article cut in two, two joined (core.store.clipping does the work).
`baoku pages export-labels`: the pages fixed so, as labelled examples (core.importing.labels).
`baoku pages blocks` and `baoku pages move-block`: a scanned page's layout blocks, and one moved to
follow another, as the window's 版面结构 overlay does it (core.app.actions.layout)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .output import archive_option, json_text


def add_parsers(sub) -> None:
    cl = sub.add_parser(
        "clip", help="make a new article from a rectangle of a scanned page, or attach it as an article's facsimile",
        description="The rectangle is in the page image's pixels (baoku show prints an article's page id and "
        "region). Without --attach, the lines inside become a new article (their text leaves the article it "
        "was in; where no line is inside, the crop is read by OCR). With --attach, the rectangle becomes that "
        "article's facsimile, printed above its text by `baoku export --facsimile`. Examples: "
        "baoku clip 3 --box 120,400,900,1300 ; baoku clip 3 --box 120,400,900,1300 --attach 42")
    archive_option(cl, top=False)
    cl.add_argument("page", type=int, metavar="PAGE", help="the page's id")
    cl.add_argument("--box", required=True, metavar="X0,Y0,X1,Y1", help="the rectangle, in page pixels")
    cl.add_argument("--attach", type=int, metavar="ARTICLE", help="attach the rectangle to this article as its facsimile")
    cl.add_argument("--by", help="who clips (default: the login name)")
    sp = sub.add_parser("split", help="cut an article in two at an OCR line or a paragraph",
                        description="The rest becomes a new article on the same page. Examples: baoku split 12 "
                        "--line 340 ; baoku split 12 --block 4 ; baoku split 12 --block 4 --at 30")
    archive_option(sp, top=False)
    sp.add_argument("article", type=int, metavar="ARTICLE")
    where = sp.add_mutually_exclusive_group(required=True)
    where.add_argument("--line", type=int, metavar="LINE", help="cut where this OCR line begins")
    where.add_argument("--block", type=int, metavar="N", help="cut before block N, from 0 (baoku show --json)")
    sp.add_argument("--at", type=int, default=0, metavar="CHAR", help="with --block: cut before this character of it")
    me = sub.add_parser("merge", help="put the second article's text after the first's; the second goes",
                        description="Its headline becomes a subheading; its contributors, photos, OCR lines and "
                        "corrections come along. Example: baoku merge 12 13")
    archive_option(me, top=False)
    me.add_argument("first", type=int, metavar="ARTICLE")
    me.add_argument("second", type=int, metavar="ARTICLE")
    pg = sub.add_parser("pages", help="pages fixed by hand as labelled examples; a scanned page's layout blocks")
    actions = pg.add_subparsers(dest="pages_action", metavar="ACTION", required=True)
    ex = actions.add_parser(
        "export-labels", help="write the fixed pages as labelled examples (page-set format)",
        description="Every page-text page whose split was fixed — in the window's import preview, or after "
        "import by split, merge or a new headline — is written to FOLDER, one file a page, in the labelled "
        "page-set format (tests/pageset/README.md). Retrain the page-text scorer on them with "
        "tools/train_pagetext.py --extra FOLDER. Example: baoku pages export-labels labels/")
    archive_option(ex, top=False)
    ex.add_argument("folder", type=Path, metavar="FOLDER")
    bl = actions.add_parser("blocks", help="list a scanned page's layout blocks in reading order",
                            description="Each block's id, class, box (page pixels), article and lines, in the "
                            "page's reading order. Example: baoku pages blocks 3")
    archive_option(bl, top=False)
    bl.add_argument("page", type=int, metavar="PAGE", help="the page's id")
    bl.add_argument("--json", action="store_true", help="print the blocks as JSON")
    mv = actions.add_parser(
        "move-block", help="move a layout block to follow another, in that block's article",
        description="The block's lines and their text leave the article they were in and follow the text of "
        "the block given with --after, in its article; the move is kept and made again when the page is read "
        "again (an import with --replace). Example: baoku pages move-block 17 --after 12")
    archive_option(mv, top=False)
    mv.add_argument("block", type=int, metavar="BLOCK", help="the block to move (baoku pages blocks lists them)")
    mv.add_argument("--after", type=int, required=True, metavar="BLOCK", help="the block it is to follow")
    mv.add_argument("--by", help="who moves it (default: the login name)")


def _box(text: str) -> tuple[float, ...]:
    """X0,Y0,X1,Y1 as numbers; whether they make a rectangle on the page is the clip's to say."""
    import math

    from ..core.errors import ValidationError

    try:
        box = tuple(float(v) for v in text.replace(" ", "").split(","))
    except ValueError:
        box = ()
    if len(box) != 4 or not all(math.isfinite(v) for v in box):
        raise ValidationError(f"--box wants four finite numbers X0,Y0,X1,Y1 (pixels), not {text!r}")
    return box


def glued_box(argv: list[str]) -> list[str]:
    """`--box -100,0,900,400` as argparse would not take it (a value that starts with a minus
    reads as an option): glued into `--box=-100,0,900,400`."""
    out, it = [], iter(range(len(argv)))
    for i in it:
        if argv[i] == "--box" and i + 1 < len(argv) and argv[i + 1][:1] == "-" and argv[i + 1][1:2].isdigit():
            out.append(f"--box={argv[i + 1]}")
            next(it, None)
        else:
            out.append(argv[i])
    return out


def cmd_clip(args: argparse.Namespace, archive_path: Path) -> int:
    import getpass

    from .output import open_library, out
    from ..core.app.actions import clipping

    who = args.by or getpass.getuser()
    box = _box(args.box)
    with open_library(archive_path) as lib:
        if args.attach is not None:
            got = clipping.attach_facsimile(lib, args.attach, args.page, box, who).value
            out.print(f"article {args.attach}: facsimile from page {args.page}, region {got['box']}")
            return 0
        new = clipping.clip(lib, args.page, box, who).value
        rec = lib.archive.article(new)
    out.print(f"new article {new}: 「{rec.article.headline or rec.article.text()[:30]}」 "
              f"({len(rec.article.text())} characters) from page {args.page}", markup=False)
    return 0


def cmd_split(args: argparse.Namespace, archive_path: Path) -> int:
    from .output import open_library, out
    from ..core.app.actions import clipping

    with open_library(archive_path) as lib:
        if args.line is not None:
            new = clipping.split_at_line(lib, args.line, args.article).value
        else:
            new = clipping.split_article(lib, args.article, args.block, args.at).value
    out.print(f"article {args.article} split: the rest is article {new}")
    return 0


def cmd_merge(args: argparse.Namespace, archive_path: Path) -> int:
    from .output import open_library, out
    from ..core.app.actions import clipping

    with open_library(archive_path) as lib:
        clipping.merge(lib, args.first, args.second)
    out.print(f"article {args.second} merged into article {args.first}")
    return 0


def cmd_pages(args: argparse.Namespace, archive_path: Path) -> int:
    from .output import open_existing, out
    from ..core.importing.labels import export_labels

    if args.pages_action == "blocks":
        return _blocks(args, archive_path)
    if args.pages_action == "move-block":
        return _move_block(args, archive_path)

    with open_existing(archive_path) as archive:
        written = export_labels(archive, args.folder)
    out.print(f"{len(written)} fixed pages written to {args.folder}" if written else
              "no page's split has been fixed yet: nothing written")
    return 0


def _blocks(args: argparse.Namespace, archive_path: Path) -> int:

    from .output import open_library, out
    from ..core.app.actions import layout

    with open_library(archive_path) as lib:
        blocks = layout.blocks(lib, args.page)
    if args.json:
        print(json_text(blocks, indent=2))
        return 0
    if not blocks:
        out.print(f"page {args.page} has no layout blocks (not a scan read by the layout stage)")
    for b in blocks:
        article = "-" if b["article_id"] is None else str(b["article_id"])
        out.print(f"{b['id']:>6}  {b['seq']:>3}  {b['kind']:<8}  {','.join(map(str, b['box'])):<22}  "
                  f"article {article:<6}  {b['lines']} lines", markup=False)
    return 0


def _move_block(args: argparse.Namespace, archive_path: Path) -> int:
    import getpass

    from .output import open_library, out
    from ..core.app.actions import layout

    with open_library(archive_path) as lib:
        changed = layout.move_block(lib, args.block, args.after, args.by or getpass.getuser()).value
    out.print(f"block {args.block} now follows block {args.after}; articles changed: "
              f"{', '.join(map(str, changed))}")
    return 0


COMMANDS = {"clip": cmd_clip, "split": cmd_split, "merge": cmd_merge, "pages": cmd_pages}
