"""The tsvector's tokens of a server search row (search.server.grams): the same set as the recall
layer's positional tokens, made with numpy over the code points and `map` over the text split once,
with no Python step a segment (issue-46d: the loop over segments was ~0.6 ms of an article's ~1 ms)."""

from __future__ import annotations

import random
import sys

from baoku.core.search.normalize import fold
from baoku.core.search.server import CHAR, grams
from baoku.core.search.tokens import BARRIER, FIELD_MARK, _letters, _tokens


def _reference(columns, values=None) -> set[str]:
    """The tokens as the loop over segments makes them (the embedded recall layer's own)."""
    found: set[str] = set()
    for text in columns:
        found.update(_tokens(text)[0])
    starts = {t[0] for t in found}
    found.update(CHAR + c for c in _letters("".join(columns)) if c not in starts)
    for name, vs in (values or {}).items():
        mark, own = FIELD_MARK[name], set()
        for v in vs:
            own.update(_tokens(v)[0])
        starts = {t[0] for t in own}
        found.update(mark + t for t in own)
        found.add(mark + BARRIER)
        found.update(CHAR + mark + c for c in _letters("".join(vs)) if c not in starts)
    return found


PIECES = list("中国经济发展年好人说abz09éßøÀ_AZ,.，。-&²٣\u0301\t\nпрḁか한 ") + ["   ", ".........", "..........", "ab", "12"]


def test_the_tokens_are_the_recall_layers_for_any_text():
    rng = random.Random(46)
    for _ in range(500):
        texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(3)]
        texts += [fold(t) for t in texts]
        columns = tuple(texts[:3])
        values = {"byline": [t for t in texts[3:] if t], "source": [texts[0]]} if texts[3] else None
        values = {k: v for k, v in (values or {}).items() if v}
        made = grams(columns, values).split(" ")
        assert set(made) - {""} == _reference(columns, values) - {""}, (columns, values)
        assert made == sorted(made) and len(set(made)) == len(made)  # in the tsvector's order (code points)


def _python_calls(fn) -> int:
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return calls


def test_an_articles_tokens_take_no_python_step_a_segment():
    short = "中国，经济 2023年发展。" * 2
    long = "中国，经济 2023年发展。" * 400  # 2,000 segments and boundaries
    assert set(grams((long, "", ""))) and _reference((long,)) == set(grams((long, "", "")).split(" "))
    assert _python_calls(lambda: grams((long, "", ""))) == _python_calls(lambda: grams((short, "", "")))
