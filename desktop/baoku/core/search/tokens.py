"""Tokens for the two index layers.

- recall layer (SQLite FTS5, see `recall`): each run of Han characters as the sequence of its
  adjacent pairs, runs kept apart by a separator, then every distinct Han character; Latin words
  and numbers as whole tokens. A Han term of two or more characters is the phrase of its pairs
  (found exactly, whatever a segmenter would make of it), a single character is its own token.
- word layer (Whoosh, see `index`): each article's most telling words (rjieba, weighted by
  jieba's idf table), for "more like this".
"""

from __future__ import annotations

import heapq
import importlib.util
import math
import re
from collections import Counter
from functools import cache
from operator import add
from pathlib import Path

import rjieba
from whoosh.analysis import Token, Tokenizer

HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
WORD = re.compile(r"[0-9a-z]+")
SEGMENT = re.compile(f"{HAN_RUN.pattern}|{WORD.pattern}")
# Between two runs: a phrase never spans them. A private-use character: never a query token.
SEP = "\ue000"
KEYWORDS = 24  # words per article in the word layer


def recall_stream(folded: str) -> str:
    """The recall layer's tokens for one folded text, space-separated for FTS5's ascii tokenizer.
    Deterministic (FTS5 removes an entry by re-reading exactly the tokens it was given)."""
    out: list[str] = []
    chars: set[str] = set()
    for s in SEGMENT.findall(folded):
        if s[0] < "\x80":
            out.append(s)
        else:
            chars.update(s)
            if len(s) == 1:
                continue
            out.append(" ".join(map(add, s, s[1:])))  # the run's pairs, joined at C speed
        out.append(SEP)
    out.extend(sorted(chars))
    return " ".join(out)


def _phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'


def exact_expr(form: str) -> str | None:
    """An FTS5 expression matching exactly the texts that contain `form` (folded), when the
    recall layer can decide that alone: one Han run, or one whole Latin word or number."""
    if HAN_RUN.fullmatch(form):
        return _phrase([form] if len(form) == 1 else [form[i:i + 2] for i in range(len(form) - 1)])
    if WORD.fullmatch(form):
        return _phrase([form])
    return None


def narrow_expr(form: str) -> str | None:
    """An FTS5 expression every text containing `form` satisfies (it may let through more):
    each Han run of the term as a phrase, each Latin word whole. None: nothing to look up."""
    parts = []
    for m in SEGMENT.finditer(form):
        parts.append(exact_expr(m.group()))
    return " AND ".join(dict.fromkeys(parts)) or None


def word_tokens(folded: str) -> list[str]:
    """Words of two or more letters, digits or Han characters (no punctuation, no spaces)."""
    return [w for w in rjieba.cut(folded) if len(w) > 1 and w.isalnum()]


@cache
def _idf() -> tuple[dict[str, float], float]:
    """jieba's idf table (word -> idf) and its median, for words it does not know. Read from the
    file without importing jieba (which would cost a second)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed: its idf table weighs the word layer")
    path = Path(spec.submodule_search_locations[0]) / "analyse" / "idf.txt"
    pairs = (line.split(" ", 1) for line in path.read_text(encoding="utf-8").splitlines() if " " in line)
    table = {word: float(value) for word, value in pairs}
    values = sorted(table.values())
    return table, values[len(values) // 2]


def keywords(folded: str, k: int = KEYWORDS) -> list[tuple[str, float]]:
    """The article's k most telling words, by tf·idf, with their weights, best first."""
    table, median = _idf()
    get = table.get
    top = heapq.nlargest(k, ((n * get(w, median), w) for w, n in Counter(word_tokens(folded)).items()))
    return [(w, v) for v, w in top]


def weighted(words: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """Keyword weights scaled to unit length: the dot product of two articles' weights is then
    their cosine similarity (Whoosh stores each as the token's boost)."""
    norm = math.sqrt(sum(v * v for _, v in words)) or 1.0
    return [(w, round(max(v / norm, 0.001), 4)) for w, v in words]


class _KeywordTokenizer(Tokenizer):
    """Indexes each keyword once, with its weight as the token boost."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for i, (text, boost) in enumerate(weighted(keywords(value)) if mode != "query" else [(value, 1.0)]):
            t.text = text
            t.boost = boost
            t.stopped = False
            if positions:
                t.pos = start_pos + i
            yield t


def keyword_analyzer() -> Tokenizer:
    return _KeywordTokenizer()
