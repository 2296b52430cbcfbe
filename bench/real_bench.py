"""A real page, as a scan and as its ALTO: how many articles Baoku makes of each, beside the
stories a reader sees (counted by hand and given with --reader).

    .venv/bin/python bench/real_bench.py PAGE.png PAGE.xml --reader 25 [-v]

The page image is read by OCR (cached, bench/ocrcache.py) and laid out; the ALTO file is read
with the image beside it (its coordinates scaled to the image) and goes through the same layout.
Public-domain sample pages are kept out of the repository (see README, "Layout benchmark").
Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from baoku.core.importing.alto import alto_page, read_alto  # noqa: E402
from baoku.core.importing.newsxml import parse_xml  # noqa: E402
from baoku.core.importing.scan import scanned_page  # noqa: E402
from baoku.core.importing.sources import SourceFile  # noqa: E402
from baoku.core.model import PageInfo  # noqa: E402
from bench.layout_bench import gray_of  # noqa: E402
from bench.ocrcache import cached  # noqa: E402


def show(name: str, parsed, took: float, reader: int, verbose: bool) -> None:
    n = len(parsed.articles)
    headed = sum(1 for a in parsed.articles if a.headline)
    print(f"| {name} | {n} | {headed} | {n / reader:.2f}× | {took:.1f} s |")
    if verbose:
        for a in parsed.articles:
            print(f"    - {(a.headline or '(no headline)')[:60]} — {a.text()[:60]!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("image")
    ap.add_argument("alto")
    ap.add_argument("--reader", type=int, required=True, help="stories a reader sees on the page")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    png = Path(args.image).read_bytes()
    print(f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"- page: {args.image}; stories a reader sees: {args.reader}\n")
    print("| read from | articles | with a headline | against a reader | layout time |")
    print("|---|---:|---:|---:|---:|")
    t0 = time.perf_counter()
    read = cached(png)
    ocr = time.perf_counter() - t0
    t0 = time.perf_counter()
    scan = scanned_page(read, PageInfo(1), "en", gray_of(png))
    show(f"the scan (OCR {ocr:.0f} s, {len(read.lines)} lines)", scan, time.perf_counter() - t0, args.reader, args.v)
    src = SourceFile(args.alto, Path(args.alto).read_bytes(), lambda rel: (Path(args.alto).parent / rel).read_bytes()
                     if (Path(args.alto).parent / rel).is_file() else None)
    alto = read_alto(parse_xml(src), src.name)
    t0 = time.perf_counter()
    page = alto_page(alto, PageInfo(1), "en", png)
    show(f"its ALTO ({len(alto.blocks)} text blocks)", page, time.perf_counter() - t0, args.reader, args.v)


if __name__ == "__main__":
    main()
