"""The page beside the text: the scanned page, tiled (and a quarter-size copy for zoomed-out views,
so a 300-dpi broadsheet pans smoothly), each article's region clickable, the current article
outlined and the search's hits boxed from the stored character boxes. F3 steps through the hits."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

TILE = 1024
OVERVIEW = 4  # the overview copy is this many times smaller
HIT = QColor(255, 214, 0, 110)
CURRENT = QColor(220, 0, 0)


def to_qimage(pil_image) -> QImage:
    """A Pillow RGB image as a QImage (safe on a worker thread; pixmaps are made on the main one)."""
    rgb = pil_image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


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


class PageView(QGraphicsView):
    articleClicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#777"))
        self.tiles: list[QGraphicsPixmapItem] = []
        self.overview: QGraphicsPixmapItem | None = None
        self.regions: dict[int, QGraphicsRectItem] = {}
        self.hit_items: list[QGraphicsRectItem] = []
        self.mode = "width"
        self._press = None

    def set_page(self, image: QImage, regions: dict, hits: list) -> None:
        scene = self.scene()
        scene.clear()
        self.tiles, self.regions, self.hit_items = [], {}, []
        w, h = image.width(), image.height()
        scene.setSceneRect(0, 0, w, h)
        small = image.scaled(max(w // OVERVIEW, 1), max(h // OVERVIEW, 1), Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        self.overview = scene.addPixmap(QPixmap.fromImage(small))
        self.overview.setScale(w / small.width())
        self.overview.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        for y in range(0, h, TILE):
            for x in range(0, w, TILE):
                tile = scene.addPixmap(QPixmap.fromImage(image.copy(x, y, min(TILE, w - x), min(TILE, h - y))))
                tile.setPos(x, y)
                tile.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
                self.tiles.append(tile)
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
        self.refit()

    def set_current(self, article_id: int | None) -> None:
        width = max(3.0, self.sceneRect().width() / 400)
        for aid, item in self.regions.items():
            item.setPen(QPen(CURRENT, width) if aid == article_id else QPen(Qt.PenStyle.NoPen))

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

    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self._press is not None and (event.position() - self._press).manhattanLength() < 4:
            self.click_at(self.mapToScene(event.position().toPoint()))
        self._press = None

    def click_at(self, point) -> None:
        """A click (not a drag) on an article's region opens it."""
        for aid, item in self.regions.items():
            if item.rect().contains(point):
                self.articleClicked.emit(aid)
                return


class PagePanel(QWidget):
    """The page view with its bar: fit width, fit page, 100%, the issue's previous and next page, hits."""

    pageRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = PageView()
        self.label = QLabel()
        bar = QHBoxLayout()
        buttons = {}
        for key, text, tip in (("prev", "◀", self.tr("上一版")), ("next", "▶", self.tr("下一版")),
                               ("width", self.tr("适合宽度"), ""), ("page", self.tr("整版"), ""),
                               ("actual", "100%", self.tr("实际大小"))):
            b = QToolButton(text=text)
            if tip:
                b.setToolTip(tip)
            bar.addWidget(b)
            buttons[key] = b
        self.buttons = buttons
        bar.addStretch(1)
        bar.addWidget(self.label)
        buttons["width"].clicked.connect(lambda: self.view.fit("width"))
        buttons["page"].clicked.connect(lambda: self.view.fit("page"))
        buttons["actual"].clicked.connect(lambda: self.view.fit("actual"))
        buttons["prev"].clicked.connect(lambda: self._go(-1))
        buttons["next"].clicked.connect(lambda: self._go(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.page_id: int | None = None
        self.pages: list[int] = []
        self.hit = -1
        self.show_nothing()

    def show_nothing(self) -> None:
        self.page_id, self.pages, self.hit = None, [], -1
        self.view.scene().clear()
        self.view.tiles, self.view.regions, self.view.hit_items, self.view.overview = [], {}, [], None
        self.label.setText(self.tr("这篇文章没有版面图像"))
        for b in self.buttons.values():
            b.setEnabled(False)

    def show_layers(self, layers, image: QImage, article_id: int | None) -> None:
        self.page_id, self.pages = layers.page_id, layers.pages
        self.view.set_page(image, layers.regions, layers.hits)
        self.view.set_current(article_id)
        self.hit = -1
        for b in self.buttons.values():
            b.setEnabled(True)
        at = self.pages.index(self.page_id) if self.page_id in self.pages else 0
        self.buttons["prev"].setEnabled(at > 0)
        self.buttons["next"].setEnabled(at < len(self.pages) - 1)
        hits = len(self.view.hit_items)
        self.label.setText(self.tr("版面 %1/%2").replace("%1", str(at + 1)).replace("%2", str(len(self.pages)))
                           + (self.tr("，%1 处命中").replace("%1", str(hits)) if hits else ""))
        if article_id is not None and article_id in self.view.regions and self.view.mode != "page":
            self.view.centerOn(self.view.regions[article_id].rect().center())

    def step(self, delta: int) -> None:
        n = len(self.view.hit_items)
        if n:
            self.hit = (self.hit + delta) % n
            self.view.show_hit(self.hit)

    def _go(self, delta: int) -> None:
        if self.page_id in self.pages:
            at = self.pages.index(self.page_id) + delta
            if 0 <= at < len(self.pages):
                self.pageRequested.emit(self.pages[at])
