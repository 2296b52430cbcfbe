"""Facets of a search result (year, paper, column, source, with counts) and its coverage by month."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QTreeWidget, QTreeWidgetItem, QWidget

# facet name -> the query field that filters by it
FIELDS = {"year": "日期", "publication": "报纸", "column": "栏目", "source": "来源"}


def field_term(facet: str, value: str) -> str:
    quoted = f'"{value}"' if any(c.isspace() or c in '"()' for c in value) else value
    return f"{FIELDS[facet]}:{quoted}"


class FacetTree(QTreeWidget):
    """Click a value to narrow the search to it. The count stands in a column of its own, right
    aligned, as in the browse tree (beside a Chinese value, "(8)" took the CJK face's full-width
    brackets, in an English window too)."""

    termChosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        self.setRootIsDecorated(True)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def set_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        self.clear()
        titles = {"year": self.tr("年份"), "publication": self.tr("报纸"), "column": self.tr("栏目"),
                  "source": self.tr("来源")}
        for name in FIELDS:
            values = facets.get(name) or []
            if not values:
                continue
            top = QTreeWidgetItem([titles[name]])
            for value, n in values[:30]:
                child = QTreeWidgetItem([value, str(n)])
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                child.setData(0, Qt.ItemDataRole.UserRole, field_term(name, value))
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setExpanded(True)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        term = item.data(0, Qt.ItemDataRole.UserRole)
        if term:
            self.termChosen.emit(term)


class CoverageChart(QWidget):
    """Hits per month for the current query, as bars."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.months: list[tuple[str, int]] = []
        self.wanted = True  # the user's choice (View menu); shown only when there is something to show
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(48)
        self.setToolTip(self.tr("每月命中篇数"))
        self.hide()

    def sizeHint(self) -> QSize:
        return QSize(400, 48)

    def set_months(self, months: list[tuple[str, int]]) -> None:
        self.months = _fill_gaps(months)
        self.setVisible(self.wanted and bool(self.months))
        self.update()

    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self.setVisible(wanted and bool(self.months))

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        if not self.months:
            p.setPen(QColor("#888"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("检索后显示每月报道量"))
            return
        top = max(n for _, n in self.months) or 1
        label_h = 16
        w = min(28.0, self.width() / len(self.months))  # a few months: narrow bars, not slabs
        left = (self.width() - w * len(self.months)) / 2
        h = self.height() - label_h - 4
        p.setPen(QColor("#bbb"))
        p.drawLine(0, int(2 + h), self.width(), int(2 + h))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#c62828"))
        for k, (_, n) in enumerate(self.months):
            bar = h * n / top
            p.drawRect(QRectF(left + k * w + 1, 2 + h - bar, max(1.0, w - 2), bar))
        p.setPen(QColor("#555"))
        first, last = self.months[0][0], self.months[-1][0]
        p.drawText(QRectF(2, h + 4, self.width() / 2, label_h), Qt.AlignmentFlag.AlignLeft, first)
        most = self.tr("最多 %1 篇").replace("%1", str(top))
        p.drawText(QRectF(self.width() / 2, h + 4, self.width() / 2 - 2, label_h),
                   Qt.AlignmentFlag.AlignRight, f"{last} · {most}")


def _fill_gaps(months: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Every month from the first to the last, zero where nothing was found."""
    if not months:
        return []
    have = dict(months)
    y, m = map(int, months[0][0].split("-"))
    y1, m1 = map(int, months[-1][0].split("-"))
    out = []
    while (y, m) <= (y1, m1):
        key = f"{y:04d}-{m:02d}"
        out.append((key, have.get(key, 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
