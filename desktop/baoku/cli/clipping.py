"""`baoku clip`, `baoku split` and `baoku merge`: a piece of a scanned page as a new article or as
an article's facsimile, one article cut in two, two joined (core.store.clipping does the work).
`baoku pages export-labels`: the pages fixed so, as labelled examples (core.importing.labels)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .output import archive_option


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
    pg = sub.add_parser("pages", help="page-text pages whose split into articles was fixed by hand")
    actions = pg.add_subparsers(dest="pages_action", metavar="ACTION", required=True)
    ex = actions.add_parser(
        "export-labels", help="write the fixed pages as labelled examples (page-set format)",
        description="Every page-text page whose split was fixed — in the window's import preview, or after "
        "import by split, merge or a new headline — is written to FOLDER, one file a page, in the labelled "
        "page-set format (tests/pageset/README.md). Retrain the page-text scorer on them with "
        "tools/train_pagetext.py --extra FOLDER. Example: baoku pages export-labels labels/")
    archive_option(ex, top=False)
    ex.add_argument("folder", type=Path, metavar="FOLDER")


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

    with open_existing(archive_path) as archive:
        written = export_labels(archive, args.folder)
    out.print(f"{len(written)} fixed pages written to {args.folder}" if written else
              "no page's split has been fixed yet: nothing written")
    return 0


COMMANDS = {"clip": cmd_clip, "split": cmd_split, "merge": cmd_merge, "pages": cmd_pages}
