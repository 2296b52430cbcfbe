"""A scanned page's photos shown and exported (issue 30, method item 3): the reader pane shows an
article's photos with their captions (a scan's, and a news agency's alike), and the PDF prints
them, each caption once under its photo; a picture with no caption is printed too."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader

from baoku.core import model
from baoku.core.export import export_pdf
from baoku.core.store import Archive

from . import pdfcheck
from .test_scan_photos_archive import picture_issue


def _images(pane) -> list:
    """The images the reader's document shows, each as the picture it resolves to."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    doc = pane.view.document()
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment()
            if f.isValid() and f.charFormat().isImageFormat():
                name = f.charFormat().toImageFormat().name()
                out.append(doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)))
            it += 1
        block = block.next()
    return out


def _article(archive, word: str) -> int:
    return next(aid for aid in archive.page_article_ids(archive.pages()[0]["id"])
                if word in archive.article(aid).article.text())


def test_the_reader_shows_a_scans_photo_with_its_caption_once(qtbot, tmp_path):
    """Before, the reader pane showed no photo at all (a NewsML item's neither)."""
    from baoku.gui.reader import ReaderPane

    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(picture_issue())
        rec = archive.article(_article(archive, "Mayor Smith"))
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_record(rec, "bridge")
    shown = _images(pane)
    assert len(shown) == 1 and shown[0] is not None and not shown[0].isNull()
    said = pane.view.toPlainText()
    assert said.count("Mayor Smith opens the bridge.") == 1, said
    assert pane.highlighted() == ["bridge"]


def test_the_reader_shows_a_photo_whose_caption_the_text_does_not_print(qtbot):
    from baoku.gui.reader import ReaderPane

    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (30, 30, 200)).save(buf, "PNG")
    art = model.Article([model.Block(model.HEADLINE, "大桥通车"), model.Block(model.PARAGRAPH, "正文。")],
                        headline="大桥通车",
                        photos=[model.Photo("图为新建成的大桥。", "李四", "p.png", "image/png", buf.getvalue())])
    import datetime as dt

    rec = model.ArticleRecord(1, art, "测试报", dt.date(2024, 5, 1), "", 1, 1, 1, "", "", 1, art.content_hash(), None, "", "")
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_record(rec)
    assert len(_images(pane)) == 1
    assert "图为新建成的大桥。（李四 摄）" in pane.view.toPlainText()


def test_the_pdf_prints_a_scans_photo_with_its_caption_once(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(picture_issue())
        aid = _article(archive, "Mayor Smith")
        out = tmp_path / "x.pdf"
        export_pdf(archive, [aid], out)
    page = PdfReader(str(out)).pages[0]
    assert len(page.images) == 1
    text = pdfcheck.squash(page.extract_text())
    assert text.count(pdfcheck.squash("Mayor Smith opens the bridge.")) == 1, text


def test_the_pdf_prints_a_picture_with_no_caption(tmp_path):
    """Before, a photo was printed only when it had a caption: a scan's picture with none was left out."""
    import datetime as dt

    buf = io.BytesIO()
    Image.new("RGB", (300, 200), (30, 30, 200)).save(buf, "PNG")
    issue = model.ParsedIssue(model.IssueInfo("测试报", dt.date(2024, 5, 1)), [model.ParsedPage(model.PageInfo(2), [
        model.Article([model.Block(model.HEADLINE, "大桥通车"), model.Block(model.PARAGRAPH, "正文。")],
                      headline="大桥通车", photos=[model.Photo("", "", "figure1@1,2,301,202.png", "image/png",
                                                             buf.getvalue())])], complete=False)])
    with Archive(tmp_path / "a.db") as archive:
        aid = archive.save_issue(issue).article_ids[0]
        out = tmp_path / "x.pdf"
        export_pdf(archive, [aid], out)
    assert len(PdfReader(str(out)).pages[0].images) == 1


def test_html_and_docx_set_a_photo_over_the_caption_line_that_prints_its_caption(tmp_path):
    """Before, the web page printed the caption twice (the photo's figcaption at the top and the
    caption line in the body), and Word set the picture under the source line, apart from its
    caption line further down."""
    import docx

    from baoku.core.export.formats import export_document

    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(picture_issue())
        aid = _article(archive, "Mayor Smith")
        export_document(archive, [aid], tmp_path / "a.html")
        export_document(archive, [aid], tmp_path / "a.docx")
    page = (tmp_path / "a.html").read_text("utf-8")
    assert "<figcaption>" not in page and page.count('<p class="caption">') == 1, page[-600:]
    assert page.index("<img") < page.index('<p class="caption">Mayor Smith opens the bridge.')
    paras = docx.Document(str(tmp_path / "a.docx")).paragraphs
    at = next(k for k, p in enumerate(paras) if "Mayor Smith" in p.text)
    assert paras[at - 1]._p.xpath(".//pic:pic"), [p.text for p in paras]  # the picture right over its caption
