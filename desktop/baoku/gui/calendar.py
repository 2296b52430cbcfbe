"""A month calendar per publication: days with an issue, and issues due but missing (缺期); for a
news agency's wire, the days it sent items (in blue: a wire has no issues, so none is missing)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QLabel, QVBoxLayout, QWidget

from ..core.model import WIRE
from ..core.store.calendar import missing_issues

HELD = QColor("#2e7d32")
MISSING = QColor("#c62828")
WIRE_DAY = QColor("#1565c0")  # a day with an agency's items (a wire has no issues, so none is missing)


class IssueCalendar(QCalendarWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.held: dict[dt.date, int] = {}  # date -> issue id
        self.missing: set[dt.date] = set()
        self.wire = False  # the days of a news agency's wire, not a paper's issues
        self.setGridVisible(True)
        self.setLocale(QLocale())  # the app's language: 九月 / 周一 in Chinese
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)

    def set_issues(self, held: dict[dt.date, int], missing: set[dt.date], wire: bool = False) -> None:
        self.held, self.missing, self.wire = held, missing, wire
        if held:
            last = max(held)
            self.setCurrentPage(last.year, last.month)
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        day = dt.date(date.year(), date.month(), date.day())
        colour = (WIRE_DAY if self.wire else HELD) if day in self.held else MISSING if day in self.missing else None
        if colour is None:
            return
        painter.save()
        painter.setPen(QPen(colour, 2))
        painter.drawRect(rect.adjusted(2, 2, -2, -2))
        if day in self.missing:  # a struck-through day: due, not in the archive
            painter.drawLine(rect.bottomLeft(), rect.topRight())
        painter.restore()


class CalendarPanel(QWidget):
    issueChosen = Signal(str, str)  # publication, ISO date of a day with an issue
    emptyDayChosen = Signal(str, str)  # a day without one: the panel says 无此期

    def __init__(self, parent=None):
        super().__init__(parent)
        self.publication = QComboBox()
        self.calendar = IssueCalendar()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setStyleSheet("color:#c62828; font-weight:bold")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.publication)
        layout.addWidget(self.calendar)
        layout.addWidget(self.notice)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        self.publications: list[dict] = []
        self.issues: list[dict] = []
        self.publication.currentIndexChanged.connect(self._show)
        self.calendar.clicked.connect(self._clicked)

    def set_data(self, publications: list[dict], issues: list[dict]) -> None:
        self.publications, self.issues = publications, issues
        current = self.publication.currentText()
        self.publication.blockSignals(True)
        self.publication.clear()
        for p in publications:  # the text is the name (a filter's); a wire is marked apart
            self.publication.addItem(p["name"])
            if p.get("kind") == WIRE:
                index = self.publication.count() - 1
                self.publication.setItemData(index, self.tr("通讯社稿：有日期，没有版次"), Qt.ItemDataRole.ToolTipRole)
                self.publication.setItemData(index, WIRE_DAY, Qt.ItemDataRole.ForegroundRole)
        if current:
            self.publication.setCurrentText(current)
        self.publication.blockSignals(False)
        self._show()

    def _show(self, *_):
        self.notice.clear()
        name = self.publication.currentText()
        pub = next((p for p in self.publications if p["name"] == name), None)
        held = {dt.date.fromisoformat(i["date"]): i["id"] for i in self.issues if i["publication"] == name}
        frequency = (pub or {}).get("frequency") or ""
        if (pub or {}).get("kind") == WIRE:  # an agency's days: nothing is due, nothing missing
            self.calendar.set_issues(held, set(), wire=True)
            self.legend.setText(self.tr("通讯社稿 · %1天有稿（蓝框）").replace("%1", str(len(held))))
            return
        missing = set(missing_issues(list(held), frequency))
        self.calendar.set_issues(held, missing)
        shown = {"daily": self.tr("日报"), "weekly": self.tr("周报"), "biweekly": self.tr("双周刊"),
                 "monthly": self.tr("月刊")}.get(frequency, self.tr("出版周期未知"))
        text = self.tr("%1 · %2期在库，缺%3期").replace("%1", shown).replace("%2", str(len(held))) \
            .replace("%3", str(len(missing)))
        if missing:
            days = "、".join(d.isoformat() for d in sorted(missing)[:10]) + ("…" if len(missing) > 10 else "")
            text += self.tr("：%1").replace("%1", days)
        self.legend.setText(text)

    def _clicked(self, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        name = self.publication.currentText()
        if day in self.calendar.held:
            self.notice.clear()
            self.issueChosen.emit(name, day.isoformat())
            return
        due = day in self.calendar.missing
        text = self.tr("%1 无通讯社稿") if self.calendar.wire else \
            self.tr("%1 无此期（应出而缺）") if due else self.tr("%1 无此期")
        self.notice.setText(text.replace("%1", day.isoformat()))
        self.emptyDayChosen.emit(name, day.isoformat())
