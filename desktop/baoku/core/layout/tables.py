"""Tables and listings on a Chinese page (a weather table, stock quotes, a cinema's times): their
cells, set a wide space apart, are read as pieces, and pieces one under another in a column of
cells gather into blocks, so that the reading order went down the table's columns of cells, not
along its rows. An article that is mostly such cells (short lines: at most 0.6 of their column's width and 8
characters) is read row by row instead: in each of the
page's columns it stands over (left to right), its rows top to bottom, each row's pieces left to
right, which is how the table is printed and read."""

from __future__ import annotations

from .blocks import DISPLAY, TEXT, TITLE, Block, Page

CELL = 0.6  # a cell's line is at most this share of its column's width
CHARACTERS = 8  # and this many characters long (a text column's lines run 12 or more)
ROWS = 3  # a table has at least this many rows of two cells or more in one column
SHARE = 0.5  # and its cells are at least this share of the article's text lines


ROW = (0.8, 2.2)  # a ruled table's row rules stand a row's height apart: this many body sizes


def row_rule(page: Page, r) -> bool:
    """Rule `r` is one of a ruled table's row rules: another as wide, over the same width, stands a
    row's height over or under it (a story's foot rule or a box's edge has none so near; a double
    rule's two lines stand closer). It parts no row from the story the table is in (parting.py)."""
    mid, w = (r[1] + r[3]) / 2, r[2] - r[0]
    return any(ROW[0] * page.body <= abs((o[1] + o[3]) / 2 - mid) <= ROW[1] * page.body and
               min(o[2], r[2]) - max(o[0], r[0]) > 0.8 * max(w, o[2] - o[0]) for o in page.graphics.hrules)


def ruled_cells(page: Page) -> None:
    """A ruled table's cell is text, however big a word or two of it measures under noise (g03's
    header cell 指标, 1.36 times the body, opened an article of the table's rows): a one-line
    display block of a few characters set across, level with a one-line cell beside it in its column
    (the row's other cell), a row rule right over or under it. Chinese pages."""
    if page.latin:
        return
    rules = [r for r in page.graphics.hrules if row_rule(page, r)]
    for b in page.blocks:
        if b.kind not in (TITLE, DISPLAY) or len(b.lines) != 1:
            continue
        k = _column(page, b.box)
        a, c = page.columns[k] if page.columns else (b.x0, b.x1)
        if len("".join(page.lines[b.lines[0]].text.split())) > CHARACTERS or b.x1 - b.x0 > CELL * (c - a) or \
                b.x1 - b.x0 < b.y1 - b.y0:
            continue  # (a head set down beside its story, 竖题, is no cell: x01)
        beside = any(o.kind == TEXT and o is not b and a - page.body <= o.x0 and o.x1 <= c + page.body and
                     o.x1 - o.x0 <= CELL * (c - a) and len(o.lines) == 1 and
                     min(o.y1, b.y1) - max(o.y0, b.y0) > 0.5 * min(o.y1 - o.y0, b.y1 - b.y0) for o in page.blocks)
        ruled = any(min(r[2], b.x1) - max(r[0], b.x0) > 0 and
                    min(abs((r[1] + r[3]) / 2 - b.y0), abs((r[1] + r[3]) / 2 - b.y1)) < 0.6 * page.body for r in rules)
        if beside and ruled:
            b.kind = TEXT


def _column(page: Page, box) -> int:
    """The page column a line stands in (by its centre; the nearest when it stands in none)."""
    cx = (box[0] + box[2]) / 2
    if not page.columns:
        return 0
    return min(range(len(page.columns)),
               key=lambda k: 0 if page.columns[k][0] <= cx <= page.columns[k][1]
               else min(abs(cx - page.columns[k][0]), abs(cx - page.columns[k][1])))


def line_rows(page: Page, lines: list[int]) -> list[list[int]]:
    """Lines gathered into rows (level with each other), top to bottom, each left to right (a
    table's cells; an advertisement's centred offers, `adverts`)."""
    rows: list[list[int]] = []
    for i in sorted(lines, key=lambda i: page.lines[i].box[1]):
        box = page.lines[i].box
        if rows and box[1] < max(page.lines[j].box[3] for j in rows[-1]) - 0.5 * (box[3] - box[1]):
            rows[-1].append(i)
        else:
            rows.append([i])
    return [sorted(r, key=lambda i: page.lines[i].box[0]) for r in rows]


def read_tables(page: Page, groups: list) -> None:
    """Each article (`articles.Group`) that is mostly a table's cells has its text read row by row,
    column by column."""
    if page.latin:
        return
    for g in groups:
        text = [b for b in g.body if b.kind == TEXT]
        lines = [i for b in text for i in b.lines]
        if len(lines) < 2 * ROWS:
            continue
        width = {k: c[1] - c[0] for k, c in enumerate(page.columns)} if page.columns else {}
        col = {i: _column(page, page.lines[i].box) for i in lines}
        cells = {i for i in lines if page.lines[i].box[2] - page.lines[i].box[0] <= CELL * width.get(col[i], page.width)
                 and len("".join(page.lines[i].text.split())) <= CHARACTERS}
        if len(cells) < SHARE * len(lines):
            continue
        by_col: dict[int, list[int]] = {}
        for i in lines:
            by_col.setdefault(col[i], []).append(i)
        rows = {k: line_rows(page, v) for k, v in by_col.items()}
        if not any(sum(sum(i in cells for i in r) >= 2 for r in rs) >= ROWS for rs in rows.values()):
            continue
        size = {i: page.sizes[i] if page.sizes else page.body for i in lines}
        read = [Block(TEXT, [i], page.lines[i].box, size[i]) for k in sorted(rows) for r in rows[k] for i in r]
        g.body = [b for b in g.body if b.kind != TEXT] + read
