"""The export dialog's PDF preview controls: page buttons, zoom steps, fit width and fit page, over
a QPdfView (`self.view`) showing a QPdfDocument (`self.document`)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


class PreviewControls:
    """Mixed into a dialog that has `view` and `document`."""

    # -- the preview's controls ------------------------------------------------------------------

    ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)

    def _preview_bar(self) -> QWidget:
        def button(text: str, tip: str, slot, icon: QStyle.StandardPixmap | None = None) -> QToolButton:
            b = QToolButton()
            if icon is not None:  # the bundled fonts have no ⏮ ⏭ glyphs: the style's arrows
                b.setIcon(self.style().standardIcon(icon))
            else:
                b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        P = QStyle.StandardPixmap
        self.to_first = button("", self.tr("第一页"), lambda: self.go_to_page(0), P.SP_MediaSkipBackward)
        self.prev_button = button("", self.tr("上一页 (PgUp)"), lambda: self.go_to_page(self.page() - 1),
                                  P.SP_ArrowLeft)
        self.next_button = button("", self.tr("下一页 (PgDn)"), lambda: self.go_to_page(self.page() + 1),
                                  P.SP_ArrowRight)
        self.to_last = button("", self.tr("最后一页"), lambda: self.go_to_page(self.document.pageCount() - 1),
                              P.SP_MediaSkipForward)
        self.page_label = QLabel()
        self.zoom_out_button = button("−", self.tr("缩小"), lambda: self.zoom_by(-1))
        self.zoom_in_button = button("+", self.tr("放大"), lambda: self.zoom_by(1))
        self.fit_width_button = button(self.tr("适合宽度"), self.tr("整页宽度"), self.fit_width)
        self.fit_page_button = button(self.tr("整页"), self.tr("一次看一整页"), self.fit_page)
        self.zoom_label = QLabel()
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.to_first, self.prev_button, self.page_label, self.next_button, self.to_last):
            row.addWidget(w)
        row.addStretch(1)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_width_button,
                  self.fit_page_button):
            row.addWidget(w)
        self._update_pages()
        return bar

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if count:
            self.view.pageNavigator().jump(max(0, min(page, count - 1)), QPointF(), self.view.zoomFactor())
            self._update_pages()

    def zoom(self) -> float:
        return self.view.zoomFactor()

    def zoom_by(self, steps: int) -> None:
        """One step along the usual zoom levels, from where the view is now (fit width included)."""
        now = self._shown_zoom()
        levels = [z for z in self.ZOOMS if (z > now * 1.01 if steps > 0 else z < now / 1.01)]
        if not levels:
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(levels[0] if steps > 0 else levels[-1])
        self._update_zoom()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_zoom()

    def _shown_zoom(self) -> float:
        """The scale the page is really drawn at (a fit mode computes its own)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.document.pageCount():
            return self.view.zoomFactor()
        size = self.document.pagePointSize(max(self.page(), 0))
        if size.width() <= 0:
            return 1.0
        dpi = self.logicalDpiX() / 72.0
        room = self.view.viewport().size()
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return room.width() / (size.width() * dpi)
        return min(room.width() / (size.width() * dpi), room.height() / (size.height() * dpi))

    def _update_zoom(self) -> None:
        self.zoom_label.setText(f"{self._shown_zoom() * 100:.0f}%")

    def _update_pages(self, *_) -> None:
        count = self.document.pageCount() if hasattr(self, "document") else 0
        page = self.page() + 1 if count else 0
        self.page_label.setText(self.tr("第 %1 / %2 页").replace("%1", str(page)).replace("%2", str(count)))
        for b, ok in ((self.to_first, page > 1), (self.prev_button, page > 1),
                      (self.next_button, page < count), (self.to_last, page < count)):
            b.setEnabled(ok)
        self._update_zoom()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_PageDown:
            self.go_to_page(self.page() + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.go_to_page(self.page() - 1)
        else:
            super().keyPressEvent(event)
