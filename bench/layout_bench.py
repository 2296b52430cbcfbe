"""Layout benchmark: the layout set's pages (tests/layoutset.py: train, dev, test) read by OCR and
laid out into articles, scored against their true articles (tests/layoutscore.py).

    .venv/bin/python bench/layout_bench.py [train dev test] [--round first|second] [--pages t02,d03] [-v]
        [--faces body=/fonts/NotoSerifCJK-Regular.ttc#2,head=/fonts/NotoSansCJK-Bold.ttc#2]

--faces (or BAOKU_FACES) draws the pages in other faces than the bundled ones (tests/typeset.py:
roles body, head, deck, byline, label), to measure the layout on type it was not tuned on; such
pages are new images, read by OCR once and cached as any other.

OCR output is cached (bench/ocrcache.py, BAOKU_OCR_CACHE) so that the layout can be measured
again without reading the pages again; BAOKU_OCR_VERSION=1 lays out the pages as the earlier OCR
read them (the layout alone measured). A page whose back shows through is read again from its
image with the back's print lifted (importing.backread), as an import reads it; "layout X s" leaves
that second reading's time out. Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another
sys.path.insert(0, str(ROOT))

from baoku.core.importing.backread import lifted_pages, read_again  # noqa: E402
from baoku.core.importing.scan import scanned_page  # noqa: E402
from baoku.core.layout.backprint import lifted as lifted_image  # noqa: E402
from baoku.core.model import ADVERTISEMENT, PageInfo  # noqa: E402
from bench.ocrcache import cached  # noqa: E402
from tests.layoutscore import PageScore, score  # noqa: E402
from tests.layoutset import build, specs  # noqa: E402


def gray_of(png: bytes):
    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("L"))


ROUNDS = {"first": {"t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "d01", "d02", "d03", "d04", "s01",
                    "s02", "s03"}}  # the pages of the set's first round (issue 30); the rest came in the second


def run(split: str, verbose: bool, only: str = "", pages: set[str] | None = None) -> PageScore:
    total = PageScore(split + (f", {only} round" if only else ""))
    for spec in specs(split):
        if pages and spec.name not in pages:
            continue
        if only and (spec.name in ROUNDS["first"]) != (only == "first"):
            continue
        page = build(spec)
        try:
            read = cached(page.png)
        except FileNotFoundError:  # BAOKU_OCR_VERSION names an earlier way no page of this one was read
            print(f"{spec.name}: not read the earlier way (skipped)")
            continue
        gray = gray_of(page.png)
        t0 = time.perf_counter()
        lifted = lifted_pages([read], lambda k: gray)  # the back's print shows: read again without it
        took = time.perf_counter() - t0
        if lifted:
            try:
                read = read_again([read], lifted, lambda pngs: [cached(p) for p in pngs])[0]
            except FileNotFoundError:
                print(f"{spec.name}: its lifted image not read the earlier way (laid out from the first reading)")
            else:
                gray = lifted_image(gray)
        t0 = time.perf_counter()
        parsed = scanned_page(read, PageInfo(1), "zh", gray)
        took += time.perf_counter() - t0
        s = score(spec.name, page.articles, parsed.articles, page.furniture())
        print(s.line() + f"; layout {took:.2f} s")
        if verbose:
            print("\n".join(s.problems))
            for a in parsed.articles:
                print("   *" + (" [广告]" if a.genre == ADVERTISEMENT else ""), a.kicker, "|", a.headline, "|", a.subhead, "|", a.text()[:50].replace("\n", " "))
        for name in ("true", "found", "matched", "han", "errors", "folio_in_article", "cut_heads", "misread_heads", "ads",
                     "ads_marked", "false_ads"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    print(total.line() + "\n")
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("splits", nargs="*", default=["train", "dev"])
    ap.add_argument("--round", choices=["first", "second"], default="",
                    help="only the pages added in that round of the set")
    ap.add_argument("--pages", default="", help="only these pages, by name (t02,d03)")
    ap.add_argument("--faces", default=None, help="role=font[#index],… to draw the pages in (tests/typeset.py)")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    if args.faces is not None:
        os.environ["BAOKU_FACES"] = args.faces
    for split in args.splits:
        run(split, args.v, args.round, set(filter(None, args.pages.split(","))))


if __name__ == "__main__":
    main()
