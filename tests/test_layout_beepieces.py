"""The Omaha Daily Bee of 10 March 1887 as its scan's OCR reads it (set by hand): the first lines
of a column read in pieces (superintendent of education | and deputy), and a paragraph's line
boxed taller than the rest, ending in an initial (Talmage; assistant secretary, William W.), over
the paragraph's short last line and the next story's head."""

from __future__ import annotations

from baoku.core.layout.blocks import TEXT, Block, Page
from baoku.core.layout.geometry import union
from baoku.core.layout.latinblocks import pieces_beside
from .test_layout_beeheads import _brief, _parsed
from .test_layout_oldpages import body, line


def test_pieces_of_a_columns_lines_read_apart_go_back_into_their_lines_block():
    """and deputy | there being, boxed apart at the right of the lines they end: that block's."""
    lines = [line("superintendent of education", 60, 100), line("attorney-general respectively,", 60, 128)] + \
        body(60, 156, 4, start=3) + [line("and deputy", 340, 101), line("there being", 370, 129)]
    page_ = Page(500, 900, lines, 20.0, latin=True, columns=[(60, 480)])
    host = Block(TEXT, [0, 1, 2, 3, 4, 5], union(ln.box for ln in lines[:6]), 20.0)
    out = pieces_beside(page_, [host, Block(TEXT, [6, 7], union([lines[6].box, lines[7].box]), 20.0)])
    assert out == [host] and host.lines == [0, 6, 1, 7, 2, 3, 4, 5]


def test_a_narrow_block_of_its_own_lines_is_left_alone():
    """Two short lines in a column's right half with nothing level with them: a block of its own."""
    lines = body(60, 100, 4) + [line("Mr. Smith", 340, 250), line("Mr. Jones", 340, 278)]
    page_ = Page(500, 900, lines, 20.0, latin=True, columns=[(60, 480)])
    blocks = [Block(TEXT, [0, 1, 2, 3], union(ln.box for ln in lines[:4]), 20.0),
              Block(TEXT, [4, 5], union([lines[4].box, lines[5].box]), 20.0)]
    assert pieces_beside(page_, blocks) == blocks


def test_a_line_boxed_tall_over_its_paragraphs_short_last_line_heads_nothing():
    """Talmage; assistant secretary, William W. boxed tall (it measures as display type) between
    its paragraph's lines and over its last, Beach.: the paragraph's; the head under it opens the
    next story alone."""
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 5)
    # (boxes overlap as OCR's do: the tall line from the foot of the line over it, Beach. from its midst)
    lines += [line("Talmage; assistant secretary, William W.", 60, 250, h=32, step=8), line("Beach.", 60, 270)]
    lines += _brief("Aid for a New Road.", "Fairmont, Neb., March 4.-Special to", 330, 9)
    parsed = _parsed(lines)
    assert [a.text().split("\n")[0] for a in parsed.articles] == ["HOW GARVEY JOINED THE GANG", "Aid for a New Road."]
    assert "William W." in parsed.articles[0].text()


def test_a_columns_first_lines_read_in_pieces_open_no_article():
    """A story fills its column and runs on at the next column's head, whose first lines OCR read
    in pieces, boxed taller, the last overlapping the one before (superintendent of education |
    and deputy, attorney-general | respectively, | there being): one article, every word kept."""
    lines = [line("SENATE PROCEEDINGS", 60, 40, h=50, step=14)] + body(60, 110, 30)
    lines += [line("superintendent of education", 400, 40, h=25, step=8), line("and deputy", 617, 42, h=25, step=8),
              line("attorney-general", 400, 58, h=24, step=8), line("respectively,", 533, 60, h=24, step=8),
              line("there being", 626, 58, h=26, step=8)]
    lines += [line("no such officers.", 400, 86)] + body(400, 110, 28, start=11)
    parsed = _parsed(lines, w=800, h=1000)
    assert [a.text().split("\n")[0] for a in parsed.articles] == ["SENATE PROCEEDINGS"]
    assert "deputy" in parsed.articles[0].text() and "there being" in parsed.articles[0].text()


def test_a_printed_line_read_in_two_pieces_over_its_text_is_that_texts_first_line():
    """the | roads within the jurisdiction of, gathered as a block of their own over the column's
    text: that text's first line, its pieces left to right."""
    from baoku.core.layout.latinblocks import pieced_lines

    lines = [line("roads within the jurisdiction of", 432, 39, step=9), line("the", 398, 40)] + \
        body(398, 68, 6, start=11)
    page_ = Page(800, 900, lines, 20.0, latin=True, columns=[(398, 728)])
    top = Block(TEXT, [0, 1], union([lines[0].box, lines[1].box]), 20.0)
    text = Block(TEXT, list(range(2, 8)), union(ln.box for ln in lines[2:]), 20.0)
    assert pieced_lines(page_, [top, text]) == [text] and text.lines == [1, 0, 2, 3, 4, 5, 6, 7]


def test_text_at_a_columns_head_runs_on_past_a_line_reaching_into_the_gutter():
    """The story's text fills its column to the foot, mid-sentence, its last line's box reaching
    7 px past where the next column's first line starts: that line's text runs on from it."""
    from baoku.core.layout.pieces import Group
    from baoku.core.layout.runon import carried

    lines = [line("MADE THE ECONOMIC MOVE", 60, 40, h=50, step=14)] + body(60, 110, 30)
    lines[-1] = line("Mr. Robbins said a special law to brimg all", 60, 110 + 29 * 28, step=8)  # to x 404
    lines += body(398, 40, 33, start=11)
    page_ = Page(800, 1000, lines, 20.0, latin=True, columns=[(60, 390), (398, 728)])
    head = Block("title", [0], lines[0].box, 40.0)
    story = Block(TEXT, list(range(1, 31)), union(ln.box for ln in lines[1:31]), 20.0)
    nxt = Block(TEXT, list(range(31, 64)), union(ln.box for ln in lines[31:]), 20.0)
    page_.blocks = [head, story, nxt]
    assert carried(page_, Group([head], [story], (60, 390), 40), nxt)


def test_body_lines_boxed_tall_with_text_between_them_head_nothing():
    """The chair signed house rolls 121 and ss. | port. | Mr. Watson ot Otoe moved that it be not |
    adopted.: two lines of a paragraph boxed taller than the rest, gathered as one block of display
    type with a line of text between them: the paragraph's, one story."""
    lines = [line("HOW GARVEY JOINED THE GANG", 60, 40, h=60, step=14)] + body(60, 120, 5)
    lines += [line("The chair signed house rolls 121 and ss.", 60, 260, h=32, step=8), line("port.", 60, 290),
              line("Mr. Watson of Otoe moved that it be not", 60, 316, h=32, step=8), line("adopted.", 60, 344)]
    lines += body(60, 372, 6, start=9)
    parsed = _parsed(lines)
    assert [a.text().split("\n")[0] for a in parsed.articles] == ["HOW GARVEY JOINED THE GANG"]
    assert "The chair signed" in parsed.articles[0].text() and "adopted." in parsed.articles[0].text()


def test_a_paragraphs_next_line_under_the_first_piece_of_a_line_read_in_pieces_stays_in_its_block():
    """attorney-general respectively, | there being: one printed line read in two pieces; the next
    line (no such officers., short, under the first piece only) goes on the same block."""
    from baoku.core.layout.blocks import build_blocks

    lines = [line("superintendent of education and deputy", 60, 100, step=8),
             line("attorney-general respectively,", 60, 128, step=8), line("there being", 310, 129, step=8),
             line("no such officers.", 60, 156, step=8)] + body(60, 184, 4, start=5)
    page_ = Page(500, 900, lines, 20.0, latin=True, columns=[(60, 400)])
    blocks = [b for b in build_blocks(page_) if b.lines]
    assert len(blocks) == 1 and sorted(blocks[0].lines) == list(range(len(lines)))


def test_four_lines_boxed_within_a_paragraphs_box_are_its_lines():
    """Four lines of a column's top that OCR gathered apart within the box of the column's text
    ($4,000; bo0k keeper, S2.400: …): that text's, put in by height; a block is no host of itself."""
    from baoku.core.layout.blocks import _pieces_within

    lines = body(60, 100, 10)
    page_ = Page(500, 900, lines, 20.0, latin=True)
    big = Block(TEXT, [0, 1, 2, 7, 8, 9], union(ln.box for ln in lines), 20.0)
    part = Block(TEXT, [3, 4, 5, 6], union(ln.box for ln in lines[3:7]), 20.0)
    alone = Block(TEXT, [0, 1, 2], union(ln.box for ln in lines[:3]), 20.0)
    assert _pieces_within(page_, [big, part]) == [big] and big.lines == list(range(10))
    assert _pieces_within(page_, [alone]) == [alone] and alone.lines == [0, 1, 2]
