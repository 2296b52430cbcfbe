"""The page view (issue 18): opens on an imported scan, outlines the article being read, boxes the
search's hits on their characters, steps through them with F3, and opens an article clicked on."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from baoku.core.pageimage import hit_boxes  # noqa: E402
from baoku.core.store import Archive, images  # noqa: E402

from .test_gui import make_window, search, select_rows, settings  # noqa: E402,F401
from .test_scans import scanned  # noqa: E402,F401


@pytest.fixture
def window_on_scan(qtbot, tmp_path, settings, scanned):  # noqa: F811
    db = tmp_path / "archive.db"
    with Archive(scanned[0]) as archive:
        archive.copy_to(db)
    shutil.copytree(images.folder(scanned[0]), images.folder(db))
    return make_window(qtbot, db, settings, sample=False)


def test_the_page_view_shows_the_scan_with_the_article_outlined_and_hits_on_their_characters(window_on_scan):
    from PySide6.QtCore import Qt

    none = Qt.PenStyle.NoPen
    w = window_on_scan
    search(w, "农民")
    select_rows(w, [0])
    record = w.reader.record
    panel = w.page_panel
    assert record is not None and panel.page_id == record.scan["page_id"]
    assert panel.view.tiles and panel.view.sceneRect().width() == 1400
    assert set(panel.view.regions) == set(w.session.db.article_ids())
    assert panel.view.regions[record.id].pen().style() != none  # the article being read is outlined
    others = [a for a in panel.view.regions if a != record.id]
    assert others and all(panel.view.regions[a].pen().style() == none for a in others)
    expected = [b for h in hit_boxes(w.session.db.scan_lines(page_id=panel.page_id), "农民") for b in h.boxes]
    got = [(round(i.rect().x()), round(i.rect().y()), round(i.rect().right()), round(i.rect().bottom()))
           for i in panel.view.hit_items]
    assert got == [tuple(b) for b in expected] and got  # every hit boxed where its characters are
    w.reader_tabs.setCurrentWidget(panel)
    w.step(1)
    assert panel.hit == 0 and panel.view.hit_items[0].pen().width() == 3
    w.step(1)
    assert panel.hit == (1 % len(got))


def test_a_click_on_the_page_opens_that_article_and_a_text_article_has_no_page(window_on_scan):
    from PySide6.QtCore import Qt

    w = window_on_scan
    search(w, "")
    select_rows(w, [0])
    first = w.reader.record.id
    other = next(a for a in w.page_panel.view.regions if a != first)
    w.page_panel.view.click_at(w.page_panel.view.regions[other].rect().center())
    assert w.reader.record.id == other
    assert w.page_panel.view.regions[other].pen().style() != Qt.PenStyle.NoPen
    w.articles.show(None)
    assert "没有版面图像" in w.page_panel.label.text()


def test_zoom_modes_and_the_overview_of_a_zoomed_out_page(window_on_scan):
    w = window_on_scan
    search(w, "")
    select_rows(w, [0])
    view = w.page_panel.view
    view.fit("actual")
    assert view.zoom() == 1 and all(t.isVisible() for t in view.tiles) and not view.overview.isVisible()
    view.fit("page")
    assert view.zoom() < 1
    view.zoom_by(0.1)
    assert view.overview.isVisible() and not any(t.isVisible() for t in view.tiles)  # the pyramid's small level
    view.fit("width")
    assert abs(view.zoom() * 1400 - (view.viewport().width() - 4)) < 1


@pytest.fixture
def window_on_pdf(qtbot, tmp_path, settings):  # noqa: F811
    """A PDF with a text layer (two articles on one page), imported: its page is kept for viewing."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from baoku.core.importing.run import import_paths
    from baoku.core.paths import resources_dir

    pdfmetrics.registerFont(TTFont("DroidTest", str(resources_dir() / "fonts" / "DroidSansFallbackFull.ttf")))
    pdf = tmp_path / "泉州晚报_2024-09-11_第3版.pdf"
    c = canvas.Canvas(str(pdf))  # the face is embedded, as in a real newspaper's PDF
    c.setFont("DroidTest", 12)
    for n, line in enumerate([
        "我国制造业增加值占全球比重约三成", "",
        "据新华社电 国家统计局10日发布的报告显示，工业总量规模实现跨越式增长，制造业增加值",
        "占全球比重约三成，农民工就业稳定。", "",
        "粮食总产量增长五倍", "",
        "本报讯 全国粮食总产量连续多年稳定，农民收入持续增加，乡村振兴扎实推进。",
    ]):
        c.drawString(40, 800 - 20 * n, line)
    c.save()
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        outcome = import_paths(archive, [pdf]).outcomes[0]
        assert outcome.status == "imported", outcome.message
    return make_window(qtbot, db, settings, sample=False)


def test_the_page_view_opens_on_a_text_layer_pdf_rendered_by_qtpdf(window_on_pdf):
    """The PDF page is shown (rendered by QtPdf), the hit boxes stand on the text layer's
    characters, and the panel says nothing of OCR confidence for a text layer."""
    import pdfplumber
    from PySide6.QtGui import QColor

    from baoku.core.importing.pdf import VIEW_DPI

    w = window_on_pdf
    search(w, "农民")
    select_rows(w, [0])
    panel, db = w.page_panel, w.session.db
    record = w.reader.record
    assert record.scan and record.scan["text_layer"] and "扫描识别" not in w.metadata.where.text()
    assert panel.page_id == record.scan["page_id"] and panel.view.tiles
    path = next(iter(images.folder(db.path).rglob("*.pdf")))
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    scale = VIEW_DPI / 72
    for hit in panel.view.hit_items:  # each box lies on a 农 followed by 民 in the PDF itself
        r = hit.rect()
        inside = [c["text"] for c in chars if r.left() - 1 <= c["x0"] * scale and c["x1"] * scale <= r.right() + 1
                  and r.top() - 1 <= c["top"] * scale and c["bottom"] * scale <= r.bottom() + 1]
        assert inside == ["农", "民"], inside
    assert len(panel.view.hit_items) == 2
    # The rendered page is white paper with dark type under the first hit.
    image = panel.view.tiles[0].picture()
    r = panel.view.hit_items[0].rect().toRect()
    dark = sum(1 for x in range(r.left(), r.right()) for y in range(r.top(), r.bottom())
               if QColor(image.pixel(x, y)).lightness() < 100)
    assert dark > 20 and QColor(image.pixel(5, 5)).lightness() > 250
    assert set(panel.view.regions) == set(db.article_ids()) and len(panel.view.regions) == 2


@pytest.fixture
def window_with_doubt(qtbot, tmp_path, settings, scanned):  # noqa: F811
    """The scanned page with two of its lines marked as read with low confidence."""
    db = tmp_path / "archive.db"
    with Archive(scanned[0]) as archive:
        archive.copy_to(db)
    shutil.copytree(images.folder(scanned[0]), images.folder(db))
    with Archive(db) as archive:
        ids = [ln["id"] for ln in archive.scan_lines(page_id=1)]
        archive.db.execute("UPDATE scan_line SET confidence = 0.42 WHERE id IN (?, ?)", [ids[3], ids[11]])
        archive.db.conn.commit()
    return make_window(qtbot, db, settings, sample=False)


def test_f4_steps_through_uncertain_lines_and_a_corrected_line_is_searched_and_logged(window_with_doubt, qtbot):
    w = window_with_doubt
    search(w, "")
    select_rows(w, [0])
    panel, db = w.page_panel, w.session.db
    unsure = [ln for ln in panel.view.lines if ln["uncertain"]]
    assert len(unsure) == 2 and all(panel.view.line_items[ln["id"]].pen().style() == Qt.PenStyle.DashLine
                                    for ln in unsure)  # marked on the page
    first = panel.next_uncertain(1)
    assert first["article_id"] == w.reader.record.id  # the article being read first
    assert panel.view.chosen == first["id"] and panel.view.line_items[first["id"]].pen().width() == 3
    second = panel.next_uncertain(1)
    assert second["id"] != first["id"] and panel.next_uncertain(1)["id"] == first["id"]  # round again
    # F2 opens the line editor on the chosen line; saving corrects it.
    panel.edit_chosen()
    editor = w.pages.line_editor
    assert editor.edit.text() == first["text"] and editor.picture.pixmap() is not None
    new_text = first["text"].replace(first["text"][:2], "稻浪", 1)
    editor.edit.setText(new_text)
    editor.accept()
    with Archive(db.path) as archive:
        row = archive.db.execute("SELECT text, ocr_text FROM scan_line WHERE id = ?", [first["id"]]).fetchone()
        assert row == (new_text, first["text"])  # the recogniser's text is kept
    assert search(w, "稻浪").total == 1 and w.model.id_at(0) == first["article_id"]
    select_rows(w, [0])
    assert "稻浪" in w.reader.view.toPlainText()
    # The history shows it; undo restores the text.
    w.pages.open_proof()
    proof = w.pages.proof
    assert proof.history.rowCount() == 1 and proof.history.item(0, 4).text() == new_text
    assert proof.history.item(0, 3).text() == first["text"] and proof.history.item(0, 1).text() == w.pages.who
    proof.history.selectRow(0)
    proof.undo.click()
    assert not proof.status.text()
    assert search(w, "稻浪").total == 0
    assert "已撤销" in proof.history.item(0, 5).text() and not proof.undo.isEnabled()
    with Archive(db.path) as archive:
        assert archive.db.execute("SELECT text FROM scan_line WHERE id = ?", [first["id"]]).fetchone()[0] \
            == first["text"]


def test_a_paragraph_corrected_in_the_proofreading_dialog(window_on_scan):
    w = window_on_scan
    search(w, "")
    select_rows(w, [0])
    w.pages.open_proof()
    proof = w.pages.proof
    blocks = w.reader.record.article.blocks
    index = next(i for i, b in enumerate(blocks) if b.kind == "paragraph")
    proof.blocks.setCurrentRow(index)
    assert proof.editor.toPlainText() == blocks[index].text
    proof.editor.setPlainText(blocks[index].text + "（校对补记）")
    proof.save.click()
    assert search(w, "校对补记").total == 1
    assert proof.history.rowCount() == 1 and proof.history.item(0, 2).text() == f"第 {index} 段"
    proof.editor.setPlainText("")
    proof.save.click()  # an empty paragraph is refused, said in the dialog
    assert "empty" in proof.status.text() or "空" in proof.status.text()


def reading(w, row: int):
    """Choose a row of the whole list: the record read, the page panel, the record's lines on it."""
    search(w, "")
    select_rows(w, [row])
    record = w.reader.record
    return record, w.page_panel, [ln for ln in w.page_panel.view.lines if ln["article_id"] == record.id]


def test_a_rectangle_drawn_on_the_page_becomes_an_article_with_the_text_inside(window_on_scan):
    from PySide6.QtCore import QPointF

    w = window_on_scan
    record, panel, lines = reading(w, 1)
    head = lines[0]
    body = [ln for ln in lines[1:] if ln["box"][2] < head["box"][2]]
    clip = next(a for m in w.menuBar().actions() if m.menu() for a in m.menu().actions() if a.text() == "剪报模式")
    clip.trigger()  # Ctrl+Shift+X: the page comes to the front, in clipping mode
    assert w.reader_tabs.currentWidget() is panel
    assert panel.view.clipping
    a = QPointF(min(ln["box"][0] for ln in lines) - 5, head["box"][1] - 5)
    b = QPointF(max(ln["box"][2] for ln in body) + 5, max(ln["box"][3] for ln in body) + 5)
    panel.view.draw_band(a, b)
    menu = w.pages.clip_menu(panel.view.band.rect())
    before = set(w.session.db.article_ids())
    next(act for act in menu.actions() if act.text().startswith("新建文章")).trigger()
    new = set(w.session.db.article_ids()) - before
    assert len(new) == 1
    new_id = new.pop()
    clipped = w.session.db.article(new_id)
    expected = "".join(ln["text"] for ln in [head, *body])
    assert "".join(clipped.article.text().split()) == "".join(expected.split())
    assert w.reader.record.id == new_id  # the new article opens
    assert new_id in w.page_panel.view.regions  # and the page shows its region
    assert "".join(expected.split()) not in "".join(w.session.db.article(record.id).article.text().split())


def test_split_at_a_line_and_merge_back_from_the_page_menu(window_on_scan):
    w = window_on_scan
    record, panel, lines = reading(w, 0)
    cut = lines[len(lines) // 2]
    x0, y0, x1, y1 = cut["box"]
    from PySide6.QtCore import QPointF

    menu = w.pages.page_menu(QPointF((x0 + x1) / 2, (y0 + y1) / 2))
    next(a for a in menu.actions() if a.text().startswith("从此行起")).trigger()
    new_id = w.reader.record.id
    assert new_id != record.id and "".join(w.reader.record.article.text().split()).startswith(
        "".join(cut["text"].split()))
    # Back on the first part, the new one is merged into it from its region's menu.
    w.articles.show(record.id)
    x0, y0, x1, y1 = next(ln for ln in w.page_panel.view.lines if ln["article_id"] == new_id)["box"]
    menu = w.pages.page_menu(QPointF((x0 + x1) / 2, (y0 + y1) / 2))  # a right click on its text
    next(a for a in menu.actions() if a.text().startswith("把这篇并入")).trigger()
    assert new_id not in w.session.db.article_ids()
    assert "".join(w.session.db.article(record.id).article.text().split()) == "".join(record.article.text().split())


def test_qts_reader_gives_the_frame_pillow_gives_and_declines_what_it_cannot_read(qapp, tmp_path):
    """The window decodes pages with Qt's readers (faster, and the window runs meanwhile); for a
    frame of a multi-page TIFF it must give the same picture as Pillow, which the CLI uses."""
    from PIL import Image, ImageDraw
    from PySide6.QtGui import QColor

    from baoku.gui.pageview import read_page_image

    frames = []
    for k in range(2):
        im = Image.new("L", (300, 200), 255)
        ImageDraw.Draw(im).rectangle((20 + 100 * k, 30, 80 + 100 * k, 90), fill=0)
        frames.append(im)
    path = tmp_path / "two.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    second = read_page_image(path, 1, 300, 200)
    assert second is not None and (second.width(), second.height()) == (300, 200)
    assert QColor(second.pixel(150, 60)).lightness() < 50 and QColor(second.pixel(50, 60)).lightness() > 200
    bigger = read_page_image(path, 0, 600, 400)  # scaled to the size the boxes are in
    assert (bigger.width(), bigger.height()) == (600, 400)
    junk = tmp_path / "junk.png"
    junk.write_bytes(b"not an image at all")
    assert read_page_image(junk, 0, 10, 10) is None


def test_an_export_with_a_damaged_page_image_asks_and_goes_on_without_its_facsimile(window_on_scan, qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from baoku.core.export import ExportOptions

    w = window_on_scan
    ids = w.session.db.article_ids()
    scan = w.session.db.page_scan(w.session.db.article_scan(ids[0])["page_id"])
    images.path_of(images.folder(w.session.db.path), scan["sha256"], scan["mime"]).write_bytes(b"not the page any more")
    out = tmp_path / "f.pdf"
    w.exports.start(ids, out, ExportOptions(facsimile=True, booklet=False))
    qtbot.waitUntil(lambda: any(isinstance(b, QMessageBox) and b.isVisible() for b in w.messages.open_boxes))
    box = next(b for b in w.messages.open_boxes if b.isVisible())
    assert not out.exists() and str(ids[0]) in box.informativeText() and "损坏" in box.text()
    go_on = next(b for b in box.buttons() if b.text() == "不附剪报图，继续导出")
    with qtbot.waitSignal(w.exports.exported, timeout=60000):
        go_on.click()
    assert out.exists()


def test_the_window_shows_a_page_photographed_on_its_side_as_the_ocr_read_it(tmp_path):
    """Qt's reader turns nothing unless asked, and scales before it turns: the page the OCR read
    upright (300 × 500) must be drawn so, not squeezed sideways into that size."""
    from PySide6.QtGui import QColor

    from baoku.gui.pageview import read_page_image

    from .test_orientation import sideways_jpeg

    data, _ = sideways_jpeg(6)
    path = tmp_path / "phone.jpg"
    path.write_bytes(data)
    image = read_page_image(path, 0, 300, 500)
    assert image is not None and (image.width(), image.height()) == (300, 500)
    assert QColor(image.pixel(150, 20)).lightness() < 60 and QColor(image.pixel(150, 400)).lightness() > 200
    half = read_page_image(path, 0, 150, 250)  # the overview's size
    assert (half.width(), half.height()) == (150, 250) and QColor(half.pixel(75, 10)).lightness() < 60


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_a_page_image_missing_or_damaged_is_said_in_the_windows_words_where_it_can_be_read(
        window_on_scan, qtbot, damage):
    """The page tab of a scanned article whose image file was gone or damaged said 'the image of
    page 1 is missing (/…/ab/cd….png); restore it from a backup' in English in the Chinese window,
    on the tool bar's line, where only 'the image of' fitted at 1024×700."""
    w = window_on_scan
    w.resize(1008, 660)
    scan = w.session.db.page_scan(w.session.db.article_scan(w.session.db.article_ids()[0])["page_id"])
    path = images.path_of(images.folder(w.session.db.path), scan["sha256"], scan["mime"])
    if damage == "missing":
        path.unlink()
    else:
        path.write_bytes(b"not the page any more")
    search(w, "农民")
    select_rows(w, [0])
    w.reader_tabs.setCurrentIndex(1)
    panel = w.page_panel
    qtbot.waitUntil(lambda: panel.reason.isVisible(), timeout=20000)
    said = panel.reason.text()
    assert ("版面图像文件不见了" if damage == "missing" else "版面图像文件已损坏") in said, said
    assert "请从备份恢复" in said and str(path) in said and "image" not in said.replace(str(path), ""), said
    assert panel.label.text() == ""  # not 这篇文章没有版面图像: it has one
    room = panel.reason.contentsRect()  # wrapped within the page's room, all of it in sight
    assert room.width() <= panel.width() and panel.reason.heightForWidth(room.width()) <= room.height()
