"""The recall layer's tokens: what lets SQLite FTS5 decide a substring query exactly.

A folded text is cut into segments: runs of letters outside the Latin script (Han, kana, Hangul,
繁简 alike after folding) and words (Latin letters, accented or not, and digits). Each run becomes the sequence of its adjacent
character pairs (新质生产力 → 新质 质生 生产 产力), each ASCII word is one token, and between two
segments stands a boundary token made of the last character before it, the exact text between
(punctuation, spaces, a line break, or nothing) and the first character after it. Then come a
barrier and every distinct character, for one-character queries.

A query term of any length is then the FTS5 phrase of the same tokens, decided by the index alone:
新质生产力 is the phrase of its pairs; 2023年 is 「2023」 then the boundary 「3|年」; 新时代，新征程
keeps its comma; r&d投入 its ampersand. A prefix term (econom*) is the same phrase with its last
word matched as a prefix. A phrase never spans two runs unless the query has what
stands between them, so 新质，质生产力 does not match 新质生产力. Only terms that begin or end with
punctuation or a space, or hold a very long stretch of it, need the text to decide (the index
still narrows them).

Field values (byline, column, source ...) are streams of their own, each token led by the field's
mark, so a field's tokens never meet the body's and their posting lists hold that field only.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from operator import add

# Segments. Latin-script words, accented letters included (é, ø, ñ, ß), are words like ASCII ones.
# Python's \\w is Unicode: [^\\W\\x00-\\x7f] is every letter or digit outside ASCII.
LATIN = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
WORD = re.compile(rf"[0-9a-z{LATIN}]+")
WORD_CHAR = re.compile(rf"[0-9a-z{LATIN}]")
RUN = re.compile(rf"[^\W\x00-\x7f{LATIN}]+")
SEGMENT = re.compile(rf"(?P<word>{WORD.pattern})|(?P<run>{RUN.pattern})")
# Ends a folded query term that is a prefix (econom* finds economy, economics): a Private Use
# character, never in folded text. See planner.term_forms.
PREFIX = "\ue0ff"

# Marks, from the Private Use Area: never a letter, so never the first character of a pair, a
# word or a single character, which is what keeps the token kinds apart.
GAP = "\ue000"  # leads a boundary token
LONG = "\ue001"  # stands for a stretch between segments longer than GAP_MAX
BARRIER = "\ue002"  # separates the values of one field
DUP = "\ue003"  # an article whose text is printed more than once (a reprint)
FIELD_MARK = {"byline": "\ue010", "column": "\ue011", "source": "\ue012", "genre": "\ue013",
              "publication": "\ue014", "pagename": "\ue015", "page": "\ue016", "date": "\ue017",
              "collection": "\ue018", "note": "\ue019"}
GAP_MAX = 8
# FTS5's ascii tokenizer splits at ASCII punctuation and spaces; inside a token they are written
# as Private Use characters instead.
_ASCII_OUT = {c: chr(0xE100 + c) for c in range(128) if not chr(c).isalnum()}
_ASCII_FREE = {chr(c): v for c, v in _ASCII_OUT.items()}  # one character


def _gap(left: str, between: str, right: str) -> str:
    # (A Private Use character of the text in the range used for ASCII could make two different
    # gaps one token; the archive's text does not use that range in practice.)
    if len(between) > GAP_MAX:
        between = LONG
    return GAP + _ASCII_FREE.get(left, left) + _between(between) + _ASCII_FREE.get(right, right)


@lru_cache(maxsize=4096)
def _between(text: str) -> str:
    """What stands between two segments, with ASCII punctuation and spaces as Private Use
    characters (the few different stretches, cached: the same comma thousands of times)."""
    return text.translate(_ASCII_OUT)


def _tokens(folded: str) -> tuple[list[str], bool]:
    """The positional tokens of a text (pairs, words, boundaries), and whether a long gap was
    written as LONG (a query holding one cannot be decided by its tokens)."""
    out: list[str] = []
    long_gap = False
    prev_end, prev_last = -1, ""
    for m in SEGMENT.finditer(folded):
        s = m.group()
        if prev_end >= 0:
            between = folded[prev_end:m.start()]
            long_gap |= len(between) > GAP_MAX
            out.append(_gap(prev_last, between, s[0]))
        if m.lastgroup == "word":
            out.append(s)
        elif len(s) > 1:
            out.extend(map(add, s, s[1:]))  # the run's pairs, joined at C speed
        prev_end, prev_last = m.end(), s[-1]
    return out, long_gap


def stream(folded: str) -> str:
    """The positional tokens of one folded text, space-separated for FTS5's ascii tokenizer.
    Deterministic (a contentless FTS5 table removes an entry by being given exactly the same
    tokens again)."""
    return " ".join(_tokens(folded)[0])


def _letters(text: str) -> list[str]:
    """The distinct letters outside ASCII of a text, sorted. Whether a character belongs to a
    run does not depend on its neighbours, so the runs are looked for among the distinct
    characters only (a few hundred in an article of thousands), all at C speed."""
    return sorted("".join(RUN.findall("".join(set(text)))))


def chars(folded: str) -> str:
    """Every distinct letter outside ASCII, once: the one-character table's tokens."""
    return " ".join(_letters(folded))


def field_stream(name: str, values: list[str]) -> str:
    """One field's tokens: each value's stream, led by the field's mark, values kept apart by a
    barrier."""
    mark = FIELD_MARK[name]
    out: list[str] = []
    for v in values:
        out += [mark + t for t in _tokens(v)[0]]
        out.append(mark + BARRIER)
    return " ".join(out)


def field_chars(name: str, values: list[str]) -> str:
    mark = FIELD_MARK[name]
    return " ".join(mark + c for c in _letters("".join(values)))


def page_token(number: int, section: str = "") -> str:
    """版:5 is the token of page 5 of any section; 版:A05 that of page 5 of section A."""
    return FIELD_MARK["page"] + section.lower() + str(int(number))


def page_tokens(number: int, section: str) -> list[str]:
    out = [page_token(number)]
    if len(section) == 1 and section.isascii() and section.isalpha():
        out.append(page_token(number, section))
    return out


def date_tokens(iso: str) -> list[str]:
    """An article's date as three tokens: its year, its month and its day."""
    mark, d = FIELD_MARK["date"], iso[:10].replace("-", "")
    return [f"{mark}y{d[:4]}", f"{mark}m{d[:6]}", f"{mark}d{d}"]  # as words.date_terms


def date_cover(start: dt.date, end: dt.date) -> list[str]:
    """Every date from start to end (both included) as few terms as can say it: whole years as
    y2000, whole months as m200003, the remaining days as d20000315."""
    tokens: list[str] = []
    d = start
    while d <= end:
        year_end, month_end = dt.date(d.year, 12, 31), _month_end(d)
        if d.month == 1 and d.day == 1 and year_end <= end:
            tokens.append(f"y{d.year:04d}")
            d = year_end + dt.timedelta(days=1)
        elif d.day == 1 and month_end <= end:
            tokens.append(f"m{d.year:04d}{d.month:02d}")
            d = month_end + dt.timedelta(days=1)
        else:
            tokens.append(f"d{d.year:04d}{d.month:02d}{d.day:02d}")
            d += dt.timedelta(days=1)
    return tokens


def date_expr(start: dt.date, end: dt.date) -> str | None:
    """An FTS5 expression for every date from start to end (both included). None: none."""
    mark = FIELD_MARK["date"]
    return " OR ".join(mark + t for t in date_cover(start, end)) or None


def _month_end(d: dt.date) -> dt.date:
    first_next = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def _phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'


def single(form: str) -> bool:
    """A one-character term (one letter outside ASCII): the one-character table decides it."""
    return len(form) == 1 and form >= "\x80" and bool(RUN.fullmatch(form))


def exact_tokens(form: str) -> list[str] | None:
    """The tokens a text holds, in a row, exactly when it contains `form` (folded); None when the
    positional tokens cannot decide it (one character; a term that begins or ends between
    segments; a long gap)."""
    form = form.removesuffix(PREFIX)
    segments = list(SEGMENT.finditer(form))
    if not segments or segments[0].start() != 0 or segments[-1].end() != len(form) or single(form):
        return None
    tokens, long_gap = _tokens(form)
    return None if long_gap or not tokens else tokens


def exact_expr(form: str, field: str | None = None) -> str | None:
    """An FTS5 phrase matching exactly the texts that contain `form`, or None (see exact_tokens).
    With `field`, the phrase of that field's tokens."""
    tokens = exact_tokens(form)
    if tokens is None:
        return None
    if field is not None:
        mark = FIELD_MARK[field]
        tokens = [mark + t for t in tokens]
    return _phrase(tokens) + ("*" if is_prefix(form) else "")


def is_prefix(form: str) -> bool:
    """A prefix term whose last segment is a word: its last token is matched as a prefix (a
    prefix of a Han run or after punctuation is any substring there, as every term is)."""
    body = form.removesuffix(PREFIX)
    return form.endswith(PREFIX) and bool(body) and bool(WORD_CHAR.match(body[-1]))


def char_expr(form: str, field: str | None = None) -> str:
    """The one-character table's expression for a one-character term."""
    return _phrase([FIELD_MARK[field] + form if field else form])


def pieces(form: str) -> tuple[list[str], list[str]]:
    """What the index can decide of a term it cannot decide whole, for narrowing: the phrases of
    its stretches between long gaps (without what leads or trails them), and the one-character
    expressions of stretches that are a single character."""
    form = form.removesuffix(PREFIX)
    segments = list(SEGMENT.finditer(form))
    spans: list[tuple[int, int]] = []
    for m in segments:
        if spans and m.start() - spans[-1][1] <= GAP_MAX:
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    phrases, singles = [], []
    for a, b in spans:
        piece = form[a:b]
        if single(piece):
            singles.append(piece)
        elif exact_tokens(piece) is not None:
            phrases.append(piece)
    return phrases, singles
