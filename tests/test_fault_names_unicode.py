"""A paper's name spelt two ways that look the same (issue-51e, docs/faults.md): decomposed (a Mac's
file names: e and a combining accent for é), or carrying an invisible format character (a
right-to-left mark or override, a zero-width space, a byte order mark copied with the name). Each
is one paper, stored in one spelling."""

from __future__ import annotations

import json
import unicodedata

import pytest

from baoku.core.importing.run import FAILED, import_paths

PAGE_TEXT = "第一版\n\n本报讯 市民们今天纷纷出门游玩，公园里人头攒动，处处洋溢着节日的喜悦。\n"


def _papers(archive) -> list[tuple[str, str, int]]:
    recs = [archive.article(i) for i in archive.article_ids()]
    return sorted({(r.publication, str(r.date), r.page_number) for r in recs})


def test_a_paper_named_in_a_macs_decomposed_spelling_is_the_same_paper(tmp_path, archive):
    """Before: Le Monde é (composed) and Le Monde é (decomposed) were two papers, each with an
    issue of 2024-03-01 holding one of its two pages."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for page, form in ((1, "NFC"), (2, "NFD")):
        name = unicodedata.normalize(form, f"Le Monde é_2024-03-01_第{page}版.txt")
        (folder / name).write_text(PAGE_TEXT.replace("第一版", f"第{page}版") + f"第{page}版的新闻。\n",
                                   encoding="utf-8")
    report = import_paths(archive, [folder])
    assert report.ok, [o.message for o in report.outcomes]
    assert {p for p, _, _ in _papers(archive)} == {"Le Monde \u00e9"}  # one paper, composed
    assert sorted(n for _, _, n in _papers(archive)) == [1, 2]  # one issue, both its pages
    assert len(archive.issues()) == 1


INVISIBLE = ["\u200f", "\u202e", "\u200b", "\ufeff", "\u2066", "\u061c"]


@pytest.mark.parametrize("mark", INVISIBLE, ids=["rlm", "rlo", "zwsp", "bom", "lri", "alm"])
def test_an_invisible_character_in_a_papers_name_makes_no_paper_of_its_own(tmp_path, archive, mark):
    """Before: 泉州晚报 with a right-to-left mark after it was a paper of its own (and an override
    turned the rest of every line naming it around)."""
    feed = tmp_path / "feed.jsonl"
    rows = [{"publication": "泉州晚报", "date": "2024-03-02", "page": 1, "headline": "一", "paragraphs": ["正文一。"]},
            {"publication": f"{mark}泉州{mark}晚报{mark}", "date": "2024-03-02", "page": 2, "headline": "二",
             "paragraphs": ["正文二。"], "edition": f"城市版{mark}"}]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = import_paths(archive, [feed])
    assert report.ok, [o.message for o in report.outcomes]
    assert {p for p, _, _ in _papers(archive)} == {"泉州晚报"}
    assert {i["edition"] for i in archive.issues()} <= {"", "城市版"}


def test_a_papers_name_of_only_invisible_characters_is_no_name(tmp_path, archive):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"publication": "\u200f\u200b", "date": "2024-03-02", "page": 1, "headline": "一",
                                "paragraphs": ["正文。"]}), encoding="utf-8")
    report = import_paths(archive, [feed])
    assert report.outcomes[0].status == FAILED and "no issue metadata for publication" in report.outcomes[0].message
    assert not archive.article_ids()


def test_a_right_to_left_override_never_reaches_the_terminal_raw(tmp_path, capsys):
    """Before: a file named 报告\\u202efdp.exe (or an article holding U+202E) was printed as it is,
    and the terminal turned the rest of the line around: the import's line read 报告exe.pdf. Now each
    bidirectional override, embedding and isolate is written as its escape; the archive keeps the
    article's text as it was."""
    from baoku.cli import main
    from baoku.core.store import Archive

    page = tmp_path / "泉州晚报\u202e_2024-03-03_第1版.txt"
    page.write_text(PAGE_TEXT, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"publication": "泉州晚报", "date": "2024-03-04", "page": 1, "headline": "标题\u202e题标",
                                "paragraphs": ["正文\u2067。"]}, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "a.db")
    said = []
    for argv in (["import", str(page), str(feed)], ["list", "articles"], ["show", "2"], ["search", "正文"],
                 ["export", "1", "-o", str(tmp_path / "报告\u202efdp.exe")]):
        main(["--archive", db, *argv])
        out = capsys.readouterr()
        said.append(out.out + out.err)
    for argv, text in zip(("import", "list", "show", "search", "export"), said):
        assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), (argv, text)
    assert "泉州晚报\\u202e_2024-03-03_第1版.txt" in said[0] and "标题\\u202e题标" in said[2]
    assert "报告\\u202efdp.exe" in said[4]
    with Archive(tmp_path / "a.db") as archive:
        assert archive.article(2).article.headline == "标题\u202e题标"  # kept as it was
