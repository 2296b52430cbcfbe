"""The page beside the text: the scanned page, tiled (and a quarter-size copy for zoomed-out views,
so a 300-dpi broadsheet pans smoothly), each article's region clickable, the current article
outlined, the search's hits boxed from the stored character boxes, the lines the OCR was unsure of
marked, the photos cut from the page and their captions marked while their article is read (one
shown from the reader marked more strongly), in clipping mode a rectangle drawn with the mouse, and
the layout's blocks when the 版面结构 overlay is on (gui/layoutoverlay.py), where a block dragged
onto another moves to follow it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from .layoutoverlay import LayoutOverlay
from .photomarks import PhotoMarks

TILE = 1024
OVERVIEW = 4  # the overview copy is this many times smaller
HIT = QColor(255, 214, 0, 110)
CURRENT = QColor(220, 0, 0)
UNSURE = QColor(230, 120, 0)
CHOSEN = QColor(0, 90, 220)


def to_qimage(pil_image) -> QImage:
    """A Pillow image as a QImage (on a worker thread): a grey scan stays one byte a pixel."""
    if pil_image.mode in ("L", "1"):
        grey = pil_image.convert("L")
        return QImage(grey.tobytes(), grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8).copy()
    rgb = pil_image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


@dataclass
class PageImage:
    """The page as the view draws it, made on the worker: the full image, and a copy OVERVIEW
    times smaller for zoomed-out views (the pyramid's two levels)."""

    full: QImage
    overview: QImage

    @classmethod
    def of_pil(cls, pil_image) -> PageImage:
        small = pil_image.reduce(OVERVIEW) if min(pil_image.size) >= OVERVIEW else pil_image
        return cls(to_qimage(pil_image), to_qimage(small))

    @staticmethod
    def small_size(width: int, height: int) -> tuple[int, int]:
        return max(width // OVERVIEW, 1), max(height // OVERVIEW, 1)


class ImageItem(QGraphicsItem):
    """A piece of a QImage, drawn as it is: nothing is converted on the main thread when a page
    opens, and the view paints only the pieces in sight."""

    def __init__(self, image: QImage, source: QRect | None = None):
        super().__init__()
        self.image = image
        self.source = source if source is not None else image.rect()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.source.width(), self.source.height())

    def paint(self, painter, option, widget=None) -> None:
        painter.drawImage(QPointF(0, 0), self.image, QRectF(self.source))

    def picture(self) -> QImage:
        return self.image.copy(self.source)


def read_page_image(path, frame: int, width: int, height: int) -> QImage | None:
    """A stored page image decoded by Qt (on a worker thread), at the size its boxes are in; None
    when Qt cannot read it (Pillow then does)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImageIOHandler, QImageReader

    QImageReader.setAllocationLimit(max(QImageReader.allocationLimit(), 1024))  # MB: a 12,000 px page
    reader = QImageReader(str(path))
    if not reader.canRead() or (frame and not reader.jumpToImage(frame)):
        return None
    reader.setAutoTransform(True)  # a photo taken on its side, shown as the OCR read it (core.orientation)
    quarter = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    # the reader scales as it decodes (JPEG: in the DCT), before it turns the image
    reader.setScaledSize(QSize(height, width) if quarter else QSize(width, height))
    image = reader.read()
    if image.isNull() or (image.width(), image.height()) != (width, height):
        return None
    return image


def render_pdf_page(path, index: int, width: int, height: int) -> QImage:
    """One page of a stored PDF, rendered by QtPdf at width × height (on a worker thread: the
    document lives and dies there)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from ..core.errors import NotFound

    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_ or not 0 <= index < doc.pageCount():
            raise NotFound(f"cannot open page {index + 1} of the stored PDF {path}")
        image = doc.render(index, QSize(width, height))
        if image.isNull():
            raise NotFound(f"cannot render page {index + 1} of the stored PDF {path}")
        white = QImage(image.size(), QImage.Format.Format_RGB32)  # a PDF page is transparent where blank
        white.fill(Qt.GlobalColor.white)
        painter = QPainter(white)
        painter.drawImage(0, 0, image)
        painter.end()
        return white
    finally:
        doc.close()


def add_tiles(scene: QGraphicsScene, page: PageImage) -> tuple[ImageItem, list[ImageItem]]:
    """The page put on the scene as tiles of its full image over its quarter-size overview (drawn
    when zoomed out), the scene sized to the page."""
    image = page.full
    w, h = image.width(), image.height()
    scene.setSceneRect(0, 0, w, h)
    overview = ImageItem(page.overview)
    overview.setScale(w / max(page.overview.width(), 1))
    scene.addItem(overview)
    tiles = []
    for y in range(0, h, TILE):
        for x in range(0, w, TILE):
            tile = ImageItem(image, QRect(x, y, min(TILE, w - x), min(TILE, h - y)))
            tile.setPos(x, y)
            scene.addItem(tile)
            tiles.append(tile)
    return overview, tiles


class PageView(QGraphicsView):
    articleClicked = Signal(int)
    lineActivated = Signal(int)  # a line double-clicked: correct it
    regionDrawn = Signal(QRectF)  # clipping mode: the rectangle drawn, in page pixels
    menuRequested = Signal(object, object)  # (scene point, global point): a right click
    blockMoved = Signal(int, int)  # the layout overlay: (block, the block it now follows)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#777"))
        self.tiles: list[ImageItem] = []
        self.overview: ImageItem | None = None
        self.regions: dict[int, QGraphicsRectItem] = {}
        self.hit_items: list[QGraphicsRectItem] = []
        self.photos = PhotoMarks()
        self.lines: list[dict] = []
        self.line_items: dict[int, QGraphicsRectItem] = {}
        self.chosen: int | None = None  # the line chosen (its id)
        self.clipping = False
        self.band: QGraphicsRectItem | None = None
        self.mode = "width"
        self._press = None
        self.overlay = LayoutOverlay(self.scene())

    def clear(self) -> None:
        self.scene().clear()
        self.overlay.set_blocks([])
        self.tiles, self.regions, self.hit_items, self.overview = [], {}, [], None
        self.photos.clear()
        self.lines, self.line_items, self.chosen, self.band = [], {}, None, None

    def set_page(self, page: PageImage, regions: dict, hits: list, lines: list[dict] | None = None,
                 blocks: list[dict] | None = None, photos: list[dict] | None = None) -> None:
        scene = self.scene()
        self.clear()
        self.overview, self.tiles = add_tiles(scene, page)
        for aid, (x0, y0, x1, y1) in regions.items():
            item = scene.addRect(QRectF(x0, y0, x1 - x0, y1 - y0), QPen(Qt.PenStyle.NoPen), QBrush(Qt.BrushStyle.NoBrush))
            item.setData(0, aid)
            item.setZValue(2)
            self.regions[aid] = item
        for hit in hits:
            for x0, y0, x1, y1 in hit.boxes:
                item = scene.addRect(QRectF(x0, y0, x1 - x0, y1 - y0), QPen(Qt.PenStyle.NoPen), QBrush(HIT))
                item.setZValue(3)
                self.hit_items.append(item)
        self.lines = list(lines or [])
        for ln in self.lines:
            x0, y0, x1, y1 = ln["box"]
            item = scene.addRect(QRectF(x0, y0, x1 - x0, y1 - y0), QPen(Qt.PenStyle.NoPen), QBrush(Qt.BrushStyle.NoBrush))
            item.setZValue(4)
            self.line_items[ln["id"]] = item
            self._style_line(ln)
        self.photos.add(scene, photos or [])
        self.overlay.set_blocks(blocks or [])
        self.refit()

    def _style_line(self, ln: dict) -> None:
        item = self.line_items[ln["id"]]
        if ln["id"] == self.chosen:
            pen = QPen(CHOSEN, 3)
        elif ln.get("uncertain"):
            pen = QPen(UNSURE, 2, Qt.PenStyle.DashLine)
        else:
            pen = QPen(Qt.PenStyle.NoPen)
        pen.setCosmetic(True)  # as thick at any zoom
        item.setPen(pen)

    def choose_line(self, line_id: int | None, centre: bool = True) -> None:
        before, self.chosen = self.chosen, line_id
        for ln in self.lines:
            if ln["id"] in (before, line_id):
                self._style_line(ln)
        if line_id in self.line_items and centre:
            self.centerOn(self.line_items[line_id])

    def line_at(self, point) -> dict | None:
        return next((ln for ln in self.lines if self.line_items[ln["id"]].rect().contains(point)), None)

    def region_at(self, point) -> int | None:
        """The article at a point: the one whose line is under it, else the smallest region round
        it (the regions of articles set in several columns overlap)."""
        line = self.line_at(point)
        if line is not None and line.get("article_id") in self.regions:
            return line["article_id"]
        around = [(item.rect().width() * item.rect().height(), aid) for aid, item in self.regions.items()
                  if item.rect().contains(point)]
        return min(around)[1] if around else None

    def set_current(self, article_id: int | None) -> None:
        width = max(3.0, self.sceneRect().width() / 400)
        for aid, item in self.regions.items():
            item.setPen(QPen(CURRENT, width) if aid == article_id else QPen(Qt.PenStyle.NoPen))
        self.photos.set_current(article_id)

    def show_photo(self, article_id: int, index: int) -> bool:
        """Mark the article's `index`-th photo (and its caption) more strongly and bring it into
        sight; False when the page holds no box for it."""
        found = self.photos.choose(article_id, index)
        if found is None:
            return False
        self.set_current(article_id)  # its outline; the photo chosen stays chosen
        area, picture = found
        self.ensureVisible(area, 20, 20)
        self.centerOn(picture.center())
        return True

    def show_hit(self, n: int) -> None:
        if 0 <= n < len(self.hit_items):
            for k, item in enumerate(self.hit_items):
                item.setPen(QPen(QColor(200, 120, 0), 3) if k == n else QPen(Qt.PenStyle.NoPen))
            self.centerOn(self.hit_items[n])

    # -- zoom -------------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self, mode: str) -> None:
        self.mode = mode
        self.refit()

    def refit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        if self.mode == "page":
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        elif self.mode == "actual":
            self.resetTransform()
        elif self.mode == "width":
            s = (self.viewport().width() - 4) / rect.width()
            self.resetTransform()
            self.scale(s, s)
        self._levels()

    def zoom_by(self, factor: float) -> None:
        self.mode = "free"
        new = min(max(self.zoom() * factor, 0.02), 4.0)
        self.scale(new / self.zoom(), new / self.zoom())
        self._levels()

    def _levels(self) -> None:
        """Zoomed out, the overview is drawn instead of the full tiles (a pyramid of two levels)."""
        far = self.zoom() < 1 / OVERVIEW * 1.5
        if self.overview is not None:
            self.overview.setVisible(far)
        for t in self.tiles:
            t.setVisible(not far)

    def wheelEvent(self, event) -> None:
        self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.mode in ("width", "page"):
            self.refit()

    # -- the mouse -----------------------------------------------------------------------------------

    def set_clipping(self, on: bool) -> None:
        """In clipping mode a drag draws a rectangle (regionDrawn) instead of panning."""
        self.clipping = on
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)

    def set_layout(self, on: bool) -> None:
        """The 版面结构 overlay: the layout's blocks shown, and a drag moves a block, not the page."""
        self.overlay.show(on)
        if not self.clipping:
            self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag)

    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        if not self.clipping and event.button() == Qt.MouseButton.LeftButton and \
                self.overlay.start_drag(self.mapToScene(event.position().toPoint())):
            return
        if self.clipping and event.button() == Qt.MouseButton.LeftButton:
            start = self.mapToScene(event.position().toPoint())
            self.draw_band(start, start)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self.overlay.dragged is not None:
            self.overlay.drag_to(self.mapToScene(event.position().toPoint()))
            return
        if self.clipping and self.band is not None and self._press is not None:
            self.draw_band(self.mapToScene(self._press.toPoint()), self.mapToScene(event.position().toPoint()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.overlay.dragged is not None:
            moved = self.overlay.drop(self.mapToScene(event.position().toPoint()))
            self._press = None
            if moved is not None:
                self.blockMoved.emit(*moved)
            return
        if self.clipping and self.band is not None:
            rect = self.band.rect()
            self._press = None
            if rect.width() >= 4 and rect.height() >= 4:
                self.regionDrawn.emit(rect)
            return
        super().mouseReleaseEvent(event)
        if self._press is not None and (event.position() - self._press).manhattanLength() < 4 \
                and event.button() == Qt.MouseButton.LeftButton:
            self.click_at(self.mapToScene(event.position().toPoint()))
        self._press = None

    def mouseDoubleClickEvent(self, event) -> None:
        ln = self.line_at(self.mapToScene(event.position().toPoint()))
        if ln is not None and not self.clipping:
            self.lineActivated.emit(ln["id"])
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        self.menuRequested.emit(self.mapToScene(event.pos()), event.globalPos())

    def draw_band(self, a, b) -> None:
        """The clipping rectangle from corner a to corner b (scene points), kept on the page."""
        rect = QRectF(a, b).normalized().intersected(self.sceneRect())
        if self.band is None:
            pen = QPen(CHOSEN, 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self.band = self.scene().addRect(rect, pen, QBrush(QColor(0, 90, 220, 40)))
            self.band.setZValue(5)
        self.band.setRect(rect)

    def drop_band(self) -> None:
        if self.band is not None:
            self.scene().removeItem(self.band)
            self.band = None

    def click_at(self, point) -> None:
        """A click (not a drag) on another article's region opens it; on a line of the page, the
        line is chosen (for correcting, F2)."""
        ln = self.line_at(point)
        if ln is not None:
            self.choose_line(ln["id"], centre=False)
        aid = self.region_at(point)
        if aid is not None:
            self.articleClicked.emit(aid)
