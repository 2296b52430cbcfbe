"""The defect classes the held-out fault and input tests found (issue 13), each shown fixed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.importing.run import FAILED, IMPORTED, import_paths
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT

GOOD = {"publication": "测试报", "date": "2024-10-01", "page": 1, "headline": "好新闻", "paragraphs": ["正文。"]}


def jsonl(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


# -- 1. lone surrogates ------------------------------------------------------------------------------

def test_a_lone_surrogate_fails_its_file_naming_line_and_field_and_the_batch_goes_on(tmp_path, archive):
    bad = jsonl(tmp_path / "a-bad.jsonl", json.dumps(GOOD), '{"publication": "测试报", "date": "2024-10-02", '
                '"page": 1, "headline": "孤\\ud800", "paragraphs": ["x"]}')
    good = jsonl(tmp_path / "b-good.jsonl", json.dumps(dict(GOOD, date="2024-10-03")))
    report = import_paths(archive, [bad, good])
    first, second = report.outcomes
    assert first.status == FAILED and "line 2" in first.message and "headline" in first.message
    assert "surrogate" in first.message
    assert second.status == IMPORTED
    assert [r["date"] for r in archive.issues()] == ["2024-10-03"]  # the bad file stored nothing


def test_a_lone_surrogate_in_a_sidecar_or_an_option_gets_one_line(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "page.json").write_text('{"publication": "泉州\\ud800晚报", "date": "2024-09-11", "page": 5}',
                                        encoding="utf-8")
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(page)]) == 1
    err = capsys.readouterr().err
    assert "page.json" in err and "publication" in err and "surrogate" in err and "Traceback" not in err
    (tmp_path / "page.json").unlink()
    code = main(["--archive", str(db), "import", str(page), "--publication", "泉州晚报",
                 "--date", "2024-09-11", "--page", "5", "--page-name", "民企\udc80"])
    err = capsys.readouterr().err
    assert code == 1 and "page_name" in err and "surrogate" in err and "Traceback" not in err


def test_an_undecodable_file_name_is_reported_not_crashed_on(tmp_path, capsys):
    name = "泉州晚报_2024-09-11_第5版_\udcff民企.txt"  # a byte the file system encoding could not decode
    try:
        path = tmp_path / name
        path.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system cannot hold such a name")
    assert main(["--archive", str(tmp_path / "a.db"), "import", str(path)]) == 1
    captured = capsys.readouterr()
    assert "surrogate" in captured.err and "\\udcff" in captured.err and "Traceback" not in captured.err


# -- 11. YAML dates ----------------------------------------------------------------------------------

def test_an_unquoted_yaml_date_is_a_date(tmp_path, archive):
    page = tmp_path / "page.txt"
    page.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "page.yaml").write_text("publication: 泉州晚报\ndate: 2024-10-01\npage: 5\n", encoding="utf-8")
    report = import_paths(archive, [page])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    assert archive.issues()[0]["date"] == "2024-10-01"


# -- 13. file names in reports -------------------------------------------------------------------------

def test_a_newline_in_a_file_name_cannot_split_or_fake_a_report_line(tmp_path, capsys):
    name = "fake\nimported  evil.jsonl"
    path = jsonl(tmp_path / name, "{not json}")
    assert main(["--archive", str(tmp_path / "a.db"), "import", str(path), str(SAMPLE_TXT)]) == 1
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).splitlines()
    assert not any(line.startswith("imported  evil") for line in lines)
    assert any("fake\\nimported  evil.jsonl" in line for line in lines)


# -- 2. page sections ----------------------------------------------------------------------------------

def test_pages_keep_their_section_letter(tmp_path, archive):
    from baoku.core.search.index import SearchIndex

    a = tmp_path / "测试日报_2024-10-01_A05_要闻.txt"
    b = tmp_path / "测试日报_2024-10-01_B05_体育.txt"
    a.write_text("要闻标题\n\n本报讯 要闻正文在这里。\n", encoding="utf-8")
    b.write_text("体育标题\n\n本报讯 体育正文在这里。\n", encoding="utf-8")
    report = import_paths(archive, [b, a])
    assert [o.status for o in report.outcomes] == [IMPORTED, IMPORTED], [o.message for o in report.outcomes]
    pages = archive.pages()
    assert [(p["section"], p["number"], p["name"]) for p in pages] == [("A", 5, "要闻"), ("B", 5, "体育")]
    rec = archive.article(archive.article_ids()[0])
    assert rec.section == "B" and "B05版" in rec.source_line()
    with SearchIndex(archive) as index:
        assert {h.headline for h in index.search("版:A05", limit=0).hits} == {"要闻标题"}
        assert {h.headline for h in index.search("版:第B5版", limit=0).hits} == {"体育标题"}
        assert {h.headline for h in index.search("版:5", limit=0).hits} == {"要闻标题", "体育标题"}


def test_replace_only_replaces_the_same_page_and_says_what_it_deletes(tmp_path, archive):
    a = tmp_path / "测试日报_2024-10-01_A05_要闻.txt"
    a.write_text("要闻标题\n\n本报讯 要闻正文。\n", encoding="utf-8")
    b = tmp_path / "测试日报_2024-10-01_B05_体育.txt"
    b.write_text("体育标题\n\n本报讯 体育正文。\n", encoding="utf-8")
    import_paths(archive, [a, b])
    a.write_text("新的要闻标题\n\n本报讯 改过的正文。\n", encoding="utf-8")
    refused = import_paths(archive, [a]).outcomes[0]
    assert refused.status == FAILED
    assert "A05版" in refused.message and "「要闻标题」" in refused.message and "delete" in refused.message
    assert import_paths(archive, [a], replace=True).outcomes[0].status == IMPORTED
    heads = {archive.article(i).article.headline for i in archive.article_ids()}
    assert heads == {"新的要闻标题", "体育标题"}  # B05 untouched


def test_jsonl_pages_with_letters_are_separate_pages(tmp_path, archive):
    rows = [json.dumps(dict(GOOD, page=p, headline=f"第{p}页")) for p in ("A05", "B05", "5")]
    report = import_paths(archive, [jsonl(tmp_path / "f.jsonl", *rows)])
    assert report.outcomes[0].status == IMPORTED
    assert [(p["section"], p["number"]) for p in archive.pages()] == [("", 5), ("A", 5), ("B", 5)]


# -- 3. NITF text ---------------------------------------------------------------------------------------

def test_every_text_of_a_nitf_body_is_kept_in_reading_order(tmp_path, archive):
    doc = """<nitf><head><pubdata name="测试报" date.publication="20241001" position.sequence="3"/></head>
    <body><body.head><hedline><hl1>清单与表格</hl1></hedline></body.head><body.content>
    <p>导语段落。</p>
    <ul><li>第一项</li><li>第二项<em>加粗</em></li></ul>
    <table><tr><th>地区</th><th>产量</th></tr><tr><td>福建</td><td>120万吨</td></tr></table>
    <pre>第一行
第二行</pre>
    <bq><p>引述的话。</p><credit>——某专家</credit></bq>
    <credit>本报记者 张三 摄</credit>
    <hl2>小标题</hl2>
    <aside>边栏文字</aside>
    <p>结尾。</p>
    </body.content></body></nitf>"""
    path = tmp_path / "list.xml"
    path.write_text(doc, encoding="utf-8")
    report = import_paths(archive, [path])
    outcome = report.outcomes[0]
    assert outcome.status == IMPORTED, outcome.message
    texts = [b.text for b in archive.article(archive.article_ids()[0]).article.blocks]
    body = texts[texts.index("导语段落。"):]
    assert body == ["导语段落。", "第一项", "第二项加粗", "地区\u3000产量", "福建\u3000120万吨", "第一行", "第二行",
                    "引述的话。", "——某专家", "本报记者 张三 摄", "小标题", "边栏文字", "结尾。"]
    assert any("<aside>" in w for w in outcome.warnings)  # kept, and said so


# -- 4. encodings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,encoding", [
    ("生僻字：𠮷㐀䶵𪚥龘𬌗，价格€10，商标™。今天天气很好，我们去公园散步。", "gb18030"),  # 4-byte sequences
    ("粵語新聞：佢哋話啲嘢㗎，我哋聽日再講。", "big5hkscs"),  # Hong Kong characters
    ("圍棋又稱碁，是一種策略性棋類遊戲。", "cp950"),  # Microsoft's Big5
])
def test_valid_gb18030_hkscs_and_cp950_files_are_read_exactly(tmp_path, archive, text, encoding):
    from baoku.core.importing.encoding import decode_text

    data = (text + "\n").encode(encoding)
    with pytest.raises(UnicodeError):
        data.decode("utf-8")
    decoded, _ = decode_text(data, "x.txt")
    assert decoded == text + "\n"
    page = tmp_path / "测试报_2024-10-01_第1版.txt"
    head = "标题一则" if encoding == "gb18030" else "標題一則"
    page.write_bytes((head + "\n\n" + text + "\n").encode(encoding))
    outcome = import_paths(archive, [page]).outcomes[0]
    assert outcome.status == IMPORTED, outcome.message
    assert text in archive.article(archive.article_ids()[0]).article.text()


def test_a_truncated_double_byte_file_still_says_so(tmp_path):
    from baoku.core.errors import ImportRejected
    from baoku.core.importing.encoding import decode_text

    data = "今天天气很好，我们去公园散步，看见很多人在锻炼身体。".encode("gb18030")
    with pytest.raises(ImportRejected, match="truncated|middle"):
        decode_text(data[:-1], "x.txt")
