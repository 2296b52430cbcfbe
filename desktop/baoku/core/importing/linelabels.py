"""The page-text scorer: a label for every line of a page, chosen for the whole page at once.

Each line gets one of `LABELS`: `B-role` when an article starts on it, `I-role` when it goes on the
article above, with the role one of `ROLES` (a head part, a byline, body, a caption, a signature,
a box line ...). A linear model weighs the line's features (`linefeatures`) for each label and
each pair of labels in a row; Viterbi picks the best labelling of the page, so a page is read
consistently (a signature closes an item and the next line opens one, the lines of a box go
together, an unbracketed byline under a piece's text heads the next piece). Max-marginals give, for each line, how much better the best page with a boundary there
is than the best without one: the scorer's margin, shown to the archivist where it is small.

The weights are learned by `tools/train_pagetext.py` (a linear-chain CRF on the labelled pages in
tests/pageset/train) and ship in resources/pagetext/model.npz. A second, small linear model
decides the layout cuts (`Weights.join_score`).
"""

from __future__ import annotations

import threading
from itertools import repeat
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROLES = ("column", "kicker", "headline", "subhead", "byline", "body", "caption", "signature", "subheading",
         "box", "note")
HEAD_ROLES = ("column", "kicker", "headline", "subhead")
LABELS = tuple(f"B-{r}" for r in ROLES) + tuple(f"I-{r}" for r in ROLES)
STARTS = np.array([lab.startswith("B-") for lab in LABELS])
NEG = -1e9


def structural(trans: np.ndarray) -> np.ndarray:
    """Transitions with what a page's structure rules out: an article never ends on a kicker or a
    column label (they head what follows), and a head line inside an article follows another head
    line or an editor's note above the headline (never body, a byline or a signature)."""
    out = trans.copy()
    for r in ("kicker", "column"):
        for start in (True, False):
            out[label(start, r), STARTS] = NEG
    above_head = [label(s, r) for s in (True, False) for r in HEAD_ROLES + ("note",)]
    not_above = [i for i in range(len(LABELS)) if i not in above_head]
    for r in HEAD_ROLES:
        out[not_above, label(False, r)] = NEG
    return out


def label(start: bool, role: str) -> int:
    return LABELS.index(("B-" if start else "I-") + role)


# A byline inside an article stands under its head, an editor's note, a photo credit or another
# byline; under the article's text (a paragraph, a verse, a signature, a box line) only one in
# brackets, closing what it signs (（记者 姚 远）). An unbracketed name under text heads a piece of
# its own: the line above it is that piece's title (a poem's under the last verse of another).
TEXT_LABELS = [label(s, r) for s in (True, False) for r in ("body", "signature", "subheading", "box")]
INNER_BYLINE = label(False, "byline")
OPENING_BRACKETS = ("（", "(", "【", "〔", "[")


def closing_bylines(texts: list[str]) -> np.ndarray:
    """For each line, whether it could close the text above it as a byline (it opens a bracket)."""
    return np.array([t.startswith(OPENING_BRACKETS) for t in texts], dtype=bool)


def under_text(step: np.ndarray) -> np.ndarray:
    """Line-to-line transitions into a line that may not be a byline under text."""
    out = step.copy()
    out[np.ix_(TEXT_LABELS, [INNER_BYLINE])] = NEG
    return out


def model_path() -> Path:
    from ..paths import resources_dir

    return resources_dir() / "pagetext" / "model.npz"


@dataclass
class Weights:
    """A model's weights: line features × labels, label transitions (row -1: the page's first
    line), and the join model's features."""
    line_vocab: dict[str, int]
    line_w: np.ndarray  # (features, labels)
    trans: np.ndarray  # (labels + 1, labels)
    pair_vocab: dict[str, int]
    pair_w: np.ndarray  # (features,)
    _pad: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def empty(cls) -> Weights:
        n = len(LABELS)
        return cls({}, np.zeros((0, n)), np.zeros((n + 1, n)), {}, np.zeros(0))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path, line_vocab=np.array("\n".join(self.line_vocab)), line_w=self.line_w.astype(np.float32),
            trans=self.trans.astype(np.float32), pair_vocab=np.array("\n".join(self.pair_vocab)),
            pair_w=self.pair_w.astype(np.float32), labels=np.array("\n".join(LABELS)))

    @classmethod
    def load(cls, path: Path) -> Weights:
        with np.load(path) as z:
            if str(z["labels"]).split("\n") != list(LABELS):
                raise ValueError(f"{path}: made for other labels; retrain with tools/train_pagetext.py")
            vocab = {f: i for i, f in enumerate(str(z["line_vocab"]).split("\n"))}
            pairs = {f: i for i, f in enumerate(str(z["pair_vocab"]).split("\n"))}
            return cls(vocab, z["line_w"].astype(np.float64), z["trans"].astype(np.float64), pairs,
                       z["pair_w"].astype(np.float64))

    # -- scoring ------------------------------------------------------------------------------------

    def emissions(self, feats: list[list[str]]) -> np.ndarray:
        """Each line's score for each label: the sum of its known features' weights (an unknown
        feature reads a row of zeros past the last, which adds nothing)."""
        if not feats:
            return np.zeros((0, len(LABELS)))
        w = self._padded()
        get, unknown = self.line_vocab.get, repeat(len(w) - 1)
        ids: list[int] = []
        starts: list[int] = []
        for fs in feats:
            starts.append(len(ids))
            ids += map(get, fs, unknown) if fs else (len(w) - 1,)
        return np.add.reduceat(w[ids], starts, axis=0)

    def _padded(self) -> np.ndarray:
        """`line_w` with a row of zeros below (made once per model)."""
        if self._pad is None:
            self._pad = np.vstack([self.line_w, np.zeros((1, self.line_w.shape[1]))])
        return self._pad

    def join_score(self, feats: list[str]) -> float:
        ids = [self.pair_vocab[f] for f in feats if f in self.pair_vocab]
        return float(self.pair_w[ids].sum()) if ids else 0.0


_loaded: Weights | None = None
_lock = threading.Lock()


def weights() -> Weights:
    """The shipped model, loaded once."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = Weights.load(model_path())
        return _loaded


def decode(emit: np.ndarray, trans: np.ndarray, allowed: np.ndarray | None = None,
           closing: np.ndarray | None = None) -> tuple[list[int], np.ndarray]:
    """The best label sequence (as `viterbi`) and, for each line, the best page score with an
    article starting there minus the best without (positive: the scorer starts one there):
    max-marginals from the same forward pass and one backward pass. `closing` (`closing_bylines`):
    where a byline may follow the text above it; without it, anywhere."""
    n, k = emit.shape
    if n == 0:
        return [], np.zeros(0)
    trans = structural(trans)
    open_step = trans[:-1]
    shut_step = open_step if closing is None else under_text(open_step)
    steps = [open_step if closing is None or closing[i] else shut_step for i in range(n)]
    e = emit if allowed is None else np.where(allowed, emit, NEG)
    alpha = np.empty((n, k))
    back = np.zeros((n, k), dtype=np.int64)
    alpha[0] = trans[-1] + e[0]
    cand = np.empty((k, k))
    for i in range(1, n):
        np.add(alpha[i - 1][:, None], steps[i], out=cand)
        back[i] = cand.argmax(axis=0)
        np.add(cand.max(axis=0), e[i], out=alpha[i])
    beta = np.zeros((n, k))
    ahead = e[1:] + 0.0  # e[i + 1] + beta[i + 1], built from the end
    for i in range(n - 2, -1, -1):
        np.add(steps[i + 1], ahead[i][None, :], out=cand)
        beta[i] = cand.max(axis=1)
        if i:
            ahead[i - 1] += beta[i]
    path = [int(alpha[-1].argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    best = alpha + beta
    return path[::-1], best[:, STARTS].max(axis=1) - best[:, ~STARTS].max(axis=1)
