"""PDF export: what a print shop and an editor check, read back from the PDF itself."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from baoku.core import model
from baoku.core.errors import NotFound, ValidationError
from baoku.core.export import ExportOptions, export_pdf
from baoku.core.export.layout import Geometry
from baoku.core.export.compose import Metrics, Setting, compose
from baoku.core.export.hyphenation import break_points
from baoku.core.export.linebreak import NO_END, NO_START, units


def break_lines(text, width, first, rest):
    """A paragraph's lines as the composer sets them, for a plain width function (no ink: marks
    taken as full, so nothing is compressed; no Han–Latin space)."""
    m = Metrics(width("中") or 1.0, width, lambda ch: (0.0, 1.0))
    return compose(text, m, Setting(min_last=0, han_latin=0.0), first, rest)
from baoku.core.export.reference import gbt7714
from baoku.core.export.text import convert_script, fullwidth_punctuation
from baoku.core.importing.run import import_paths
from baoku.core.store import Archive
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage
from pypdf import PdfReader

from . import pdfcheck
from .conftest import SAMPLE_TXT



@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory) -> Path:
    """The sample page imported once: six real articles, 35 paragraphs."""
    folder = tmp_path_factory.mktemp("export")
    path = folder / "archive.db"
    with Archive(path) as a:
        report = import_paths(a, [SAMPLE_TXT])
        assert report.ok and report.articles_added == 6
    return path


@pytest.fixture
def sample(sample_archive):
    with Archive(sample_archive) as a:
        yield a


def printed_text(rec, opts: ExportOptions = ExportOptions(), *, under_shared_head: bool = False) -> str:
    """What an export must give back for one article: its head, source line and every body block,
    in order. Checked against the stored blocks too, so the reading order cannot drop one.
    Under the head of the article before it (a roundtable after its lead-in), the shared column,
    kicker and headline are not printed again; its genre names it instead."""
    pieces = rec.reading_order()
    body = [t for k, t in pieces if k in model.BLOCK_KINDS and k not in model.HEAD_KINDS]
    assert body == [b.text for b in rec.article.blocks if b.kind not in model.HEAD_KINDS]
    a = rec.article
    assert [t for k, t in pieces[:4] if k in model.HEAD_KINDS] == [
        t for t in (a.column, a.kicker, a.headline, a.subhead) if t]
    if under_shared_head:
        pieces = [(model.SUBHEAD, a.genre)] + [(k, t) for k, t in pieces
                                               if k not in (model.COLUMN, model.KICKER, model.HEADLINE)]
    text = "".join(t for _, t in pieces)
    return pdfcheck.squash(fullwidth_punctuation(text) if opts.fullwidth_punctuation else text)


def shared_heads(archive, ids) -> set[int]:
    """The articles that follow one with the same page, kicker and headline (the sample's 圆桌)."""
    recs = [archive.article(i) for i in ids]
    return {b.id for a, b in zip(recs, recs[1:]) if a.page_id == b.page_id and b.article.headline
            and (a.article.kicker, a.article.headline) == (b.article.kicker, b.article.headline)}


def body_frames(opts: ExportOptions) -> list[pdfcheck.Box]:
    """The frames (columns) of an article page, in reading order."""
    return [(f._x1, f._y1, f._width, f._height) for f in Geometry.from_options(opts.validated()).frames("body")]


# -- fonts and text -----------------------------------------------------------------------------


def test_sample_export_embeds_every_font_as_a_subset(sample, tmp_path):
    out = tmp_path / "sample.pdf"
    result = export_pdf(sample, sample.article_ids(), out)
    assert result.pages >= 4 and result.articles == 6
    fonts = pdfcheck.fonts(out)
    assert fonts, "no fonts found"
    for f in fonts:
        assert f["embedded"] and f["subset"], f
        assert "Helvetica" not in f["name"] and "STSong" not in f["name"]
    names = {re.sub(r"^/?[A-Z]{6}\+", "", f["name"]) for f in fonts}
    # The CJK faces, their half-width twins (marks set half wide), and the Latin faces.
    assert {"UMingCN-0", "DroidSansFallback", "LiberationSerif"} <= names
    assert names <= {"UMingCN-0", "UMingCN-Half-0", "DroidSansFallback", "DroidSansFallback-Half",
                     "LiberationSerif", "LiberationSans"}
    rows = pdfcheck.pdffonts(out)
    if rows is not None:  # poppler agrees: every row says emb yes, sub yes
        assert rows and all(r[-5:-3] == ["yes", "yes"] for r in rows), rows


@pytest.mark.parametrize("columns", [1, 2])
def test_every_article_text_comes_back_exactly(sample, tmp_path, columns):
    opts = ExportOptions(columns=columns)
    out = tmp_path / "sample.pdf"
    result = export_pdf(sample, sample.article_ids(), out, opts)
    first = min(result.start_pages.values())
    frames = body_frames(opts)  # read column by column, without the running header and footer
    readers = {"pdfplumber": pdfcheck.page_texts(out, frames), "pdftotext": pdfcheck.pdftotext(out, frames)}
    for reader, pages in readers.items():
        if pages is None:
            continue  # poppler-utils not installed
        extracted = pdfcheck.squash("".join(pages[first - 1:]))
        shared = shared_heads(sample, sample.article_ids())
        assert shared == {2}  # the roundtable runs under its lead-in's head
        for i in sample.article_ids():
            assert printed_text(sample.article(i), opts, under_shared_head=i in shared) in extracted, \
                f"{reader}: article {i} not whole"


def test_a_lead_in_and_its_roundtable_print_their_shared_head_once(sample, tmp_path):
    """导语 and 圆桌 share a kicker and headline: the booklet prints them once, over the lead-in,
    and the roundtable's contents entry and heading name it 圆桌 instead of repeating them."""
    out = tmp_path / "b.pdf"
    result = export_pdf(sample, [1, 2, 3], out)
    pages = [pdfcheck.squash(t) for t in pdfcheck.page_texts(out)]
    lead = sample.article(1).article
    headline, kicker = pdfcheck.squash(lead.headline), pdfcheck.squash(fullwidth_punctuation(lead.kicker))
    contents, body = pages[1], "".join(pages[2:])
    assert contents.count(headline) == 1 and "圆桌" in contents
    assert body.count(headline) == 1 and body.count(kicker) == 1
    assert body.index(headline) < body.index("圆桌泉州晚报") < body.index("本期主持")
    assert result.articles == 3


def test_stored_text_is_never_changed_by_export_options(sample, tmp_path):
    before = {i: sample.article(i).content_hash for i in sample.article_ids()}
    export_pdf(sample, sample.article_ids(), tmp_path / "t.pdf",
               ExportOptions(script="traditional", fullwidth_punctuation=True))
    assert {i: sample.article(i).content_hash for i in sample.article_ids()} == before


def test_traditional_output_is_converted_and_set_in_the_taiwan_face(sample, tmp_path):
    out = tmp_path / "t.pdf"
    export_pdf(sample, [2], out, ExportOptions(script="traditional"))
    text = pdfcheck.squash("".join(pdfcheck.page_texts(out)))
    assert "知識產權" in text and "知识产权" not in text
    assert "發展" in text
    names = {f["name"] for f in pdfcheck.fonts(out)}
    assert any("UMingTW" in n for n in names), names


def test_a_traditional_booklet_has_a_traditional_running_head(sample, tmp_path):
    """Issue 16: the running head over every page stayed 报库文章选编 in a traditional booklet."""
    import pdfplumber

    out = tmp_path / "t.pdf"
    export_pdf(sample, [1, 2, 3], out, ExportOptions(script="traditional"))
    with pdfplumber.open(out) as pdf:
        heads = [pdfcheck.squash(p.crop((0, 0, p.width, 60)).extract_text() or "") for p in pdf.pages[2:]]
    assert heads and all("報庫文章選編" in h and "报库" not in h for h in heads), heads


def test_fullwidth_punctuation_option_changes_print_only(sample, tmp_path):
    out = tmp_path / "t.pdf"
    export_pdf(sample, [2], out, ExportOptions(fullwidth_punctuation=True))
    text = pdfcheck.squash("".join(pdfcheck.page_texts(out)))
    assert "本期主持：郭剑平" in text
    assert "李劲松：首先，企业要利用好" in text
    assert "（郭剑平摄）" in text  # spaces squashed


# -- kinsoku ------------------------------------------------------------------------------------


def real_paragraphs(archive: Archive) -> list[str]:
    """Every text block of the sample page, in simplified and in traditional characters."""
    texts = [b.text for i in archive.article_ids() for b in archive.article(i).article.blocks]
    return texts + [convert_script(t, "s2t") for t in texts]


def test_linebreaking_never_starts_a_line_with_closing_punctuation(sample):
    paragraphs = real_paragraphs(sample)
    assert len(paragraphs) >= 50
    checked = 0
    for text in paragraphs:
        for chars in range(6, 41):  # every line length from 6 to 40 characters
            lines = break_lines(text, lambda u: 10.0 * len(u), 10.0 * (chars - 2), 10.0 * chars)
            assert "".join(ln.text for ln in lines).replace(" ", "") == text.replace(" ", "")
            for n, ln in enumerate(lines):
                if n:
                    assert ln.text[0] not in NO_START, (text, chars, ln.text)
                if not ln.last:
                    assert ln.text[-1] not in NO_END, (text, chars, ln.text)
                checked += 1
    assert checked > 20000


@pytest.mark.parametrize("opts", [
    ExportOptions(),
    ExportOptions(columns=2),
    ExportOptions(paper="B5", font_size=9),
    ExportOptions(paper="A3", columns=2, font_size=12),
    ExportOptions(script="traditional", columns=2, font_size=11),
    ExportOptions(paper="130x190mm", margin_mm=12, fullwidth_punctuation=True),
], ids=["a4", "a4-2col", "b5-9pt", "a3-2col-12pt", "trad-2col", "small-fullwidth"])
def test_no_printed_line_starts_with_closing_punctuation(sample, tmp_path, opts):
    out = tmp_path / "k.pdf"
    export_pdf(sample, sample.article_ids(), out, opts)
    frames = body_frames(opts)
    for pages in (pdfcheck.page_texts(out, frames), pdfcheck.pdftotext(out, frames)):
        if pages is None:
            continue  # poppler-utils not installed
        lines = pdfcheck.lines(pages)
        assert len(lines) > 80
        bad = [ln for ln in lines if ln.lstrip()[0] in NO_START]
        assert not bad, bad[:5]


CJK = st.sampled_from("知识产权新质生产力的发展是中国")
MARKS = st.sampled_from("，。、；：？！）》」”“（《「,.;:?!()—…%")
LATIN = st.sampled_from(["R&D", "2.5%", "2023年", "1867.4", "AI", "5G"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(CJK, CJK, CJK, MARKS, LATIN), min_size=1, max_size=80),
       st.integers(min_value=4, max_value=30))
def test_kinsoku_and_unbroken_runs_hold_for_any_text(pieces, chars):
    text = "".join(pieces)
    line_width = 10.0 * chars
    lines = break_lines(text, lambda u: 10.0 * len(u), line_width, line_width)
    assert "".join(ln.text for ln in lines) == text
    breaks = {ln.start for ln in lines[1:]}
    pos = 0
    for u in units(text):
        if len(u) <= chars:  # a unit that fits on a line is never cut, but where a word in it may
            # break (a dotted name over 12 characters, as 1867.4.R&DR&D: after its dot)
            own = {pos + m.start() + k for m in re.finditer(r"[A-Za-z0-9&.%/_-]+", u)
                   for k, _ in break_points(m.group())}
            assert not any(pos < b < pos + len(u) and b not in own for b in breaks), (u, [ln.text for ln in lines])
        pos += len(u)
    for ln in lines[1:]:  # ... so no line starts with a closing mark unless one was too long
        if ln.text[0] in NO_START:
            assert any(len(u) > chars for u in units(text)), [ln.text for ln in lines]


def test_units_keep_numbers_with_their_measure_words_and_glue_marks():
    assert units("今年1至8月,增长2.5%和3%。") == ["今", "年", "1至", "8月,", "增", "长", "2.5%", "和", "3%。"]
    assert units("“汽车行业”(R&D)") == ["“汽", "车", "行", "业”", "(R&D)"]
    assert units("好——的……吗") == ["好", "——", "的……", "吗"]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils (pdftotext -bbox-layout)")
def test_body_lines_are_justified_to_the_column_edge(sample, tmp_path):
    # poppler, not pdfminer: pdfminer drops the letter spacing at each font-subset switch.
    opts = ExportOptions()
    out = tmp_path / "j.pdf"
    export_pdf(sample, [2], out, opts)
    x, _, w, _ = body_frames(opts)[0]
    layout = subprocess.run(["pdftotext", "-bbox-layout", str(out), "-"], capture_output=True,
                            text=True, check=True).stdout
    boxes = [(float(a), float(b)) for a, b in re.findall(r'<line xMin="([\d.]+)" yMin="[\d.]+" '
                                                         r'xMax="([\d.]+)"', layout)]
    body = [(x0, x1) for x0, x1 in boxes if x0 >= x - 0.5 and x1 - x0 > w * 0.9]
    assert len(body) > 40
    flush = [x1 for _, x1 in body if abs(x1 - (x + w)) < 0.05]
    assert len(flush) >= 0.9 * len(body)  # the rest are the last lines of paragraphs
    assert all(x1 < x + w + 0.05 for _, x1 in boxes)  # and nothing runs past the edge


# -- booklet: contents, outline ------------------------------------------------------------------


def booklet_feed(path: Path, count: int) -> Path:
    """`count` articles over several days, built from the sample's real paragraphs."""
    paras = [ln for ln in SAMPLE_TXT.read_text(encoding="utf-8").split("\n\n") if len(ln.strip()) > 40]
    rows = []
    for n in range(count):
        day = dt.date(2024, 3, 1) + dt.timedelta(days=n // 3)
        body = [paras[(n * 3 + k) % len(paras)].strip() for k in range(1 + n % 5)]
        rows.append({"publication": "泉州晚报", "date": day.isoformat(), "page": 1 + n % 8,
                     "headline": f"第{n + 1}篇 {paras[n % len(paras)].strip()[:12]}",
                     "column": "城事" if n % 2 else "", "byline": "记者 张三" if n % 3 else "",
                     "paragraphs": body})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def booklet_archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("booklet")
    path = folder / "archive.db"
    with Archive(path) as a:
        assert import_paths(a, [booklet_feed(folder / "feed.jsonl", 30)]).ok
    return path


@pytest.mark.parametrize("opts", [ExportOptions(), ExportOptions(columns=2, new_page_per_article=False),
                                  ExportOptions(new_page_per_article=True, paper="B5")],
                         ids=["one-column", "two-columns", "new-page-b5"])
def test_thirty_article_booklet_contents_match_pages_and_outline(booklet_archive, tmp_path, opts):
    out = tmp_path / "booklet.pdf"
    with Archive(booklet_archive) as a:
        ids = a.article_ids()
        assert len(ids) == 30
        result = export_pdf(a, ids, out, opts)
        titles = {i: fullwidth_punctuation(a.article(i).article.headline) for i in ids}
    reader = PdfReader(str(out))
    texts = [pdfcheck.squash(p.extract_text() or "") for p in reader.pages]
    assert "报库文章选编" in texts[0]  # the cover

    # Where each article really starts: the first body page showing its headline.
    body_texts = [pdfcheck.squash(t) for t in pdfcheck.page_texts(out, body_frames(opts))]
    assert "目录" in texts[1]
    # The contents run from page 2 to the page before the one printing the first article's text.
    with Archive(booklet_archive) as a:
        first_text = pdfcheck.squash(min((a.article(i) for i in ids), key=lambda r: (r.date, r.page_number))
                                     .article.paragraphs[0])[:30]
    first_body = next(n for n in range(1, len(texts)) if first_text in texts[n])
    toc = "".join(texts[1:first_body])
    for i, title in titles.items():
        head = pdfcheck.squash(title)
        start = next(n for n in range(first_body, len(body_texts)) if head in body_texts[n]) + 1
        m = re.search(re.escape(head) + r"(\d+)", toc)
        assert m, f"{title} not in contents"
        assert int(m.group(1)) == start, (title, m.group(1), start)
        assert result.start_pages[i] == start

    outline = reader.outline
    assert len(outline) == 30 and not any(isinstance(o, list) for o in outline)
    for item in outline:
        i = next(i for i, t in titles.items() if t == item.title)
        assert reader.get_destination_page_number(item) + 1 == result.start_pages[i]


def test_contents_entries_link_to_their_articles(booklet_archive, tmp_path):
    out = tmp_path / "b.pdf"
    with Archive(booklet_archive) as a:
        result = export_pdf(a, a.article_ids()[:8], out)
    reader = PdfReader(str(out))
    links = [annot.get_object() for annot in reader.pages[1].get("/Annots", [])]
    pages = [reader.get_page_number(link["/Dest"][0]) + 1 for link in links if link.get("/Subtype") == "/Link"]
    assert pages == list(result.start_pages.values())  # contents order is the articles' order
    assert len(pages) == 8


# -- print-shop geometry ------------------------------------------------------------------------


def test_crop_marks_and_bleed_enlarge_the_media_box(sample, tmp_path):
    mm = 72 / 25.4
    out = tmp_path / "print.pdf"
    export_pdf(sample, [2, 3], out, ExportOptions(crop_marks=True, bleed_mm=3))
    for page in PdfReader(str(out)).pages:
        media, trim, bleed = page.mediabox, page.trimbox, page.bleedbox
        assert float(trim.width) == pytest.approx(210 * mm, abs=0.5)  # A4 trim
        assert float(trim.height) == pytest.approx(297 * mm, abs=0.5)
        assert float(bleed.left) == pytest.approx(float(trim.left) - 3 * mm, abs=0.01)
        assert float(bleed.top) == pytest.approx(float(trim.top) + 3 * mm, abs=0.01)
        # the media box holds the bleed and, outside it, the crop marks
        assert float(media.width) >= float(trim.width) + 2 * 3 * mm + 1
        assert float(media.height) >= float(trim.height) + 2 * 3 * mm + 1


def test_bleed_without_marks_is_exactly_the_media_box(sample, tmp_path):
    mm = 72 / 25.4
    out = tmp_path / "bleed.pdf"
    export_pdf(sample, [3], out, ExportOptions(bleed_mm=5, paper="Letter"))
    page = PdfReader(str(out)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(612 + 10 * mm, abs=0.01)
    assert float(page.trimbox.width) == pytest.approx(612, abs=0.01)
    assert float(page.bleedbox.width) == pytest.approx(float(page.mediabox.width), abs=0.01)


@pytest.mark.parametrize("paper,size", [("A4", (595.3, 841.9)), ("A3", (841.9, 1190.6)),
                                        ("B5", (498.9, 708.7)), ("Letter", (612, 792)),
                                        ("185x260mm", (524.4, 737.0))])
def test_paper_sizes(sample, tmp_path, paper, size):
    out = tmp_path / "p.pdf"
    export_pdf(sample, [3], out, ExportOptions(paper=paper))
    box = PdfReader(str(out)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.2)


def test_metadata(sample, tmp_path):
    out = tmp_path / "m.pdf"
    export_pdf(sample, [2, 6], out, ExportOptions(title="知识产权报道选编", author="编辑部",
                                                  subject="知识产权 日期:2024"))
    meta = PdfReader(str(out)).metadata
    assert meta.title == "知识产权报道选编" and meta.author == "编辑部"
    assert meta.subject == "知识产权 日期:2024"
    assert meta.creator == "Baoku 报库" and "ReportLab" in meta.producer
    assert abs(meta.creation_date.date() - dt.date.today()) <= dt.timedelta(days=1)


# -- missing glyphs, bad requests ---------------------------------------------------------------


def save_article(archive: Archive, text: str, headline: str = "缺字测试", photos=()) -> int:
    issue = model.ParsedIssue(
        model.IssueInfo("测试报", dt.date(2024, 5, 1)),
        [model.ParsedPage(model.PageInfo(2), [model.Article(
            [model.Block(model.HEADLINE, headline), model.Block(model.PARAGRAPH, text)],
            headline=headline, photos=list(photos))], complete=False)])
    return archive.save_issue(issue).article_ids[0]


def test_missing_glyph_is_named_and_nothing_is_written(archive, tmp_path):
    aid = save_article(archive, "这里有一个造字\ue000和一个罕见字𱁬。")
    out = tmp_path / "x.pdf"
    out.write_bytes(b"an older export")
    with pytest.raises(ValidationError) as e:
        export_pdf(archive, [aid], out)
    assert "U+E000" in str(e.value) and f"文章 {aid}" in str(e.value)
    assert out.read_bytes() == b"an older export"
    assert not list(tmp_path.glob(".baoku-*"))


def test_missing_glyph_can_be_marked_with_geta(archive, tmp_path):
    aid = save_article(archive, "这里有一个造字\ue000。")
    out = tmp_path / "x.pdf"
    export_pdf(archive, [aid], out, ExportOptions(missing_glyphs="geta"))
    assert "造字〓。" in pdfcheck.squash("".join(pdfcheck.page_texts(out)))


def test_a_variation_selector_prints_its_character_and_is_never_a_missing_glyph(archive, tmp_path):
    """An ideographic variation selector (U+E0100…) or a combining grapheme joiner draws nothing of
    its own: the character before it is printed, nothing is refused, no 〓 stands for it."""
    aid = save_article(archive, "东京都葛\U000e0100飾区的e\u034fmail。")
    out = tmp_path / "x.pdf"
    export_pdf(archive, [aid], out)
    text = pdfcheck.squash("".join(pdfcheck.page_texts(out)))
    assert "葛飾区的email。" in text and "〓" not in text
    assert "葛\U000e0100飾" in archive.article(aid).article.text()  # stored as imported


def test_sans_headline_falls_back_to_the_serif_for_latin_and_digits(archive, tmp_path):
    aid = save_article(archive, "正文。", headline="R&D投入增长2.5%")
    out = tmp_path / "x.pdf"
    export_pdf(archive, [aid], out)
    text = pdfcheck.squash("".join(pdfcheck.page_texts(out)))
    assert "R&D投入增长2.5%" in text


def test_photos_are_printed_with_their_captions(archive, tmp_path):
    buf = io.BytesIO()
    PILImage.new("RGB", (400, 300), (200, 30, 30)).save(buf, "PNG")
    photo = model.Photo(caption="图为参观者在拍摄新品。", credit="郭剑平", filename="p.png",
                        mime="image/png", data=buf.getvalue())
    aid = save_article(archive, "正文第一段。", photos=[photo])
    out = tmp_path / "x.pdf"
    export_pdf(archive, [aid], out)
    page = PdfReader(str(out)).pages[0]
    assert len(page.images) == 1
    assert "图为参观者在拍摄新品。（郭剑平摄）" in pdfcheck.squash(page.extract_text())


def test_bad_requests_are_refused_clearly(sample, tmp_path):
    with pytest.raises(NotFound, match="999"):
        export_pdf(sample, [2, 999], tmp_path / "a.pdf")
    with pytest.raises(ValidationError, match="nothing to export"):
        export_pdf(sample, [], tmp_path / "a.pdf")
    with pytest.raises(ValidationError, match="folder"):
        export_pdf(sample, [2], tmp_path)
    for bad in (dict(paper="A9"), dict(paper="5x5mm"), dict(columns=3), dict(font_size=2),
                dict(margin_mm=100), dict(script="klingon"), dict(reference="apa")):
        with pytest.raises(ValidationError):
            export_pdf(sample, [2], tmp_path / "a.pdf", ExportOptions(**bad))
    assert not (tmp_path / "a.pdf").exists()


# -- text helpers -------------------------------------------------------------------------------


def test_fullwidth_punctuation_leaves_numbers_and_english_alone():
    assert fullwidth_punctuation("本期主持:郭剑平") == "本期主持：郭剑平"
    assert fullwidth_punctuation("首先,企业要利用好;其次?") == "首先，企业要利用好；其次？"
    assert fullwidth_punctuation("(郭剑平 摄)") == "（郭剑平 摄）"
    assert fullwidth_punctuation("达1,867.4万辆,10:30开会") == "达1,867.4万辆，10:30开会"
    assert fullwidth_punctuation("R&D (research), yes: no") == "R&D (research), yes: no"
    assert fullwidth_punctuation("据新华社电(记者 张三)") == "据新华社电（记者 张三）"


def test_gbt7714_reference(sample):
    roundtable = sample.article(2)
    assert gbt7714(roundtable) == "郭剑平. 聚力“新知”挖掘“新质”[N]. 泉州晚报, 2024-09-11(5)."
    brief = sample.article(3)
    assert gbt7714(brief).startswith("1至8月 汽车产销量同比 分别增长2.5%和3%[N]. 泉州晚报, 2024-09-11(5)")


def test_reference_options_print_the_gbt7714_line(sample, tmp_path):
    out = tmp_path / "r.pdf"
    export_pdf(sample, [6], out, ExportOptions(reference="gbt7714"))
    text = pdfcheck.squash("".join(pdfcheck.page_texts(out)))
    assert pdfcheck.squash("引用：剑平. 创“新”求“质” 为高质量发展添动能[N]. 泉州晚报, 2024-09-11(5).") in text
    assert "泉州晚报2024年9月11日第5版" not in text.split("创“新”")[1][:40]
