"""Latin-script text as text (issue 31): lines joined by language, bylines as persons and titles,
search by whole words and prefixes, snippets that cut no word, and export set as Latin text."""

from __future__ import annotations

import io

import pytest

from baoku.core.export.hyphenation import break_points
from baoku.core.export.linebreak import tokens
from baoku.core.importing.agency import latin_byline, split_byline
from baoku.core.script import SOFT_HYPHEN, is_latin_text, join_lines, paragraphs
from baoku.core.search.query import Text, parse_query
from baoku.core.search.spans import find_spans, snippet


def test_lines_join_by_language():
    assert join_lines("the Catalan", "independence") == "the Catalan independence"
    assert join_lines("国家统计局1日发布的数据", "显示，") == "国家统计局1日发布的数据显示，"
    assert join_lines("construc" + SOFT_HYPHEN, "tion") == "construction"
    assert join_lines("GDP增长", "2.5%") == "GDP增长2.5%"
    assert paragraphs("one two\nthree\n\nfour\n   five six\nseven") == ["one two three", "four", "five six seven"]
    assert is_latin_text("Tromsø møttes") and not is_latin_text("记者 Li 报道") and is_latin_text("By AP 记者")


@pytest.mark.parametrize("byline,expected", [
    ("By Meredith Jameson, Staff Reporter", [("Meredith Jameson", "Staff Reporter")]),
    ("By Sam Lister, Press Association Political Correspondent",
     [("Sam Lister", "Press Association Political Correspondent")]),
    ("By JOHN SMITH and JANE DOE, Associated Press Writers",
     [("JOHN SMITH", "Associated Press Writers"), ("JANE DOE", "Associated Press Writers")]),
    ("Por María García, corresponsal", [("María García", "corresponsal")]),
    ("Av Kari Nordmann, NTB", [("Kari Nordmann", "NTB")]),
    ("Geir Molnes / Faktisk.no", [("Geir Molnes", "Faktisk.no")]),
    ("gr/bp", [("gr/bp", "")]),
    ("By John Doe", [("John Doe", "")]),
])
def test_latin_bylines_are_persons_and_titles(byline, expected):
    assert [(c.name, c.role) for c in latin_byline(byline)] == expected
    assert "By" not in [n for n, _ in expected]


def test_a_byline_with_no_person_in_it_is_not_split_into_words():
    assert split_byline("Sports Network") == ([], "")
    assert [c.name for c in latin_byline("Sports Network")] == ["Sports Network"]


def test_a_bare_word_ending_in_a_star_is_a_prefix():
    assert parse_query("econom*") == Text("econom", prefix=True)
    assert parse_query('"econom*"') == Text("econom*")
    assert parse_query("标题:fed*") == Text("fed", "title", prefix=True)


def test_spans_and_snippets_keep_latin_words_whole():
    from baoku.core.search.tokens import PREFIX

    text = "the weathered weather. weather-beaten"
    assert find_spans(text, ["weather"]) == [(14, 21), (23, 30)]
    assert find_spans(text, ["weather" + PREFIX]) == [(4, 13), (14, 21), (23, 30)]
    long = ("Alfano has said that the Catalan independence declaration is unacceptable and that the "
            "Spanish government will guarantee the rights of all citizens in Catalonia")
    shown, marks = snippet(long, find_spans(long.lower(), ["government"]), width=60)
    words = shown.strip("…").split()
    assert all(w in long.split() for w in words), shown
    assert shown[marks[0][0]:marks[0][1]] == "government"


def test_a_latin_paragraph_breaks_only_at_its_spaces():
    units = ["".join(a.text for a in u) for u in tokens('the "cap" allowed (in 2013) — said', latin=True)]
    assert units == ["the", " ", '"cap"', " ", "allowed", " ", "(in", " ", "2013)", " ", "—", " ", "said"]
    assert break_points("Regierungserklärung", "de") != break_points("Regierungserklärung", "en")


def test_a_latin_article_is_exported_as_latin_text(tmp_path):
    import pdfplumber

    from baoku.core.export.document import export_pdf
    from baoku.core.export.options import ExportOptions
    from baoku.core.importing.run import import_paths
    from baoku.core.store import Archive

    from .test_agency import AP

    src = tmp_path / "ap.xml"
    src.write_text(AP.replace("warms the climate.", "warms the climate, " + "and so on " * 60 + "— says the report."),
                   encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        ids = import_paths(archive, [src]).outcomes[0].article_ids
        out = tmp_path / "ap.pdf"
        export_pdf(archive, ids, out, ExportOptions())
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as pdf:
        chars = [c for p in pdf.pages for c in p.chars]
    dashes = [c for c in chars if c["text"] == "—"]
    assert dashes and all("Liberation" in c["fontname"] for c in dashes)  # not the CJK face's full-width dash
    body = [c for c in chars if c["text"] == "N" and c["size"] < 12]
    lines = {}
    for c in chars:
        lines.setdefault(round(c["top"]), []).append(c)
    starts = [min(cs, key=lambda c: c["x0"])["text"] for cs in lines.values()]
    assert '"' not in starts and "," not in starts and body
