"""A file named outright is read as page text whatever its name ends in (issue-51e,
docs/faults.md). Before: an HTML page or an RTF document was imported with its markup stored as the
article's text (<html><body><h1>…), and a Word document, a GIF, a video or a PNG named .txt failed
as "a file whose encoding cannot be told". Each is now one line saying what it is and what to do;
nothing is stored. Plain text that happens to begin like one is still text."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest
from PIL import Image

from baoku.cli import main
from baoku.core.coded import Coded
from baoku.core.importing.run import FAILED, IMPORTED, import_paths

BODY = "本报讯 市民们今天纷纷出门游玩，公园里人头攒动，处处洋溢着节日的喜悦。" * 3


def _image(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 60), "white").save(out, format=fmt)
    return out.getvalue()


def _zipped(name: str, body: bytes = b"<w:document/>") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr(name, body)
    return out.getvalue()


FILES = {
    ".html": (f"<!DOCTYPE html>\n<html><body><h1>标题</h1><p>{BODY}</p></body></html>".encode(), "an HTML page"),
    ".htm": (f"\ufeff<!-- saved -->\n<HTML lang=zh><p>{BODY}</p></HTML>".encode(), "an HTML page"),
    ".rtf": (("{\\rtf1\\ansi{\\fonttbl\\f0 Song;}\\f0 " + BODY + "\\par}").encode(), "an RTF document"),
    ".docx": (_zipped("word/document.xml"), "a Word document (.docx)"),
    ".doc": (bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600, "an old Office document"),
    ".gif": (_image("GIF"), "a GIF image, not text; Baoku reads page images in PNG, JPEG"),
    ".bmp": (_image("BMP"), "a BMP image"),
    ".mp4": (b"\0\0\0\x18ftypmp42" + b"\0" * 600, "a video"),
    ".gz": (gzip.compress(BODY.encode()), "a gzip-compressed file, not text: unpack it"),
    ".txt": (_image("PNG"), "a PNG image, not text: name it .png to import it"),
    "": (b"%PDF-1.4\n" + b"\0" * 300, "a PDF document, not text: name it .pdf to import it"),
}


@pytest.mark.parametrize("suffix", FILES, ids=lambda s: s or "no-suffix")
def test_a_file_of_another_format_named_outright_says_what_it_is(tmp_path, archive, suffix):
    data, said = FILES[suffix]
    path = tmp_path / f"泉州晚报_2024-05-02_第1版{suffix}"
    path.write_bytes(data)
    report = import_paths(archive, [path])
    (outcome,) = report.outcomes
    assert outcome.status == FAILED and said in outcome.message, outcome.message
    assert "encoding" not in outcome.message and not archive.article_ids()


@pytest.mark.parametrize("text", [
    f"<b>注意</b> 这一页的排版有误。\n\n{BODY}",  # a tag, but no page's opening
    f"BM 公司今日宣布……\n\n{BODY}",  # "BM" begins a bitmap too
    f"{{\\ 花括号开头的一行\n\n{BODY}",
    f"PK 比赛结果\n\n{BODY}",
], ids=["tag", "bm", "brace", "pk"])
def test_text_that_begins_like_another_format_is_still_text(tmp_path, archive, text):
    path = tmp_path / "泉州晚报_2024-05-03_第1版.txt"
    path.write_text(text, encoding="utf-8")
    report = import_paths(archive, [path])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message


def test_the_command_line_says_it_in_one_line_and_the_window_in_its_language(tmp_path, capsys):
    page = tmp_path / "泉州晚报_2024-05-02_第1版.html"
    page.write_bytes(FILES[".html"][0])
    assert main(["--archive", str(tmp_path / "a.db"), "import", str(page)]) == 1
    out = capsys.readouterr()
    (line,) = [ln for ln in out.out.splitlines() + out.err.splitlines() if ln.startswith("failed")]
    assert "an HTML page, not plain text (its markup would be stored as the article's text): save it as plain " \
           "text (.txt) or PDF and import that" in line and "Traceback" not in out.err

    from baoku.gui.codedwords import words

    said = words(Coded("unreadable", where="a.html", kind="other_format", format="html", rename=""))
    assert said == "a.html：这是网页（HTML），不是纯文本：请另存为纯文本（.txt）或 PDF 再导入。"
    said = words(Coded("unreadable", where="a.txt", kind="other_format", format="png", rename=".png"))
    assert said == "a.txt：这是PNG 图像，不是文本：把文件名的扩展名改成 .png 再导入。"
