"""The layout set: multi-column pages drawn from labelled articles (tests/newspage.py; pages set
in vertical columns, tests/verticalpage.py), split into train, dev and test before any tuning. The layout stage may be tuned on train, settings
chosen on dev; test pages' words are written for them by someone who has not seen the method, and
they are reported apart, never tuned on. Once measured, test pages are spent: the seven earlier test
rounds' pages (s01-s34, words in tests/layoutset/test/*.txt) and round 8's (x01, x02) are train and
dev pages now.

    .venv/bin/python -m tests.layoutset [train|dev|test ...]   # render each page to /tmp/layoutset
"""

from __future__ import annotations

import random
import re

from .adverts import advert_opts, is_advert, notice_run
from .briefcolumn import brief_run
from .layoutspecs import SPECS, Spec
from .newspage import CAPTION, Page, folio_of, load_page, render_page, split_head
from .pageset import TrueArticle


def rows_for(articles: list[TrueArticle], columns: int, rng: random.Random, pictures: bool,
             side_heads: float = 0.0, inset_pictures: float = 0.0, adverts: bool = False,
             force: dict | None = None, briefs: bool = False) -> list[list]:
    """Articles packed into rows: each over as many columns as its length asks, the row's last one
    widened to the page's edge, with a random head style, frame, picture and column rule; with
    `side_heads`, that share of the articles over two columns or more whose head can stand
    vertically get it so (竖题, at the right, a quarter of them at the left); with
    `inset_pictures`, that share of the others over two columns or more get a picture inside
    their text (tests/insetpicture.py); with `adverts`, an article labelled 广告 is drawn as an
    advertisement and a run of classified notices as one block (tests/adverts.py); `force` maps an
    article's index to options set over the drawn ones (round 11: a boxed head over three columns,
    a two-line headline), the random draws unchanged; with `briefs`, a run of short items under a
    简讯 label is drawn down one column (tests/briefcolumn.py)."""
    rows: list[list] = [[]]
    free = columns
    skip = 0
    for k, art in enumerate(articles):
        if skip:  # a notice drawn in its block
            skip -= 1
            continue
        if briefs and brief_run(articles, k):
            skip = brief_run(articles, k) - 1
            rows[-1].append([1, {"briefs": skip + 1, "ruled": rng.random() < 0.5}])
            free -= 1
            if free == 0 and k + skip < len(articles) - 1:
                rows.append([])
                free = columns
            continue
        n = len(art.text())
        span = min(columns, 1 if n < 110 else 2 if n < 220 else 3 if n < 380 else 4)
        if adverts and (is_advert(art) or notice_run(articles, k)):
            run = notice_run(articles, k)
            span, ad = advert_opts(columns, rng) if is_advert(art) else (min(columns, 2 if run < 6 else 3),
                                                                          {"notices": run})
            if span > free:
                rows[-1][-1][0] += free
                rows.append([])
                free = columns
            rows[-1].append([span, ad])
            free -= span
            skip = max(run - 1, 0)
            if free == 0 and k + skip < len(articles) - 1:
                rows.append([])
                free = columns
            continue
        if span > free:
            rows[-1][-1][0] += free
            rows.append([])
            free = columns
        head, body = split_head(art)
        captioned = any(CAPTION.search(t) for _, t in body)
        opts = {
            "two_line": span >= 2 and rng.random() < 0.3,
            "box": rng.random() < 0.15,
            "rule": rng.random() < 0.5,
            "picture": (min(span, 2) if span > 1 else 1) if (captioned and pictures) or
            (span >= 2 and rng.random() < 0.2) else 0,
        }
        if side_heads and span >= 2 and _upright(head) and rng.random() < side_heads:
            opts["side"] = "left" if rng.random() < 0.25 else "right"
            opts["two_line"], opts["picture"] = False, 0
        if inset_pictures and span >= 2 and not opts.get("side") and rng.random() < inset_pictures:
            pcols = 2 if span >= 3 and rng.random() < 0.5 else 1
            opts["inset"] = {"cols": pcols, "col": rng.randrange(span - pcols + 1),
                             "at": rng.choice([0.0, 0.25, 0.4, 0.5]), "lines": rng.randint(5, 8),
                             "look": rng.choice(["photo", "photo", "grey", "drawing"]),
                             "caption": rng.random() < 0.6}
            opts["picture"] = 0
        opts.update((force or {}).get(k, {}))
        rows[-1].append([span, opts])
        free -= span
        if free == 0 and k < len(articles) - 1:
            rows.append([])
            free = columns
    if free and rows[-1]:
        rows[-1][-1][0] += free
    return rows


def _upright(head: list[tuple[str, str]]) -> bool:
    """Whether a head can be set vertically: a headline of Han words (no Latin, digits or quotes),
    not too long, kicker and subhead short, no column label."""
    roles = [r for r, _ in head]
    return ("headline" in roles and "column" not in roles and
            all(len(t) <= (22 if r == "headline" else 20) and not re.search(r"[\x21-\x7e“”‘’《》０-９]", t)
                for r, t in head))


def build(spec: Spec) -> Page:
    articles: list[TrueArticle] = []
    meta: dict = {}
    for src in spec.sources:
        arts, m = load_page(src)
        articles += arts
        meta = meta or m
    rng = random.Random(spec.seed)
    if spec.extra.get("vertical"):
        from .verticalpage import render_vertical_page

        return render_vertical_page(articles, {"seed": spec.seed, "skew": spec.skew, "noise": spec.noise,
                                               "jpeg": spec.jpeg, "folio": folio_of(meta) if spec.folio else ""})
    layout = {"columns": spec.columns, "seed": spec.seed, "skew": spec.skew, "noise": spec.noise,
              "jpeg": spec.jpeg, "folio": folio_of(meta) if spec.folio else "",
              "rows": rows_for(articles, spec.columns, rng, spec.extra.get("pictures", False),
                              spec.extra.get("side_heads", 0.0), spec.extra.get("inset_pictures", 0.0),
                              spec.extra.get("adverts", False), spec.extra.get("force"),
                              spec.extra.get("briefs", False))
              if spec.columns else [],
              "row_rules": rng.random() < 0.7, "meta": meta, **spec.extra}
    for row in layout["rows"]:  # round 17: briefs with a bold lead-in for a head, no draw taken
        for _, opts in row:
            if opts.get("briefs") and spec.extra.get("inline_briefs"):
                opts["inline"] = True
    return render_page(articles, layout)


def specs(*splits: str) -> list[Spec]:
    return [s for s in SPECS if not splits or s.split in splits]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    out = Path("/tmp/layoutset")
    out.mkdir(exist_ok=True)
    for s in specs(*sys.argv[1:]):
        page = build(s)
        (out / f"{s.name}.png").write_bytes(page.png)
        print(s.name, s.split, len(page.articles), "articles")
