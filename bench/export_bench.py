"""PDF export benchmark: time to typeset and write 1, 10 and 100 articles.

    .venv/bin/python bench/export_bench.py [--counts 1 10 100] [--repeats 3]

Builds a temporary archive holding the sample page (6 real articles) and generated articles of
the lengths of real newspaper articles, from the calibrated generator (corpus.py), then exports: the sample's
roundtable alone, and booklets (cover, contents, bookmarks) of N articles in one and two columns.
The first export of a process also loads the bundled fonts; it is reported on its own ("cold").
Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "000_a63266adadd608e6.txt"

from baoku.core.export import ExportOptions, export_pdf  # noqa: E402
from baoku.core.importing.run import import_paths  # noqa: E402
from baoku.core.model import IssueInfo, PageInfo, ParsedIssue, ParsedPage  # noqa: E402
from baoku.core.store import Archive  # noqa: E402


def timed(archive: Archive, ids: list[int], out: Path, opts: ExportOptions) -> tuple[float, int]:
    t0 = time.perf_counter()
    result = export_pdf(archive, ids, out, opts)
    return time.perf_counter() - t0, result.pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counts", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    print(f"# Baoku export benchmark, {dt.date.today()}\n")
    print(f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print("- generated articles (bench/corpus.py: real article lengths, median 756 characters)\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Archive(folder / "bench.db") as archive:
            import_paths(archive, [SAMPLE])
            roundtable = archive.article_ids()[1]
            arts = corpus.articles(max(args.counts))
            day = dt.date(2024, 1, 1)
            for start in range(0, len(arts), 10):
                archive.save_issue(ParsedIssue(IssueInfo("基准日报", day),
                                               [ParsedPage(PageInfo(1), arts[start:start + 10])],
                                               source="bench", source_hash=str(start)))
                day += dt.timedelta(days=1)
            synthetic = archive.article_ids()[6:]
            out = folder / "out.pdf"

            chars = len(archive.article(roundtable).article.text())
            cold, pages = timed(archive, [roundtable], out, ExportOptions())
            print(f"- cold start (fonts loaded; the roundtable, {chars:,} characters): {cold * 1000:.0f} ms\n")
            print("| export | articles | pages | median | min | size |")
            print("| --- | ---: | ---: | ---: | ---: | ---: |")
            cases = [("sample roundtable, A4", [roundtable], ExportOptions())]
            for n in args.counts:
                kind = "booklet" if n > 1 else "single article"
                cases.append((f"{kind}, A4, 1 column", synthetic[:n], ExportOptions()))
                cases.append((f"{kind}, A4, 2 columns", synthetic[:n], ExportOptions(columns=2)))
                cases.append((f"{kind}, B5, 2 columns, traditional", synthetic[:n],
                              ExportOptions(paper="B5", columns=2, script="traditional")))
            for label, ids, opts in cases:
                times = []
                for _ in range(args.repeats):
                    t, pages = timed(archive, ids, out, opts)
                    times.append(t)
                size = out.stat().st_size / 2**20
                print(f"| {label} | {len(ids)} | {pages} | {statistics.median(times):.2f} s | "
                      f"{min(times):.2f} s | {size:.1f} MB |")


if __name__ == "__main__":
    main()
