"""A column rule the recogniser read as a mark in a line it ran across the rule's gutter (ABBYY's
ALTO of The Park Record, 2 August 1935: the Utah boys took 'and north and northeast, the rule read
as the ' of 'and): where the line is parted (`geometry.split_lines`, `linepieces.read_across`)."""

from __future__ import annotations

from ..ocr.engine import OcrChar

BAND = 0.5  # body sizes either side of a gutter a rule's mark may stand
WORD_SPACE = 0.25  # body sizes: letters closer than this stand in one word
RULE_MARKS = frozenset("'`\u2018\u2019\"|!:;")  # a column rule or its specks, as a recogniser reads them
# (not a comma or a full stop: a table's figures and an advertisement's words run across a gutter
# with those between them)
RULE_NEAR = 20.0  # body sizes: a column rule's piece this near a line, over or under it, rules its gutter there


def gutter_mark(cs: list[OcrChar], k: int, cols: list[tuple[int, int]], body: float, rules=()) -> bool:
    """Character `k` of a Latin line is a mark standing in a gutter (half a body size either side of
    it) with words on both sides: on a page set close, the recogniser reads the column rule
    between two columns' lines as a ' or a ; glued to the words on either side, a few pixels from
    each (ABBYY's ALTO of The Park Record, 2 August 1935: the Utah boys took 'and north and
    northeast). There the line is two columns' lines, parted at it, and the mark is no character
    of either. The gutter is a ruled one: a piece of its column rule stands over or under the line
    (the rule itself broken or faded there, or it would have parted the line). (A line of specks
    read across a gutter, marks and a letter or two, is left whole; a gutter found within a column
    of text, where no rule runs, parts no line at its quotation marks.)"""
    c = cs[k]
    if c.text not in RULE_MARKS or not 0 < k < len(cs) - 1:
        return False
    a, b = cs[k - 1], cs[k + 1]
    if a.text[-1:].isalpha() and b.text[:1].isalpha() and max(c.box[0] - a.box[2], b.box[0] - c.box[2]) < WORD_SPACE * body:
        return False  # (an apostrophe within a word: the king's brother, set across a gutter in a wide box)
    mid, y = (c.box[0] + c.box[2]) / 2, (c.box[1] + c.box[3]) / 2
    if not any(abs((r[0] + r[2]) / 2 - mid) <= body and r[1] - RULE_NEAR * body <= y <= r[3] + RULE_NEAR * body
               for r in rules):
        return False
    for (a1, b1), (a2, b2) in zip(cols, cols[1:]):  # (each side reaching half its column's width or more)
        if b1 - BAND * body <= mid <= a2 + BAND * body:
            return min(_alnum(cs[:k]), _alnum(cs[k + 1:])) >= 3 and \
                mid - cs[0].box[0] >= 0.5 * (b1 - a1) and cs[-1].box[2] - mid >= 0.5 * (b2 - a2)
    return False


def _alnum(cs: list[OcrChar]) -> int:
    return sum(ch.isalnum() for c in cs for ch in c.text)
