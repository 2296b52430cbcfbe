"""The photos cut from a scanned page, marked on the page view while their article is read: each
photo's box and its caption's (dashed), hidden for the other articles, and one photo shown from the
reader marked more strongly (filled)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

PHOTO = QColor(0, 140, 70)  # a photo of the article being read, and its caption (dashed)
PHOTO_FILL = QColor(0, 140, 70, 40)


class PhotoMarks:
    """The marks of one page's photos; the page view owns one and tells it which article is read."""

    def __init__(self) -> None:
        # (the photo's place: article_id, index, box, caption; its box; its caption's box or None)
        self.items: list[tuple[dict, QGraphicsRectItem, QGraphicsRectItem | None]] = []
        self.current: int | None = None  # the article being read
        self.chosen: int | None = None  # the index of its photo shown from the reader

    def clear(self) -> None:
        self.items, self.current, self.chosen = [], None, None

    def add(self, scene: QGraphicsScene, photos: list[dict]) -> None:
        """One hidden mark for each photo's box and its caption's, as the store's places give them."""
        for place in photos:
            boxes = [place["box"]] + ([place["caption"]] if place.get("caption") else [])
            items = []
            for x0, y0, x1, y1 in boxes:
                item = scene.addRect(QRectF(x0, y0, x1 - x0, y1 - y0), QPen(Qt.PenStyle.NoPen),
                                     QBrush(Qt.BrushStyle.NoBrush))
                item.setZValue(2.5)
                item.setVisible(False)
                items.append(item)
            self.items.append((place, items[0], items[1] if len(items) > 1 else None))

    def set_current(self, article_id: int | None) -> None:
        if article_id != self.current:
            self.chosen = None
        self.current = article_id
        self._style()

    def choose(self, article_id: int, index: int) -> tuple[QRectF, QRectF] | None:
        """Mark the article's `index`-th photo (and its caption) more strongly; the area to bring
        into sight and the photo's box, or None when the page holds no box for it."""
        found = next(((picture, caption) for place, picture, caption in self.items
                      if place["article_id"] == article_id and place["index"] == index), None)
        if found is None:
            return None
        self.set_current(article_id)
        self.chosen = index
        self._style()
        picture, caption = found
        area = picture.rect().united(caption.rect()) if caption is not None else picture.rect()
        return area, picture.rect()

    def _style(self) -> None:
        """The photos of the article being read, and their captions, marked; the others hidden."""
        for place, picture, caption in self.items:
            mine = place["article_id"] == self.current
            strong = mine and place["index"] == self.chosen
            picture.setVisible(mine)
            pen = QPen(PHOTO, 4 if strong else 2)
            pen.setCosmetic(True)  # as thick at any zoom
            picture.setPen(pen)
            picture.setBrush(QBrush(PHOTO_FILL) if strong else QBrush(Qt.BrushStyle.NoBrush))
            if caption is not None:
                caption.setVisible(mine)
                pen = QPen(PHOTO, 1.5, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                caption.setPen(pen)
