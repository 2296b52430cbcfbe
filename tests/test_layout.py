"""The layout stage (core/layout): multi-column pages drawn from labelled articles (tests/newspage.py)
read by OCR and laid out into their true articles; the folio read as metadata; Latin word spaces;
skew; ALTO lines through the same stages."""

from __future__ import annotations

import io
import math

import pytest

from baoku.core.importing.run import import_paths
from baoku.core.layout.folio import read_folio
from baoku.core.layout.geometry import deskewed, skew_angle
from baoku.core.layout.spacing import spaced
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage
from baoku.core.store import Archive

from . import layoutocr
from .layoutscore import score
from .layoutset import build, specs


def _spec(name):
    return next(s for s in specs() if s.name == name)


def _gray(png: bytes):
    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("L"))


# t05: six columns of photo stories, captions under their pictures, 图片新闻 items;
# t06: five columns of 副刊: a tinted label at a story's left over its headline, verse, a boxed poem;
# t08: four columns of sports news: kickers, a tinted 体坛快讯 label over one-line briefs;
# d04: four columns of 社会 news and 副刊 essays and verse, skewed 0.6°;
# s02: seven columns, a headline centred over five of them level with a one-column story's (its
#      first line went to the story above), 图片新闻 items;
# d03: eight columns, headless briefs in boxes and under rules (they went to the story above);
# s04: five columns, 2% noise, skewed 0.8° (the detector joined lines across the specked gutters
#      and the recogniser dropped what it read squeezed);
# s07: a picture page, five columns, JPEG 45 (pale photos' frames read as rules parted three
#      captions from their pictures and stories);
# s08: seven columns of headless ■ briefs, noise, skewed -1° (a brief carried over three columns
#      was three articles);
# s09: traditional script set vertically (a column read in two pieces: the second was read after
#      the story's last column);
# s11: a front page, six columns, skewed -0.8° (a photo over two columns, pale down its middle,
#      was two pictures: the second made its column's text a picture story).
LIVE = "s04"


@pytest.mark.parametrize("name", ["t05", "t06", "t08", "d04", "s02", "d03", "s04", "s07", "s08", "s09", "s11"])
def test_a_rendered_page_becomes_its_true_articles(name):
    from baoku.core.importing.scan import scanned_page
    from baoku.core.model import PageInfo
    from baoku.core.ocr.engine import recognise

    page = build(_spec(name))
    # s04 (noise and skew, where the recogniser's reading matters most) is always read live; the
    # others from their kept reading when it is of this very image (tests/layoutocr.py).
    ocr = recognise(page.png) if name == LIVE else layoutocr.read(name, page.png)
    parsed = scanned_page(ocr, PageInfo(1), "zh", _gray(page.png))
    s = score(name, page.articles, parsed.articles, page.folio)
    assert s.matched == s.true == s.found, s.line() + "\n" + "\n".join(s.problems)
    assert s.errors <= 0.01 * s.han and s.folio_in_article == 0 and s.cut_heads == 0, s.line()


def test_the_folio_is_read_as_the_pages_metadata(tmp_path, monkeypatch):
    """A page named only by its paper gets its date and page from its running head, said in the
    report; a name that disagrees with the head keeps the name's value, and the report says so.
    The import takes the page's kept reading (tests/layoutocr.py): this is the folio's test, and
    the page is read by OCR in test_a_rendered_page_becomes_its_true_articles."""
    read_live = layoutocr.imports_use_kept_readings(monkeypatch)
    page = build(_spec("t05"))
    plain = tmp_path / "a"
    plain.mkdir()
    (plain / "scan.png").write_bytes(page.png)
    (plain / "scan.json").write_text('{"publication": "闽南日报"}', encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [plain])
        assert report.ok, report.outcomes[0].message
        rec = archive.article(archive.article_ids()[0])
    said = " ".join(report.outcomes[0].warnings)
    assert "date 日期 2024-10-12 read from the page's running head" in said
    assert str(rec.date) == "2024-10-12" and rec.section == "A" and rec.page_number == 7
    other = tmp_path / "b"
    other.mkdir()
    (other / "闽南日报_2024-10-13_第8版.png").write_bytes(page.png)
    with Archive(tmp_path / "b.db") as archive:
        report = import_paths(archive, [other])
        assert report.ok
        rec = archive.article(archive.article_ids()[0])
    said = " ".join(report.outcomes[0].warnings)
    assert "running head says date 日期 2024-10-12, not 2024-10-13; 2024-10-13 is kept" in said
    assert str(rec.date) == "2024-10-13"
    assert read_live == [0, 0]


def test_running_heads_are_read():
    f = read_folio("闽南日报　2024年10月8日　星期二　A01　要闻")
    assert (f.publication, str(f.date), f.page, f.page_name) == ("闽南日报", "2024-10-08", "A01", "要闻")
    f = read_folio("闽南日报2024年10月12日星期三A07视觉")  # as the recogniser reads it, spaces dropped
    assert (f.publication, str(f.date), f.page, f.page_name) == ("闽南日报", "2024-10-12", "A07", "视觉")
    f = read_folio("江城日报 二〇二五年四月十七日 星期四 第3版 民生")
    assert (str(f.date), f.page, f.page_name) == ("2025-04-17", "3", "民生")
    f = read_folio("WASHINGTON, D. C., MONDAY, NOVEMBER 15, 1920—THIRTY-SIX PAGES.")
    assert str(f.date) == "1920-11-15"


def _words(text: str, x=100, y=50, h=20, step=11) -> OcrLine:
    """A Latin line as the recogniser gives it: its words with boxes, the text with spaces."""
    items = []
    for w in text.split():
        items.append(OcrChar(w, (x, y, x + step * len(w), y + h), 0.99))
        x += step * len(w) + 6  # a word space narrower than the letters' own gaps add up to
    return OcrLine(text, (100, y, x, y + h), 0.99, items)


def test_latin_lines_keep_their_word_spaces():
    line = _words("the Ford Motor company said on Monday")
    assert spaced(line, 20) == "the Ford Motor company said on Monday"


def test_han_lines_get_back_the_space_the_recogniser_dropped():
    chars = [OcrChar(c, (100 + 30 * k + (40 if k >= 4 else 0), 10, 128 + 30 * k + (40 if k >= 4 else 0), 40), 0.99)
             for k, c in enumerate("本报记者林晓东")]
    assert spaced(OcrLine("本报记者林晓东", (100, 10, 350, 40), 0.99, chars), 28) == "本报记者 林晓东"


def test_skew_is_measured_from_the_lines_and_undone():
    angle = math.radians(1.5)
    lines = []
    for row in range(6):
        chars = []
        for k in range(12):
            x, y = 100 + 30 * k, 100 + 60 * row + 30 * k * math.tan(angle)
            chars.append(OcrChar("字", (round(x), round(y), round(x + 28), round(y + 28)), 0.99))
        lines.append(OcrLine("字" * 12, (100, 100 + 60 * row, 488, 138 + 60 * row + 10), 0.99, chars))
    assert abs(skew_angle(lines) - angle) < math.radians(0.1)
    upright = deskewed(lines, skew_angle(lines), 1000, 1000)
    assert all(max(c.box[1] for c in ln.chars) - min(c.box[1] for c in ln.chars) <= 2 for ln in upright)


def test_alto_lines_go_through_the_same_layout():
    """Two stories side by side, each a headline over two columns of text, given as ALTO lines in
    one block per column (as NDNP ALTO has them): two articles, each with its own columns."""
    from baoku.core.importing.alto import AltoBlock, AltoPage, alto_page
    from baoku.core.model import PageInfo

    def line(text, x, y, size):
        chars = [OcrChar(c, (x + size * k, y, x + size * (k + 1) - 2, y + size), 0.99) for k, c in enumerate(text)]
        return OcrLine(text, (x, y, x + size * len(text), y + size), 0.99, chars)

    body = "市民在公园里散步锻炼身体，孩子们在草坪上放风筝，一派春意盎然的景象。" * 2
    blocks = []
    for story, x0 in ((0, 100), (1, 1000)):
        head = ["春日公园游人如织", "港口货运稳步增长"][story]
        blocks.append(AltoBlock(f"h{story}", [line(head, x0 + 100, 100, 60)]))
        for col in range(2):
            rows = [line(body[k:k + 12], x0 + col * 420, 200 + 45 * (k // 12), 30) for k in range(0, len(body), 12)]
            blocks.append(AltoBlock(f"b{story}{col}", rows))
    page = alto_page(AltoPage(1900, 1000, "pixel", "", blocks, {}), PageInfo(1), "zh", None)
    assert [a.headline for a in page.articles] == ["春日公园游人如织", "港口货运稳步增长"]
    assert all(a.text().count("一派春意盎然") == 4 for a in page.articles)
    assert OcrPage  # the ALTO lines are OcrLines, as a scan's are


def test_marks_without_a_word_are_no_article():
    """A picture the recogniser reads as a mark (■) makes no article: the page has no text."""
    from baoku.core.importing.scan import scanned_page
    from baoku.core.model import PageInfo

    mark = OcrLine("■", (0, 588, 2149, 3506), 0.65, [OcrChar("■", (0, 588, 2149, 3506), 0.65)])
    assert scanned_page(OcrPage(2480, 3508, [mark]), PageInfo(1), "zh").articles == []


def test_a_kept_reading_is_taken_only_for_the_image_it_was_read_from():
    """The layout tests' kept OCR (tests/layoutocr.py) is never taken for another page."""
    other = build(_spec("s02")).png
    assert layoutocr.kept("t05", other) is None
    assert layoutocr.kept("no-such-page", other) is None
