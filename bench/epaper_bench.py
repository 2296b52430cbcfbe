"""E-paper benchmark: the layout set's pages (tests/layoutset.py) made as e-paper PDFs with a text
layer (tests/epaper.py: the same drawing, in vector text with embedded fonts), imported as a PDF
is imported (`importing.pdf.read_pdf_pages`) and scored against their true articles with the
layout set's own score (tests/layoutscore.py), pages set in vertical columns too; then the round-3
pages drawn with a real e-paper's habits (tests/epapertraits.py: shadows, repeated text layers,
text drawn out of order, fonts with no ToUnicode map or with PUA codes, a head drawn as a picture,
a folio in the margin), scored apart (`--traits only` for them alone, `--traits no` without them).

    .venv/bin/python bench/epaper_bench.py [train dev test] [--pages t02,d03] [-v]

Not a test: it prints numbers (and each page's import time).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from baoku.core.errors import ImportRejected  # noqa: E402
from baoku.core.importing.metadata import IssueMeta  # noqa: E402
from baoku.core.importing.pdf import read_pdf_pages  # noqa: E402
from baoku.core.importing.sourcefile import SourceFile  # noqa: E402
from baoku.core.model import ADVERTISEMENT  # noqa: E402
from tests.epaper import build_epaper  # noqa: E402
from tests.epapertraits import trait_specs  # noqa: E402
from tests.layoutscore import PageScore, score  # noqa: E402
from tests.layoutset import specs  # noqa: E402


def run(split: str, verbose: bool, pages: set[str] | None = None, traits: bool = False) -> PageScore:
    total = PageScore(split + (" (traits)" if traits else ""))
    took_all = 0.0
    for spec, drawn in (trait_specs(split) if traits else [(s, None) for s in specs(split)]):
        if pages and spec.name not in pages:
            continue
        made = build_epaper(spec, drawn)
        src = SourceFile(f"{spec.name}.pdf", made.pdf, lambda name: None)
        t0 = time.perf_counter()
        try:
            parsed = read_pdf_pages(src, IssueMeta(), [])
        except ImportRejected as e:  # a page the reader refuses: none of its articles found
            print(f"{spec.name}: refused: {e}")
            parsed = []
        took = time.perf_counter() - t0
        took_all += took
        articles = [a for p in parsed for a in p.articles]
        s = score(spec.name, made.page.articles, articles, made.page.folio)
        print(s.line() + f"; import {took:.2f} s")
        if verbose:
            print("\n".join(s.problems))
            for a in articles:
                print("   *" + (" [广告]" if a.genre == ADVERTISEMENT else ""), a.kicker, "|", a.headline, "|",
                      a.subhead, "|", a.text()[:50].replace("\n", " "))
        for name in ("true", "found", "matched", "han", "errors", "folio_in_article", "cut_heads", "misread_heads", "ads",
                     "ads_marked", "false_ads"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    print(total.line() + f"; import {took_all:.1f} s in all\n")
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("splits", nargs="*", default=["train", "dev"])
    ap.add_argument("--pages", default="", help="only these pages, by name (t02,d03)")
    ap.add_argument("--traits", default="yes", choices=("yes", "no", "only"),
                    help="the round-3 pages drawn with real e-papers' habits: with the others, none, only them")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    pages = set(filter(None, args.pages.split(",")))
    for split in args.splits:
        if args.traits != "only":
            run(split, args.v, pages)
        if args.traits != "no":
            run(split, args.v, pages, traits=True)


if __name__ == "__main__":
    main()
