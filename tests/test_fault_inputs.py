"""Fault cases of a newcomer's day (issue 46e): odd input files and arguments, each one clear
line, the archive as it was."""

from __future__ import annotations

import io
import json

import pytest

from baoku.cli import main
from baoku.core.store import Archive
from baoku.core.importing.run import FAILED, import_paths

from .test_fault_outputs import feed_archive  # noqa: F401,F811

LONG = "9" * 5000  # past Python's 4,300 digits for int() of a string


def baoku(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    said = capsys.readouterr()
    return code, said.out, said.err


@pytest.mark.parametrize("name, text", [
    ("feed.jsonl", json.dumps({"publication": "泉州晚报", "date": "2024-09-11", "headline": "标题",
                               "paragraphs": ["正文。"]}, ensure_ascii=False).replace('"date"', f'"page": {LONG}, "date"')),
    ("page.json", '{"publication": "泉州晚报", "date": "2024-09-11", "page": ' + LONG + "}"),
    ("page.yaml", f"publication: 泉州晚报\ndate: 2024-09-11\npage: 5\nissue_number: {LONG}\n"),
])
def test_a_number_longer_than_python_reads_is_read_as_written_and_said_in_one_line(tmp_path, archive, name, text):
    """A number of thousands of digits in a feed or a sidecar (a barcode run together, a paste gone
    wrong) was `unexpected error while reading (ValueError: Exceeds the limit (4300 digits) …);
    please report this`: now it is the text as written, and the field that cannot take it says so."""
    path = tmp_path / "in"
    path.mkdir()
    if name.endswith(".jsonl"):
        (path / name).write_text(text + "\n", encoding="utf-8")
    else:
        (path / "page.txt").write_text("秋粮收购开始\n\n本报讯 秋粮收购今起开始。\n", encoding="utf-8")
        (path / name).write_text(text, encoding="utf-8")
    report = import_paths(archive, [path])
    messages = [o.message for o in report.outcomes]
    if name.endswith(".yaml"):  # an issue number is text: kept as written
        assert [o.status for o in report.outcomes] != [FAILED], messages
        assert archive.stats()["articles"] > 0
        return
    assert [o.status for o in report.outcomes] == [FAILED], messages
    assert "unexpected" not in messages[0] and "is not a page number" in messages[0], messages
    assert archive.stats()["articles"] == 0


def test_a_pdf_with_no_pages_says_so_in_one_line(tmp_path, archive):
    """A PDF whose page tree is empty (a failed export) read `cannot render the PDF's pages (Failed
    to load document (PDFium: Success).)`."""
    import pypdf

    buf = io.BytesIO()
    pypdf.PdfWriter().write(buf)
    pdf = tmp_path / "泉州晚报_2024-11-01_第1版.pdf"
    pdf.write_bytes(buf.getvalue())
    report = import_paths(archive, [pdf])
    assert [(o.status, o.message) for o in report.outcomes] == [(FAILED, "the PDF has no pages")]


@pytest.mark.parametrize("argv", [
    ["collection", "add", "选题", "99999999999999999999"],
    ["collection", "add", "选题", "2", "-99999999999999999999"],
])
def test_an_article_id_past_any_archive_in_a_collection_is_one_line(archive_path, capsys, argv):
    """`baoku collection add NAME ID` with an id past SQLite's integers was an OverflowError
    traceback (the other commands' ids said so in one line)."""
    with Archive(archive_path):
        pass
    code, out, err = baoku(capsys, "--archive", archive_path, *argv)
    assert code == 1 and out == ""
    assert err.strip() == f"baoku: error: the ID argument {argv[-1]} is too large for any archive; nothing was changed"


def test_a_file_that_cannot_be_written_says_why_in_words_and_blames_no_archive(feed_archive, capsys, tmp_path):
    """An export or a backup under a 'folder' that is a file said the operating system's 'Not a
    directory' or SQLite's 'unable to open database: ….part'; now which part of the path is a file."""
    from baoku.core.errors import ArchiveUnavailable, NotWritten
    from baoku.core.files import write_atomically

    blocker = tmp_path / "笔记.txt"
    blocker.write_text("x", encoding="utf-8")
    code, out, err = baoku(capsys, "--archive", feed_archive, "export", "2", "-o", blocker / "导出 文件.txt")
    assert code == 1 and err.strip() == f"baoku: error: cannot write {blocker}/导出 文件.txt: 笔记.txt in its path is a file, not a folder"
    code, out, err = baoku(capsys, "--archive", feed_archive, "backup", blocker / "sub" / "b.db")
    assert code == 1 and err.strip() == (f"baoku: error: cannot write the copy {blocker}/sub/b.db: 笔记.txt in its path "
                                         "is a file, not a folder")
    with pytest.raises(NotWritten) as raised:
        write_atomically(blocker / "c.txt", b"x")
    assert not isinstance(raised.value, ArchiveUnavailable) and raised.value.coded.params["kind"] == "not_folder"
    assert blocker.read_text(encoding="utf-8") == "x"


NITF_WITH_DTD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<nitf><head><pubdata name="泉州晚报" date.publication="20241013" position.sequence="1"/></head>
<body><body.head><hedline><hl1>秋粮&nbsp;收购</hl1></hedline></body.head>
<body.content><p>本报讯&mdash;秋粮收购今起开始&hellip;&copy;2024 泉州晚报</p></body.content></body></nitf>
"""


def test_an_nitf_naming_its_dtd_reads_the_entities_that_dtd_defines(tmp_path, archive):
    """NITF's DTD declares the XHTML entity sets (&nbsp; &mdash; &copy; …), and an agency's file
    that names the DTD uses them: it was refused as `malformed XML (undefined entity &nbsp;)`. Now
    they are read as their characters; without a DOCTYPE one is still malformed XML."""
    (tmp_path / "with.xml").write_text(NITF_WITH_DTD, encoding="utf-8")
    report = import_paths(archive, [tmp_path / "with.xml"])
    assert [o.status for o in report.outcomes] == ["imported"], [o.message for o in report.outcomes]
    stored = archive.article(archive.article_ids()[0]).article
    assert stored.headline.replace("\u00a0", " ") == "秋粮 收购"
    assert "本报讯—秋粮收购今起开始…©2024 泉州晚报" in "".join(b.text for b in stored.blocks)
    bare = NITF_WITH_DTD.replace(NITF_WITH_DTD.splitlines()[1] + "\n", "").replace("20241013", "20241014")
    (tmp_path / "bare.xml").write_text(bare, encoding="utf-8")
    report = import_paths(archive, [tmp_path / "bare.xml"])
    assert [(o.status, o.message) for o in report.outcomes] == [("failed", "3:33: malformed XML (undefined entity)")]


def test_an_empty_file_of_any_kind_says_plainly_that_it_is_empty(tmp_path, archive):
    """A zero-byte PDF said 'not a PDF file (no %PDF header)', a ZIP 'not a readable ZIP file: File
    is not a zip file', a page image 'the file is empty (0 bytes)' in English whatever the window's
    language; page text, JSONL and XML said 'the file is empty'. Each is now that one coded reason,
    in a folder, named alone, or inside a ZIP."""
    import zipfile

    from baoku.core.coded import Coded

    folder = tmp_path / "空文件"
    folder.mkdir()
    suffixes = (".pdf", ".zip", ".png", ".jpg", ".tif", ".jp2", ".txt", ".jsonl", ".xml", ".nitf")
    for page, suffix in enumerate(suffixes, 1):  # (each its own page: an image beside an XML is its ALTO's)
        (folder / f"泉州晚报_2024-10-08_第{page}版{suffix}").write_bytes(b"")
    packed = tmp_path / "一批.zip"
    with zipfile.ZipFile(packed, "w") as zf:
        for suffix in (".pdf", ".png"):
            zf.writestr(f"泉州晚报_2024-10-09_第1版{suffix}", b"")
    alone = tmp_path / "泉州晚报_2024-10-10_第1版.pdf"
    alone.write_bytes(b"")
    report = import_paths(archive, [folder, packed, alone])
    said = {o.name.rpartition("/")[2]: o for o in report.outcomes}
    assert len(said) == len(suffixes) + 3, said
    for name, o in said.items():
        assert o.status == FAILED and o.message == "the file is empty", (name, o.message)
        assert isinstance(o.message, Coded) and o.message.params["kind"] == "empty", name  # the window words it
    assert archive.issues() == []
