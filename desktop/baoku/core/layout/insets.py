"""Pictures set inside a story's text (a photo over one or two of its columns, some lines down
or at the top of its body, the text running on under it): the reading order round them.

The XY-cut reads such a story across: the text over the picture in each of its columns, the
picture and its caption, then the text under it across the columns again. A reader goes down
each column past the picture instead, and meets the caption with the picture, not in the middle
of the body. So, in each article whose body has text before a picture:

- the picture and the captions under it move to the front of the body (after the head), as a
  picture over the story's first columns stands;
- the text blocks over and under the picture in its columns are read column by column, each
  column's blocks top to bottom.
"""

from __future__ import annotations

from .pieces import Group
from .blocks import CAPTION, FIGURE, TEXT, Block, Page


def read_round(page: Page, groups: list[Group]) -> None:
    """Each article's body, in place, read round the pictures inside its text."""
    slack = page.body
    for g in groups:
        for f in [b for b in g.body if b.kind == FIGURE]:
            k = g.body.index(f)
            if not any(b.kind == TEXT for b in g.body[:k]):
                continue  # a picture over the story's first columns: read as it stands
            caps = []
            for b in g.body[k + 1:]:
                if b.kind != CAPTION or not _over_columns(b, f):
                    break
                caps.append(b)
            rest = [b for b in g.body if b is not f and b not in caps]
            g.body[:] = [f] + caps + _down_columns(rest, f, slack)


def _over_columns(b: Block, f: Block) -> bool:
    """Block `b` stands in picture `f`'s columns (most of its width over or under it)."""
    return min(b.x1, f.x1) - max(b.x0, f.x0) > 0.5 * (b.x1 - b.x0)


def _down_columns(body: list[Block], f: Block, slack: float) -> list[Block]:
    """The run of text over and under picture `f` in its columns, read down each column; the
    rest as it stands. Left alone when anything else stands within that run."""
    round_it = [b for b in body if b.kind == TEXT and _over_columns(b, f) and
                (b.y1 <= f.y0 + slack or b.y0 >= f.y1 - slack)]
    if not any(b.y1 <= f.y0 + slack for b in round_it) or not any(b.y0 >= f.y1 - slack for b in round_it):
        return body
    at = sorted(body.index(b) for b in round_it)
    if at[-1] - at[0] + 1 != len(at):
        return body
    columns: list[tuple[list[Block], list[float]]] = []  # each column's blocks and its reach [x0, x1]
    for b in sorted(round_it, key=lambda b: b.x0):
        home = next((c for c in columns if min(b.x1, c[1][1]) - max(b.x0, c[1][0]) >
                     0.5 * min(b.x1 - b.x0, c[1][1] - c[1][0])), None)
        if home is None:
            columns.append(([b], [b.x0, b.x1]))
        else:  # (a short line ending a paragraph and the next one's indented start: one column)
            home[0].append(b)
            home[1][:] = [min(home[1][0], b.x0), max(home[1][1], b.x1)]
    ordered = [b for c, _ in columns for b in sorted(c, key=lambda b: b.y0)]
    return body[:at[0]] + ordered + body[at[-1] + 1:]
