"""A serial's instalment on a Latin page: a country weekly's ready-print pages ran a novel a few
columns a week (The Beaver County News, 12 May 1916, page 3: THE THOUSANDTH WOMAN by Ernest W.
Hornung, its boxed title, SYNOPSIS., CHAPTER V—Continued., CHAPTER VI. Voluntary Service., two
drawings with their captions, and (TO BE CONTINUED.) at the foot of its third column). Its
chapter heads opened articles, the drawings and their captions parted its text, and the
instalment was five to eight articles. The instalment is bracketed by its own marks: it opens
with a synopsis or a chapter head and closes with (To be continued.). The articles read from the
first such mark to the line that closes it are one story, and the heads-only article right over
the first mark (the serial's title and byline, in a box) is its head. A run with another
story's head in title type is no instalment (a page's marks far apart), nor one of more than
`MOST` articles."""

from __future__ import annotations

import re

from .blocks import FIGURE, TITLE, Page
from .latinheads import sentence
from .pieces import Group

OPENS = re.compile(r"^\W*(?:CHAPTER\s+(?:[IVXLC]+|\d+)\b|SYNOPSIS\b)", re.I)
CLOSES = re.compile(r"^\W*to\s+be\s+continued\W*$", re.I)
MOST = 12  # articles an instalment is read in at most
TITLE_LINES = 12  # lines of a serial's title box at most (its title, author, his other books, illustrator)


def instalments(page: Page, groups: list[Group]) -> list[Group]:
    """The page's articles, each serial's instalment one article."""
    if not page.latin:
        return groups
    k = 0
    while k < len(groups):
        if not _opens(page, groups[k]):
            k += 1
            continue
        end = next((j for j in range(k, min(len(groups), k + MOST)) if _closes(page, groups[j])), None)
        if end is None:
            k += 1
            continue
        start = k - 1 if k and _title_over(page, groups[k - 1], groups[k]) else k
        run = groups[start:end + 1]
        if any(b.kind == TITLE and not _marked(page, b) for g in run[k - start + 1:] for b in g.head):
            k += 1  # (another story's headline between: not one instalment)
            continue
        one = run[0]
        for g in run[1:]:
            one.body.extend(g.head + g.body)
        one.advert = False
        one.has_figure = any(b.kind == FIGURE for b in one.body)
        one.span = (min(g.span[0] for g in run), max(g.span[1] for g in run))
        one.top = min(g.top for g in run)
        groups = groups[:start] + [one] + groups[end + 1:]
        k = start + 1
    return groups


def _first_line(page: Page, g: Group) -> str:
    b = next((x for x in g.blocks if x.kind != FIGURE and x.lines), None)
    return page.lines[b.lines[0]].text if b is not None else ""


def _opens(page: Page, g: Group) -> bool:
    return bool(OPENS.match(_first_line(page, g)))


def _marked(page: Page, b) -> bool:
    return any(OPENS.match(page.lines[i].text) or CLOSES.match(page.lines[i].text) for i in b.lines)


def _closes(page: Page, g: Group) -> bool:
    return any(CLOSES.match(page.lines[i].text) for b in g.blocks for i in b.lines)


def _title_over(page: Page, g: Group, first: Group) -> bool:
    """Article `g` is a serial's title over its first mark: no line worded as a sentence (a title,
    a byline, the author's other books), standing over the mark's article in its columns."""
    lines = [page.lines[i].text for b in g.blocks if b.kind != FIGURE for i in b.lines]
    if not lines or len(lines) > TITLE_LINES or any(sentence(t) for t in lines):
        return False
    mark = min(first.blocks, key=lambda b: b.y0)
    return max(b.y1 for b in g.blocks) <= mark.y0 + page.body and g.span[0] - page.body <= mark.x0 <= g.span[1]
