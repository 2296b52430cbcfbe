"""`baoku list`, `baoku show` and `baoku stats`: what the archive holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.model import (
    ABSTRACT, BYLINE, CAPTION, COLUMN, EDITORS_NOTE, GUEST, HEAD_BYLINE, HEADLINE, KICKER, LABEL, SOURCE_LINE,
    SUBHEAD, SUBHEADING, TAGLINE,
)
from ..core.plural import plural
from ..core.files import size_text
from .output import archive_option, esc, in_range, json_text, open_existing, out


def add_parsers(sub) -> None:
    ls = sub.add_parser("list", help="list publications, issues or articles")
    archive_option(ls, top=False)
    ls.add_argument("what", nargs="?", choices=["publications", "issues", "pages", "articles"], default="issues")
    ls.add_argument("--publication", help="only this publication")
    ls.add_argument("--date", help="only this date or month (2024-09-11, 2024-09)")
    ls.add_argument("--issue", type=int, metavar="ID", help="only this issue (articles)")
    ls.add_argument("--limit", type=int, default=0, help="at most N rows (0: all)")
    ls.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="show one article")
    archive_option(show, top=False)
    show.add_argument("article", type=int, metavar="ARTICLE", help="article id (see `baoku list articles`)")
    show.add_argument("--json", action="store_true")
    show.add_argument("--blocks", action="store_true",
                      help="each block of the article with its number (what `baoku correct ARTICLE --block N` takes)")
    show.add_argument("--page-image", type=Path, metavar="FILE.png",
                      help="for a scanned article: write its page with the article outlined (and --query's hits boxed)")
    show.add_argument("-q", "--query", default="", help="with --page-image: box this search's hits on the page")

    st = sub.add_parser("stats", help="what the archive holds")
    archive_option(st, top=False)
    st.add_argument("--json", action="store_true")


def date_or_month(value: str, where: str = "date") -> str:
    """A day, month or year as the archive writes it (2024-09-11, 2024-09, 2024), from the ways
    parse_date reads a day (2024/9/11, 2024年9月11日) and a month or year written alike (2024-9,
    2024年9月, 2024年); a ValidationError for anything else, so that a filter never silently
    matches nothing."""
    import re

    from ..core.errors import ValidationError
    from ..core.model import FIRST_YEAR, LAST_YEAR, parse_date, plausible_year

    s = str(value or "").strip()
    m = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2}))?", s) or re.fullmatch(r"(\d{4})年(?:(\d{1,2})月)?", s)
    if not m:
        if not re.search(r"\d{4}", s):
            raise ValidationError(f"{where}: {s!r} is not a date, month or year (2024-09-11, 2024-09 or 2024)")
        return parse_date(s, where).isoformat()
    y, mo = int(m[1]), int(m[2]) if m[2] else None
    if not plausible_year(y):
        raise ValidationError(f"{where}: {s!r} is not a plausible newspaper date (the year must be from "
                              f"{FIRST_YEAR} to {LAST_YEAR})")
    if mo is not None and not 1 <= mo <= 12:
        raise ValidationError(f"{where}: {s!r} is not a real month")
    return f"{y:04d}" if mo is None else f"{y:04d}-{mo:02d}"


def cmd_list(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.model import page_label
    from ..core.search.results import MAX_HITS

    in_range(args.limit, "--limit", 0, MAX_HITS, " (0: all)")
    if args.date is not None:  # (compared as the start of each date: 'abc' listed nothing, saying nothing)
        args.date = date_or_month(args.date, "--date")
    with open_existing(archive_path) as archive:
        if args.what == "publications":
            rows = archive.publications()
            rows = [{**r, "kind": "通讯社 wire" if r["kind"] == "wire" else "报纸 paper"} for r in rows]
            cols = [("id", "ID"), ("name", "报名 publication"), ("kind", "类别"), ("identifier", "编号 ID"),
                    ("place", "地点"), ("frequency", "刊期"), ("issues", "期数 issues"), ("first", "首期"),
                    ("last", "末期")]
        elif args.what == "pages":
            rows = [dict(r, label=page_label(r["section"], r["number"])) for r in archive.pages(args.issue)]
            cols = [("id", "ID"), ("issue_id", "期 issue"), ("label", "版 page"), ("name", "版名 name"),
                    ("articles", "篇数 articles")]
        elif args.what == "issues":
            rows = archive.issues(args.publication)
            if args.date:
                rows = [r for r in rows if r["date"].startswith(args.date)]
            cols = [("id", "ID"), ("publication", "报名"), ("date", "日期 date"), ("number", "期号"),
                    ("edition", "版本"), ("pages", "版数 pages"), ("articles", "篇数 articles")]
        else:
            rows = archive.article_rows(issue_id=args.issue, publication=args.publication, date=args.date)
            cols = [("id", "ID"), ("publication", "报名"), ("date", "日期"), ("page", "版"), ("column_name", "栏目"),
                    ("genre", "体裁"), ("headline", "标题 headline"), ("byline", "作者"), ("source", "来源")]
            if not args.json:  # a page named as printed (第5版, A05版); a wire item is on no page (通稿)
                rows = [{**r, "page": page_label(r["section"], r["page"])} for r in rows]
        if args.limit:
            rows = rows[: args.limit]
        if args.json:
            print(json_text(rows, indent=2))
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
            table.add_row(*(esc(str(r[k] if r[k] is not None else "")) for k, _ in cols))
        out.print(table)
        out.print(plural(len(rows), args.what[:-1]))
    return 0


def cmd_show(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.model import LOW_CONFIDENCE, page_label

    with open_existing(archive_path) as archive:
        rec = archive.article(args.article)
        scan = archive.article_scan(rec.id)
        lines = archive.scan_lines(article_id=rec.id) if scan else []
        if args.page_image:
            from ..core.pageimage import draw_page

            hits = draw_page(archive, rec.id, args.page_image, args.query)
            mine = sum(len(h.boxes) for h in hits if h.article_id == rec.id)
            out.print(f"[bold]wrote {esc(str(args.page_image))}[/]: page {page_label(rec.section, rec.page_number)} "
                      f"with article {rec.id} outlined" + (f", {plural(len(hits), 'hit')} of 「{esc(args.query)}」 "
                                                          f"on the page ({plural(mine, 'box', 'boxes')} in this article)" if args.query else ""))
            return 0
    a = rec.article
    if args.blocks:
        out.print(f"[dim]#{rec.id}  {esc(rec.source_line())}  {plural(len(a.blocks), 'block')}[/]")
        for n, b in enumerate(a.blocks):
            out.print(f"[bold]{n:>3}[/] [dim]{b.kind}[/]  {esc(b.text)}")
        return 0
    if args.json:  # one JSONL row, as `baoku import` reads it back, and what only the archive knows
        from ..core.interchange import article_row

        row = {"id": rec.id, **article_row(rec), "page_label": page_label(rec.section, rec.page_number),
               "content_hash": rec.content_hash, "source_line": rec.source_line()}
        if a.continues:
            row["continues"] = a.continues
        if scan:
            row["scan"] = {**scan, "lines": [{k: ln[k] for k in ("id", "text", "box", "confidence", "uncertain")}
                                             for ln in lines]}
        print(json_text(row))
        return 0
    out.print(f"[dim]#{rec.id}  {esc(rec.source_line())}  {esc(a.genre)}[/]")
    out.print()
    # The head as a reader meets it (column, kicker, headline, subhead, byline), from the
    # article's fields: a roundtable that shares its lead-in's headline still shows it.
    from ..core.script import is_latin_text

    indent = "  " if is_latin_text(a.text()) else "　　"  # a Latin paragraph is not indented by two Han
    for kind, t in rec.reading_order():
        t = esc(t)
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
        out.print(f"[dim]来源 source: {esc(a.source)}[/]")
    if a.continues:
        out.print(f"[dim]{esc(a.continuationnote())}[/]")
    if scan:
        x0, y0, x1, y1 = scan["region"]
        if scan["text_layer"]:  # a PDF page: its lines are the PDF's own text, not read by OCR
            out.print(f"[dim]版面图像 page image: page id {scan['page_id']}, {plural(scan['lines'], 'line')} of the "
                      f"PDF's text layer, region ({x0}, {y0})–({x1}, {y1}) px[/]")
        else:
            out.print(f"[dim]扫描版面 scan: page id {scan['page_id']}, {plural(scan['lines'], 'OCR line')}, "
                      f"region ({x0}, {y0})–({x1}, {y1}) px[/]")
        if scan["uncertain"]:
            out.print(f"[yellow]低置信度 {plural(scan['uncertain'], 'line')} below {LOW_CONFIDENCE:.0%} confidence, "
                      "to check:[/]")
            for ln in lines:
                if ln["uncertain"]:
                    out.print(f"  [yellow]{ln['confidence']:.0%}[/]  {esc(ln['text'])}  [dim]line {ln['id']}[/]")
    return 0


def cmd_stats(args: argparse.Namespace, archive_path: Path) -> int:
    with open_existing(archive_path) as archive:
        s = archive.stats()
    if args.json:
        print(json_text(s, indent=2))
        return 0
    labels = {"archive": "档案 archive", "schema_version": "格式版本 schema", "publications": "报纸 publications",
              "issues": "期数 issues", "pages": "版数 pages", "articles": "篇数 articles",
              "photos": "图片 photos", "import_batches": "导入批次 imports", "first_issue": "首期 first issue",
              "last_issue": "末期 last issue", "text_chars": "正文字数 characters of text",
              "file_bytes": "文件大小 file size"}
    shown = {**s, "file_bytes": size_text(s["file_bytes"]),
             **{k: f"{s[k]:,}" for k in ("publications", "issues", "pages", "articles", "photos",
                                         "import_batches", "text_chars")}}
    from rich.cells import cell_len

    width = max(cell_len(v) for v in labels.values())
    for k, v in shown.items():
        label = labels.get(k, k)
        out.print(f"{label}{' ' * (width - cell_len(label))}  {esc(str(v if v is not None else '—'))}")
    return 0


COMMANDS = {"list": cmd_list, "show": cmd_show, "stats": cmd_stats}
