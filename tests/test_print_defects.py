"""Print defects found by held-out checks (issue 26), each with a test that failed before its fix:
a URL in full-width brackets, a 70-digit number, a 45-letter word, 爲 in traditional text, ”（ in
a sans head, and the missing-glyph message naming the option that helps."""

from __future__ import annotations

import json

import pytest

from baoku.cli import main
from baoku.core.export import ExportOptions, export_pdf
from baoku.core.export.compose import MAX_SPREAD, Metrics, Setting, compose
from baoku.core.export.fonts import FontSet
from baoku.core.importing.run import import_paths
from baoku.core.store import Archive

from . import pdfcheck
from .test_export import body_frames

URL = "（https://www.example.com/research/2024/annual/report_final-v2.html），"
DIGITS = "1415926535897932384626433832795028841971693993751058209749445923078164"
WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis"
PARAGRAPHS = [
    f"研究人员公布了全部数据，详见该机构网站{URL}并附有说明和原始数据的下载地址与使用条款。" * 2,
    f"圆周率小数点后的前七十位是{DIGITS}，这个数字太长，一行放不下，只能在栏宽处断开。" * 2,
    f"这种病的英文名称是{WORD}，共有四十五个字母，常被用来举例说明英语单词可以有多长。" * 2,
    "我們爲了這個目標而努力，爲人民服務，爲社會作貢獻。" * 3,
]


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("defects")
    feed = folder / "feed.jsonl"
    feed.write_text(json.dumps({"publication": "泉州晚报", "date": "2024-09-11", "page": 1,
                                "headline": "他说“好”（附图）", "paragraphs": PARAGRAPHS}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    path = folder / "a.db"
    with Archive(path) as a:
        assert import_paths(a, [feed]).ok
    return path


@pytest.mark.parametrize("opts", [ExportOptions(columns=2), ExportOptions(paper="B5", columns=2, font_size=9),
                                  ExportOptions(columns=2, script="traditional")], ids=["a4", "b5-9pt", "traditional"])
def test_urls_and_long_numbers_stay_inside_their_column(archive_path, tmp_path, opts):
    out = tmp_path / "x.pdf"
    with Archive(archive_path) as a:
        export_pdf(a, a.article_ids(), out, opts)
    boxes = body_frames(opts)
    lines = pdfcheck.printed_lines(out, boxes)
    assert not pdfcheck.past_measure(lines, boxes, tolerance=0.05)  # overprinted the next column before
    assert not [ln.text for ln in lines if ln.text.endswith("（")]  # （ was left alone at a line end
    text = "".join(ln.text for ln in lines)
    assert "example.com" in text and DIGITS[:20] in text
    digit_lines = [ln for ln in lines if any(c["text"].isdigit() for c in ln.chars[-3:])]
    assert all(ln.chars[-1]["text"] != "-" for ln in digit_lines)  # no hyphen in a number


def setting_lines(text: str, width: float, region: str = "cn", role: str = FontSet.SERIF, size: float = 10.5):
    fonts = FontSet(region)
    m = Metrics(size, lambda u: fonts.width(u, role, size), lambda ch: fonts.ink(ch, role),
                lambda ch: fonts.face_name(ch, role))
    return compose(text, m, Setting(), width - 2 * size, width), size


TWO_COLUMNS = 82 * 72 / 25.4  # an A4 two-column measure, in points


def test_the_line_before_a_url_is_not_stretched_and_the_url_breaks_at_its_marks():
    lines, em = setting_lines(PARAGRAPHS[0], TWO_COLUMNS)
    for ln in lines:
        end = ln.pieces[-1].x + ln.pieces[-1].width
        assert end <= TWO_COLUMNS + 0.01, ln.text
        if not ln.last:
            gaps = [b.x - (a.x + a.width) for a, b in zip(ln.pieces, ln.pieces[1:])]
            assert max(gaps) <= MAX_SPREAD * em + 0.3 * em, (ln.text, max(gaps) / em)
    url_lines = [ln for ln in lines if "example" in ln.text or "report" in ln.text]
    assert url_lines[0].text.split("（")[-1].startswith("https://") or url_lines[0].text.startswith("（https")
    assert all(not ln.text.endswith("（") for ln in lines)


def test_a_45_letter_word_is_hyphenated_in_two_columns():
    lines, em = setting_lines(PARAGRAPHS[2], TWO_COLUMNS)
    cut = next(ln for ln in lines if "Pneumono" in ln.text)
    assert cut.hyphen and WORD not in cut.text  # broken at a hyphenation point, with a hyphen
    assert cut.pieces[-1].text.endswith("-")
    def widest(ln) -> float:
        return max((b.x - (a.x + a.width) for a, b in zip(ln.pieces, ln.pieces[1:])), default=0) / em

    assert widest(cut) < 0.3  # gaps of 0.61 em before: the word went whole to the next line
    assert all(widest(ln) <= MAX_SPREAD + 0.25 for ln in lines[:-1])


def test_a_70_digit_number_breaks_at_the_measure_without_a_hyphen():
    lines, em = setting_lines(PARAGRAPHS[1], TWO_COLUMNS)
    first = next(ln for ln in lines if DIGITS[:8] in ln.text)
    assert first.text.startswith("圆周率")  # it starts where the line was, not on a line of its own
    assert not any(p.text.endswith("-") for ln in lines for p in ln.pieces)
    assert all(ln.pieces[-1].x + ln.pieces[-1].width <= TWO_COLUMNS + 0.01 for ln in lines)
    assert "".join(ln.text for ln in lines).count(DIGITS) == 2


def test_wei_is_set_in_a_ming_face_not_the_sans(archive_path, tmp_path):
    out = tmp_path / "t.pdf"
    opts = ExportOptions(script="traditional")
    with Archive(archive_path) as a:
        export_pdf(a, a.article_ids(), out, opts)
    lines = pdfcheck.printed_lines(out, body_frames(opts))
    wei = [c["fontname"] for ln in lines for c in ln.chars if c["text"] == "爲"]
    assert len(wei) >= 9
    assert not [f for f in wei if "Sans" in f], set(wei)  # all from the sans fallback before
    assert FontSet("tw").face_name("爲", FontSet.SANS) == "BaokuSans"  # a sans head keeps its sans


def test_closing_quote_and_opening_bracket_take_one_and_a_half_em_in_a_sans_head():
    fonts, size = FontSet("cn"), 20.0
    m = Metrics(size, lambda u: fonts.width(u, FontSet.SANS, size), lambda ch: fonts.ink(ch, FontSet.SANS),
                lambda ch: fonts.face_name(ch, FontSet.SANS))
    (line,) = compose("他说“好”（附图）", m, Setting(align="left"), 400, 400)
    quote, bracket = next((a, b) for a, b in zip(line.pieces, line.pieces[1:]) if a.text == "”" and b.text == "（")
    assert fonts.face_name("”", FontSet.SANS) != fonts.face_name("（", FontSet.SANS)  # two faces…
    assert abs((bracket.x - quote.x) - size / 2) < 0.01  # …and still 1.5 em for the pair


def test_the_missing_glyph_message_names_the_option_in_the_cli(archive_path, tmp_path, capsys):
    feed = tmp_path / "zaozi.jsonl"
    feed.write_text(json.dumps({"publication": "泉州晚报", "date": "2024-09-12", "page": 1,
                                "headline": "造字\ue000测试", "paragraphs": ["正文。"]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    db = tmp_path / "z.db"
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    capsys.readouterr()
    assert main(["--archive", str(db), "export", "1", "-o", str(tmp_path / "z.pdf")]) == 1
    err = capsys.readouterr().err
    assert "U+E000" in err and "--missing-glyphs geta" in err
    assert main(["--archive", str(db), "export", "1", "--missing-glyphs", "geta", "-o", str(tmp_path / "z.pdf")]) == 0


def test_the_window_words_a_missing_glyph_without_naming_an_option(qapp):
    from baoku.core.errors import MissingGlyphs
    from baoku.gui.messages import headline

    text = headline(MissingGlyphs([("文章 1", ["\ue000"])]))
    assert "U+E000" in text and "缺字印成〓" in text and "--" not in text and "missing-glyphs" not in text
