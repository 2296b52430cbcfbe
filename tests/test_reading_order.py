"""Reading order (core/layout/order.py) on blocks placed by hand: the XY-cut's white bands and the
order of blocks no cut parts."""

from __future__ import annotations

from baoku.core.layout.blocks import TEXT, TITLE, Block, Page
from baoku.core.layout.order import reading_order
from baoku.core.ocr.engine import OcrLine

BODY = 28
LEAD = 44  # one line to the next: 28 px type, 16 px of white


class Sheet:
    """A page being set by hand: blocks of lines, each `rows` lines from (x, y), `width` wide."""

    def __init__(self):
        self.lines: list[OcrLine] = []
        self.blocks: list[Block] = []

    def block(self, name: str, x: int, y: int, rows: int, width: int = 370, kind: str = TEXT, size: int = BODY):
        first = len(self.lines)
        for k in range(rows):
            self.lines.append(OcrLine(f"{name}{k}", (x, y + k * LEAD, x + width, y + k * LEAD + size), 0.99))
        box = (x, y, x + width, y + (rows - 1) * LEAD + size)
        self.blocks.append(Block(kind, list(range(first, len(self.lines))), box, size))
        return self

    def order(self) -> list[str]:
        page = Page(3000, 3000, self.lines, BODY, blocks=self.blocks,
                    columns=[(60, 430), (460, 830), (860, 1230)])
        return [self.lines[b.lines[0]].text[:-1] for b in reading_order(page)]


def test_a_white_band_no_wider_than_the_leading_parts_no_columns():
    """A story in two columns whose paragraphs break at the same line in both: the white between
    them is the leading, and each column is read down before the next."""
    sheet = Sheet().block("head", 200, 100, 1, width=500, kind=TITLE, size=56)
    sheet.block("a", 60, 200, 4).block("b", 60, 200 + 4 * LEAD, 3)
    sheet.block("c", 460, 200, 4).block("d", 460, 200 + 4 * LEAD, 3)
    assert sheet.order() == ["head", "a", "b", "c", "d"]


def test_columns_that_touch_by_a_hair_are_read_one_after_the_other():
    """No cut parts the two columns (a character of the first reaches into the gutter), nor the
    headline from them (the white under it is thin): the columns are still read left to right,
    though the second starts a pixel higher."""
    sheet = Sheet().block("head", 200, 100, 1, width=500, kind=TITLE, size=56)
    sheet.block("a", 60, 166, 6, width=415).block("c", 460, 165, 9)
    sheet.block("b", 60, 166 + 6 * LEAD + 20, 2)
    assert sheet.order() == ["head", "a", "b", "c"]


def test_a_gutter_through_two_rows_of_stories_does_not_cut_before_the_band_between_them():
    """Story A over three columns above story B over two, with a one-column brief C beside B: the
    gutter between the second and third columns runs through both rows, but A is read whole
    first."""
    sheet = Sheet().block("A", 300, 100, 1, width=600, kind=TITLE, size=56)
    sheet.block("a1", 60, 180, 5).block("a2", 460, 180, 5).block("a3", 860, 180, 5)
    top = 180 + 5 * LEAD + 3 * BODY
    sheet.block("B", 150, top, 1, width=500, kind=TITLE, size=56)
    sheet.block("b1", 60, top + 80, 4).block("b2", 460, top + 80, 4).block("c", 860, top, 6)
    assert sheet.order() == ["A", "a1", "a2", "a3", "B", "b1", "b2", "c"]


def test_scraps_inside_a_paragraphs_box_do_not_send_its_column_out_of_order():
    """OCR scraps of a letter or two (narrower than the hair two columns may overlap by) standing
    inside a paragraph's box are over or under it, not beside it: beside it they made the order a
    cycle, and the column was read with a lower paragraph (set a pixel further left) first (the
    1916 Evening Star's first column, its decks read after its text)."""
    sheet = Sheet().block("head", 200, 100, 1, width=500, kind=TITLE, size=56)
    sheet.block("a", 62, 180, 6, width=413).block("c", 460, 165, 9)
    sheet.block("b", 60, 180 + 6 * LEAD + 20, 2)
    sheet.block("s", 300, 180 + 2 * LEAD, 1, width=10).block("t", 330, 180 + 2 * LEAD, 1, width=20)
    assert [n for n in sheet.order() if n not in ("s", "t")] == ["head", "a", "b", "c"]


def test_scraps_side_by_side_in_one_column_are_read_down_it():
    """Two paragraphs' boxes overlapping in a worn column, and OCR scraps beside them (one under
    the first paragraph's right edge, one by the second's foot): in one column, each is over or
    under the others, never beside them (beside, they made a cycle, and the column's last
    paragraph, set a pixel further left, was read first: the 1915 Evening Star's seventh column)."""
    sheet = Sheet()
    sheet.block("a", 62, 200, 2, width=308).block("b", 62, 250, 2, width=298)
    sheet.block("s", 357, 212, 1, width=13).block("t", 249, 300, 1, width=12)
    sheet.block("c", 60, 340, 3, width=310)
    assert [n for n in sheet.order() if n not in ("s", "t")] == ["a", "b", "c"]


def test_a_cycle_left_is_broken_at_the_top_of_the_first_column():
    """A block reaching over the gutter into the next column (its lines boxed too wide), a scrap
    at that column's edge over it: their places give no order (a cycle), and the first column is
    read from its top, not from its lower block set a pixel further left (the 1916 Evening Star's
    ALTO, its first column read from the foot up)."""
    sheet = Sheet()
    sheet.block("h", 60, 150, 1, width=310).block("r", 460, 150, 1, width=310)
    sheet.block("s", 462, 185, 1, width=18).block("x", 60, 200, 2, width=422)
    sheet.block("t", 58, 290, 4, width=312).block("q", 460, 230, 8, width=310)
    got = sheet.order()
    assert got.index("h") < got.index("x") < got.index("t"), got
