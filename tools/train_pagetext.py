"""Train the page-text scorer and write resources/pagetext/model.npz.

    PYTHONPATH=desktop .venv/bin/python tools/train_pagetext.py            # train on tests/pageset/train
    PYTHONPATH=desktop .venv/bin/python tools/train_pagetext.py --extra DIR   # and on an archive's own
                                                                            # pages (baoku pages export-labels)

Two averaged perceptrons, in numpy, deterministic (a fixed seed orders the pages):
- the line labeller: a structured perceptron over whole pages (Viterbi over `linelabels.LABELS`),
  features from `linefeatures.page_features`, each true line of a page labelled with its role and
  whether its article starts there; each page is seen twice, as written and plain (no indents,
  half-width spaces), so that the scorer reads text from layout programs that keep neither;
- the join model: every pair of consecutive source lines that `pagetext.may_join` allows, labelled
  by whether the layout cut the first there.
Only the train split is read (and --extra pages); dev is for choosing settings, test is never read.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]

from baoku.core.importing.linefeatures import page_features, pair_features  # noqa: E402
from baoku.core.importing.linelabels import LABELS, Weights, label, model_path, viterbi  # noqa: E402
from baoku.core.importing.pagetext import INDENTS, constraints, may_join, split_chunks  # noqa: E402
from tests.pageset import TruePage, all_pages, load  # noqa: E402

EPOCHS = 25
JOIN_EPOCHS = 20
SEEDS = 5
MIN_COUNT = 1  # a feature seen fewer times in training is dropped


def line_examples(page: TruePage, plain: bool = False) -> tuple[list[list[str]], list[int], np.ndarray]:
    """A page's lines as features and true labels. `plain`: as a layout program that keeps no
    indents and writes spaces half-width would give them (so the scorer does not lean on either)."""
    lines = page.true_lines()
    texts = [t.strip() for t, _, _ in lines]
    indents = [t[:1] in INDENTS for t, _, _ in lines]
    if plain:
        texts = [t.replace("\u3000", " ") for t in texts]
        indents = [False] * len(texts)
    name = page.meta.get("page name", "")
    feats = page_features(texts, indents, name)
    gold = [label(start, role) for _, role, start in lines]
    allowed = constraints(texts, name)[0]
    for i, g in enumerate(gold):
        if not allowed[i, g]:
            print(f"{page.name}: line {i + 1} is {LABELS[g]}, which the constraints rule out: {texts[i][:20]}")
            allowed[i, g] = True
    return feats, gold, allowed


def pair_examples(page: TruePage) -> list[tuple[list[str], bool]]:
    chunks = split_chunks(page.raw)
    assert len(chunks) == len(page.cut_after), page.name
    out = []
    for a, b, cut in zip(chunks, chunks[1:], page.cut_after):
        if may_join(a.text, b.text):
            out.append((pair_features(a.text, b.text, a.indent, b.indent), cut))
        elif cut:
            print(f"{page.name}: a cut that may_join refuses: 「{a.text[-10:]}」「{b.text[:10]}」")
    return out


def vocabulary(feature_lists) -> dict[str, int]:
    counts: dict[str, int] = {}
    for fs in feature_lists:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}


def train_lines(pages: list[tuple[list[list[str]], list[int]]], epochs: int, seed: int = 1):
    vocab = vocabulary(fs for feats, _, _ in pages for fs in feats)
    data = [([[vocab[f] for f in fs if f in vocab] for fs in feats], gold, allowed) for feats, gold, allowed in pages]
    k = len(LABELS)
    w, t = np.zeros((len(vocab), k)), np.zeros((k + 1, k))
    w_sum, t_sum = np.zeros_like(w), np.zeros_like(t)
    rng = random.Random(seed)
    steps = 0
    for _ in range(epochs):
        order = list(range(len(data)))
        rng.shuffle(order)
        for n in order:
            ids, gold, allowed = data[n]
            emit = np.array([w[i].sum(axis=0) if i else np.zeros(k) for i in ids])
            emit += 1.0  # cost-augmented: a wrong label must lose by a margin
            emit[np.arange(len(gold)), gold] -= 1.0
            pred = viterbi(emit, t, allowed)
            if pred != gold:
                for j, (g, p) in enumerate(zip(gold, pred)):
                    if g != p:
                        w[ids[j], g] += 1
                        w[ids[j], p] -= 1
                    gp, pp = (gold[j - 1], pred[j - 1]) if j else (-1, -1)
                    if (g, gp) != (p, pp):
                        t[gp, g] += 1
                        t[pp, p] -= 1
            w_sum += w
            t_sum += t
            steps += 1
    return vocab, w_sum / steps, t_sum / steps


def train_joins(pairs: list[tuple[list[str], bool]], epochs: int, seed: int = 2):
    vocab = vocabulary(fs for fs, _ in pairs)
    data = [([vocab[f] for f in fs if f in vocab], 1.0 if cut else -1.0) for fs, cut in pairs]
    w, w_sum = np.zeros(len(vocab)), np.zeros(len(vocab))
    rng = random.Random(seed)
    steps = 0
    for _ in range(epochs):
        rng.shuffle(data)
        for ids, y in data:
            if y * w[ids].sum() <= 0.5:
                w[ids] += y
            w_sum += w
            steps += 1
    return vocab, w_sum / steps


def train(pages: list[TruePage], epochs: int = EPOCHS, join_epochs: int = JOIN_EPOCHS, seeds: int = SEEDS,
          plain: tuple[bool, ...] = (False,)) -> Weights:
    """The two models; the line labeller's weights are the mean of `seeds` runs over the pages in
    different orders (less dependent on one order)."""
    examples = [line_examples(p, x) for p in pages for x in plain]
    runs = [train_lines(examples, epochs, seed) for seed in range(1, seeds + 1)]
    vocab = runs[0][0]
    w = sum(r[1] for r in runs) / seeds
    t = sum(r[2] for r in runs) / seeds
    pvocab, pw = train_joins([x for p in pages for x in pair_examples(p)], join_epochs)
    return Weights(vocab, w, t, pvocab, pw)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="a folder of more labelled pages (pageset format) to train on")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--out", type=Path, default=model_path())
    args = ap.parse_args()
    pages = all_pages("train") + [load(p) for d in args.extra for p in sorted(d.glob("*.txt"))]
    started = time.perf_counter()
    model = train(pages, args.epochs)
    model.save(args.out)
    print(f"{len(pages)} pages, {len(model.line_vocab)} line features, {len(model.pair_vocab)} pair features; "
          f"{time.perf_counter() - started:.1f} s; wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
