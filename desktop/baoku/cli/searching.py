"""`baoku search` and `baoku saved`: the query language over the archive, and saved searches."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.plural import plural
from .output import archive_option, err, esc, in_range, json_text, note, open_existing, out, progress_bar, sync_index


# Stands for a query word's leading minus while argparse reads the command line (a Private Use
# character: never typed).
NEGATED = "\ue0fe"
_VALUED = {"--sort", "--limit", "--save", "--saved", "--like", "--archive"}


def minus_words(argv: list[str]) -> list[str]:
    """`baoku search 聚力 -知识产权`: argparse reads a word that starts with a minus as an option
    (and refuses it), though the query language's `-word` excludes it. After `search`, such a
    word that is no option of the command (-知识产权, -"a phrase", -(…), -economy) is kept for
    the query; `query_text` gives it its minus back."""
    command = next((i for i, a in enumerate(argv) if a[:1] != "-" and (i == 0 or argv[i - 1] not in _VALUED)), None)
    if command is None or argv[command] != "search":
        return argv
    out = argv[:command + 1]
    for a in argv[command + 1:]:
        if out[-1] not in _VALUED and a[:1] == "-" and a[1:2] not in ("", "-", "h") and not a[1:2].isdigit():
            a = NEGATED + a[1:]
        out.append(a)
    return out


def query_text(words: list[str]) -> str:
    return " ".join("-" + w[1:] if w[:1] == NEGATED else w for w in words)


def add_parsers(sub) -> None:
    se = sub.add_parser("search", help="full-text search: every article that contains the words")
    archive_option(se, top=False)
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
    archive_option(sv, top=False)
    sv.add_argument("--delete", metavar="NAME")



def cmd_search(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.errors import DiskFull
    from ..core.search import saved
    from ..core.app.library import search_of
    from ..core.search.index import SearchResult
    from ..core.search.query import QueryError, parse_query

    from ..core.search.results import MAX_HITS

    in_range(args.limit, "--limit", 0, MAX_HITS, " (0: all)")
    query = query_text(args.query)
    given = sum(bool(x) for x in (query, args.saved, args.like))
    if given != 1:
        raise QueryError("one_source")
    if query:
        parse_query(query)  # a bad query fails here, before any work
    with open_existing(archive_path) as archive, search_of(archive, notify=note) as index:
        if not archive.on_server and index.catching_up():  # left by an edit or a stopped run: catch up with a bar; search has nothing left
            try:
                with progress_bar(total_bar=False) as bar:
                    sync_index(archive, bar)
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
            err.print(f"saved as 「{esc(args.save)}」")
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
        print(json_text({"total": result.total, "distinct": result.distinct,
                          "not_yet_indexed": result.not_yet_indexed, "hits": [
            {"id": h.id, "headline": h.headline, "date": h.date, "snippet": h.snippet,
             "highlights": h.highlights, "score": round(h.score, 3),
             "also_printed": [{"id": i, "publication": p, "date": d, "page": g}
                              for i, (p, d, g) in zip(h.also, h.also_printed)]} for h in result.hits],
            "facets": {k: [[v, n] for v, n in vs] for k, vs in result.facets.items()}},
            indent=2))
        return 0
    for h in result.hits:
        marked, pos = [], 0
        for s, e in h.highlights:
            marked += [esc(h.snippet[pos:s]), f"[bold reverse]{esc(h.snippet[s:e])}[/]"]
            pos = e
        marked.append(esc(h.snippet[pos:]))
        out.print(f"[bold]#{h.id}[/] {h.date}  {esc(h.headline)}")
        out.print(f"    {''.join(marked)}")
        if h.also:
            where = "; ".join(f"#{i} {esc(p)} {d} 第{g}版" for i, (p, d, g) in zip(h.also, h.also_printed))
            out.print(f"    [dim]also printed in {where}[/]")
    shown = f", {len(result.hits)} shown" if len(result.hits) < result.distinct else ""
    texts = f" ({result.distinct} different texts)" if result.distinct != result.total else ""
    out.print(f"[bold]{plural(result.total, 'article')} found{texts}{shown}[/]")
    labels = {"year": "年份", "publication": "报纸", "column": "栏目", "source": "来源"}
    for name, values in result.facets.items():
        if values:
            out.print(f"[dim]{labels[name]}:[/] " + "  ".join(f"{esc(v)} ({n})" for v, n in values[:8]))
    return 0


def cmd_saved(args: argparse.Namespace, archive_path: Path) -> int:
    from ..core.search import saved

    with open_existing(archive_path) as archive:
        if args.delete:
            saved.delete(archive, args.delete)
            out.print(f"deleted 「{esc(args.delete)}」")
            return 0
        rows = saved.all_saved(archive)
    if not rows:
        out.print("no saved searches (save one with: baoku search QUERY --save NAME)")
    for r in rows:
        out.print(f"[bold]{esc(r['name'])}[/]  {esc(r['query'])}  [dim]({r['sort']})[/]")
    return 0


COMMANDS = {"search": cmd_search, "saved": cmd_saved}
