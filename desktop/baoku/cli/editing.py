"""An editor's commands: `baoku delete` and `baoku trash`, `baoku cite`, `baoku collection` and
`baoku note`, `baoku paper` and `baoku issue` (a paper's schedule, an issue's number), and `baoku
edit` (one 栏目 / 体裁 / 来源 for many articles). Each change is the application layer's action
(core/app/actions/editing.py, as in the window, but not a step of the window's undo history), each
listing a read of the store; then a few lines of output."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..core.plural import plural
from .output import archive_option, json_text, visible

COMMANDS: dict = {}


def command(name):
    def register(fn):
        COMMANDS[name] = fn
        return fn
    return register


def add_parsers(sub) -> None:
    de = sub.add_parser("delete", help="move articles, pages, issues or papers to the trash",
                        description="Deleted things go to the trash, whole, and can be put back with `baoku trash "
                        "restore` until the trash is emptied. Examples: baoku delete 12 13 ; baoku delete --page 4 ; "
                        "baoku delete --issue 2 ; baoku delete --publication 泉州晚报")
    archive_option(de, top=False)
    de.add_argument("articles", nargs="*", type=int, metavar="ARTICLE")
    de.add_argument("--page", type=int, nargs="+", metavar="PAGE", help="page ids (baoku list pages)")
    de.add_argument("--issue", type=int, nargs="+", metavar="ISSUE", help="issue ids (baoku list issues)")
    de.add_argument("--publication", "--paper", nargs="+", metavar="NAME", help="papers, by name or id")
    de.add_argument("--by", help="who deletes (default: the login name)")
    tr = sub.add_parser("trash", help="list the trash, put things back, or empty it",
                        description="Examples: baoku trash list ; baoku trash restore 3 ; baoku trash empty")
    archive_option(tr, top=False)
    tr.add_argument("action", choices=["list", "restore", "empty"])
    tr.add_argument("ids", nargs="*", type=int, metavar="ID", help="trash entry ids (restore: required; empty: "
                    "only these)")
    tr.add_argument("--json", action="store_true")
    ci = sub.add_parser("cite", help="citations of articles: GB/T 7714, RIS, CSL-JSON or BibTeX",
                        description="Example: baoku cite 2 6 --style ris -o refs.ris")
    archive_option(ci, top=False)
    ci.add_argument("articles", nargs="*", type=int, metavar="ARTICLE")
    ci.add_argument("--style", choices=["gbt7714", "ris", "csl-json", "bibtex"], default="gbt7714")
    ci.add_argument("--collection", metavar="NAME", help="cite a whole collection, in its order")
    ci.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of printing")
    co = sub.add_parser("collection", help="collections (专题): gather articles for a story, in an order",
                        description="Examples: baoku collection add 知识产权 2 4 ; baoku collection list ; "
                        "baoku collection list 知识产权 ; baoku collection remove 知识产权 4 ; "
                        "baoku collection rename 知识产权 专利 ; baoku collection delete 专利. Search one with "
                        "专题:NAME (collection:NAME); export one with baoku export --collection NAME")
    archive_option(co, top=False)
    co.add_argument("action", choices=["add", "remove", "list", "delete", "rename"])
    co.add_argument("name", nargs="?", metavar="NAME")
    co.add_argument("more", nargs="*", metavar="ID", help="article ids (add, remove); the new name (rename)")
    co.add_argument("--json", action="store_true")
    no = sub.add_parser("note", help="write, show or clear an article's note (批注)",
                        description="Search notes with 批注:WORDS (note:WORDS). Examples: baoku note 12 \"核对数字\" ; "
                        "baoku note 12 ; baoku note 12 --clear")
    archive_option(no, top=False)
    no.add_argument("article", type=int, metavar="ARTICLE")
    no.add_argument("text", nargs="*", metavar="TEXT")
    no.add_argument("--clear", action="store_true", help="remove the note")
    no.add_argument("--by", help="who writes (default: the login name)")
    pa = sub.add_parser("paper", help="show or set a paper's schedule, other names, first and last issue",
                        description="The calendar's 缺期 audit uses these. Examples: baoku paper 泉州晚报 ; "
                        "baoku paper 泉州晚报 --frequency daily --weekdays 1-6 ; baoku paper 泉州晚报 --first 1990-01-01")
    archive_option(pa, top=False)
    pa.add_argument("publication", metavar="NAME", help="the paper, by name or id")
    pa.add_argument("--frequency", choices=["daily", "weekly", "biweekly", "monthly", "irregular", "unknown"])
    pa.add_argument("--weekdays", metavar="DAYS", help="days it appears on, 1 (Monday) to 7: 1-6, 2,4,6 ('' clears)")
    pa.add_argument("--other-names", metavar="NAMES", help="other or earlier titles, comma-separated ('' clears)")
    pa.add_argument("--first", metavar="DATE", help="its first issue ('' clears)")
    pa.add_argument("--last", metavar="DATE", help="its last issue ('' clears)")
    pa.add_argument("--place", help="where it appears")
    iss = sub.add_parser("issue", help="set an issue's number (总第N期)",
                         description="Example: baoku issue 3 --number 总第12345期")
    archive_option(iss, top=False)
    iss.add_argument("issue", type=int, metavar="ISSUE")
    iss.add_argument("--number", required=True, help="as printed ('' clears)")
    ed = sub.add_parser("edit", help="give many articles the same column, genre or source",
                        description="Example: baoku edit 3 4 5 --genre 简讯 --source 新华社")
    archive_option(ed, top=False)
    ed.add_argument("articles", nargs="+", type=int, metavar="ARTICLE")
    ed.add_argument("--column", help="栏目")
    ed.add_argument("--genre", help="体裁")
    ed.add_argument("--source", help="来源")


def _out():
    from .output import esc, open_existing, out
    return out, esc, open_existing


def _acting():
    from ..core.app.actions import editing

    from .output import esc, open_library, out
    return out, esc, open_library, editing


@command("delete")
def cmd_delete(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.errors import ValidationError
    from ..core.store import trash

    out, esc, open_library, editing = _acting()
    asked = [("article", args.articles), ("page", args.page or []), ("issue", args.issue or [])]
    if not any(ids for _, ids in asked) and not args.publication:
        raise ValidationError("give article ids, or --page, --issue or --publication")
    who = args.by or getpass.getuser()
    with open_library(archive_path) as lib:
        if args.publication:
            from ..core.store.papers import paper

            asked.append(("publication", [paper(lib.archive, p).id for p in args.publication]))
        made = []
        for kind, ids in asked:
            if ids:
                made += editing.delete(lib, kind, ids, "", who).value
        entries = {e.id: e for e in trash.entries(lib.archive)}
    for t in made:
        e = entries[t]
        out.print(f"moved to the trash as [bold]#{e.id}[/]: {e.kind} {e.target} {esc(e.label)}"
                  + (f" ({plural(e.articles, 'article')})" if e.kind != "article" else ""))
    out.print("[dim]baoku trash restore ID puts one back[/]")
    return 0


@command("trash")
def cmd_trash(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.errors import ValidationError
    from ..core.store import trash

    out, esc, open_library, editing = _acting()
    with open_library(archive_path) as lib:
        if args.action == "restore":
            if not args.ids:
                raise ValidationError("give the trash entry ids to restore (baoku trash list)")
            for e in editing.restore(lib, args.ids, "", getpass.getuser()).value:
                out.print(f"restored #{e.id}: {e.kind} {e.target} {esc(e.label)}")
            return 0
        if args.action == "empty":
            n = editing.empty_trash(lib, args.ids or None).value
            out.print(f"emptied {n} trash {'entry' if n == 1 else 'entries'}; they cannot be restored any more")
            return 0
        entries = trash.entries(lib.archive)
    if args.json:
        print(json_text([e.__dict__ for e in entries], indent=2))
        return 0
    if not entries:
        out.print("the trash is empty")
    for e in entries:
        out.print(f"[bold]#{e.id}[/]  {e.at[:19].replace('T', ' ')}  {e.kind} {e.target}  {esc(e.label)}"
                  + (f"  [dim]({plural(e.articles, 'article')})[/]" if e.kind != "article" else "")
                  + (f"  [dim]by {esc(e.who)}[/]" if e.who else ""))
    return 0


@command("cite")
def cmd_cite(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.cite import cite_ids
    from ..core.errors import ValidationError
    from ..core.files import write_atomically
    from ..core.store import collections

    out, esc, open_existing = _out()
    if bool(args.articles) == bool(args.collection):
        raise ValidationError("give article ids or --collection NAME (one of the two)")
    with open_existing(archive_path) as archive:
        ids = collections.members(archive, args.collection) if args.collection else args.articles
        if not ids:
            raise ValidationError(f"the collection 「{args.collection}」 holds no articles")
        text = cite_ids(archive, ids, args.style)
    if args.output:
        write_atomically(args.output, text.encode("utf-8"))
        from .output import said_beside

        said_beside(args.output).print(f"wrote {esc(str(args.output))}: {len(ids)} {'citation' if len(ids) == 1 else 'citations'} "
                  f"({args.style})")
    else:
        print(visible(text), end="")
    return 0


@command("collection")
def cmd_collection(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.errors import ValidationError
    from ..core.store import collections

    out, esc, open_library, editing = _acting()
    if args.action != "list" and not args.name:
        raise ValidationError(f"collection {args.action} needs the collection's NAME")
    who = getpass.getuser()
    with open_library(archive_path) as lib:
        archive = lib.archive
        if args.action in ("add", "remove"):
            try:
                ids = [int(i) for i in args.more]
            except ValueError:
                raise ValidationError("article ids are numbers") from None
            from . import too_large  # the ids are text to argparse (rename takes a name there)

            refused = next(filter(None, (too_large("the ID argument", i) for i in ids)), None)
            if refused:
                raise ValidationError(refused)
            if not ids:
                raise ValidationError(f"collection {args.action} needs article ids after the NAME")
            n = (editing.collect if args.action == "add" else editing.uncollect)(lib, args.name, ids, who).value
            verb = "added to" if args.action == "add" else "taken out of"
            out.print(f"{n} {'article' if n == 1 else 'articles'} {verb} 「{esc(args.name)}」 "
                      f"(it holds {len(collections.members(archive, args.name))})")
            return 0
        if args.action == "delete":
            n = editing.drop_collection(lib, args.name, who).value
            out.print(f"deleted the collection 「{esc(args.name)}」; its {plural(n, 'article')} "
                      f"{'stays' if n == 1 else 'stay'} in the archive")
            return 0
        if args.action == "rename":
            if len(args.more) != 1:
                raise ValidationError("collection rename NAME NEW_NAME")
            editing.rename_collection(lib, args.name, args.more[0], who)
            out.print(f"renamed 「{esc(args.name)}」 to 「{esc(args.more[0])}」")
            return 0
        if args.name:
            ids = collections.members(archive, args.name)
            rows = archive.summaries(ids)
            listed = [rows[i] for i in ids if i in rows]
            if args.json:
                print(json_text(listed, indent=2))
                return 0
            for n, r in enumerate(listed, 1):
                out.print(f"{n:>3}. #{r['id']}  {r['date']}  {esc(r['publication'])}  {esc(r['headline'] or r['kicker'])}")
            out.print(f"「{esc(args.name)}」: {len(listed)} {'article' if len(listed) == 1 else 'articles'}")
            return 0
        rows = collections.collections(archive)
    if args.json:
        print(json_text(rows, indent=2))
        return 0
    if not rows:
        out.print("no collections (make one with: baoku collection add NAME ID…)")
    for r in rows:
        out.print(f"[bold]{esc(r['name'])}[/]  {r['articles']} {'article' if r['articles'] == 1 else 'articles'}")
    return 0


@command("note")
def cmd_note(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.errors import ValidationError
    from ..core.store import collections

    out, esc, open_library, editing = _acting()
    text = " ".join(args.text)
    with open_library(archive_path) as lib:
        archive = lib.archive
        if args.clear or text:
            if args.clear and text:
                raise ValidationError("give TEXT or --clear, not both")
            editing.set_note(lib, args.article, "" if args.clear else text, args.by or getpass.getuser())
            out.print(f"article {args.article}: note " + ("removed" if args.clear else "saved"))
            return 0
        archive.article(args.article)  # NotFound for an unknown article
        shown = collections.note(archive, args.article)
    out.print(esc(shown) if shown else f"article {args.article} has no note")
    return 0


@command("paper")
def cmd_paper(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.store import papers

    out, esc, open_library, editing = _acting()
    given = {k: v for k, v in (("frequency", args.frequency), ("weekdays", args.weekdays),
                               ("other_names", args.other_names), ("first_issue", args.first),
                               ("last_issue", args.last), ("place", args.place)) if v is not None}
    if given.get("frequency") == "unknown":
        given["frequency"] = ""
    with open_library(archive_path) as lib:
        p = editing.set_paper(lib, args.publication, given, getpass.getuser()).value if given else \
            papers.paper(lib.archive, args.publication)
    days = ",".join(map(str, p.weekdays))
    for label, value in (("paper", p.name), ("place", p.place), ("frequency", p.frequency or "unknown"),
                         ("weekdays", days and f"{days} ({papers.weekday_names(p.weekdays)})"),
                         ("other names", "、".join(p.other_names)),
                         ("first issue", p.first_issue and p.first_issue.isoformat()),
                         ("last issue", p.last_issue and p.last_issue.isoformat())):
        out.print(f"{label:<12} {esc(str(value or '—'))}")
    return 0


@command("issue")
def cmd_issue(args: argparse.Namespace, archive_path: Path) -> int:
    out, esc, open_library, editing = _acting()
    with open_library(archive_path) as lib:
        number = editing.set_issue_number(lib, args.issue, args.number, getpass.getuser()).value
    out.print(f"issue {args.issue}: number {esc(number) if number else 'cleared'}")
    return 0


@command("edit")
def cmd_edit(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.store import papers

    out, esc, open_library, editing = _acting()
    fields = {k: getattr(args, k) for k in papers.BULK_FIELDS if getattr(args, k) is not None}
    with open_library(archive_path) as lib:
        n = editing.bulk_edit(lib, args.articles, fields, getpass.getuser()).value
    out.print(f"{n} of {plural(len(set(args.articles)), 'article')} changed")
    return 0
