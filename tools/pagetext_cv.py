"""How well the page-text scorer carries to pages it was not fitted on: cross-validation over the
train split, and dev scored by a freshly fitted model (the shipped model file is not touched).

    PYTHONPATH=desktop .venv/bin/python tools/pagetext_cv.py styles    # leave one style out
    PYTHONPATH=desktop .venv/bin/python tools/pagetext_cv.py batches   # leave out each batch of
                                                                      # pages written by others
    PYTHONPATH=desktop .venv/bin/python tools/pagetext_cv.py dev       # fit on train, score dev
    PYTHONPATH=desktop .venv/bin/python tools/pagetext_cv.py both      # batches and dev (apart)

`styles`: for each style, the scorer is fitted on the train pages of every other style and run on
that style's train pages, a page of a style it never saw (the strictest estimate; `city` is the
older hand-written pages). `batches`: the spent test splits, written by other people after a
freeze (round 1's `_t01`…, round 2's `_r2_01`…, round 3's `_r3_01`…, round 4's `_r4_01`…), each held out in turn and the scorer fitted on
the rest. Both read train only; dev is read by `dev` alone, and the test split never.
Options: `--seeds N` (fits averaged, 5 as shipped; fewer is quicker and noisier), `--jobs N`,
`--set NAME=VALUE` (a trainer setting other than as shipped: L2, RATE, EPOCHS, MIN_COUNT).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import time
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT), str(ROOT / "tools")]

from baoku.core.importing import linelabels  # noqa: E402
from tests.pageset import Score, TruePage, all_pages, score  # noqa: E402

import train_pagetext  # noqa: E402

BATCHES = {"round 1's test pages (_t01…)": "_t0", "round 2's test pages (_r2_…)": "_r2_",
           "round 3's test pages (_r3_…)": "_r3_", "round 4's test pages (_r4_…)": "_r4_"}


def fold(job: tuple[str, list[TruePage], list[TruePage], int]) -> tuple[str, Score, int, float, dict[str, Score]]:
    """Fit on `fit`, score `held`: (name, score, pages, seconds, score by style)."""
    name, fit, held, seeds = job
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # (the trainer's notes on labels, once per fold)
        model = train_pagetext.train(fit, seeds=seeds)
    linelabels._loaded = model  # the splitter reads this model from here on (this process only)
    total = Score()
    styles: dict[str, Score] = {}
    for page in held:
        s = score(page)
        total.add(s)
        styles.setdefault(page.style, Score()).add(s)
    return name, total, len(held), time.perf_counter() - started, styles


def row(name: str, s: Score, pages: int) -> str:
    return (f"| {name} | {pages} | {s.articles} | {s.boundaries / s.articles:.1%} | {s.heads / s.articles:.1%} "
            f"| {s.wrong_joins} | {s.missed_joins} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("how", choices=("styles", "batches", "dev", "both"))
    ap.add_argument("--seeds", type=int, default=train_pagetext.SEEDS)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a trainer setting (L2, RATE, EPOCHS, MIN_COUNT, PLAIN, SCRIPT) other than as shipped")
    ap.add_argument("--problems", action="store_true", help="print what each held-out page got wrong")
    ap.add_argument("--by-style", action="store_true", help="also a table per style (held-out folds, and dev apart)")
    args = ap.parse_args()
    for setting in args.set:
        name, value = setting.split("=", 1)
        if name not in ("L2", "RATE", "EPOCHS", "MIN_COUNT", "PLAIN", "SCRIPT"):
            ap.error(f"no trainer setting {name}")
        setattr(train_pagetext, name, type(getattr(train_pagetext, name))(value))
    train = all_pages("train")
    jobs = []
    if args.how == "styles":
        jobs = [(s, [p for p in train if p.style != s], [p for p in train if p.style == s], args.seeds)
                for s in sorted({p.style for p in train})]
    elif args.how in ("batches", "both"):
        jobs = [(b, [p for p in train if mark not in p.name], [p for p in train if mark in p.name], args.seeds)
                for b, mark in BATCHES.items()]
    if args.how in ("dev", "both"):
        jobs = [("dev", train, all_pages("dev"), args.seeds)] + (jobs if args.how == "both" else [])
    with get_context("fork").Pool(min(args.jobs, len(jobs))) as pool:
        results = pool.map(fold, jobs, chunksize=1)
    print(f"| held out ({args.how}, {args.seeds} fits averaged{''.join(', ' + x for x in args.set)}) | pages | articles | exact boundaries "
          f"| exact with heads | wrong joins | missed joins |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    every, pages, folds = Score(), 0, 0
    for name, s, n, *_ in results:
        print(row(name, s, n))
        if name != "dev":  # dev is reported apart, never in the cross-validation's total
            every.add(s)
            pages += n
            folds += 1
    if folds > 1:
        print(row("**all**", every, pages))
    print(f"({sum(r[3] for r in results):.0f} s of fitting and scoring)")
    if args.by_style:
        for part in ("held out", "dev"):
            by_style: dict[str, Score] = {}
            counts: dict[str, int] = {}
            for name, _, _, _, styles in results:
                if (name == "dev") == (part == "dev"):
                    for style, s in styles.items():
                        by_style.setdefault(style, Score()).add(s)
            if by_style:
                print(f"| {part}: style | pages | articles | exact boundaries | exact with heads | wrong joins "
                      f"| missed joins |")
                print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
                for name, _, _, _, styles in results:
                    if (name == "dev") == (part == "dev"):
                        for page in jobs[[j[0] for j in jobs].index(name)][2]:
                            counts[page.style] = counts.get(page.style, 0) + 1
                for style in sorted(by_style):
                    print(row(style, by_style[style], counts[style]))
    if args.problems:
        for _, s, *_ in results:
            for p in s.problems:
                print(p)


if __name__ == "__main__":
    main()
