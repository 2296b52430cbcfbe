"""`words.weigh` (the BM25F weights both the embedded index and a server's search rows hold) gives
exactly what its first, word-by-word form gave, kept here as the reference: the same words, the
same weights and the same order, on varied text (Han, traditional, Latin with accents, digits,
punctuation, repeated words, titles inside the text and not)."""

from __future__ import annotations

import random
from collections import Counter

from baoku.core.search import words as W
from baoku.core.search.normalize import fold


def _reference(title: str, text: str, title_boost: float = W.TITLE_BOOST) -> dict[str, dict[str, float]]:
    """weigh as it was written before issue-48e (a Python step a subword and a word)."""
    def subwords(whole: Counter) -> Counter:
        found: Counter = Counter()
        for w, n in whole.items():
            if len(w) > 2:
                for g in W._inside(w):
                    found[g] += n
        return found

    body = Counter(W.words(text))
    head = Counter(W.words(title)) if title else Counter()
    units = 1 / W.WEIGHT_STEP
    nb = W._norm(sum(body.values()), W.B, W.AVG_BODY) / units
    nt = W._norm(sum(head.values()), W.B_TITLE, W.AVG_TITLE) / units

    def combine(b: Counter, t: Counter) -> dict[str, float]:
        out = {w: n / nb for w, n in b.items()}
        for w, n in t.items():
            out[w] = out.get(w, 0.0) + title_boost * n / nt
        return {w: (round(v) or 1) / units for w, v in out.items()}

    return {"text": combine(body, head), "parts": combine(subwords(body), subwords(head)),
            "title": {w: (round(n / nt) or 1) / units for w, n in head.items()}}


_PIECES = ["中华人民共和国", "知识产权", "农民工", "经济发展", "社会主义市场经济", "香港特別行政區", "臺灣", "經濟",
           "的", "和", "。", "，", "、", "“", "”", "（", "）", " ", "\n", "Café", "économie", "R&D", "COVID-19",
           "2023年", "12月", "3.5%", "１２３", "ｆｕｌｌ", "新质生产力", "中国", "人民日报", "記者", "报道", "e\u0301t\u00e9",
           "x", "GDP", "北京", "上海市", "长江三角洲", "一带一路", "互联网+", "5G", "第十四个五年规划", "—", "…"]


def _texts(seed: int, n: int) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        body = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 300)))
        title = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 8)))
        out.append((fold(title), fold(title + "\n" + body if rnd.random() < 0.8 else body)))
    return out


def _items(weights: dict[str, dict[str, float]]) -> list:
    return [(f, list(ws.items())) for f, ws in weights.items()]


def test_weigh_equals_its_word_by_word_reference_on_varied_text():
    cases = [("", ""), ("", "经济"), ("经济", ""), ("经济发展", "经济发展 经济发展 经济"),
             ("知识产权", "知识产权保护。" * 200), ("Café", "café économie café 2023年 r&d")]
    cases += _texts(48, 120)
    for title, text in cases:
        got, want = W.weigh(title, text), _reference(title, text)
        assert _items(got) == _items(want), (title, text[:80])
        assert _items(W.weigh(title, text, 1.0)) == _items(_reference(title, text, 1.0))


def test_subwords_count_each_occurrence_in_first_met_order():
    whole = Counter({"知识产权": 3, "农民工": 2, "经济": 5, "中华人民共和国": 1})
    got = W.subwords(whole)
    assert got["知识"] == 3 and got["产权"] == 3 and got["农民"] == 2 and "经济" not in got
    ref: Counter = Counter()
    for w, n in whole.items():
        if len(w) > 2:
            for g in W._inside(w):
                ref[g] += n
    assert list(got.items()) == list(ref.items())
