"""A line the recogniser read in pieces, on pages set by hand as it reads them (lines with their
characters' boxes, no image): s09, a traditional page set vertically, where a paragraph that
ended part-way down a column and the next that began after white were read as two pieces of
the column; the second piece was read after the story's last column."""

from __future__ import annotations

from baoku.core.importing.scan import laid_out_page
from baoku.core.layout import analyse
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

BODY = 28
HEAD = "中部河堤加固工程提前完工"
PARAS = ["台中市政府水利局昨日表示，大里溪沿岸共十一處河堤加固工程已於本月初全數完工，比原訂進度提前約兩個月，"
         "可望在颱風季前發揮防洪效益，把過去曾經溢堤的段落補強起來。",
         "工程總經費約新台幣四億二千萬元，除了加高堤防，也在沿岸增設八座移動式抽水機停放點。"]


def _column(text: str, x: int, y: int, size: int = BODY) -> OcrLine:
    chars = [OcrChar(c, (x, y + size * k, x + size - 2, y + size * (k + 1) - 2), 0.99) for k, c in enumerate(text)]
    return OcrLine(text, (x, y, x + size, y + size * len(text)), 0.99, chars)


def _page(per: int = 18):
    """A story set in vertical columns read right to left: its headline, then its paragraphs run
    on column after column, the second beginning two characters' white after the first ends."""
    lines = [_column(HEAD, 1400, 100, 56)]
    text = PARAS[0] + "\u3000\u3000" + PARAS[1]
    x = 1400
    for k in range(0, len(text), per):
        x -= 46
        piece = text[k:k + per]
        at = 0
        for part in piece.split("\u3000"):  # white is read as no character: the column in pieces
            if part:
                lines.append(_column(part, x, 100 + BODY * at))
            at += len(part) + 1
    return lines


def test_the_rest_of_a_column_read_as_a_piece_of_its_own_is_read_in_its_place():
    lines = _page()
    assert len(lines) > len(range(0, len(PARAS[0]) + 2 + len(PARAS[1]), 18)) + 1  # a column is in two pieces
    page = laid_out_page(analyse(OcrPage(1500, 700, lines)), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == [HEAD]
    said = page.articles[0].text().replace("\n", "").replace(" ", "")
    assert said.endswith(PARAS[0] + PARAS[1]), said



HEAD_B = "市區公車路線明起調整"
PARA_B = "交通局表示，配合捷運新站啟用，市區公車共有六條路線自明日起調整行駛路線與班距，民眾可上網查詢。"
HEAD_C = "圖書館週末延長開放"
PARA_C = "市立圖書館即日起週六開放至晚間九時，方便上班族借閱。"


def _head(lines: list[OcrLine], head: str, x: int, top: int) -> int:
    """A headline in vertical lines of 6 characters (as tall as a band), right to left."""
    for k in range(0, len(head), 6):
        x -= 60
        lines.append(_column(head[k:k + 6], x, top, 56))
    return x


def _story(lines: list[OcrLine], head: str, text: str, x: int, top: int, per: int) -> int:
    x = _head(lines, head, x, top)
    for k in range(0, len(text), per):
        x -= 46
        lines.append(_column(text[k:k + per], x, top))
    return x - 40


def _bands(per: int = 12, width: int = 700):
    """Two bands one under another, each read right to left: a short story, then a long one that
    fills the first band and goes on at the right of the second; another story follows it there."""
    lines: list[OcrLine] = []
    x = _story(lines, HEAD_C, PARA_C, width - 40, 100, per)
    x, band, text = _head(lines, HEAD, x, 100), 0, PARAS[0] + PARAS[1]
    for k in range(0, len(text), per):
        if x - 46 < 40:  # the band is full: on at the right of the next one
            band, x = band + 1, width - 40
        x -= 46
        lines.append(_column(text[k:k + per], x, 100 + band * (per + 2) * BODY))
    _story(lines, HEAD_B, PARA_B, x - 40, 100 + band * (per + 2) * BODY, per)
    return lines, band


def test_a_story_that_fills_its_band_goes_on_at_the_right_of_the_next_band():
    """s15, a traditional page set vertically: a story begun part-way along a band goes on at the
    head of the next band, and was read as a story of its own there."""
    lines, bands = _bands()
    assert bands == 1  # the long story runs on into the second band
    page = laid_out_page(analyse(OcrPage(700, 1000, lines)), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == [HEAD_C, HEAD, HEAD_B]
    said = [a.text().replace("\n", "").replace(" ", "") for a in page.articles]
    assert said[1].endswith(PARAS[0] + PARAS[1]), said[1]
    assert said[2].endswith(PARA_B), said[2]


QUOTE = ("參加今年匯演的二十二歲演員蘇詠琪表示，自己中學時在學校粵劇班接觸到這門藝術，之後便一直跟隨師傅學戲。"
         "她坦言，年輕演員收入不穩定，不少同輩最終轉行，但她仍希望堅持下去。「每次踏上台，聽到觀眾拍手，"
         "就覺得所有辛苦都值得」。")


def _marks_unread(per: int = 16, lean: int = 2):
    """A story set vertically whose marks the recogniser read as white (s20, a noisy page skewed
    −0.5°): a column read 堅持下去 … 每次踏上台 with two marks' white between, which parts the line
    there; the page leans, so the piece after the white stands `lean` pixels right of the first."""
    lines = [_column(HEAD, 1400, 100, 56)]
    x = 1400
    for k in range(0, len(QUOTE), per):
        x -= 46
        chars, at = [], 0
        for j, c in enumerate(QUOTE[k:k + per]):
            if c in "，。「」":
                at += 1
                continue
            dx = lean if any(m in QUOTE[k:k + j] for m in "。「") else 0
            chars.append(OcrChar(c, (x + dx, 100 + BODY * at, x + dx + BODY - 2, 100 + BODY * (at + 1) - 2), 0.99))
            at += 1
        text = "".join(c.text for c in chars)
        lines.append(OcrLine(text, (x, 100, x + BODY + lean, chars[-1].box[3]), 0.99, chars))
    return lines


def test_the_rest_of_a_line_after_unread_marks_is_read_in_its_place_on_a_leaning_page():
    lines = _marks_unread()
    assert any("下去每次" in ln.text for ln in lines)  # the line with two marks' white in it
    page = laid_out_page(analyse(OcrPage(1500, 700, lines)), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == [HEAD]
    said = page.articles[0].text().replace("\n", "").replace(" ", "")
    unread = str.maketrans("", "", "，。「」")
    assert said.translate(unread).endswith(QUOTE.translate(unread)), said


PARAS_D = ["老街上曾有二十多家茶行，如今只剩五家。", "鄭父說，原本擔心手藝會斷，現在看他比我還認真，可以放心了。"]


def _bands_indented(per: int = 12, width: int = 700):
    """Two bands as in `_bands`, the long story in paragraphs, each opening four characters down
    its first column (as s15 is drawn): its last paragraph begins in the first band's last
    columns and ends at the right of the second band, a few characters at the head of a column
    (s15: 真，可以放心了)."""
    lines: list[OcrLine] = []
    x = _story(lines, HEAD_C, PARA_C, width - 40, 100, per)
    x, band = _head(lines, HEAD, x, 100), 0
    for para in PARAS_D:
        text = "\u3000" * 4 + para
        for k in range(0, len(text), per):
            if x - 46 < 40:
                band, x = band + 1, width - 40
            x -= 46
            piece = text[k:k + per]
            at = len(piece) - len(piece.lstrip("\u3000"))
            lines.append(_column(piece.lstrip("\u3000"), x, 100 + band * (per + 2) * BODY + at * BODY))
    _story(lines, HEAD_B, PARA_B, x - 40, 100 + band * (per + 2) * BODY, per)
    return lines, band


def test_a_story_whose_last_paragraph_opens_indented_in_a_full_band_goes_on_in_the_next_band():
    lines, bands = _bands_indented()
    assert bands == 1
    page = laid_out_page(analyse(OcrPage(700, 1000, lines)), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == [HEAD_C, HEAD, HEAD_B]
    said = [a.text().replace("\n", "").replace(" ", "") for a in page.articles]
    assert said[1].endswith("".join(PARAS_D)), said[1]


def test_a_column_read_as_its_mark_alone_at_the_next_bands_head_opens_no_story():
    """s25: the first column of a story's rest at the right of the next band was read as its 。
    alone (理」。工務部門回應稱… read 。, the mark's box far down the column): that mark stood as
    the band's first type, so the columns after it were no story's run-on, and opened a story."""
    lines, bands = _bands()
    assert bands == 1
    text = PARAS[0] + PARAS[1]
    rest = [ln for ln in lines if ln.box[1] > 200 and text.find(ln.text) >= 0]  # the story's columns in band 2
    first = max(rest, key=lambda ln: ln.box[0])
    x, y = first.box[0], first.box[1]
    mark = (x, y + 5 * BODY, x + BODY - 2, first.box[3])  # boxed where the mark was read
    lines[lines.index(first)] = OcrLine("。", mark, 0.9, [OcrChar("。", mark, 0.9)])
    page = laid_out_page(analyse(OcrPage(700, 1000, lines)), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == [HEAD_C, HEAD, HEAD_B], [a.headline for a in page.articles]
    said = page.articles[1].text().replace("\n", "").replace(" ", "")
    assert said.endswith(text[text.find(first.text) + len(first.text):]), said


def test_the_rest_of_a_line_is_read_in_its_place_when_its_line_opened_a_block_of_its_own():
    """s31 (光猛乾淨，唔似以): the line whose unread mark's white parted it opened a block of its own
    (here the column before it is lost, so white stands between; there its type measured a little
    bigger than the paragraph's over it), so the rest of it had no line over it in that block to
    show the white was no gutter: it stood alone, a pixel higher on the leaning page, and was read
    before its line."""
    lines = _marks_unread()
    split = next(k for k, ln in enumerate(lines) if "下去每次" in ln.text)
    lost = lines.pop(split - 1)  # the column before it: the detector found no line there
    page = laid_out_page(analyse(OcrPage(1500, 700, lines)), PageInfo(1), "zh")
    said = "".join(a.text() for a in page.articles).replace("\n", "").replace(" ", "")
    unread = str.maketrans("", "", "，。「」")
    rest = QUOTE.translate(unread).split(lost.text)[1]
    assert said.translate(unread).endswith(rest), said
