"""Print quality, read back from the PDF's character positions (pdfplumber): the measure, heads
kept with their text, widows, and the clreq rules for punctuation and Han–Latin spacing, in every
layout (A4 and B5, one and two columns, simplified and traditional)."""

from __future__ import annotations

import datetime as dt
import shutil
import json
from pathlib import Path

import pytest
from baoku.core.errors import ValidationError
from baoku.core.export import ExportOptions, export_pdf
from baoku.core.export.compose import Metrics, Setting, compose
from baoku.core.export.hyphenation import break_points
from baoku.core.export.linebreak import NO_START
from baoku.core.export.options import SCRIPTS
from baoku.core.export.text import convert_script
from baoku.core.importing.run import import_paths
from baoku.core.store import Archive

from . import pdfcheck
from .conftest import SAMPLE_TXT
from .test_export import body_frames, save_article

LATIN_WORDS = ["Nature", "Supercalifragilisticexpialidocious", "iPhone", "Pneumonoultramicroscopicsilicovolcanoconiosis",
               "internationalization", "CEO", "R&D", "Smith"]
INSERTS = [
    "英国《自然》（Nature）杂志的研究显示，这一发现引起关注。",
    "据Supercalifragilisticexpialidocious报道，今年1至8月增长2.5%，销量上升。",
    "研究人员在https://www.example.com/research/2024/report_final-v2.html上公布了数据。",
    "该公司CEO John Smith表示：“我们会继续投入R&D。”他说——这确实是……令人惊讶的结果。",
    "“这是一个好消息。”「我们」（编者注）《人民日报》、《光明日报》均有报道。",
    "Pneumonoultramicroscopicsilicovolcanoconiosis是一种疾病，internationalization则是另一回事。",
]


def typesetting_feed(path: Path, count: int) -> Path:
    """Articles of real paragraphs (the sample page) with Latin words, URLs, dashes and pairs of
    marks mixed in; short and long paragraphs, kickers, headlines and source lines."""
    paras = [ln.strip() for ln in SAMPLE_TXT.read_text(encoding="utf-8").split("\n\n") if len(ln.strip()) > 30]
    rows = []
    for n in range(count):
        body = []
        for k in range(2 + n % 4):
            p = paras[(n * 5 + k) % len(paras)]
            cut = (n * 7 + k * 13) % max(1, len(p) // 2)
            body.append(p[:cut] + INSERTS[(n + k) % len(INSERTS)] + p[cut:])
        if n % 3 == 0:
            body.append("是。" if n % 2 else "短段落，只有一行。")
        rows.append({"publication": "泉州晚报", "date": (dt.date(2024, 3, 1) + dt.timedelta(days=n // 4)).isoformat(),
                     "page": 1 + n % 6, "kicker": "聚焦“新质生产力”" if n % 2 else "",
                     "headline": ["守护百姓钱袋子 让群众更有获得感", "全国首个知识产权公共服务平台上线运行",
                                  "AI赋能制造业：iPhone供应链的“新”变化"][n % 3] + f"（{n + 1}）",
                     "byline": "记者 张三" if n % 2 else "", "paragraphs": body})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def typeset_archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("typesetting")
    path = folder / "archive.db"
    with Archive(path) as a:
        assert import_paths(a, [typesetting_feed(folder / "feed.jsonl", 24)]).ok
    return path


LAYOUTS = {
    "a4-1col": ExportOptions(),
    "a4-2col": ExportOptions(columns=2),
    "b5-1col-traditional": ExportOptions(paper="B5", script="traditional"),
    "b5-2col-traditional": ExportOptions(paper="B5", columns=2, script="traditional", font_size=9),
    "a4-2col-traditional": ExportOptions(columns=2, script="traditional"),
    "b5-2col": ExportOptions(paper="B5", columns=2),
}


@pytest.fixture(scope="module", params=list(LAYOUTS), ids=list(LAYOUTS))
def printed(request, typeset_archive, tmp_path_factory):
    opts = LAYOUTS[request.param]
    out = tmp_path_factory.mktemp("pdf") / f"{request.param}.pdf"
    with Archive(typeset_archive) as a:
        ids = a.article_ids()
        result = export_pdf(a, ids, out, opts)
        sources = {pdfcheck.squash(convert_script(a.article(i).source_line(), SCRIPTS[opts.script][0]))
                   for i in ids}
    boxes = body_frames(opts)
    first = min(result.start_pages.values())  # the cover and contents have frames of their own
    lines = [ln for ln in pdfcheck.printed_lines(out, boxes) if ln.page >= first]
    assert len(lines) > 300
    return opts, boxes, lines, sources


def body(opts, lines):
    return [ln for ln in lines if abs(ln.size - opts.font_size) < 0.05]


def test_no_line_runs_past_the_measure(printed):
    opts, boxes, lines, _ = printed
    # Glyph boxes, not only outlines: a line-end mark set half wide is drawn from the half-width
    # face, so even its box ends inside the measure.
    assert not pdfcheck.past_measure(lines, boxes, tolerance=0.05)


def test_heads_stay_with_their_first_body_line(printed):
    opts, boxes, lines, sources = printed
    source_size = round(opts.font_size * 0.85, 1)  # the contents' source lines are smaller
    heads = [n for n, ln in enumerate(lines)
             if ln.size > opts.font_size * 1.3 or (ln.text in sources and abs(ln.size - source_size) < 0.05)
             or ln.text == pdfcheck.squash(convert_script("记者 张三", SCRIPTS[opts.script][0]))]
    assert len(heads) >= 24
    separated = [lines[n].text for n in heads
                 if n + 1 < len(lines) and (lines[n + 1].page, lines[n + 1].frame) != (lines[n].page, lines[n].frame)]
    assert not separated


def test_no_widows_orphans_or_lone_characters(printed):
    opts, boxes, lines, _ = printed
    em = opts.font_size
    text = body(opts, lines)
    assert len(text) > 250
    indent = {f: boxes[f][0] + 2 * em for f in range(len(boxes))}
    for a, b in zip(text, text[1:]):
        if (a.page, a.frame) == (b.page, b.frame):
            continue
        # a frame ends with a paragraph's first line while the paragraph goes on in the next
        starts = abs(a.left - indent[a.frame]) < 0.5
        goes_on = abs(b.left - boxes[b.frame][0]) < 0.5
        assert not (starts and goes_on), ("orphan", a.text)
    firsts = {}
    for n, ln in enumerate(text):
        firsts.setdefault((ln.page, ln.frame), n)
    for (page, frame), n in firsts.items():
        ln = text[n]
        continued = abs(ln.left - boxes[frame][0]) < 0.5
        nxt = text[n + 1] if n + 1 < len(text) else None
        alone = nxt is None or (nxt.page, nxt.frame) != (page, frame) or abs(nxt.left - indent[frame]) < 0.5
        assert not (continued and alone), ("widow", page, ln.text)
    lone = [ln.text for ln in text if abs(ln.left - indent[ln.frame]) > 0.5  # not a one-line paragraph
            and sum(1 for c in ln.chars if pdfcheck.HAN.match(c["text"]) or pdfcheck.LATIN.match(c["text"])) < 2]
    assert not lone


def test_adjacent_fullwidth_marks_take_one_and_a_half_em(printed):
    opts, _, lines, _ = printed
    pairs = [(round((b["x0"] - a["x0"]) / a["size"], 2), a["text"] + b["text"])
             for _, a, b in pdfcheck.pairs(body(opts, lines), pdfcheck.FULL_PUNCT, pdfcheck.FULL_PUNCT)
             if a["fontname"].split("+")[-1].split("-")[0] == b["fontname"].split("+")[-1].split("-")[0]]
    assert len(pairs) > 20
    assert all(step <= 0.76 for step, _ in pairs), [p for p in pairs if p[0] > 0.76][:5]


def test_han_and_latin_are_a_quarter_em_apart_and_lines_start_at_the_measure(printed):
    opts, boxes, lines, _ = printed
    text = body(opts, lines)
    gaps = [(b["x0"] - a["x1"]) / a["size"] for ln, a, b in pdfcheck.pairs(text, pdfcheck.HAN, pdfcheck.LATIN)]
    gaps += [(b["x0"] - a["x1"]) / a["size"] for ln, a, b in pdfcheck.pairs(text, pdfcheck.LATIN, pdfcheck.HAN)]
    assert len(gaps) > 50
    assert min(gaps) >= 0.24
    em = opts.font_size
    for ln in text:  # no Han–Latin space at a line start
        x = boxes[ln.frame][0]
        assert min(abs(ln.left - x), abs(ln.left - x - 2 * em)) < 0.05, ln.text


def test_latin_words_are_never_letter_spaced(printed):
    opts, _, lines, _ = printed
    seen = 0
    for word in LATIN_WORDS:
        for gaps in pdfcheck.word_gaps(lines, word):
            seen += 1
            assert max(gaps, default=0) < 0.01, (word, gaps)
    assert seen > 20


def test_dashes_and_ellipses_are_never_split(printed):
    _, _, lines, _ = printed
    assert sum(ln.text.count("——") for ln in lines) > 10
    assert not pdfcheck.split_dashes(lines)


# -- the composer itself --------------------------------------------------------------------------


def plain(size=10.0):
    """Metrics of an imaginary face: Han 1 em, Latin letters 0.5 em; marks with their ink where
    UMing has it (closing marks in the left half, opening in the right, 。 centred)."""
    def width(s):
        return sum(size * (0.5 if ch.isascii() else 1.0) for ch in s)

    def ink(ch):
        if ch in "，、；：？！）》」』”’":
            return 0.1, 0.4
        if ch in "（《「『“‘":
            return 0.6, 0.9
        if ch == "。":
            return 0.38, 0.62
        return 0.05, 0.95
    return Metrics(size, width, ink)


def test_adjacent_marks_are_compressed_and_line_end_marks_squeezed_before_spreading():
    m = plain()
    (line,) = compose("他说：“好。”", m, Setting(align="left"), 200, 200)
    widths = {p.text: p.width for p in line.pieces}
    assert widths["："] == 5.0  # ：“ → the colon gives its empty right half
    assert widths["。"] == 5.0 and widths["”"] == 10.0  # 。” → the centred stop gives a quarter each side
    # 9.5 characters' room for nine and a comma: the comma gives its half, nothing is pushed out
    lines = compose("一二三四五六七八九，十一", m, Setting(), 95, 95)
    assert lines[0].text == "一二三四五六七八九，"
    assert lines[0].pieces[-1].width == 5.0 and lines[0].pieces[-1].half


def test_latin_words_hyphenate_and_urls_break_only_at_their_marks():
    assert all(mark == "-" for _, mark in break_points("internationalization"))
    url = "https://www.example.com/research/2024/report_final-v2.html"
    for cut, mark in break_points(url):
        assert mark == "" and (url[cut - 1] in "/." or url[cut] in "-_")
    assert break_points("1867.4") == [] and break_points("2.5%") == []
    u = "https://a.cn/report/1867.4/x"
    cuts = [cut for cut, _ in break_points(u)]
    assert 20 in cuts and not any(u[c - 1] == "." and u[c - 2].isdigit() and u[c].isdigit() for c in cuts)
    m = plain()
    text = "据" + url + "报道"
    lines = compose(text, m, Setting(), 120, 120)
    assert len(lines) >= 3
    for line in lines[:-1]:
        joint = line.end
        if 1 < joint < 1 + len(url):  # inside the URL: only after / or . or before - and _
            assert text[joint - 1] in "/." or text[joint] in "-_", (line.text, text[joint:])
            assert not line.pieces[-1].text.endswith("-") or text[joint - 1] == "-"
    lines = compose("Pneumonoultramicroscopicsilicovolcanoconiosis", m, Setting(), 100, 100)
    assert len(lines) > 1 and all(ln.pieces[-1].text.endswith("-") for ln in lines[:-1])
    assert "".join(ln.text for ln in lines) == "Pneumonoultramicroscopicsilicovolcanoconiosis"


def test_headlines_break_between_words_and_are_balanced():
    m = plain(20)
    lines = compose("全国首个知识产权公共服务平台上线运行", m, Setting(align="center", words=True, balance=True), 260, 260)
    assert [ln.text for ln in lines] == ["全国首个知识产权", "公共服务平台上线运行"]
    lines = compose("守护百姓钱袋子让群众更有获得感", m, Setting(align="center", words=True, balance=True), 240, 240)
    assert all(not ln.text.startswith("袋子") for ln in lines)
    assert max(len(ln.text) for ln in lines) - min(len(ln.text) for ln in lines) <= 2


def test_hanging_punctuation_is_an_option_off_by_default():
    m = plain()
    text = "一二三四五六七八九十，十一"
    # ten characters and a comma do not fit ten characters' room even squeezed: 十， go down ...
    assert compose(text, m, Setting(), 100, 100)[0].text == "一二三四五六七八九"
    # ... unless the comma may hang
    (first, _) = compose(text, m, Setting(hanging=True), 100, 100)
    assert first.text == "一二三四五六七八九十，" and first.pieces[-1].x >= 100  # hung past the measure
    lonely = compose("一二三四五六七八九十是", m, Setting(), 100, 100)
    assert len(lonely[-1].text) >= 2  # a last line of one character takes one from the line before


def test_rare_characters_print_from_the_extension_b_face(archive, tmp_path):
    aid = save_article(archive, "吉野家的𠮷、化学元素鿏与𬌗，CO₂排放，Baoku™。")
    out = tmp_path / "rare.pdf"
    export_pdf(archive, [aid], out)
    text = pdfcheck.squash("".join(pdfcheck.page_texts(out)))
    assert "𠮷、化学元素鿏与𬌗，CO₂排放，Baoku™。" in text
    names = {f["name"].split("+")[-1] for f in pdfcheck.fonts(out)}
    assert any(n.startswith("HanaMin") for n in names), names
    aid = save_article(archive, "私用区的字\ue000没有字形。")
    with pytest.raises(ValidationError, match="U\\+E000"):
        export_pdf(archive, [aid], tmp_path / "x.pdf")


def test_the_hanging_option_hangs_only_line_end_stops_and_commas(typeset_archive, tmp_path):
    opts = ExportOptions(hanging_punctuation=True)
    out = tmp_path / "hang.pdf"
    with Archive(typeset_archive) as a:
        result = export_pdf(a, a.article_ids(), out, opts)
    boxes = body_frames(opts)
    lines = [ln for ln in pdfcheck.printed_lines(out, boxes) if ln.page >= min(result.start_pages.values())]
    x, _, w, _ = boxes[0]
    hung = [ln for ln in lines if ln.chars[-1]["x0"] >= x + w - 0.05]
    assert hung  # few: only where the mark would otherwise push its character down
    assert all(ln.chars[-1]["text"] in "，。、" for ln in hung)


def test_a_headline_with_two_phrases_breaks_between_them():
    m = plain(20)
    setting = Setting(align="center", words=True, balance=True)
    lines = compose("守护百姓钱袋子 让群众更有获得感（4）", m, setting, 240, 240)
    assert [ln.text for ln in lines] == ["守护百姓钱袋子", "让群众更有获得感（4）"]
    # a space inside English is no phrase break
    lines = compose("John Smith谈新质生产力与知识产权保护的关系", m, setting, 240, 240)
    assert all(not ln.text.startswith("Smith") for ln in lines)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
@pytest.mark.parametrize("opts", [ExportOptions(columns=2), ExportOptions(paper="B5", script="traditional")],
                         ids=["a4-2col", "b5-traditional"])
def test_poppler_reads_every_line_whole(typeset_archive, tmp_path, opts):
    """Compressed marks do not make text extraction start a line at them: poppler (which Evince
    and most viewers use to copy and search) sees no glyph box overlapping the next by much."""
    out = tmp_path / "p.pdf"
    with Archive(typeset_archive) as a:
        result = export_pdf(a, a.article_ids(), out, opts)
    frames = body_frames(opts)
    first = min(result.start_pages.values())  # the cover and contents are one column
    lines = pdfcheck.lines(pdfcheck.pdftotext(out, frames)[first - 1:])
    assert len(lines) > 300
    bad = [ln for ln in lines if ln.lstrip()[0] in NO_START]
    assert not bad, bad[:5]
