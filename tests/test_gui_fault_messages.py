"""What the window says when something a newcomer does fails (issue 46e): in the window's
language, about what failed (never the archive when the archive is fine)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from baoku.core.export import ExportOptions  # noqa: E402

from .test_gui import sample_dated, settings, window  # noqa: E402,F401,F811


@pytest.mark.parametrize("fmt", ["txt"])
def test_an_export_that_cannot_be_written_blames_the_file_in_the_windows_words(window, qtbot, tmp_path, fmt):
    """An export into a folder that cannot be written (here a 'folder' that is a file, which fails
    for root too) said 档案现在无法打开或写入 — the archive, which was fine — over the operating
    system's English 'cannot write …: Not a directory'."""
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    out = blocker / f"导出 文件.{fmt}"
    before = len(window.messages.open_boxes)
    window.exports.start([1, 2], out, ExportOptions(), fmt)
    qtbot.waitUntil(lambda: len(window.messages.open_boxes) > before, timeout=20000)
    box = window.messages.open_boxes[-1]
    assert box.text() == "文件没有写出，档案没有改动。"
    assert box.informativeText() == f"无法写入 {out}：路径中的“{blocker.name}”是文件，不是文件夹。"
    assert not box.detailedText()  # no traceback: nothing to report
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_the_reasons_a_whole_file_cannot_be_read_are_in_the_windows_language(window, qtbot, tmp_path):
    """The Chinese window's import summary gave each unreadable file's reason in the core's
    English (`the file is empty`, `not a PDF file (no %PDF header)`, `the PDF is encrypted; …`,
    `not an importable format (.db)`): a newcomer reading Chinese could not tell why."""
    import io

    import pypdf

    folder = tmp_path / "一批 文件"
    folder.mkdir()
    (folder / "泉州晚报_2024-10-08_第1版_空.txt").write_bytes(b"")
    (folder / "泉州晚报_2024-10-08_第2版_二进制.txt").write_bytes(bytes(range(1, 32)) * 40)
    (folder / "泉州晚报_2024-10-08_第3版_截断.txt").write_bytes("秋粮收购开始".encode()[:-1])
    mixed = '{"headline": "秋粮收购开始"}\n'
    (folder / "泉州晚报_2024-10-08_第4版_混码.txt").write_bytes(mixed.encode() + mixed.encode("gbk"))
    (folder / "泉州晚报_2024-10-08_第5版_非PDF.pdf").write_bytes(b"<html>not a pdf</html>")
    empty = io.BytesIO()
    pypdf.PdfWriter().write(empty)
    (folder / "泉州晚报_2024-10-08_第6版_无页.pdf").write_bytes(empty.getvalue())
    locked, writer = io.BytesIO(), pypdf.PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("secret")
    writer.write(locked)
    (folder / "泉州晚报_2024-10-08_第7版_加密.pdf").write_bytes(locked.getvalue())
    (folder / "notes.db").write_bytes(b"SQLite format 3\x00")
    with qtbot.waitSignal(window.imports.imported, timeout=30000):
        window.imports.start([folder], None)
    details = window.messages.open_boxes[-1].detailedText()
    reasons = [line.strip() for line in details.splitlines() if line.startswith("    ")]
    assert reasons == ["不是能导入的格式（.db）。", "文件是空的。", "看来是二进制文件，不是文本（有 1040 个控制字符）。",
                       "文件在一个 UTF-8 字符的中间结束，看来被截断了。",
                       "无法按 UTF-8（第 49 个字节出错）、GB18030 或 Big5（及 HKSCS、cp950）读出这个文件："
                       "它可能被截断、混用了几种编码，或者不是文本。",
                       "不是 PDF 文件（没有 %PDF 文件头）。", "这个 PDF 没有页面。",
                       "这个 PDF 有密码保护，请先去掉密码再导入。"], details


def test_a_message_s_details_show_as_many_lines_as_the_screen_has_room_for(qtbot):
    """Show Details… opened a box 100 pixels tall, four lines of an import's fifteen failed files
    or of a bug's traceback, each read by scrolling a line at a time."""
    from PySide6.QtWidgets import QPushButton, QTextEdit, QWidget

    from baoku.core.importing.outcome import FAILED, FileOutcome, ImportReport
    from baoku.gui.importing import summary_box
    from baoku.gui.messages import Messages

    parent = QWidget()
    qtbot.addWidget(parent)
    messages = Messages(parent)
    report = ImportReport([FileOutcome(f"泉州晚报_2024-10-08_第{n}版.txt", FAILED, "the file is empty") for n in range(1, 16)])

    def deep(n):
        return deep(n - 1) if n else 1 / 0

    try:
        deep(12)
    except ZeroDivisionError as e:
        bug = e
    for box in (messages.show_box(summary_box(report, parent)), messages.show_error(bug)):
        lines = box.detailedText().count("\n") + 1
        assert lines >= 15
        more = next(b for b in box.findChildren(QPushButton) if box.buttonRole(b) == box.ButtonRole.ActionRole)
        more.click()  # Show Details…
        text = box.findChild(QTextEdit)
        assert text.isVisible()
        shown = text.viewport().height() // text.fontMetrics().lineSpacing()
        room = box.screen().availableGeometry()
        assert shown >= min(lines, 15), (shown, lines)
        assert box.frameGeometry().height() <= room.height() and box.width() <= room.width()
        box.close()


def test_why_a_page_image_cannot_be_read_is_in_the_windows_language(qtbot, tmp_path, archive):
    """A page image that cannot be read (a decompression bomb, cut short, not an image, a strip, too
    large, blank) was refused in the OCR reader's English in the Chinese window's import summary."""
    import io

    from PIL import Image

    from baoku.gui.importing import summary_box

    from .test_scans import _png_header

    def png(image) -> bytes:
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()

    page = png(Image.new("L", (800, 1000), 255).resize((800, 1000)))
    inked = Image.new("L", (800, 1000), 255)
    inked.paste(0, (100, 100, 700, 140))
    whole = png(inked)
    blank_pages = io.BytesIO()
    Image.new("L", (800, 1000), 255).save(blank_pages, format="TIFF", save_all=True,
                                          append_images=[Image.new("L", (800, 1000), 255)])
    strip = io.BytesIO()
    Image.new("L", (800, 1000), 255).save(strip, format="TIFF", save_all=True,
                                          append_images=[Image.new("L", (300, 9000), 255)])
    cases = {
        "报_2024-01-01_1.png": (_png_header(40000, 40000), "图像有 1,600,000,000 像素，超过 178,956,970 像素的上限"
                                                           "（可能是“解压炸弹”），没有读取。"),
        "报_2024-01-02_1.png": (whole[: len(whole) // 2], "图像已损坏，无法读取（文件不完整）。"),
        "报_2024-01-03_1.png": ("这不是图片".encode() * 50, "不是报库能读取的图像（PNG、JPEG、TIFF、WebP 或 JPEG 2000），"
                                                        "虽然文件名像图像。"),
        "报_2024-01-04_1.png": (_png_header(1, 100000), "图像为 1×100000 像素，超过版面 12,000 像素的上限。"),
        "报_2024-01-05_1.png": (png(Image.new("L", (300, 9000), 255)), "图像为 300×9000 像素，太小或太窄，不像报纸版面。"),
        "报_2024-01-06_1.png": (page, "版面是空白的（图像上没有墨迹），没有可识别的文字。"),
        "报_2024-01-07_1.tif": (blank_pages.getvalue(), "2 页都是空白的（图像上没有墨迹），没有可识别的文字。"),
        "报_2024-01-08_1.tif": (strip.getvalue(), "第 2 页为 300×9000 像素，太小或太窄，不像报纸版面。"),
    }
    folder = tmp_path / "扫描"
    folder.mkdir()
    for name, (data, _) in cases.items():
        (folder / name).write_bytes(data)
    from baoku.core.importing.run import import_paths

    report = import_paths(archive, [folder])
    details = summary_box(report).detailedText()
    reasons = [line.strip() for line in details.splitlines() if line.startswith("    ")]
    assert reasons == [says for _, says in cases.values()], details


def test_an_export_that_left_out_a_damaged_photo_says_so_in_the_windows_words(window, qtbot, tmp_path):
    """Issue 50c: a photo whose file is cut short stopped the export (出现了意外错误, a traceback);
    now it is left out, and the window says so once, its caption printed."""
    import io
    import sqlite3

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 90, 30)).save(buf, "JPEG")
    cut = buf.getvalue()[: len(buf.getvalue()) // 2]
    with sqlite3.connect(tmp_path / "archive.db") as con:  # (as an import that read only its header stored it)
        con.execute("INSERT INTO photo (article_id, seq, caption, filename, mime, data) "
                    "VALUES (1, 99, '图为损坏的照片', 'cut.jpg', 'image/jpeg', ?)", [cut])
    con.close()
    out = tmp_path / "带照片.pdf"
    before = len(window.messages.open_boxes)
    with qtbot.waitSignal(window.exports.exported, timeout=20000):
        window.exports.start([1], out, ExportOptions(), "pdf")
    assert out.is_file()
    [box] = window.messages.open_boxes[before:]
    assert box.text() == f"已导出 {out}，但有 1 张照片的图片文件已损坏或过大，没有印出；照片说明照常印出。"
    assert not box.detailedText()
