"""A scan's photo on its page (issue 30): the page view marks where the article's photos stood,
and their captions, when the article is read; the reader's photo links to its place on the page."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt, QUrl  # noqa: E402

from baoku.core.store import Archive  # noqa: E402
from baoku.core.store.photoboxes import page_photos  # noqa: E402

from .test_gui import make_window, search, select_rows, settings  # noqa: E402,F401
from .test_photo_caption_box import picture_page  # noqa: E402


def _rect(item) -> tuple[int, int, int, int]:
    r = item.rect()
    return round(r.x()), round(r.y()), round(r.right()), round(r.bottom())


def test_the_page_view_marks_the_photo_and_its_caption_and_the_reader_links_to_it(qtbot, tmp_path, settings):  # noqa: F811
    """Before, the page view showed the article's region only: nothing said where its photo stood,
    and the reader's photo led nowhere."""
    db = tmp_path / "archive.db"
    with Archive(db) as archive:
        archive.save_issue(picture_page())
        page_id = archive.pages()[0]["id"]
        [place] = page_photos(archive, page_id)
        photo = archive.article(place["article_id"]).article.photos[0]
    assert place["box"] == photo.box and place["index"] == 0
    cap = place["caption"]  # the caption's lines, under the picture and within its width
    assert cap is not None and cap[1] >= photo.box[3] - 5 and cap[0] >= photo.box[0] - 5 and cap[2] <= photo.box[2] + 5

    w = make_window(qtbot, db, settings, sample=False)
    search(w, "Mayor")
    select_rows(w, [0])
    view = w.page_panel.view
    qtbot.waitUntil(lambda: bool(view.photos.items), timeout=3000)
    [(shown, picture, caption)] = view.photos.items
    assert shown["article_id"] == w.reader.record.id == place["article_id"]
    assert _rect(picture) == photo.box and _rect(caption) == cap
    assert picture.isVisible() and caption.isVisible()  # its article is the one read
    assert picture.pen().style() != Qt.PenStyle.NoPen

    other = next((a for a in view.regions if a != place["article_id"]), None)
    if other is not None:  # another article read: its photo marks go
        view.set_current(other)
        assert not picture.isVisible() and not caption.isVisible()
        view.set_current(place["article_id"])

    # the reader: the photo links to its place on the page; following it opens the 版面 tab on it
    w.reader_tabs.setCurrentWidget(w.reader)
    assert "place:0" in w.reader.view.toHtml()
    w.reader.view.anchorClicked.emit(QUrl("place:0"))
    qtbot.waitUntil(lambda: w.reader_tabs.currentWidget() is w.page_panel and view.photos.chosen == 0, timeout=3000)
    assert picture.pen().widthF() > caption.pen().widthF()
    assert view.mapToScene(view.viewport().rect().center()).y() == pytest.approx(
        picture.rect().center().y(), abs=max(40, view.viewport().height() / view.zoom() / 2))
