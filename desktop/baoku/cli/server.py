"""What only a server archive has: `baoku audit` (its log of every change: who, when, what, old and
new) and `baoku server` (its roles: make them, grant one to a user, take it back, list who holds
which). The server enforces the roles; these commands only ask it."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from .output import archive_option, esc, json_text, out


def add_parsers(sub) -> None:
    au = sub.add_parser("audit", help="a server archive's log of every change: who, when, what, old and new",
                        description="Every change of a server archive's records, as the server logged it in the "
                        "change's own transaction (who is the PostgreSQL user that connected). Only its admins "
                        "may read it. Examples: baoku audit ; baoku audit --table article --id 12 ; "
                        "baoku audit --who alice --limit 20 --json")
    archive_option(au, top=False)
    au.add_argument("--table", help="one table's changes (article, correction, issue, …)")
    au.add_argument("--id", type=int, metavar="ID", help="one row's changes (with --table)")
    au.add_argument("--who", metavar="USER", help="one user's changes")
    au.add_argument("--limit", type=int, default=50, metavar="N", help="the newest N entries (default 50)")
    au.add_argument("--json", action="store_true")
    se = sub.add_parser("server", help="a server archive's roles: archivist, editor, admin",
                        description="archivist: import, edit, correct; editor: search, export, collections and "
                        "notes; admin: users and backup (and all the rest). `baoku server roles` (run by the "
                        "database's owner) makes the three roles and grants them on the archive; `baoku server "
                        "grant alice editor` makes alice a member (and her login role, with no password: set it "
                        "with psql's \\password, keep it in ~/.pgpass); `baoku server revoke alice editor` takes it "
                        "back; `baoku server users` lists who holds which; `baoku server images /mnt/nas/baoku-images` "
                        "(its owner or an admin) names the folder every client keeps the page images in, mounted at "
                        "that path, and `baoku server images` shows it.")
    archive_option(se, top=False)
    se.add_argument("action", choices=["roles", "grant", "revoke", "users", "images"])
    se.add_argument("user", nargs="?", metavar="USER|FOLDER",
                    help="the user to grant or revoke; for images, the folder to keep page images in")
    se.add_argument("role", nargs="?", choices=["archivist", "editor", "admin"], metavar="ROLE")
    se.add_argument("--json", action="store_true")


def _server(archive_path, create: bool = False):
    from ..core.address import ServerAddress
    from ..core.errors import ValidationError
    from ..core.store.server import ServerArchive

    if not isinstance(archive_path, ServerAddress):
        raise ValidationError(f"{archive_path} is an archive file: only a server archive (--archive "
                              "postgresql://…) has an audit log and roles; baoku correct ARTICLE --history lists "
                              "an article's corrections")
    return ServerArchive(archive_path, create=create)


def cmd_audit(args: argparse.Namespace, archive_path) -> int:
    from ..core.errors import ValidationError

    if args.id is not None and not args.table:
        raise ValidationError("--id needs --table (ids are a table's own)")
    with _server(archive_path) as archive:
        entries = archive.audit_log(table=args.table, row_id=args.id, who=args.who, limit=args.limit)
    if args.json:
        print(json_text([asdict(e) for e in entries], indent=2))
        return 0
    if not entries:
        out.print("no changes logged" + (" that match" if args.table or args.who else ""))
    for e in entries:
        what = {"insert": "added", "update": "changed", "delete": "removed"}[e.op]
        shown = ", ".join(f"{k}: {_short(e.old.get(k))} → {_short(e.new.get(k))}" for k in e.new) \
            if e.op == "update" else ""
        out.print(f"[dim]#{e.id}[/] {e.at}  [bold]{esc(e.who)}[/] {what} {e.table} {e.row_id if e.row_id else ''}"
                  + (f"  {esc(shown)}" if shown else ""))
    return 0


def _short(value, width: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_server(args: argparse.Namespace, archive_path) -> int:
    from ..core.errors import ValidationError
    from ..core.store.server import roles

    if args.action in ("grant", "revoke") and not (args.user and args.role):
        raise ValidationError(f"baoku server {args.action} USER ROLE (ROLE: archivist, editor or admin)")
    # Naming the image store is a step of setting a new archive up: it may make the archive's tables.
    with _server(archive_path, create=args.action == "images" and bool(args.user)) as archive:
        conn = archive.conn
        if args.action == "images":
            return _images(archive, args.user)
        if args.action == "roles":
            made = roles.grant_roles(conn)
            out.print(("made the roles " + ", ".join(made) + "; " if made else "")
                      + "granted archivist, editor and admin on " + esc(archive.address.shown()))
            return 0
        if args.action == "grant":
            if not roles.groups_exist(conn):
                raise ValidationError("this server has no Baoku roles yet: its owner runs baoku server roles first")
            made = roles.grant_user(conn, args.user, args.role)
            out.print(f"{esc(args.user)} is now {'an' if args.role[0] in 'ae' else 'a'} {args.role}"
                      + (" (a new login role with no password: set one with psql's \\password)" if made else ""))
            return 0
        if args.action == "revoke":
            roles.revoke_user(conn, args.user, args.role)
            out.print(f"{esc(args.user)} is no longer {'an' if args.role[0] in 'ae' else 'a'} {args.role}")
            return 0
        listed = roles.members(conn)
    if args.json:
        print(json_text([asdict(m) for m in listed], indent=2))
        return 0
    if not listed:
        out.print("no user holds a Baoku role (baoku server grant USER ROLE)")
    for m in listed:
        out.print(f"[bold]{esc(m.user)}[/]  {', '.join(m.roles)}" + ("" if m.can_log_in else "  [dim](cannot log in)[/]"))
    return 0


def _images(archive, folder: str | None) -> int:
    """Name the archive's image store, or say which it is (and whether it is reachable here)."""
    if folder:
        path = archive.set_image_store(folder)
        out.print(f"page images of {esc(archive.address.shown())} are kept in {esc(str(path))}")
        return 0
    problem = archive.image_store_problem()
    out.print(esc(problem) if problem else f"page images are kept in {esc(archive.image_store_setting())}")
    return 0


COMMANDS = {"audit": cmd_audit, "server": cmd_server}
