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
