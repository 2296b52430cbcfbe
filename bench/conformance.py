"""Conformance run: import every sample of a folder of public files and say what became of each.

    .venv/bin/python bench/conformance.py FOLDER [--markdown]

Each file under FOLDER, and each NDNP batch folder as a whole, is imported on its own into a
fresh archive, through the same `import_paths` the `baoku` command uses. One row per file the
import reported: accepted or refused (with the reason), what was kept (articles, their kind,
language and fields, photos, page images), and what was dropped (everything the importer named as
not kept, not read or not stored). Nothing here downloads; the samples are read as they are.
Not a test: it prints a table (Markdown with --markdown, for the README).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another

from baoku.core.importing.ndnp import batch_file  # noqa: E402
from baoku.core.importing.run import DUPLICATE, FAILED, IMPORTED, import_paths  # noqa: E402
from baoku.core.store import Archive  # noqa: E402

DROP = re.compile(r"(not kept by design|not read|not stored|could not be imported|left out|kept the text of|"
                  r"not beside|is missing|not listed|not present|not kept)", re.I)


def kept(archive: Archive, ids: list[int]) -> str:
    """What the archive holds of these articles, in a few words."""
    if not ids:
        return ""
    recs = [archive.article(i) for i in ids]
    kinds = Counter(r.kind for r in recs)
    langs = Counter(r.article.language for r in recs)
    fields = Counter()
    photos = images = paragraphs = 0
    for r in recs:
        a = r.article
        for name in ("headline", "abstract", "note", "tagline"):
            fields[name] += bool(getattr(a, name))
        fields["byline"] += bool(a.contributors)
        fields["dateline"] += any(b.kind == "dateline" for b in a.blocks)
        photos += len(a.photos)
        images += sum(1 for p in a.photos if p.data)
        paragraphs += len(a.paragraphs)
    pubs = sorted({r.publication for r in recs})
    ids_ = archive.db.execute("SELECT DISTINCT identifier FROM publication WHERE identifier != ''").fetchall()
    if ids_:
        pubs = [f"{p} ({', '.join(i[0] for i in ids_)})" for p in pubs]
    scans = archive.db.execute(
        "SELECT COUNT(*), SUM(sha256 != '') FROM page_scan WHERE page_id IN (SELECT page_id FROM article WHERE id IN "
        f"({','.join('?' * len(ids))}))", ids).fetchone()
    parts = [f"{len(recs)} article{'s' if len(recs) > 1 else ''}",
             "/".join(f"{k}" for k in kinds) + ": " + ", ".join(pubs[:2]) + (" …" if len(pubs) > 2 else ""),
             "lang " + "/".join(langs)]
    have = [f"{n}" if fields[n] == len(recs) else f"{n} ×{fields[n]}" for n in fields if fields[n]]
    parts.append(", ".join(have) + f"; {paragraphs} paragraphs")
    if photos:
        parts.append(f"{photos} photo{'s' if photos > 1 else ''} ({images} with image)")
    if scans and scans[0]:
        parts.append(f"{scans[0]} page{'s' if scans[0] > 1 else ''}, {scans[1] or 0} with image")
    return "; ".join(p for p in parts if p)


def dropped(warnings: list[str], folder: Path) -> str:
    out = []
    for w in warnings:
        if w.startswith("Traceback") or not DROP.search(w):
            continue
        w = re.sub(r"^\S*?(#item\d+)?: ", lambda m: f"item {m.group(1)[5:]}: " if m.group(1) else "", w, count=1)
        out.append(w.replace(str(folder) + "/", ""))
    return " · ".join(dict.fromkeys(out))


def samples(folder: Path) -> list[Path]:
    """What is imported on its own: each file, and each NDNP batch folder whole."""
    out = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and batch_file(entry) is None:
            out += samples(entry)
        else:
            out.append(entry)
    return out


def run(folder: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for entry in samples(folder):
        with tempfile.TemporaryDirectory() as tmp, Archive(Path(tmp) / "a.db") as archive:
            report = import_paths(archive, [entry])
            for o in report.outcomes:
                shown = o.name.replace(str(folder) + "/", "")
                if o.status == FAILED:
                    result = "refused: " + o.message
                elif o.status in (IMPORTED, DUPLICATE):
                    result = "accepted" + (" (already stored)" if o.status == DUPLICATE else "")
                else:
                    result = "skipped: " + o.message
                rows.append((shown, result, kept(archive, o.article_ids), dropped(o.warnings, folder)))
    return rows


def collapsed(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """Files skipped for the same reason in the same folder (a batch's reel targets, its issue
    copies) as one row that counts them."""
    out: list[tuple[str, str, str, str]] = []
    groups: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        if r[1].startswith("skipped"):
            key = ("/".join(r[0].split("/")[:2]), r[1])
            if key not in groups:
                groups[key] = []
                out.append(key)  # its place, filled below
            groups[key].append(r[0])
        else:
            out.append(r)
    return [(f"{r[0]}/… ({len(groups[r])} files, such as {groups[r][0].split('/')[-1]})" if len(groups[r]) > 1
             else groups[r][0], r[1], "", "") if r in groups else r for r in out]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    rows = run(args.folder)
    if args.markdown:
        print("| file | result | kept | dropped (named) |\n| --- | --- | --- | --- |")
        for r in collapsed(rows):
            print("| " + " | ".join(c.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;") for c in r) + " |")
    else:
        for r in rows:
            print("\t".join(r))
    counts = Counter(r[1].split(":")[0].split(" (")[0] for r in rows)
    print(f"\n{len(rows)} files: " + ", ".join(f"{n} {k}" for k, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
