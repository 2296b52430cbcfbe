"""Tokens for the two index layers.

- recall layer: every Han character and every pair of adjacent Han characters; Latin words and
  numbers as whole tokens. Any Han substring of two or more characters is found through its
  bigrams, a single character through its unigram, so no segmentation choice can hide a match.
- word layer: rjieba search-mode words, for ranking only.
"""

from __future__ import annotations

import re

import rjieba
from whoosh.analysis import Token, Tokenizer

HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
WORD = re.compile(r"[0-9a-z]+")


def recall_tokens(folded: str) -> list[str]:
    out: list[str] = []
    for m in HAN_RUN.finditer(folded):
        run = m.group()
        out.extend(run)
        out.extend(run[i:i + 2] for i in range(len(run) - 1))
    out.extend(m.group() for m in WORD.finditer(folded))
    return out


def query_tokens(folded: str) -> set[str]:
    """The recall tokens every text containing `folded` must have."""
    out: set[str] = set()
    for m in HAN_RUN.finditer(folded):
        run = m.group()
        if len(run) == 1:
            out.add(run)
        else:
            out.update(run[i:i + 2] for i in range(len(run) - 1))
    # Latin words and numbers match whole (see match.find_all), so each is a token of the text.
    out.update(m.group() for m in WORD.finditer(folded))
    return out


def word_tokens(folded: str) -> list[str]:
    return [w for w in rjieba.cut_for_search(folded) if w.strip() and (HAN_RUN.match(w) or w.isalnum())]


class _ListTokenizer(Tokenizer):
    def __init__(self, fn):
        self.fn = fn

    def __eq__(self, other):
        return type(self) is type(other) and self.fn is other.fn

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for i, text in enumerate(self.fn(value)):
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos + i
            yield t


def recall_analyzer() -> Tokenizer:
    return _ListTokenizer(recall_tokens)


def word_analyzer() -> Tokenizer:
    return _ListTokenizer(word_tokens)
