"""A month calendar per publication: days with an issue, and issues due but missing (缺期) by the
paper's schedule (its frequency, days of the week, first and last issue: 出版设置…); for a news
agency's wire, the days it sent items (in blue: a wire has no issues, so none is missing)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.model import WIRE
from ..core.store.calendar import missing_issues
from .wording import bracketed, join_list, weekdays

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
    settingsRequested = Signal(str)  # the paper whose schedule to set

    def __init__(self, parent=None):
        super().__init__(parent)
        self.publication = QComboBox()
        self.settings_button = QPushButton(self.tr("出版设置…"))
        self.settings_tip = self.tr("出版周期、出版日、创刊与终刊：日历据此查缺期")
        self.settings_button.setToolTip(self.settings_tip)
        self.settings_button.clicked.connect(lambda: self.settingsRequested.emit(self.publication.currentText())
                                             if self.publication.currentText() else None)
        self.calendar = IssueCalendar()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setStyleSheet("color:#c62828; font-weight:bold")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.publication, 1)
        top.addWidget(self.settings_button)
        layout.addLayout(top)
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
        if (pub or {}).get("kind") == WIRE:  # an agency's days: nothing is due, nothing missing
            self.calendar.set_issues(held, set(), wire=True)
            self.legend.setText(self.tr("通讯社稿 · %1天有稿（蓝框）").replace("%1", str(len(held))))
            return
        pub = pub or {}
        frequency = pub.get("frequency") or ""
        days = [int(d) for d in (pub.get("weekdays") or "").split(",") if d]
        first, last = (dt.date.fromisoformat(pub[k]) if pub.get(k) else None for k in ("first_issue", "last_issue"))
        missing = set(missing_issues(list(held), frequency, days, first, last))
        self.calendar.set_issues(held, missing)
        shown = {"daily": self.tr("日报"), "weekly": self.tr("周报"), "biweekly": self.tr("双周刊"),
                 "monthly": self.tr("月刊"), "irregular": self.tr("不定期")}.get(
            frequency, self.tr("出版周期未知") if not days else self.tr("每周出版"))
        if days:
            shown = bracketed(shown, weekdays(days))
        if not frequency and not days:  # nothing is due: it cannot say that nothing is missing
            text = f"{shown} · " + self.tr("在库 %n 期；按什么周期出版不知道，就看不出缺期：请在“出版设置…”里设定",
                                           "", len(held))
        else:
            text = f"{shown} · {self.held_and_missing(len(held), len(missing))}"
        if missing:
            dates = join_list(d.isoformat() for d in sorted(missing)[:10]) + ("…" if len(missing) > 10 else "")
            text += self.tr("：%1").replace("%1", dates)
        self.legend.setText(text)

    def held_and_missing(self, held: int, missing: int) -> str:
        """在库 2 期，缺 3 期 / 2 issues held, 3 missing; 不缺期 / none missing (numbers spaced from
        the words, as elsewhere in the window; English counted in the singular for one)."""
        if not missing:
            return self.tr("在库 %n 期，不缺期", "", held)
        return self.tr("在库 %n 期，缺 %1 期", "", held).replace("%1", str(missing))

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
