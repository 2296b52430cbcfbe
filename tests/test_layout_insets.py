"""Pictures set inside an article's text (round 9, tests/insetpicture.py draws them on the layout
set's pages), on pages set by hand as the recogniser reads them over images drawn with the
photos: the picture and the text under it stay the article's, the text is read down each column
past the picture, and the caption goes with the picture, never into the body."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from baoku.core.ocr.engine import OcrLine

from .test_layout_parting import LEAD, _articles, column, line

LONG = "".join(chr(0x4E00 + (k * 37) % 5000) for k in range(700))  # no run of it read twice
CAPTION = "图为新铺的石板路。本报记者韩立摄"


def _photo(d: ImageDraw.ImageDraw, box) -> None:
    d.rectangle(box, fill=160)
    d.ellipse((box[0] + 30, box[1] + 20, box[0] + 150, box[1] + 140), fill=70)
    d.rectangle(box, outline=0, width=2)


def _runs(text: str, counts: list[int]) -> list[str]:
    out, k = [], 0
    for n in counts:
        out.append(text[k:k + 13 * n])
        k += 13 * n
    return out


def _drawing(d: ImageDraw.ImageDraw, box) -> None:
    """A line drawing: rounds outlined in a thin frame, the paper white inside."""
    d.rectangle(box, outline=0, width=2)
    d.ellipse((box[0] + 40, box[1] + 30, box[0] + 170, box[1] + 160), outline=0, width=3)
    d.ellipse((box[2] - 90, box[1] + 60, box[2] - 40, box[1] + 110), outline=0, width=3)


def _page(pcols: int, caption: bool, look=_photo):
    """A story over three columns under its headline; a photo over the last `pcols` columns four
    lines down, a caption under it when `caption`, the text going on under it in those columns."""
    img = Image.new("L", (1300, 1100), 255)
    d = ImageDraw.Draw(img)
    top, pic_top = 190, 190 + 4 * LEAD
    x0 = 60 + (3 - pcols) * 400
    pic = (x0, pic_top, 1224, pic_top + 200)
    look(d, pic)
    under = pic[3] + 12 + (40 if caption else 0) + 20
    lines = [line("小巷里的大民生", 450, 100, 56)]
    full = 14
    below = (top + full * LEAD - under) // LEAD
    counts = [full] + [4, below] * pcols if pcols == 2 else [full, full, 4, below]
    runs = _runs(LONG, counts)
    want = runs[:]
    lines += column(runs[0], 60, top)
    k = 1
    if pcols == 1:
        lines += column(runs[1], 460, top)
        k = 2
    for c in range(3 - pcols, 3):
        lines += column(runs[k], 60 + 400 * c, top) + column(runs[k + 1], 60 + 400 * c, under)
        k += 2
    if caption:
        lines.append(line(CAPTION, x0, pic[3] + 12, 22))
    return lines, np.asarray(img), want


def test_text_under_a_picture_inside_a_story_stays_the_storys():
    """t16: a photo inside a story's text (over its last one or two columns, some lines down)
    opened an article of its own, and the text under it went with it."""
    for pcols in (1, 2):
        lines, gray, _ = _page(pcols, caption=False)
        arts = _articles(lines, gray, 1300, 1100)
        assert len(arts) == 1, (pcols, [a.text()[:20] for a in arts])


def test_text_round_a_picture_reads_down_each_column_and_its_caption_goes_with_it():
    """t16: the text over and under a photo across two of a story's three columns was read across
    the columns over the photo, then across them under it, and its caption stood in the middle of
    the body; now each column is read down past the photo, and the caption follows the head, as
    a caption under a picture over the story's first columns does."""
    for pcols in (1, 2):
        lines, gray, runs = _page(pcols, caption=True)
        arts = _articles(lines, gray, 1300, 1100)
        assert len(arts) == 1, (pcols, [a.text()[:20] for a in arts])
        said = arts[0].text().replace("\n", "")
        at = [said.find(r[:10]) for r in runs]
        assert -1 not in at and at == sorted(at), (pcols, at)
        assert 0 <= said.find("图为新铺") < at[0], said[:60]



def test_a_caption_whose_box_reaches_into_its_pictures_frame_is_its_caption():
    """t17: a caption's box began 2 px over its photo's foot as found (a skewed page turned
    upright), so it was no caption and stood in the middle of the story's body."""
    from baoku.core.layout.blocks import Block, Page, mark_captions

    lines = [line(CAPTION, 860, 726, 22)]
    figure = Block("figure", [], (855, 500, 1224, 728), 28)
    cap = Block("text", [0], (860, 726, 1212, 748), 22)
    page = Page(1300, 1100, lines, 28.0, blocks=[figure, cap])
    mark_captions(page)
    assert cap.kind == "caption"


def test_a_column_over_a_picture_is_one_column_however_its_blocks_are_cut():
    """t16: over a photo in a story's fourth column stood a paragraph's short last line (好。”),
    the next paragraph's indented first line and its run: taken for two columns, the indented
    line was read after the text under the photo."""
    from baoku.core.layout.blocks import Block
    from baoku.core.layout.insets import _down_columns

    f = Block("figure", [], (1278, 1791, 1647, 2052), 28)
    body = [Block("text", [0], (1272, 1647, 1363, 1699), 28), Block("text", [1], (1394, 1699, 1649, 1740), 28),
            Block("text", [2], (1280, 1746, 1637, 1781), 28), Block("text", [3], (1282, 2067, 1651, 2102), 28)]
    assert _down_columns(body, f, 28) == body


def test_a_line_drawing_in_a_frame_inside_a_story_is_a_picture():
    """t17: a line drawing (rounds outlined in a thin frame, white inside) over two of a story's
    columns was no picture: its frame's edges stood as rules, and the text under it became
    articles of their own (a round read as the letter O one more)."""
    for pcols in (1, 2):
        lines, gray, _ = _page(pcols, caption=False, look=_drawing)
        lines.append(line("O", 60 + 400 * (3 - pcols) + 90, 190 + 4 * LEAD + 80, 40))
        arts = _articles(lines, gray, 1300, 1100)
        assert len(arts) == 1, (pcols, [a.text()[:20] for a in arts])
        assert "O" not in arts[0].text()


def test_a_framed_table_of_short_cells_is_no_drawing():
    """t09: a weather box (a frame round short cells: 風, 28°C …, read as many short lines) was
    taken for a line drawing, a picture, and its words lost their story."""
    from baoku.core.layout.graphics import find_graphics

    img = Image.new("L", (900, 700), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((100, 100, 700, 500), outline=0, width=2)
    cells = [(140 + 120 * k, 160 + 90 * j, 140 + 120 * k + 56, 188 + 90 * j) for k in range(4) for j in range(3)]
    for box in cells:
        d.rectangle(box, fill=0)  # the cells' ink
    assert not find_graphics(np.asarray(img), 28, cells).figures


def test_a_labelled_storys_first_column_stays_under_its_headline_beside_a_picture_at_the_top():
    """y01 (晚报小议 over “推”字当休) and y02 (产经评论 over 宏观调控是一次“体检”): a column label
    over a story's first column, the headline centred over the others, a photo over the second and
    third columns at the top of the body: the first column was read apart from its headline, an
    article with the label alone and another headless one."""
    img = Image.new("L", (1700, 900), 255)
    d = ImageDraw.Draw(img)
    top = 260
    _photo(d, (460, top, 1224, top + 200))
    lines = [line("晚报小议", 60, 140, 34), line("小巷里的大民生", 700, 150, 64)]
    runs = _runs(LONG, [8, 5, 5, 8])
    lines += column(runs[0], 60, top)
    lines += column(runs[1], 460, top + 220) + column(runs[2], 860, top + 220)
    lines += column(runs[3], 1260, top)
    arts = _articles(lines, np.asarray(img), 1700, 900)
    assert len(arts) == 1, [(a.headline, a.text()[:20]) for a in arts]
    assert (arts[0].column, arts[0].headline) == ("晚报小议", "小巷里的大民生")
    said = arts[0].text().replace("\n", "")
    at = [said.find(r[:10]) for r in runs]
    assert -1 not in at and at == sorted(at), at


def test_a_drawing_beside_a_listings_column_is_found_and_keeps_its_caption():
    """d11: a line drawing in a frame beside a listing's one column (今晚电视, under a story over
    two columns), its top lower than the text's first line; two of its rounds were read as one
    line (O。) as tall as it is wide and reaching past the frame's foot, taken for words: no
    drawing was found, and the rounds and the caption stood as articles of their own. Then,
    found, it stood too far under the head to be the listing's."""
    img = Image.new("L", (900, 1200), 255)
    d = ImageDraw.Draw(img)
    d.line((40, 280, 860, 280), fill=0, width=3)
    pic = (470, 600, 835, 940)
    d.rectangle(pic, outline=0, width=3)
    for r in ((600, 630, 640, 670), (560, 840, 660, 932), (690, 900, 720, 930)):
        d.ellipse(r, outline=0, width=3)
    runs = _runs(LONG, [3, 3, 10])
    lines = [line("贺岁大片今日上映", 200, 40, 56)] + column(runs[0], 60, 120) + column(runs[1], 470, 120)
    lines += [line("今晚电视", 319, 400, 64)] + column(runs[2], 60, 500)
    rounds = line("O。", 560, 845, 60)
    lines.append(OcrLine("O。", (560, 845, 690, 955), 0.6, rounds.chars))
    lines.append(line(CAPTION, 470, 950, 22))
    arts = _articles(lines, np.asarray(img), 900, 1200)
    assert [a.headline for a in arts] == ["贺岁大片今日上映", "今晚电视"], [(a.headline, a.text()[:20]) for a in arts]
    said = arts[1].text()
    assert "图为新铺" in said and runs[2][:10] in said.replace("\n", "") and "O" not in said, said


def test_a_body_line_under_a_picture_measured_a_little_small_is_no_caption():
    """y01: under a photo inside a story's column, the story's text going on (两班 | 倒，白天上班…),
    its line measured 0.92 of the body's size on the page leaning 1°, was taken for the photo's
    caption and read after the head, before the text it carries on."""
    img = Image.new("L", (900, 1100), 255)
    d = ImageDraw.Draw(img)
    _photo(d, (460, 190 + 2 * LEAD, 824, 190 + 2 * LEAD + 200))
    lines = [line("小巷里的大民生", 250, 100, 56)]
    lines += column(LONG[:117], 60, 190)
    lines += column(LONG[117:143], 460, 190)
    under = 190 + 2 * LEAD + 200 + 12
    lines.append(line(LONG[143:156], 460, under, 26))  # the column's last line
    arts = _articles(lines, np.asarray(img), 900, 1100)
    assert len(arts) == 1, [a.text()[:20] for a in arts]
    said = "".join(arts[0].text().split())
    assert said == "小巷里的大民生" + LONG[:156], said


def test_a_latin_line_under_a_picture_measured_a_little_small_is_still_its_caption():
    """Round 10's caption size (0.9 of the body) is for Chinese pages: on a Latin page a line under
    a picture measured 0.92 of the body is its caption, as before (its boxes measure type loosely)."""
    from baoku.core.layout import analyse
    from baoku.core.layout.blocks import CAPTION as CAPTION_KIND
    from baoku.core.ocr.engine import OcrPage

    img = Image.new("L", (1000, 1100), 255)
    _photo(ImageDraw.Draw(img), (60, 190, 640, 390))
    words = "the quick brown fox jumps over the lazy dog near the river bank today and then " * 4
    lines = [line("CITY NEWS", 250, 100, 56)]
    lines += [line(words[k:k + 10], 680, 190 + LEAD * (k // 10), 28) for k in range(0, 10 * 16, 10)]
    lines.append(line("Crowds on Main st", 60, 402, 26))
    lines += [line(words[k:k + 20], 60, 480 + LEAD * (k // 20), 28) for k in range(0, 20 * 8, 20)]
    lay = analyse(OcrPage(1000, 1100, lines), np.asarray(img))
    cap = next(b for b in lay.page.blocks if any(lay.page.lines[i].text.startswith("Crowds") for i in b.lines))
    assert cap.kind == CAPTION_KIND, cap.kind
