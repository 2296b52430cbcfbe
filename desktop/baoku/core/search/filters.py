"""Where to look, as query text: a paper, a date or month, a page (版).

The window's calendar and browse tree do not replace the query with a list of their own: they
write these terms into it (报纸:泉州晚报 日期:2024-09-11), so what the search box says is what
the list shows, it combines with the words typed there, and the same text runs in `baoku search`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import fold
from .query import DATE_FIELDS, PAGE_FIELDS, QUOTES, TEXT_FIELDS, QueryError, tokenize

PUBLICATION, DATE, PAGE = "报纸", "日期", "版"
# The names a window writes its terms with, in its language (the query language reads both).
CHINESE_NAMES = {"publication": PUBLICATION, "date": DATE, "page": PAGE, "collection": "专题"}
ENGLISH_NAMES = {"publication": "paper", "date": "date", "page": "page", "collection": "collection"}
_KINDS = {**{k: PUBLICATION for k, v in TEXT_FIELDS.items() if v == "publication"},
          **{k: DATE for k in DATE_FIELDS}, **{k: PAGE for k in PAGE_FIELDS}}


@dataclass(frozen=True)
class Filter:
    publication: str = ""
    date: str = ""  # 2024, 2024-09 or 2024-09-11
    page: str = ""  # 5, or A05 for page 5 of section A

    def terms(self, names: dict[str, str] = CHINESE_NAMES) -> str:
        pairs = (("publication", self.publication), ("date", self.date), ("page", self.page))
        return " ".join(f"{names[field]}:{_quoted(value)}" for field, value in pairs if value)

    def __bool__(self) -> bool:
        return bool(self.publication or self.date or self.page)


def _quoted(value: str) -> str:
    if any(c.isspace() or c in "()（）|:：" or c in QUOTES for c in value):
        return f'"{value}"' if '"' not in value else f"「{value}」"
    return value


def _spans(query: str) -> list[tuple[int, int]] | None:
    """Where the query's filter terms are: fields of paper, date and page at the top level, not
    negated. None when the query cannot be split (it does not parse, or has a top-level OR)."""
    try:
        toks = tokenize(query)
    except QueryError:
        return None
    depth, spans = 0, []
    for n, tok in enumerate(toks):
        if tok.kind == "LPAREN":
            depth += 1
        elif tok.kind == "RPAREN":
            depth -= 1
        elif tok.kind == "OR" and depth == 0:
            return None
        elif tok.kind == "FIELD" and depth == 0 and fold(tok.field) in _KINDS and n + 1 < len(toks):
            before = toks[n - 1] if n else None
            if before is not None and before.kind in ("MINUS", "NOT"):
                continue
            value = toks[n + 1]
            if value.kind not in ("WORD", "PHRASE"):
                continue
            end = value.pos + len(value.text) + (2 if value.kind == "PHRASE" else 0)
            spans.append((tok.pos, end))
    return spans


def _cut(query: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for start, end in spans:
        out.append(query[pos:start])
        pos = end
    out.append(query[pos:])
    return " ".join("".join(out).split())


def filter_terms(query: str) -> list[str]:
    """The filter terms in the query, as written."""
    return [query[s:e] for s, e in (_spans(query) or [])]


def without_filters(query: str) -> str:
    """The query with its filter terms taken out (the words, and what else it says)."""
    spans = _spans(query)
    return _cut(query, spans) if spans else " ".join(query.split())


def with_filter(query: str, where: Filter, names: dict[str, str] = CHINESE_NAMES) -> str:
    """The query looking only `where`: its own filter terms replaced (in either language), its
    words kept; the new terms written with `names`."""
    spans = _spans(query)
    if spans is not None:
        rest = _cut(query, spans)
    else:  # a top-level OR is bracketed so the filter applies to all of it; a broken query stays
        rest = query.strip()
        try:
            tokenize(rest)
            rest = f"({rest})"
        except QueryError:
            pass
    return " ".join(p for p in (where.terms(names), rest) if p)
