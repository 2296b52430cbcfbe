"""The word layer's vocabulary: rjieba words, their BM25F weights, and the Whoosh schema.

Whoosh ranks with BM25F. Its block-quality optimisation (skip every block of postings that
cannot reach the current top N) needs a tight bound per block, and Whoosh bounds a block by its
largest weight and its shortest document, taken separately: with length normalisation at query
time that bound is loose enough that nothing is ever skipped. So the normalisation is done here,
at index time, which is BM25F as Robertson wrote it:

    weight(w) = tf_body(w) / (1 - B + B * body_words / AVG_BODY)
              + TITLE_BOOST * tf_title(w) / (1 - B_TITLE + B_TITLE * title_words / AVG_TITLE)

and Whoosh scores with BM25F(B=0): idf(w) * weight * (K1 + 1) / (weight + K1). The scores are
BM25F's, and a block's largest weight is now an exact bound, so Whoosh skips most blocks of a
common word (90% of 中国's at 200,000 articles); and a term's score depends on its weight alone,
so `vector` scores a whole posting run from one table of Whoosh's scores per distinct weight.

Fields:
- `text`: the article's words (rjieba, accurate mode, folded text), title words boosted;
- `parts`: the shorter words search mode finds inside them (知识 and 产权 in 知识产权), weighted
  the same way: an article that has 农民 only inside 农民工 is ranked from here, after every
  article that has the word itself;
- `title`: the title's words, for 标题:;
- byline (each person and the whole byline), column, source, genre, publication and page name:
  each folded value one exact term;
- date (its year, month and day as terms) and page number.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from itertools import chain

from whoosh import fields, formats
from whoosh.analysis import Token, Tokenizer

from ..script import HAN_RUN

K1 = 1.2
B, B_TITLE = 0.75, 0.5
AVG_BODY, AVG_TITLE = 500.0, 6.0  # words: what a newspaper article and headline hold on average
TITLE_BOOST = 3.0
WEIGHT_STEP = 1 / 64  # weights are rounded to this: blocks compress better, scores hardly move
EXACT_FIELDS = ("byline", "column", "source", "genre", "publication", "pagename")


@cache
def _jieba():
    import rjieba  # loads its dictionary (0.1 s): only when words are needed

    return rjieba


def preload() -> None:
    """Load the segmenter now. Loading holds Python's GIL for about 0.1 s; the desktop app does it
    before its window shows, not on a worker thread mid-import, where it would freeze the window."""
    _jieba()


_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_LATIN_WORD = re.compile("[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")


def words(folded: str) -> list[str]:
    """The words of a folded text (rjieba's accurate mode), without punctuation and spaces.
    Latin-script words are words whole, accented letters and all (rjieba would cut café into
    caf and é): the stretches between them go to rjieba."""
    cut = _jieba().cut
    if not _ACCENTED.search(folded):  # the common case: rjieba keeps ASCII words whole itself
        return list(filter(str.isalnum, cut(folded)))
    out: list[str] = []
    pos = 0
    for m in _LATIN_WORD.finditer(folded):
        if m.start() > pos:
            out += [w for w in cut(folded[pos:m.start()]) if w.isalnum()]
        out.append(m.group())
        pos = m.end()
    out += [w for w in cut(folded[pos:]) if w.isalnum()]
    return out


def query_words(folded: str) -> list[str]:
    """The words that rank a query term: its words, without one-character words (的, 和) when it
    has longer ones. A term of one or two Han characters is its own word: that is what the
    segmenter makes of every two-character dictionary word, and it spares loading a 349,000-word
    dictionary to split the commonest kind of query."""
    if len(folded) <= 2 and HAN_RUN.fullmatch(folded):
        return [folded]
    ws = words(folded)
    long = [w for w in ws if len(w) > 1]
    return list(dict.fromkeys(long or ws))


def subwords(whole: Counter) -> Counter:
    """The words search mode finds inside longer words, by jieba's rule: every dictionary word of
    two characters inside a word of three or more, and of three inside one of four or more
    (知识 and 产权 in 知识产权)."""
    # each word's subwords once a time it occurs (a tuple repeated n times), counted by Counter's
    # C loop: the same counts, first met in the same order, as `found[g] += n` word by word
    return Counter(chain.from_iterable(_inside(w) * n for w, n in whole.items() if len(w) > 2))


@lru_cache(maxsize=1 << 18)
def _inside(w: str) -> tuple[str, ...]:
    has = _jieba().has_word
    return tuple(g for size in ((2, 3) if len(w) > 3 else (2,)) for i in range(len(w) - size + 1)
                 if has(g := w[i:i + size]))


def _norm(length: int, b: float, avg: float) -> float:
    return 1 - b + b * length / avg


def weigh(title: str, text: str, title_boost: float = TITLE_BOOST) -> dict[str, dict[str, float]]:
    """The BM25F weights of one article's words, for the three ranked fields (see the module
    docstring), rounded to WEIGHT_STEP (and at least one step). `text` is everything
    searchable, headline included."""
    body = Counter(words(text))
    head = Counter(words(title)) if title else Counter()
    units = 1 / WEIGHT_STEP
    nb = _norm(sum(body.values()), B, AVG_BODY) / units  # (a count over this is a weight in steps)
    nt = _norm(sum(head.values()), B_TITLE, AVG_TITLE) / units

    def combine(b: Counter, t: Counter) -> dict[str, float]:
        # a body word's weight depends on its count alone (a few distinct counts an article), so
        # each count's is worked out once; a title word's adds its title part to its body part
        by_count = {n: (round(n / nb) or 1) / units for n in set(b.values())}
        out = dict(zip(b, map(by_count.__getitem__, b.values())))
        for w, n in t.items():
            out[w] = (round((b[w] / nb if w in b else 0.0) + title_boost * n / nt) or 1) / units
        return out

    return {"text": combine(body, head), "parts": combine(subwords(body), subwords(head)),
            "title": {w: (round(n / nt) or 1) / units for w, n in head.items()}}


class WordTokenizer(Tokenizer):
    """rjieba words as Whoosh tokens: what Whoosh's own tools (more like this, key terms) see when
    they read a text."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for i, w in enumerate(words(value)):
            t.text = w
            t.boost = 1.0
            t.stopped = False
            if positions:
                t.pos = start_pos + i
            yield t


class WordField(fields.FieldType):
    """Words with weights computed before indexing (a dict word -> weight, see `weigh`); a plain
    text (what Whoosh's more-like-this hands in) is split and counted, without one-character
    words (的, 和), which say nothing about what an article is about. Scored by BM25F with B=0:
    the weights are already normalised."""

    def __init__(self, title_boost: float = 1.0):
        self.title_boost = title_boost  # how much more a title word weighs (see weigh)
        self.format = formats.Existence()  # the weights are the postings: no frequencies, no positions
        self.analyzer = WordTokenizer()
        self.scorable = True
        self.stored = False
        self.unique = False
        self.vector = None
        self.column_type = None
        self.spelling = False
        self.multitoken_query = "and"

    def index(self, value, **kwargs):
        if isinstance(value, str):  # a text read by Whoosh's own tools: its telling words
            ws = [w for w in words(value) if len(w) > 1]
            norm = _norm(len(ws), B, AVG_BODY)
            value = {w: n / norm for w, n in Counter(ws).items()}
        return [(w.encode("utf-8"), 1, weight, b"") for w, weight in value.items()]


def schema() -> fields.Schema:
    return fields.Schema(
        text=WordField(title_boost=TITLE_BOOST), parts=WordField(title_boost=TITLE_BOOST), title=WordField(),
        byline=fields.ID(), column=fields.ID(), source=fields.ID(), genre=fields.ID(),
        publication=fields.ID(), pagename=fields.ID(),
        date=fields.ID(), page=fields.ID(),
    )


def date_terms(iso: str) -> list[str]:
    """The date field's terms for one day: its year, its month and the day (a range is then a few
    of these, see tokens.date_expr; Whoosh's numeric ranges enumerate hundreds of terms)."""
    d = iso[:10].replace("-", "")
    return [f"y{d[:4]}", f"m{d[:6]}", f"d{d}"]
