"""The lexemes of a server search row's tsvector (search.server.grams), made at C speed: the same
set as the recall layer's positional tokens (search.tokens._tokens) with its letters that start
no pair, but with no Python step (and no Python string) a pair of letters.

Most of an article's ~1,000 lexemes are the pairs of its runs (新质生产力 → 新质 质生 生产 产力).
Here the runs are the text with every stretch of other letters written as one NUL, read as an
array of code points: a pair is two neighbours neither of which is NUL, the distinct pairs are
`numpy.unique` of their two code points in one integer, and the space-separated text the server
reads is written as code points and decoded once. What stands between two segments (the
boundary tokens) and the words are few (~150 an article) and are made by `map` over the text
split once, with no Python step a segment either.
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import itemgetter

import numpy as np

from .tokens import GAP, GAP_MAX, LATIN, LONG, RUN, WORD, _between

NOT_RUN = re.compile(rf"[\W\x00-\x7f{LATIN}]+")  # what is not a run: every letter of LATIN is \w
SPLIT = re.compile(rf"({WORD.pattern}|{RUN.pattern})")  # its pieces: before, a segment, between, ...
_SPACE = ord(" ")


def pairs(texts: list[str], mark: str = "") -> tuple[str, list[str]]:
    """The distinct pairs of these texts' runs, each led by `mark`, space-separated (no space at
    either end; "" when none), and the distinct letters of the runs that start no pair (a letter
    a text holds only at the ends of its runs)."""
    runs = NOT_RUN.sub("\0", "\0".join(texts)) + "\0"
    cp = np.frombuffer(runs.encode("utf-32-le"), dtype=np.uint32)
    left, right = cp[:-1], cp[1:]
    inside = (left != 0) & (right != 0)
    keys = _distinct((left[inside].astype(np.uint64) << np.uint64(32)) | right[inside])
    starts = _distinct(left[inside])
    ends = _distinct(left[(left != 0) & (right == 0)])  # a letter no pair starts ends every run it is in
    at = np.minimum(np.searchsorted(starts, ends), max(len(starts) - 1, 0))
    lone = ends[starts[at] != ends] if len(starts) else ends
    lone_letters = lone.tobytes().decode("utf-32-le")
    if not len(keys):
        return "", list(lone_letters)
    head = [ord(c) for c in mark]
    out = np.empty((len(keys), len(head) + 3), dtype=np.uint32)
    if head:
        out[:, :len(head)] = head
    out[:, -3] = keys >> np.uint64(32)
    out[:, -2] = keys & np.uint64(0xFFFFFFFF)
    out[:, -1] = _SPACE
    return out.tobytes()[:-4].decode("utf-32-le"), list(lone_letters)


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (numpy.unique, by a sort: numpy 2's unique took 10x as long)."""
    values = np.sort(values)
    if len(values) > 1:
        values = values[np.concatenate(([True], values[1:] != values[:-1]))]
    return values


def others(folded: str) -> set[str]:
    """The tokens of a folded text that are not pairs: its words and its boundary tokens (as
    tokens._tokens makes them: the last letter before, the stretch between, its ASCII
    punctuation and spaces written as Private Use letters, or LONG when longer than GAP_MAX, and
    the first letter after)."""
    found = set(WORD.findall(folded))
    pieces = SPLIT.split(folded)
    segments, between = pieces[1::2], pieces[2:-1:2]
    if between:
        stretches = list(map(_between, between))
        if max(map(len, between)) > GAP_MAX:
            stretches = [LONG if len(b) > GAP_MAX else s for b, s in zip(between, stretches)]
        found.update(map("".join, zip(repeat(GAP), map(itemgetter(-1), segments), stretches,
                                      map(itemgetter(0), segments[1:]))))
    return found
