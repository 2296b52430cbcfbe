"""The 版面结构 overlay on the page view: the layout stage's blocks outlined in their class's colour
(headline red, kicker or label orange, text blue, caption green, picture purple, folio grey), each
labelled with its place in the reading order and its article's number on the page. Dragging a
block onto another is the correction: it moves to follow that one, in that one's article."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

COLOURS = {"title": QColor(220, 0, 0), "display": QColor(230, 120, 0), "text": QColor(0, 70, 220),
           "caption": QColor(0, 150, 0), "figure": QColor(150, 0, 150), "folio": QColor(110, 110, 110)}
GHOST = QColor(0, 90, 220, 60)


def labels(blocks: list[dict]) -> dict[int, str]:
    """Each block's label: its place in the page's reading order and its article's number on the
    page (articles numbered as the reading order first meets them; — for none)."""
    numbers: dict[int, int] = {}
    for b in blocks:
        if b["article_id"] is not None and b["article_id"] not in numbers:
            numbers[b["article_id"]] = len(numbers) + 1
    return {b["id"]: f"{k}·{numbers.get(b['article_id'], '—')}" for k, b in enumerate(blocks, 1)}


class LayoutOverlay:
    """The overlay's items on a page view's scene, shown or hidden together."""

    def __init__(self, scene):
        self.scene = scene
        self.blocks: list[dict] = []
        self.items: dict[int, QGraphicsRectItem] = {}
        self.visible = False
        self.ghost: QGraphicsRectItem | None = None
        self.dragged: int | None = None

    def set_blocks(self, blocks: list[dict]) -> None:
        """New blocks (a page shown, or shown again after an edit); the scene was cleared."""
        self.blocks, self.items, self.ghost, self.dragged = list(blocks), {}, None, None
        said = labels(self.blocks)
        font = QFont()
        font.setPointSize(8)
        font.setBold(True)
        for b in self.blocks:
            x0, y0, x1, y1 = b["box"]
            colour = COLOURS.get(b["kind"], COLOURS["text"])
            pen = QPen(colour, 2)
            pen.setCosmetic(True)  # as thick at any zoom
            item = self.scene.addRect(QRectF(x0, y0, x1 - x0, y1 - y0), pen, QBrush(Qt.BrushStyle.NoBrush))
            item.setZValue(6)
            item.setData(0, b["id"])
            tag = QGraphicsSimpleTextItem(said[b["id"]], item)
            tag.setFont(font)
            tag.setBrush(QBrush(Qt.GlobalColor.white))
            tag.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # readable at any zoom
            back = QGraphicsRectItem(tag.boundingRect().adjusted(-2, 0, 2, 0), tag)
            back.setBrush(QBrush(colour))
            back.setPen(QPen(Qt.PenStyle.NoPen))
            back.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
            tag.setPos(x0, y0)
            self.items[b["id"]] = item
        self.show(self.visible)

    def show(self, on: bool) -> None:
        self.visible = on
        for item in self.items.values():
            item.setVisible(on)

    def block_at(self, point) -> int | None:
        """The block under a point (scene pixels): the smallest holding it (a picture's box may
        hold its caption's)."""
        under = [(item.rect().width() * item.rect().height(), bid) for bid, item in self.items.items()
                 if item.rect().contains(point)]
        return min(under)[1] if under else None

    def start_drag(self, point) -> bool:
        """A press on a block that holds text: it is picked up (a ghost of it follows the mouse)."""
        bid = self.block_at(point) if self.visible else None
        if bid is None or not next(b for b in self.blocks if b["id"] == bid)["lines"]:
            return False
        self.dragged = bid
        rect = self.items[bid].rect()
        pen = QPen(COLOURS["text"], 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.ghost = self.scene.addRect(rect, pen, QBrush(GHOST))
        self.ghost.setZValue(7)
        self._offset = rect.topLeft() - point
        return True

    def drag_to(self, point) -> None:
        if self.ghost is not None:
            rect = self.ghost.rect()
            rect.moveTopLeft(point + self._offset)
            self.ghost.setRect(rect)

    def drop(self, point) -> tuple[int, int] | None:
        """The block let go over another: (moved, the one it now follows); None when let go over
        itself, a picture, the folio or no block."""
        moved, self.dragged = self.dragged, None
        if self.ghost is not None:
            self.scene.removeItem(self.ghost)
            self.ghost = None
        target = self.block_at(point)
        if moved is None or target is None or target == moved:
            return None
        kind = next(b for b in self.blocks if b["id"] == target)
        if kind["article_id"] is None:
            return None
        return moved, target
