"""A tester's round of odd inputs and faults (issue 41h): each class shown handled, on both
archive kinds where they differ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.importing.run import import_paths
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive


GOOD = {"publication": "测试报", "date": "2024-10-01", "page": 1, "headline": "好新闻", "paragraphs": ["正文。"]}


def jsonl(path: Path, *rows: dict | str) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


# -- index damage is what damaged files raise, not any ValueError, KeyError or IndexError ----------

@pytest.mark.parametrize("bug", [KeyError("publication"), IndexError("list index out of range"),
                                 ValueError("invalid literal for int()")])
def test_a_programming_error_in_a_search_is_not_taken_for_index_damage(tmp_path, monkeypatch, bug):
    from baoku.core.search import searching

    db = tmp_path / "a.db"
    told: list[str] = []
    with Archive(db) as archive:
        import_paths(archive, [jsonl(tmp_path / "a.jsonl", dict(GOOD, headline="知识产权保护"))])
        index = SearchIndex(archive, notify=told.append)
        assert index.search("知识产权").total
        marker = {p.name: p.stat().st_mtime_ns for p in Path(str(db) + ".index").iterdir()}

        def broken(*args, **kwargs):
            raise bug

        monkeypatch.setattr(searching, "make_hits", broken)
        with pytest.raises(type(bug)):
            index.search("知识产权")
        assert told == []  # no "the search index was damaged", no rebuild
        assert {p.name: p.stat().st_mtime_ns for p in Path(str(db) + ".index").iterdir()} == marker
        index.close()


@pytest.mark.parametrize("suffix", [".trm", ".pst", ".aid"])
def test_a_truncated_word_index_file_is_still_damage_and_rebuilt(tmp_path, suffix):
    db = tmp_path / "a.db"
    told: list[str] = []
    with Archive(db) as archive:
        import_paths(archive, [jsonl(tmp_path / "a.jsonl", *(dict(GOOD, headline=f"知识产权保护{i}", paragraphs=[
            f"知识产权保护工作第{i}次会议召开。"]) for i in range(30)))])
        index = SearchIndex(archive, notify=told.append)
        want = index.search("知识产权").total
        index.close()
        files = list(Path(str(db) + ".index").glob(f"*{suffix}"))
        assert files
        for f in files:
            f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
        index = SearchIndex(archive, notify=told.append)
        assert index.search("知识产权").total == want
        assert len(told) == 1 and "damaged" in told[0]
        index.close()


# -- the archive's folder renamed or deleted while an import runs -----------------------------------

def _pages(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(1, n + 1):
        jsonl(folder / f"{i:02d}.jsonl", dict(GOOD, date=f"2024-10-{i:02d}", headline=f"第{i}期新闻",
                                              paragraphs=[f"第{i}期的正文，各不相同。"]))
    return folder


@pytest.mark.parametrize("how", ["renamed", "deleted"])
def test_an_archive_folder_renamed_or_deleted_under_an_import_stops_it_in_one_line_and_makes_nothing_there(
        tmp_path, capsys, monkeypatch, how):
    import shutil

    from baoku.core.importing import run

    feed = _pages(tmp_path / "feed", 4)
    home = tmp_path / "arch"
    home.mkdir()
    db = home / "a.db"
    assert main(["--archive", str(db), "import", str(feed / "01.jsonl")]) == 0
    capsys.readouterr()
    real = run.import_one
    seen = []

    def then_moved(archive, item, *args, **kwargs):  # the folder goes after the batch's first file
        if len(seen) == 1:
            if how == "renamed":
                home.rename(tmp_path / "arch2")
            else:
                shutil.rmtree(home)
        seen.append(item.name)
        return real(archive, item, *args, **kwargs)

    monkeypatch.setattr(run, "import_one", then_moved)
    code = main(["--archive", str(db), "import", *(str(feed / f"{i:02d}.jsonl") for i in (2, 3, 4))])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    said = [line for line in (out + err).splitlines() if "moved, renamed or deleted" in line]
    assert said and all(str(db) in line for line in said), out + err  # (the summary and the error line)
    assert not home.exists()  # no index, lock or archive made again where it was
    if how == "renamed":
        with Archive(tmp_path / "arch2" / "a.db") as moved:  # the file went whole, with what was stored
            assert [r["date"] for r in moved.issues()] == ["2024-10-01", "2024-10-02"]


def test_a_search_of_an_archive_whose_folder_was_renamed_makes_no_index_at_the_old_place(tmp_path):
    from baoku.core.errors import ArchiveUnavailable

    (tmp_path / "arch").mkdir()
    told: list[str] = []
    with Archive(tmp_path / "arch" / "a.db") as archive:
        import_paths(archive, [jsonl(tmp_path / "a.jsonl", dict(GOOD, headline="知识产权"))])
        SearchIndex(archive).search("知识产权")
        (tmp_path / "arch").rename(tmp_path / "arch2")
        with pytest.raises(ArchiveUnavailable, match="moved, renamed or deleted"):
            SearchIndex(archive, notify=told.append).search("知识产权")
    assert not (tmp_path / "arch").exists() and told == []  # not "damaged", and nothing rebuilt there


# -- old Mac (CR) and mixed line endings inside a structured source's text ---------------------------

def _blocks(archive: Archive) -> list[list[tuple[str, str]]]:
    return [[(b.kind, b.text) for b in archive.article(i).article.blocks] for i in archive.article_ids()]


def test_cr_and_mixed_line_endings_in_a_feeds_text_read_as_lf(tmp_path):
    def row(nl: str, nl2: str) -> dict:
        made = dict(GOOD, headline=f"上行{nl}下行", body=f"第一段。{nl}第二段。{nl2}第三段。{nl}{nl2}第四段。",
                    captions=[{"text": f"图说{nl}两行", "credit": "郭剑平"}])
        del made["paragraphs"]
        return made

    with Archive(tmp_path / "lf.db") as lf, Archive(tmp_path / "cr.db") as cr:
        import_paths(lf, [jsonl(tmp_path / "lf.jsonl", row("\n", "\n"),
                                dict(GOOD, headline="二", paragraphs=["行一\n行二"]))])
        report = import_paths(cr, [jsonl(tmp_path / "cr.jsonl", row("\r", "\r\n"),
                                         dict(GOOD, headline="二", paragraphs=["行一\r行二"]))])
        assert report.ok
        assert _blocks(cr) == _blocks(lf)
        assert not any("\r" in text for blocks in _blocks(cr) for _, text in blocks)


# -- a lone surrogate in what an importer only warns about --------------------------------------------

def test_a_lone_surrogate_in_an_ignored_fields_name_is_warned_escaped_and_the_file_goes_in(tmp_path, any_archive):
    row = json.dumps(GOOD, ensure_ascii=False)[:-1] + ', "x\\ud800y": 1}'
    report = import_paths(any_archive, [jsonl(tmp_path / "a.jsonl", row)])
    (outcome,) = report.outcomes
    assert report.ok and outcome.article_ids, outcome.message
    assert any("x\\ud800y" in w for w in outcome.warnings), outcome.warnings  # said, as an escape
    assert any_archive.article(outcome.article_ids[0]).article.headline == "好新闻"


# -- NUL and other C0 controls in an article's text ---------------------------------------------------

def test_a_utf8_page_text_with_a_stray_nul_is_read_as_utf8_and_keeps_it_visibly(tmp_path, capsys):
    page = tmp_path / "测试报_2024-10-01_第1版_要闻.txt"
    page.write_bytes("测试标题\n\n本报讯 这是一段\x00含有空字符的正文。\n".encode())
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(page)]) == 0, capsys.readouterr()
    capsys.readouterr()
    assert main(["--archive", str(db), "search", "含有空字符"]) == 0
    out = capsys.readouterr().out
    assert "1 article found" in out and "这是一段␀含有空字符" in out  # stored as the source has it, shown


CONTROLS = "\x00\x01\x07\x1b\x7f\x85\x9b"


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx", "pdf"])
def test_control_characters_are_left_out_of_every_export_alike(tmp_path, fmt):
    import zipfile

    from baoku.core.export.formats import export_document

    db = tmp_path / "a.db"
    with Archive(db) as archive:
        import_paths(archive, [jsonl(tmp_path / "c.jsonl", dict(
            GOOD, headline="控制\x01符标题", paragraphs=[f"这是一段{CONTROLS[:4]}含有控制符{CONTROLS[4:]}的正文。"]))])
        out = tmp_path / f"out.{fmt}"
        export_document(archive, archive.article_ids(), out, fmt=fmt)
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
        return
    text = zipfile.ZipFile(out).read("word/document.xml").decode() if fmt == "docx" else out.read_text("utf-8")
    assert not any(c in text for c in CONTROLS), [c for c in CONTROLS if c in text]
    assert "这是一段含有控制符的正文" in text.replace("<", "\n<").replace("\n", "") or "这是一段含有控制符的正文" in text


# -- a file name made from a title ---------------------------------------------------------------------

TITLES = ['a/b', "../../出去", 'x\\y', '问:*?"<>|答', ".隐藏", "尾点. . ", "CON", "nul.txt", "COM1", "LPT1", "PRN",
          "AUX", "长" * 500, "", "...", "制\x00表\n符"]


def test_a_file_name_made_from_any_title_is_one_safe_name_in_its_folder(tmp_path):
    from baoku.core.files import NAME_BYTES, file_name

    names = [file_name(t, ".pdf", "报库导出") for t in TITLES]
    for title, name in zip(TITLES, names):
        assert len(name.encode()) <= NAME_BYTES and name.endswith(".pdf"), title
        assert not set(name) & set('/\\:*?"<>|\x00\n') and not name.startswith("."), name
        assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}, name
        (tmp_path / name).write_bytes(b"x")  # the file system takes it, in this folder
        assert (tmp_path / name).parent == tmp_path
    assert file_name("长" * 500, ".pdf", "x").startswith("长" * 80)  # cut at a character, not mid-byte



# -- a date that does not exist in a file name ---------------------------------------------------------

@pytest.mark.parametrize("date", ["2023-13-01", "2024-00-10", "2024_02_30", "2024.04.31"])
def test_a_file_names_date_that_does_not_exist_is_one_line_naming_it_and_the_rest_of_the_name_is_read(
        tmp_path, capsys, date):
    page = tmp_path / f"测试报_{date}_第3版_要闻.txt"
    page.write_text("标题\n\n本报讯 正文内容。\n", encoding="utf-8")
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(page)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "not a real calendar date" in err and date.replace("_", "-").replace(
        ".", "-") in err, err
    assert main(["--archive", str(db), "import", str(page), "--date", "2024-01-13"]) == 0  # the rest is read
    with Archive(db) as archive:
        assert [(r["publication"], r["date"]) for r in archive.issues()] == [("测试报", "2024-01-13")]
        assert [(p["number"], p["name"]) for p in archive.pages()] == [(3, "要闻")]


# -- a very long query ---------------------------------------------------------------------------------

def test_a_query_too_long_or_of_too_many_terms_is_one_clear_message_on_both_archive_kinds(tmp_path, any_archive):
    import time

    from baoku.core.search.query import QueryError

    from .conftest import search_of

    MAX_TERMS, MAX_QUERY_CHARS = 200, 20_000  # (search.query's)

    import_paths(any_archive, [jsonl(tmp_path / "a.jsonl", dict(GOOD, paragraphs=["本报讯 正文。"]))])
    with search_of(any_archive) as index:
        for query, said in ((" ".join(["本报讯"] * (MAX_TERMS + 1)), "terms"), ("报" * (MAX_QUERY_CHARS + 1), "long")):
            started = time.monotonic()
            with pytest.raises(QueryError, match=said) as e:
                index.search(query)
            assert time.monotonic() - started < 1 and "\n" not in str(e.value)
        assert index.search(" ".join(["本报讯"] * MAX_TERMS)).total == 1  # at the limits it runs
        assert index.search("的" * 10_000).total == 0  # (a 10,000-character query is a query)
