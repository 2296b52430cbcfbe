"""A corpus of 100+ hostile and broken files: each gets a clear message of its own, nothing escapes
as an exception, and the archive holds exactly the good files of the same batch."""

from __future__ import annotations

import functools
import hashlib
import io
import json
import random
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from baoku.core.importing.run import FAILED, IMPORTED, import_paths
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT

NAME = "泉州晚报_2024-0{m}-{d:02d}_第5版_测试"  # metadata in the name, so each file reaches its parser

XML_ATTACKS = [  # every XML attack and breakage; test_agency runs them against the DOCTYPE rule too
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><nitf><body>&d;</body></nitf>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><nitf><body>&e;</body></nitf>',
    '<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "http://example.com/nitf.dtd"><nitf/>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://example.com/p.dtd"> %p;]><nitf/>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ELEMENT nitf ANY>]><nitf><head><title>t</title></head></nitf>',
    '<nitf><head><title>未闭合',
    '<?xml version="1.0"?><rss><channel><title>不是 NITF</title></channel></rss>',
    '<?xml version="1.0"?><newsMessage><itemSet></itemSet></newsMessage>',
    '<?xml version="1.0" encoding="gb2312"?><nitf><body>' + "\ufffd" * 10 + "</body></nitf>",
    "<" * 50_000,
    '<nitf>' + "<x>" * 5000 + "</x>" * 5000 + "</nitf>",
    '<?xml version="1.0"?><nitf xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd"/></nitf>',
]


def hostile_corpus(folder: Path) -> list[Path]:
    rnd = random.Random(5)
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    files: list[Path] = []

    def put(name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        files.append(path)

    n = iter(range(1, 10_000))

    def stem() -> str:
        k = next(n)
        return NAME.format(m=1 + k // 28 % 9, d=1 + k % 28)

    for ext in (".txt", ".jsonl", ".xml", ".pdf", ".text"):  # binary junk and empty files
        for _ in range(4):
            put(stem() + ext, bytes(rnd.getrandbits(8) for _ in range(rnd.randint(10, 5000))))
        put(stem() + ext, b"")
        put(stem() + ext, b"   \n\n\t  ")
    utf8, gb = text.encode("utf-8"), text.encode("gb18030")
    for data, count in ((utf8, 10), (gb, 10)):  # truncated in the middle of a character
        cuts = [c for c in range(200, len(data)) if _breaks(data[:c])]
        for c in rnd.sample(cuts, count):
            put(stem() + ".txt", data[:c])
    for k in range(5):  # mixed encodings in one file
        half = len(text) * (k + 1) // 7
        put(stem() + ".txt", text[:half].encode("utf-8") + text[half:].encode("gb18030"))
    put(stem() + ".txt", ("\x00" * 100 + text).encode("utf-8"))  # NUL bytes: binary
    put(stem() + ".txt", ("\x07\x1b" * 2000).encode("utf-8"))  # control characters
    for doc in XML_ATTACKS:
        put(stem() + ".xml", doc.encode("utf-8"))
    jsonl_bad = [
        "{not json}", "[1, 2, 3]", '"just a string"',
        json.dumps({"publication": "测试报", "date": "2024-02-30", "page": 1, "headline": "假日期"}),
        json.dumps({"publication": "测试报", "date": "2023-13-01", "page": 1, "headline": "假月份"}),
        json.dumps({"publication": "测试报", "date": "2024-01-01", "page": "第五十万版", "headline": "坏版次"}),
        json.dumps({"publication": "测试报", "date": "2024-01-01", "page": 1}),  # no headline, no body
        json.dumps({"publication": ["列表"], "date": "2024-01-01", "page": 1, "headline": "x"}),
        json.dumps({"date": "2024-01-01", "page": 1, "headline": "没有报名"}),
        json.dumps({"publication": "测试报", "date": "2024-01-01", "page": 1, "headline": {"嵌套": 1}}),
        json.dumps({"publication": "测试报", "date": "2024-01-01", "page": 1, "headline": "好"}) + "\n{broken",
        '{"publication": "测试报", "date": "2024-01-01", "page": 1, "headline": "' + "深" * 10 + "\n",
        # lone surrogates, as JSON escapes: not characters, cannot be stored
        '{"publication": "测试报", "date": "2024-01-01", "page": 1, "headline": "孤\\ud800"}',
        '{"publication": "测试报\\udfff", "date": "2024-01-01", "page": 1, "headline": "好"}',
        '{"publication": "测试报", "date": "2024-01-01", "page": 1, "headline": "好", "paragraphs": ["\\udc80x"]}',
        '{"publication": "测试报", "date": "2024-01-01", "page": 1, "headline": "好", "byline": [{"name": "\\ud83d"}]}',
    ]
    for line in jsonl_bad:
        put(stem() + ".jsonl", line.encode("utf-8"))
    for sidecar in ({"date": "2024-02-30"}, {"date": "明天"}, {"page": -3}, {"frequency": "hourly"}, "[1,2",
                    '{"publication": "泉州\\ud800晚报", "date": "2024-09-11", "page": 5}',
                    '{"publication": "泉州晚报", "date": "2024-09-11", "page": 5, "page_name": "\\udcff"}'):
        name = stem()  # a page-text file whose sidecar is wrong
        put(name + ".txt", text.encode("utf-8"))
        (folder / (name + ".json")).write_text(sidecar if isinstance(sidecar, str) else json.dumps(
            dict({"publication": "泉州晚报", "date": "2024-09-11", "page": 5}, **sidecar)), encoding="utf-8")
    zips = {
        "slip": [("../../evil.txt", text)], "absolute": [("/etc/evil.txt", text)],
        "backslash": [("..\\..\\evil.txt", text)], "drive": [("C:/evil.txt", text)],
    }
    for label, entries in zips.items():
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for name, body in entries:
                zf.writestr(name, body)
        put(f"{stem()}-{label}.zip", buf.getvalue())
    buf = io.BytesIO()  # a symlink entry
    with zipfile.ZipFile(buf, "w") as zf:
        info = zipfile.ZipInfo("link.txt")
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
    put(stem() + "-symlink.zip", buf.getvalue())
    put(stem() + "-bomb.zip", _bomb())
    put(stem() + "-broken.zip", b"PK\x03\x04" + bytes(rnd.getrandbits(8) for _ in range(3000)))
    put(stem() + "-empty.zip", b"PK\x05\x06" + b"\0" * 18)
    pdf = _pdf_with_text("第一版 这是一页有文字的版面。")
    put(stem() + "-truncated.pdf", pdf[: len(pdf) // 2])
    put(stem() + "-header-only.pdf", b"%PDF-1.4\n%%EOF")
    put(stem() + "-imageonly.pdf", _image_only_pdf())
    put(stem() + "-encrypted.pdf", _encrypted(pdf))
    put(stem() + "-garbage-after-header.pdf", b"%PDF-1.7\n" + bytes(rnd.getrandbits(8) for _ in range(4000)))
    big = folder / (stem() + "-100MB.txt")  # a 100 MB single page, over the 64 MB limit
    with big.open("wb") as f:
        line = ("很长的一页。" * 100 + "\n").encode("utf-8")
        while f.tell() < 100 * 2**20:
            f.write(line * 100)
    files.append(big)
    return files


@functools.cache
def _bomb() -> bytes:
    """A ZIP bomb: a small file (11 MB) that unpacks to over the 2 GB limit. Made once a run, at
    deflate's fastest level (its default spent 30 s of the suite on compressing zeros)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for k in range(3):
            with zf.open(f"{NAME.format(m=9, d=20 + k)}.txt", "w", force_zip64=True) as f:
                chunk = b"\0" * (1 << 20)
                for _ in range(800):
                    f.write(chunk)
    return buf.getvalue()


def _breaks(data: bytes) -> bool:
    """True when the bytes end inside a character in both UTF-8 and GB18030 terms."""
    for enc in ("utf-8", "gb18030"):
        try:
            data.decode(enc)
        except UnicodeDecodeError:
            continue
        return False
    return True


def _pdf_with_text(text: str) -> bytes:
    from baoku.core.export.fonts import FontSet

    fonts = FontSet()
    buf = io.BytesIO()
    c = Canvas(buf)
    c.setFont(fonts.name(FontSet.SERIF), 12)
    c.drawString(72, 720, text)
    c.save()
    return buf.getvalue()


def _image_only_pdf() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(200, 280))  # small: OCR's detector reads every page it is given
    c.rect(20, 20, 100, 170, fill=1)  # a scanned page: marks, no text layer
    c.save()
    return buf.getvalue()


def _encrypted(pdf: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_hundred_hostile_files_each_fail_alone(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    corpus = hostile_corpus(bad)
    assert len(corpus) >= 100
    good = tmp_path / "good"
    good.mkdir()
    (good / f"{NAME.format(m=9, d=11)}.txt").write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")

    # Only the good file: the reference archive.
    with Archive(tmp_path / "reference.db") as ref:
        assert import_paths(ref, [good]).ok
        reference = _content(ref)

    with Archive(tmp_path / "archive.db") as archive:
        before = hashlib.sha256((tmp_path / "archive.db").read_bytes()).hexdigest()
        report = import_paths(archive, [bad])  # hostile files alone change nothing
        assert hashlib.sha256((tmp_path / "archive.db").read_bytes()).hexdigest() == before
        for path in corpus:  # a ZIP's entries are reported as ZIP!entry
            mine = [o for o in report.outcomes if Path(o.name.split("!")[0]).name == path.name]
            assert mine, f"no message for {path.name}"
            for o in mine:
                assert o.status == FAILED, (path.name, o.status, o.message)
                assert o.message and "Traceback" not in o.message and "unexpected error" not in o.message, \
                    (path.name, o.message)
                assert len(o.message) < 400 and "\n" not in o.message, o.message  # one clear line
        assert archive.stats()["articles"] == 0

        mixed = import_paths(archive, [bad, good])  # the good file in the same batch still lands
        assert sum(o.status == IMPORTED for o in mixed.outcomes) == 1
        assert _content(archive) == reference


def _content(archive: Archive) -> list:
    """What the archive says, without import times."""
    return [tuple(r) for r in archive.db.execute(
        "SELECT p.name, i.date, g.number, g.name, a.seq, a.content_hash FROM article a "
        "JOIN page g ON g.id = a.page_id JOIN issue i ON i.id = g.issue_id "
        "JOIN publication p ON p.id = i.publication_id ORDER BY 1, 2, 3, 5")]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), ext=st.sampled_from([".txt", ".jsonl", ".xml", ".pdf", ".zip"]))
def test_fuzzed_bytes_never_escape_as_exceptions(tmp_path, data, ext):
    folder = tmp_path / "fuzz"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    path = folder / f"{NAME.format(m=9, d=11)}{ext}"
    path.write_bytes(data)
    with Archive(tmp_path / "fuzz.db") as archive:
        report = import_paths(archive, [folder])
        for o in report.outcomes:
            assert "unexpected error" not in o.message, o.message


def tricky_but_valid(folder: Path) -> dict[str, int]:
    """Files the hostile classes sit beside that are valid and must import whole: file name ->
    articles it holds. 4-byte GB18030, HKSCS and cp950 text, NITF lists and tables, pages A05 and
    B05 of one issue."""
    out = {}

    def put(name: str, data: bytes, articles: int) -> None:
        (folder / name).write_bytes(data)
        out[name] = articles

    put("测试报_2024-10-01_A05_要闻.txt", "要闻标题\n\n本报讯 生僻字𠮷㐀与符号€™都在。\n".encode("gb18030"), 1)
    put("测试报_2024-10-01_B05_体育.txt", "體育標題\n\n本報訊 佢哋話啲嘢㗎，好正。\n".encode("big5hkscs"), 1)
    put("测试报_2024-10-02_第1版.txt", "圍棋新聞\n\n本報訊 圍棋又稱碁，是一種策略性棋類遊戲。\n".encode("cp950"), 1)
    put("lists.xml", ('<nitf><head><pubdata name="测试报" date.publication="20241003" position.sequence="2"/></head>'
                      "<body><body.head><hedline><hl1>清单</hl1></hedline></body.head><body.content>"
                      "<ul><li>第一项。</li></ul><table><tr><td>甲</td><td>乙</td></tr></table>"
                      "</body.content></body></nitf>").encode("utf-8"), 1)
    return out


def test_valid_files_of_the_hostile_classes_import_whole_beside_them(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    good = tricky_but_valid(folder)
    hostile_corpus(folder)
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [folder])
        by_name = {Path(o.name).name: o for o in report.outcomes}
        for name, articles in good.items():
            assert by_name[name].status == IMPORTED, (name, by_name[name].message)
            assert len(by_name[name].article_ids) == articles
        assert {(p["section"], p["number"]) for p in archive.pages()} >= {("A", 5), ("B", 5)}
        text = "\n".join(archive.article(i).article.text() for i in archive.article_ids())
        for piece in ("𠮷㐀", "€™", "佢哋話啲嘢㗎", "碁", "第一项。", "甲\u3000乙"):
            assert piece in text


def test_symbolic_link_loops_in_a_folder_are_skipped_with_a_line_each_and_the_rest_goes_in(tmp_path, capsys):
    import os

    from baoku.cli import main

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / f"{NAME.format(m=9, d=11)}.txt").write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    os.symlink("self", folder / "self")  # a link to itself
    os.symlink("b", folder / "a")  # two links to each other
    os.symlink("a", folder / "b")
    os.symlink("..", folder / "sub" / "up")  # a link back up the tree
    (folder / "sub" / f"{NAME.format(m=9, d=12)}.txt").write_text("另一版\n\n本报讯 这是另一版的文字。\n", encoding="utf-8")
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(folder), str(folder / "self")]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "2 files imported" in out
    assert sum("leads back to itself (a loop)" in line for line in out.splitlines()) == 4  # self, a, b, self again
    with Archive(db) as archive:
        assert archive.stats()["pages"] == 2


def test_this_rounds_hostile_classes_in_one_batch_each_get_one_line_and_the_good_go_in(tmp_path):
    """Non-finite ALTO coordinates, blank scans and placeholder pages in one folder with good files:
    no traceback, one line each where something was refused, and every good page stored."""
    from PIL import Image

    from .kill_imports import dated
    from .test_alto import _alto_by_hand

    folder = tmp_path / "mixed"
    folder.mkdir()
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    for day in range(1, 7):  # six issues, each with its news page and the same 广告 placeholder page
        (folder / f"{NAME.format(m=9, d=day)}.txt").write_text(dated(text, f"{day}日"), encoding="utf-8")
        (folder / f"泉州晚报_2024-09-{day:02d}_第8版_广告.txt").write_text("广告\n", encoding="utf-8")
    (folder / "晋江日报_1998-05-04_第2版.xml").write_text(
        _alto_by_hand().replace('WIDTH="9600"', 'WIDTH="NaN"', 1).replace('HPOS="600"', 'HPOS="inf"', 1),
        encoding="utf-8")
    Image.new("L", (1240, 1754), 240).save(folder / "晋江日报_1998-05-05_第1版.png")
    Image.new("RGB", (1240, 1754), (250, 248, 240)).save(folder / "晋江日报_1998-05-06_第1版.pdf", resolution=150)
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [folder])
        by_name = {Path(o.name).name: o for o in report.outcomes}
        for o in report.outcomes:
            assert "Traceback" not in o.message and "unexpected error" not in o.message, o.message
            assert "\n" not in o.message and len(o.message) < 400
        assert not report.refused  # the placeholder pages never make an issue "already stored"
        assert sum(o.status == IMPORTED for o in report.outcomes) == 6 + 6 + 1
        assert by_name["晋江日报_1998-05-05_第1版.png"].status == FAILED
        assert "blank" in by_name["晋江日报_1998-05-06_第1版.pdf"].message
        assert any("coordinate" in w for w in by_name["晋江日报_1998-05-04_第2版.xml"].warnings)
        assert archive.stats()["pages"] == 6 + 6 + 1
