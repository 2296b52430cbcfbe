"""A real page, as a scan and as its ALTO: how many articles Baoku makes of each, beside the
stories a reader sees (counted by hand and given with --reader): all of them (the count before the
layout told advertisements), how many it marks advertisements, and the rest against the reader,
who counts no advertisement. With --stories (a list of the
stories' headlines, bench/real_stories/), it also says how many of them open an article of their
own, and how many articles hold two of them: a page read as a few big articles would meet the
count and fail these.

    .venv/bin/python bench/real_bench.py PAGE.png PAGE.xml --reader 25 [--stories LIST] [-v]

The page image is read by OCR (cached, bench/ocrcache.py) and laid out; the ALTO file is read
with the image beside it (its coordinates scaled to the image) and goes through the same layout.
Public-domain sample pages are kept out of the repository (see README, "Layout benchmark").
Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another
sys.path.insert(0, str(ROOT))

from baoku.core.importing.alto import alto_page, read_alto  # noqa: E402
from baoku.core.importing.newsxml import parse_xml  # noqa: E402
from baoku.core.importing.scan import scanned_page  # noqa: E402
from baoku.core.importing.sources import SourceFile  # noqa: E402
from baoku.core.model import ADVERTISEMENT, PageInfo  # noqa: E402
from bench.layout_bench import gray_of  # noqa: E402
from bench.ocrcache import cached  # noqa: E402


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _holds(text: str, key: str) -> bool:
    """`key` (letters and digits only) is in `text`, but for OCR's slips: 80% of its letters
    matched, in order, within a stretch of `text` no longer than 1.3 times the key."""
    import difflib

    if key in text:
        return True
    blocks = [b for b in difflib.SequenceMatcher(None, text, key, autojunk=False).get_matching_blocks() if b.size]
    for i, first in enumerate(blocks):
        got = 0
        for b in blocks[i:]:
            if b.a + b.size - first.a > 1.3 * len(key):
                break
            got += b.size
        if got >= 0.8 * len(key):
            return True
    return False


def stories(parsed, headlines: list[str]) -> tuple[int, int]:
    """(stories whose headline opens an article, articles whose opening holds two of them)."""
    keys = [_letters(h) for h in headlines]
    heads = [_letters(" ".join(b.text for b in a.blocks)[:400]) for a in parsed.articles]
    opened = sum(1 for k in keys if any(_holds(h[:len(k) * 2], k) for h in heads))
    merged = sum(1 for h in heads if sum(_holds(h, k) for k in keys if len(k) >= 12) >= 2)
    return opened, merged


def show(name: str, parsed, took: float, reader: int, verbose: bool, headlines: list[str]) -> None:
    """One row: all articles against the reader's stories (as before advertisements were told),
    and the articles not marked advertisements against them (the reader counts no advertisement)."""
    n = len(parsed.articles)
    ads = sum(1 for a in parsed.articles if a.genre == ADVERTISEMENT)
    headed = sum(1 for a in parsed.articles if a.headline)
    found = ""
    if headlines:
        opened, merged = stories(parsed, headlines)
        found = f" {opened} of {len(headlines)} | {merged} |"
    print(f"| {name} | {n} | {headed} | {n / reader:.2f}× | {ads} | {(n - ads) / reader:.2f}× |{found} "
          f"{took:.1f} s |")
    if verbose:
        for a in parsed.articles:
            mark = "[ad] " if a.genre == ADVERTISEMENT else ""
            print(f"    - {mark}{(a.headline or '(no headline)')[:60]} — {a.text()[:60]!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("image")
    ap.add_argument("alto")
    ap.add_argument("--reader", type=int, required=True, help="stories a reader sees on the page")
    ap.add_argument("--stories", help="the stories' headlines, one a line")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--dump", type=Path, help="also write what the scan and the ALTO gave (each article's "
                    "headline and text, each line's text, article and block) to this JSON file: two versions "
                    "of the layout give the same pages when their files are equal")
    args = ap.parse_args()
    headlines = [ln.strip() for ln in Path(args.stories).read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")] if args.stories else []
    png = Path(args.image).read_bytes()
    print(f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"- page: {args.image}; stories a reader sees: {args.reader}\n")
    extra = " headed stories opening an article | articles holding two |" if headlines else ""
    print(f"| read from | articles | with a headline | against a reader | of them advertisements | the rest against "
          f"a reader |{extra} layout time |")
    print("|---|---:|---:|---:|---:|---:|" + ("---:|---:|" if headlines else "") + "---:|")
    t0 = time.perf_counter()
    read = cached(png)
    ocr = time.perf_counter() - t0
    t0 = time.perf_counter()
    scan = scanned_page(read, PageInfo(1), "en", gray_of(png))
    show(f"the scan (OCR {ocr:.0f} s, {len(read.lines)} lines)", scan, time.perf_counter() - t0, args.reader, args.v,
         headlines)
    src = SourceFile(args.alto, Path(args.alto).read_bytes(), lambda rel: (Path(args.alto).parent / rel).read_bytes()
                     if (Path(args.alto).parent / rel).is_file() else None)
    alto = read_alto(parse_xml(src.data, src.name), src.name)
    t0 = time.perf_counter()
    page = alto_page(alto, PageInfo(1), "en", png)
    show(f"its ALTO ({len(alto.blocks)} text blocks)", page, time.perf_counter() - t0, args.reader, args.v, headlines)
    if args.dump:
        args.dump.write_text(json.dumps([_dumped(scan), _dumped(page)], ensure_ascii=False), encoding="utf-8")


def _dumped(page) -> dict:
    return {"articles": [[a.headline, a.text()] for a in page.articles],
            "lines": [[ln.text, ln.article, ln.block] for ln in page.scan.lines] if page.scan else []}


if __name__ == "__main__":
    main()
