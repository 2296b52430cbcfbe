"""The page view's 版面结构 overlay: the layout's blocks in their class's colours with their reading
order and article, switched on and off, and a block dragged onto another to correct the layout."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QPoint, Qt  # noqa: E402

from baoku.core.store.layoutedits import edits, page_blocks  # noqa: E402

from .test_gui import search, select_rows, settings  # noqa: E402,F401
from .test_pageview import window_on_scan  # noqa: E402,F401
from .test_scans import scanned  # noqa: E402,F401


def _on_page(w):
    search(w, "")
    select_rows(w, [0])
    w.reader_tabs.setCurrentWidget(w.page_panel)
    return w.page_panel


def test_the_overlay_shows_each_block_in_its_class_colour_with_its_order_and_article(window_on_scan):  # noqa: F811
    from baoku.gui.layoutoverlay import COLOURS

    w = window_on_scan
    panel = _on_page(w)
    view = panel.view
    blocks = page_blocks(w.session.db, panel.page_id)
    assert set(view.overlay.items) == {b["id"] for b in blocks}
    assert not any(item.isVisible() for item in view.overlay.items.values())  # off until asked
    panel.buttons["layout"].click()
    assert all(item.isVisible() for item in view.overlay.items.values())
    for k, b in enumerate(blocks, 1):
        item = view.overlay.items[b["id"]]
        assert item.pen().color() == COLOURS[b["kind"]]
        tag = item.childItems()[0].text()
        assert tag.startswith(f"{k}·")
    heads = [view.overlay.items[b["id"]].childItems()[0].text() for b in blocks if b["kind"] == "title"]
    assert [h.split("·")[1] for h in heads] == ["1", "2"]  # each headline opens its article
    panel.buttons["layout"].click()
    assert not any(item.isVisible() for item in view.overlay.items.values())


def test_a_block_dragged_onto_another_moves_to_follow_it_in_its_article(window_on_scan, qtbot):  # noqa: F811
    w = window_on_scan
    panel = _on_page(w)
    view = panel.view
    db = w.session.db
    first, second = db.article_ids()
    blocks = page_blocks(db, panel.page_id)
    moved = [b for b in blocks if b["article_id"] == first and b["kind"] == "text"][-1]
    onto = next(b for b in blocks if b["article_id"] == second and b["kind"] == "title")
    text = "".join(ln["text"] for ln in db.scan_lines(page_id=panel.page_id) if ln["block_id"] == moved["id"])
    panel.buttons["layout"].click()
    view.fit("page")

    def at(b) -> QPoint:
        x0, y0, x1, y1 = b["box"]
        return view.mapFromScene((x0 + x1) / 2, (y0 + y1) / 2)

    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=at(moved))
    assert view.overlay.ghost is not None  # picked up
    qtbot.mouseMove(view.viewport(), pos=at(onto))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at(onto))
    qtbot.waitUntil(lambda: "".join(text.split()) in "".join(db.article(second).article.text().split()))
    assert "".join(text.split()) not in "".join(db.article(first).article.text().split())
    assert len(edits(db, panel.page_id)) == 1  # kept, for when the page is read again
    qtbot.waitUntil(lambda: view.overlay.items and all(i.isVisible() for i in view.overlay.items.values()))
    order = [b["id"] for b in page_blocks(db, panel.page_id)]
    assert order.index(moved["id"]) == order.index(onto["id"]) + 1  # the page shown again, overlay still on
