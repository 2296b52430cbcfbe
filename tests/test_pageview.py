"""The page view (issue 18): opens on an imported scan, outlines the article being read, boxes the
search's hits on their characters, steps through them with F3, and opens an article clicked on."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("PySide6.QtWidgets")

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
    w._step(1)
    assert panel.hit == 0 and panel.view.hit_items[0].pen().width() == 3
    w._step(1)
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
